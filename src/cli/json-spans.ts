/**
 * Finding where things are inside JSON text that has already parsed: the elements of a
 * top-level array, the value of a top-level key, and the raw offset of each character of a
 * string value. With these a diagnostic points at the right column of a JSONL line, and
 * `--fix` replaces just the `prompt` string, keeping every other byte of the record.
 * All scans are linear and assume valid JSON (the text was parsed first).
 */

function skipWs(s: string, i: number): number {
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
    i++;
  }
  return i;
}

/** `i` at an opening quote → the index just past the closing quote. */
function skipString(s: string, i: number): number {
  i++;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 92 /* \ */) i += 2;
    else if (c === 34 /* " */) return i + 1;
    else i++;
  }
  return i;
}

/** `i` at the start of a value → the index just past it. */
function skipValue(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c === 34) return skipString(s, i);
  if (c === 123 /* { */ || c === 91 /* [ */) {
    let depth = 0;
    while (i < s.length) {
      const d = s.charCodeAt(i);
      if (d === 34) {
        i = skipString(s, i);
        continue;
      }
      if (d === 123 || d === 91) depth++;
      else if (d === 125 || d === 93) {
        depth--;
        if (depth === 0) return i + 1;
      }
      i++;
    }
    return i;
  }
  // number, true, false, null
  while (i < s.length) {
    const d = s.charCodeAt(i);
    if (d === 44 || d === 125 || d === 93 || d === 32 || d === 9 || d === 10 || d === 13) break;
    i++;
  }
  return i;
}

/** `[start, end)` of each element of the top-level array in `s`. */
export function arrayElements(s: string): [number, number][] {
  const out: [number, number][] = [];
  let i = skipWs(s, s.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (s.charCodeAt(i) !== 91) return out;
  i = skipWs(s, i + 1);
  while (i < s.length && s.charCodeAt(i) !== 93) {
    const end = skipValue(s, i);
    out.push([i, end]);
    i = skipWs(s, end);
    if (s.charCodeAt(i) === 44) i = skipWs(s, i + 1);
  }
  return out;
}

/** `[start, end)` of the value of `key` in the object that starts at `from`; undefined if absent. */
export function memberValue(s: string, from: number, key: string): [number, number] | undefined {
  let i = skipWs(s, from);
  if (s.charCodeAt(i) !== 123) return undefined;
  i = skipWs(s, i + 1);
  let found: [number, number] | undefined;
  while (i < s.length && s.charCodeAt(i) === 34) {
    const keyEnd = skipString(s, i);
    const name = JSON.parse(s.slice(i, keyEnd)) as string;
    i = skipWs(s, keyEnd);
    i = skipWs(s, i + 1); // the colon
    const end = skipValue(s, i);
    // JSON.parse keeps the last duplicate key; so do we.
    if (name === key) found = [i, end];
    i = skipWs(s, end);
    if (s.charCodeAt(i) === 44) i = skipWs(s, i + 1);
  }
  return found;
}

/** The value span of a record: the string itself, or its `prompt` member. */
export function promptValueSpan(s: string, from: number): [number, number] | undefined {
  const i = skipWs(s, from);
  if (s.charCodeAt(i) === 34) return [i, skipString(s, i)];
  return memberValue(s, i, 'prompt');
}

/**
 * For a JSON string literal at `s[start]` (the opening quote), the raw index of each decoded
 * UTF-16 unit, plus one past the last (so a half-open range maps too).
 */
export function stringOffsets(s: string, start: number): Int32Array {
  const end = skipString(s, start) - 1; // the closing quote
  const map: number[] = [];
  let i = start + 1;
  while (i < end) {
    map.push(i);
    if (s.charCodeAt(i) === 92) i += s.charCodeAt(i + 1) === 117 /* u */ ? 6 : 2;
    else i++;
  }
  map.push(end);
  return Int32Array.from(map);
}

/**
 * A fixed prompt as a JSON string literal, in the style of the literal it replaces: one written
 * in ASCII only (`caf\u00e9`, as Python's json.dumps writes by default) stays ASCII only, so a
 * fix changes no other character of the record.
 */
export function encodeJsonString(text: string, original: string): string {
  const json = JSON.stringify(text);
  if (/[^\x00-\x7f]/.test(original)) return json;
  return json.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
