import { describe, expect, it } from 'vitest';
import { Scratch } from '../src/analysis/scratch.js';

describe('Scratch', () => {
  it('hands out separate arrays set to the fill value', () => {
    const s = new Scratch();
    const a = s.ints(5, -1);
    const b = s.ints(3);
    a[0] = 7;
    expect([...a]).toEqual([7, -1, -1, -1, -1]);
    expect([...b]).toEqual([0, 0, 0]);
  });

  it('keeps earlier arrays intact when it outgrows its buffer', () => {
    const s = new Scratch();
    const small = s.ints(10, 3);
    const big = s.ints(5000, 1);
    big[0] = 9;
    expect(small.every((v) => v === 3)).toBe(true);
    expect(big.length).toBe(5000);
    expect(big[1]).toBe(1);
  });

  it('keeps a big buffer through a run of huge passes, and drops it after two small ones', () => {
    const s = new Scratch();
    const first = s.ints(200_000, 1);
    s.reset();
    const again = s.ints(200_000);
    expect(again.buffer).toBe(first.buffer);
    expect(again[199_999]).toBe(0);
    s.reset();
    s.ints(10); // one small pass after a huge one: kept
    s.reset();
    expect(s.ints(10).buffer).toBe(first.buffer);
    s.reset(); // the second small pass in a row: dropped
    expect(s.ints(10).buffer.byteLength).toBeLessThan(1 << 16);
  });

  it('refills reused memory after a reset', () => {
    const s = new Scratch();
    s.ints(4, 5);
    s.reset();
    expect([...s.ints(4)]).toEqual([0, 0, 0, 0]);
  });
});
