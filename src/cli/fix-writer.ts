/**
 * Writing files safely: every write goes to a temporary file beside the target, then a rename
 * replaces the target in one step. An interrupted run (Ctrl-C, a crash, a full disk) leaves
 * the original untouched; `removeTempFiles` cleans up what an interruption left behind.
 */
import { createWriteStream, openSync, realpathSync, unlinkSync, type WriteStream } from 'node:fs';
import { access, chmod, constants, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { SourceFile } from './files.js';
import type { PromptMeta } from './inputs.js';
import { describeIoError } from './errors.js';
import { onInterrupt } from './cleanup.js';
import { closed, drained } from './stream-events.js';
import { encodeJsonString } from './json-spans.js';

const temps = new Set<string>();
let counter = 0;
onInterrupt(removeTempFiles);

function tempPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.shotlint-${process.pid}-${++counter}.tmp`);
}

/** Registers a temporary file made elsewhere (the report file) for cleanup on interruption. */
export function trackTemp(path: string): void {
  temps.add(path);
}

export function untrackTemp(path: string): void {
  temps.delete(path);
}

/** Synchronous, for signal handlers: deletes every temporary file still open. */
export function removeTempFiles(): void {
  for (const t of temps) {
    try {
      unlinkSync(t);
    } catch {
      // already gone
    }
  }
  temps.clear();
}

async function keepMode(from: string, to: string): Promise<void> {
  try {
    await chmod(to, (await stat(from)).mode & 0o7777);
  } catch {
    // a new file (report output): default mode is right
  }
}

/**
 * The file a write must replace: through a symbolic link, its target (a rename onto the link
 * itself would swap the link for a copy and leave the target as it was).
 */
function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path; // a new file
  }
}

/** Writes `text` to `path` atomically. */
export async function writeFileAtomic(path: string, text: string): Promise<void> {
  path = realTarget(path);
  const temp = tempPath(path);
  temps.add(temp);
  try {
    await writeFile(temp, text, 'utf8');
    await keepMode(path, temp);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw describeIoError(error, path);
  } finally {
    temps.delete(temp);
  }
}

/**
 * A file --fix leaves alone: one the user cannot write (read-only, as a version control system
 * leaves files until they are checked out), or one whose bytes are not UTF-8, where writing back
 * the text read would change characters no fix touched.
 */
export class NotFixedError extends Error {
  override readonly name = 'NotFixedError';
}

/**
 * Before a fixed file replaces the original: may it, and would only the fixes change? `utf8`
 * tells whether the bytes read were all UTF-8 (checked on the read that linted them).
 */
async function checkRewritable(file: SourceFile, utf8: boolean): Promise<void> {
  try {
    // A named pipe has no file to replace (nor bytes to keep).
    if (!(await stat(file.path)).isFile()) return;
    // The rename would replace a read-only file all the same: ask as a plain write would.
    await access(file.path, constants.W_OK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') throw new NotFixedError(`${file.display}: not fixed: the file is read-only`);
    throw describeIoError(error, file.display);
  }
  if (!utf8) throw new NotFixedError(`${file.display}: not fixed: the file is not UTF-8 text, and rewriting it would change characters no fix touched`);
}

/** Re-encodes a fixed prompt for where it sits: a JSON string literal (in the style of the old one) or plain text. */
function encode(meta: PromptMeta, fixed: string): string {
  if (!meta.json) return fixed;
  return encodeJsonString(fixed, meta.literalSource !== undefined && meta.span ? meta.literalSource.slice(meta.span[0], meta.span[1]) : '');
}

/** Collects the fixes to one file as results arrive, in order, and commits them at the end. */
export interface FileFixer {
  prompt(meta: PromptMeta, fixed: string | undefined): Promise<void>;
  /** A line that is not a prompt (line kinds only): copied through. */
  raw(text: string, eol: string): Promise<void>;
  /** `utf8`: whether every byte read from the file was UTF-8. */
  commit(utf8: boolean): Promise<boolean>;
  abort(): Promise<void>;
}

/** Whole-file kinds: splice the fixed spans into the text read at the start. */
function wholeFileFixer(file: SourceFile, text: string): FileFixer {
  const edits: { start: number; end: number; text: string }[] = [];
  return {
    async prompt(meta, fixed) {
      if (fixed !== undefined && meta.span) edits.push({ start: meta.span[0], end: meta.span[1], text: encode(meta, fixed) });
    },
    async raw() {},
    async commit(utf8) {
      if (edits.length === 0) return false;
      await checkRewritable(file, utf8);
      edits.sort((a, b) => a.start - b.start);
      let out = '';
      let cursor = 0;
      for (const e of edits) {
        out += text.slice(cursor, e.start) + e.text;
        cursor = e.end;
      }
      await writeFileAtomic(file.path, out + text.slice(cursor));
      return true;
    },
    async abort() {},
  };
}

/** Line kinds: stream every line (fixed or not) to a temporary file, renamed over the original at the end. */
function streamFixer(file: SourceFile): FileFixer {
  const target = realTarget(file.path);
  const temp = tempPath(target);
  temps.add(temp);
  // Opened synchronously: once registered, the file exists, so an interruption always finds and
  // removes it (an asynchronous open could create it after the cleanup ran).
  let fd: number;
  try {
    fd = openSync(temp, 'w');
  } catch (error) {
    temps.delete(temp);
    throw describeIoError(error, file.display);
  }
  let failed: Error | undefined;
  const out: WriteStream = createWriteStream('', { fd, encoding: 'utf8' }).on('error', (e) => (failed = describeIoError(e, file.display)));
  let changed = false;
  const write = async (s: string) => {
    if (failed) throw failed;
    if (!out.write(s)) await drained(out);
  };
  const close = async () => {
    out.end();
    await closed(out);
    if (failed) throw failed;
  };
  return {
    async prompt(meta, fixed) {
      const raw = meta.raw ?? '';
      if (fixed === undefined || !meta.span) return write(raw + (meta.eol ?? ''));
      changed = true;
      return write(raw.slice(0, meta.span[0]) + encode(meta, fixed) + raw.slice(meta.span[1]) + (meta.eol ?? ''));
    },
    raw: (text, eol) => write(text + eol),
    async commit(utf8) {
      try {
        await close();
        if (!changed) {
          await unlink(temp).catch(() => {});
          return false;
        }
        await checkRewritable(file, utf8);
        await keepMode(target, temp);
        await rename(temp, target);
        return true;
      } catch (error) {
        await unlink(temp).catch(() => {});
        throw error instanceof NotFixedError ? error : describeIoError(error, file.display);
      } finally {
        temps.delete(temp);
      }
    },
    async abort() {
      out.destroy();
      await unlink(temp).catch(() => {});
      temps.delete(temp);
    },
  };
}

export function createFixer(file: SourceFile, text: string | undefined): FileFixer {
  return file.kind === 'jsonl' || file.kind === 'lines' ? streamFixer(file) : wholeFileFixer(file, text ?? '');
}
