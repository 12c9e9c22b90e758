/** A cache keyed by words, cheaper than a Map for the freshly sliced strings of each prompt. */

/**
 * Word → value, open addressing over a hash computed here. Every word of a prompt is a freshly
 * sliced string whose hash a Map would compute through the runtime on each lookup; a few
 * multiplications in JavaScript are cheaper, and equal strings still compare by content.
 */
export class WordTable<V> {
  private slots = new Int32Array(1 << 12).fill(-1);
  private keys: string[] = [];
  private values: V[] = [];

  get size(): number {
    return this.keys.length;
  }

  get(norm: string, hash: number = hashWord(norm)): V | undefined {
    const mask = this.slots.length - 1;
    for (let i = hash & mask; ; i = (i + 1) & mask) {
      const slot = this.slots[i]!;
      if (slot < 0) return undefined;
      if (this.keys[slot] === norm) return this.values[slot];
    }
  }

  /** Adds a word not in the table (callers look it up first); a full table starts over. */
  set(norm: string, entry: V, hash: number = hashWord(norm)): void {
    if (this.keys.length >= 50_000) this.clear();
    if ((this.keys.length + 1) * 2 > this.slots.length) this.grow();
    this.place(hash, this.keys.length);
    this.keys.push(norm);
    this.values.push(entry);
  }

  private place(hash: number, index: number): void {
    const mask = this.slots.length - 1;
    let i = hash & mask;
    while (this.slots[i]! >= 0) i = (i + 1) & mask;
    this.slots[i] = index;
  }

  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (let k = 0; k < this.keys.length; k++) this.place(hashWord(this.keys[k]!), k);
  }

  private clear(): void {
    this.slots = new Int32Array(1 << 12).fill(-1);
    this.keys = [];
    this.values = [];
  }
}

/** FNV-1a over the UTF-16 units. */
export function hashWord(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

