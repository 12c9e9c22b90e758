import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstIndexWhere, sortSmall } from '../src/analysis/sort.js';

describe('sortSmall', () => {
  it('sorts like Array#sort, stably, short lists and long', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.nat()), { maxLength: 80 }), (pairs) => {
        const byFirst = (a: [number, number], b: [number, number]) => a[0] - b[0];
        expect(sortSmall([...pairs], byFirst)).toEqual([...pairs].sort(byFirst));
      }),
    );
  });
});

describe('firstIndexWhere', () => {
  it('finds the first index where a monotone predicate holds, or the length', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -1, max: 51 }), (values, x) => {
        const sorted = [...values].sort((a, b) => a - b);
        expect(firstIndexWhere(sorted.length, (i) => sorted[i]! > x)).toBe(sorted.findIndex((v) => v > x) === -1 ? sorted.length : sorted.findIndex((v) => v > x));
      }),
    );
  });
});
