/**
 * Freezes a value and everything reachable from it. It goes on into objects that are already
 * frozen (a frozen analysis holds lists that are not), skips typed arrays (which cannot be
 * frozen) and visits each object once.
 */
export function deepFreeze<T>(value: T, seen: WeakSet<object> = new WeakSet()): T {
  if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return value;
  seen.add(value);
  Object.freeze(value);
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key], seen);
  return value;
}
