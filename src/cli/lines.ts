/**
 * Streaming a file line by line in bounded memory. Unlike node:readline this keeps each line's
 * ending (`\n`, `\r\n`, `\r` or none) and a leading BOM, so `--fix` writes the untouched lines
 * back byte for byte.
 */
import type { Readable } from 'node:stream';

export interface Line {
  /** 1-based. */
  number: number;
  text: string;
  eol: string;
  /** Bytes consumed so far (for progress). */
  bytes: number;
}

/**
 * `onInvalidUtf8` (for `--fix`) is called once if the bytes are not all UTF-8: the lines read
 * have replacement characters there, and writing them back would change the file.
 */
export async function* readLines(stream: Readable, onInvalidUtf8?: () => void): AsyncGenerator<Line> {
  // Imported here, not at start-up: a prompt given with -p reads no lines.
  const { StringDecoder } = await import('node:string_decoder');
  const decoder = new StringDecoder('utf8');
  // A fatal decoder throws a TypeError on bytes that are not UTF-8 (a sequence cut between two
  // chunks is carried over); checking stops at the first.
  let check = onInvalidUtf8 ? new TextDecoder('utf-8', { fatal: true }) : undefined;
  const validate = (buf?: Buffer) => {
    try {
      if (buf) check!.decode(buf, { stream: true });
      else check!.decode();
    } catch {
      check = undefined;
      onInvalidUtf8!();
    }
  };
  let carry = '';
  let number = 0;
  let bytes = 0;
  const split = function* (text: string, final: boolean): Generator<Line> {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      // A \r at the very end of a chunk may be the first half of \r\n: wait for the next chunk.
      if (c === 13 && i === text.length - 1 && !final) break;
      const eol = c === 13 && text.charCodeAt(i + 1) === 10 ? '\r\n' : c === 13 ? '\r' : '\n';
      yield { number: ++number, text: text.slice(start, i), eol, bytes };
      i += eol.length - 1;
      start = i + 1;
    }
    carry = text.slice(start);
  };
  for await (const chunk of stream) {
    const buf = chunk as Buffer;
    bytes += buf.length;
    if (check) validate(buf);
    yield* split(carry + decoder.write(buf), false);
  }
  if (check) validate();
  const rest = carry + decoder.end();
  carry = '';
  yield* split(rest, true);
  if (carry !== '') yield { number: ++number, text: carry, eol: '', bytes };
}
