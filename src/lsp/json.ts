/**
 * A small JSON parser that keeps positions: the editor maps a prompt found inside a JSONL record
 * (or a key path named by a config error) back to the exact characters of the line. Strings keep,
 * for every UTF-16 unit of the decoded value, the offset of the raw text that produced it, so an
 * offset inside `"a\"b\u00e9"` maps back through escapes and surrogate pairs exactly.
 *
 * Hostile input is expected (the user is typing): the parser never throws past `parseJson`, and
 * nesting is bounded so a line of ten thousand `[` cannot overflow the stack.
 */

export type JsonNode = JsonObject | JsonArray | JsonString | JsonLiteral;

interface NodeBase {
  /** Offset of the first character of the value. */
  start: number;
  /** Offset just past the value. */
  end: number;
}

export interface JsonObject extends NodeBase {
  type: 'object';
  members: { key: JsonString; value: JsonNode }[];
}

export interface JsonArray extends NodeBase {
  type: 'array';
  items: JsonNode[];
}

export interface JsonString extends NodeBase {
  type: 'string';
  value: string;
  /**
   * `units[i]` is the offset in the source of the raw text that produced unit `i` of `value`;
   * `units[value.length]` is the offset of the closing quote.
   */
  units: Uint32Array;
}

export interface JsonLiteral extends NodeBase {
  type: 'number' | 'boolean' | 'null';
  value: number | boolean | null;
}

const MAX_DEPTH = 256;

class JsonSyntaxError extends Error {}

/** Parses the JSON value in `text[from, to)`; undefined when it is not valid JSON. */
export function parseJson(text: string, from = 0, to = text.length): JsonNode | undefined {
  let pos = from;

  const fail = (): never => {
    throw new JsonSyntaxError();
  };
  const skipSpace = () => {
    while (pos < to) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else break;
    }
  };

  const parseString = (): JsonString => {
    const start = pos;
    pos++; // opening quote
    let value = '';
    const units: number[] = [];
    for (;;) {
      if (pos >= to) fail();
      const c = text.charCodeAt(pos);
      if (c === 34 /* " */) break;
      if (c < 0x20) fail();
      if (c !== 92 /* \ */) {
        // Plain run: copy up to the next quote, backslash or control character in one slice.
        let end = pos + 1;
        while (end < to) {
          const d = text.charCodeAt(end);
          if (d === 34 || d === 92 || d < 0x20) break;
          end++;
        }
        value += text.slice(pos, end);
        for (let i = pos; i < end; i++) units.push(i);
        pos = end;
        continue;
      }
      const escapeStart = pos;
      const e = text.charCodeAt(pos + 1);
      let decoded: string;
      let length = 2;
      switch (e) {
        case 34: decoded = '"'; break;
        case 92: decoded = '\\'; break;
        case 47: decoded = '/'; break;
        case 98: decoded = '\b'; break;
        case 102: decoded = '\f'; break;
        case 110: decoded = '\n'; break;
        case 114: decoded = '\r'; break;
        case 116: decoded = '\t'; break;
        case 117: { // \uXXXX: one UTF-16 unit (a surrogate pair is two escapes, each maps to its own unit)
          const hex = text.slice(pos + 2, pos + 6);
          if (pos + 6 > to || !/^[0-9a-fA-F]{4}$/.test(hex)) fail();
          decoded = String.fromCharCode(parseInt(hex, 16));
          length = 6;
          break;
        }
        default:
          fail();
      }
      value += decoded!;
      units.push(escapeStart);
      pos += length;
    }
    units.push(pos);
    pos++; // closing quote
    return { type: 'string', start, end: pos, value, units: Uint32Array.from(units) };
  };

  const parseValue = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) fail();
    skipSpace();
    if (pos >= to) fail();
    const start = pos;
    const c = text.charCodeAt(pos);
    if (c === 123 /* { */) {
      pos++;
      const members: JsonObject['members'] = [];
      skipSpace();
      if (text.charCodeAt(pos) === 125) {
        pos++;
        return { type: 'object', start, end: pos, members };
      }
      for (;;) {
        skipSpace();
        if (text.charCodeAt(pos) !== 34) fail();
        const key = parseString();
        skipSpace();
        if (text.charCodeAt(pos) !== 58 /* : */) fail();
        pos++;
        const value = parseValue(depth + 1);
        members.push({ key, value });
        skipSpace();
        const d = text.charCodeAt(pos);
        pos++;
        if (d === 125) return { type: 'object', start, end: pos, members };
        if (d !== 44) fail();
      }
    }
    if (c === 91 /* [ */) {
      pos++;
      const items: JsonNode[] = [];
      skipSpace();
      if (text.charCodeAt(pos) === 93) {
        pos++;
        return { type: 'array', start, end: pos, items };
      }
      for (;;) {
        items.push(parseValue(depth + 1));
        skipSpace();
        const d = text.charCodeAt(pos);
        pos++;
        if (d === 93) return { type: 'array', start, end: pos, items };
        if (d !== 44) fail();
      }
    }
    if (c === 34) return parseString();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, pos) && pos + word.length <= to) {
        pos += word.length;
        return { type: value === null ? 'null' : 'boolean', start, end: pos, value };
      }
    }
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (!m || m[0].length === 0 || pos + m[0].length > to) fail();
    pos += m![0].length;
    return { type: 'number', start, end: pos, value: Number(m![0]) };
  };

  try {
    const node = parseValue(0);
    skipSpace();
    return pos === to ? node : undefined;
  } catch (error) {
    if (error instanceof JsonSyntaxError) return undefined;
    throw error;
  }
}

// Sticky and free of nested quantifiers: linear on any input.
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** The member `key` of an object node. */
export function member(node: JsonNode | undefined, key: string): JsonNode | undefined {
  if (node?.type !== 'object') return undefined;
  for (let i = node.members.length - 1; i >= 0; i--) if (node.members[i]!.key.value === key) return node.members[i]!.value;
  return undefined;
}

/**
 * The node a config key path points at (`rules.max-words[1].max`), or the deepest node on the
 * way there. Keys may contain dots only when the path says so unambiguously, so rule ids like
 * `plugin/name` and `max-words` resolve.
 */
export function nodeAtPath(root: JsonNode | undefined, path: string): { node: JsonNode; key?: JsonString } | undefined {
  if (!root) return undefined;
  let node: JsonNode = root;
  let key: JsonString | undefined;
  let rest = path;
  while (rest.length > 0) {
    if (rest.startsWith('[')) {
      const close = rest.indexOf(']');
      const index = Number(rest.slice(1, close));
      if (close < 0 || node.type !== 'array' || !node.items[index]) break;
      node = node.items[index]!;
      key = undefined;
      rest = rest.slice(close + 1);
      continue;
    }
    if (rest.startsWith('.')) rest = rest.slice(1);
    if (node.type !== 'object') break;
    // The longest member name that prefixes the rest of the path and ends at a separator.
    let found: JsonObject['members'][number] | undefined;
    for (const m of node.members) {
      const name = m.key.value;
      if (rest.startsWith(name) && (rest.length === name.length || rest[name.length] === '.' || rest[name.length] === '[')) {
        if (!found || name.length > found.key.value.length) found = m;
      }
    }
    if (!found) break;
    node = found.value;
    key = found.key;
    rest = rest.slice(found.key.value.length);
  }
  return { node, key };
}
