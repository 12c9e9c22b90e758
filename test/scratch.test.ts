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

  it('refills reused memory after a reset', () => {
    const s = new Scratch();
    s.ints(4, 5);
    s.reset();
    expect([...s.ints(4)]).toEqual([0, 0, 0, 0]);
  });
});
