import { describe, expect, it } from 'vitest';
import { ema } from './ema';

describe('ema', () => {
  it('returns the input unchanged at smoothing 0', () => {
    expect(ema([3, -1, 7.5], 0)).toEqual([3, -1, 7.5]);
  });

  it('keeps the length of the input', () => {
    expect(ema([], 0.6)).toEqual([]);
    expect(ema([1, 5, 2, 8, 3], 0.9)).toHaveLength(5);
  });

  it('keeps a constant series constant', () => {
    for (const value of ema(Array<number>(50).fill(0.42), 0.99)) expect(value).toBeCloseTo(0.42, 12);
  });

  it('matches hand-computed values of a short series', () => {
    // weight 0.5: running 0.5, 1.25, 2.125 divided by 0.5, 0.75, 0.875.
    const smoothed = ema([1, 2, 3], 0.5);
    expect(smoothed[0]).toBeCloseTo(1, 12);
    expect(smoothed[1]).toBeCloseTo(5 / 3, 12);
    expect(smoothed[2]).toBeCloseTo(17 / 7, 12);
  });

  it('refuses a weight outside [0, 1)', () => {
    expect(() => ema([1], 1)).toThrow(RangeError);
    expect(() => ema([1], -0.1)).toThrow(RangeError);
  });
});
