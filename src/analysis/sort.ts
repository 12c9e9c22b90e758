/**
 * Stable in-place sort for the short, nearly sorted lists of one prompt (matches, actions,
 * diagnostics): an insertion sort moves little and allocates nothing, where Array#sort copies
 * into a work array on every call. Long lists go to Array#sort; both are stable, so the order
 * is the same either way.
 */
export function sortSmall<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  if (list.length > 32) return list.sort(compare);
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!;
    let j = i - 1;
    while (j >= 0 && compare(list[j]!, item) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = item;
  }
  return list;
}

/**
 * Binary search over a list kept in order: the first index in `[0, length)` at which `past(i)`
 * holds, where `past` is false up to some index and true from there on; `length` when it never
 * holds. For spans in text order: "the first span that ends after this token".
 */
export function firstIndexWhere(length: number, past: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
