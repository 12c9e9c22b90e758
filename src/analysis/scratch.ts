/**
 * Number arrays a pass needs only while it runs (per-token flags and indexes), carved from one
 * buffer that is reused from prompt to prompt. A typed array longer than 64 bytes takes its
 * memory from outside the JavaScript heap: about half a microsecond to allocate and more to
 * collect, and the analysis needs a dozen per prompt.
 *
 * Each pass owns one Scratch and resets it on entry; what it hands out must not outlive the pass.
 */
export class Scratch {
  private buffer = new Int32Array(1024);
  private used = 0;
  /** How much the pass before last used. */
  private lastUsed = 0;

  /** Starts a pass: every array handed out before is free again. */
  reset(): void {
    // A huge prompt does not keep its buffer for the rest of the process: it is dropped once two
    // passes in a row have used a small part of it. A run of huge prompts keeps it, rather than
    // allocating (and zeroing) megabytes per prompt.
    if (this.buffer.length > 1 << 16 && Math.max(this.used, this.lastUsed) * 16 < this.buffer.length) this.buffer = new Int32Array(1024);
    this.lastUsed = this.used;
    this.used = 0;
  }

  /** `length` numbers, each set to `fill`. */
  ints(length: number, fill = 0): Int32Array {
    if (this.used + length > this.buffer.length) {
      // Arrays handed out earlier keep the old buffer alive until the pass ends.
      this.buffer = new Int32Array(Math.max(this.buffer.length * 2, length * 4));
      this.used = 0;
    }
    // A view made by the constructor: `subarray` looks up the species constructor first, which
    // took a third longer, and a short prompt asks for thirty views.
    const view = new Int32Array(this.buffer.buffer, this.used * Int32Array.BYTES_PER_ELEMENT, length);
    this.used += length;
    return view.fill(fill);
  }
}
