import { describe, expect, it } from 'vitest';
import { downsampleMinMax, type Point } from './downsample';

const series = (values: number[]): Point[] => values.map((value, step) => ({ step, timestamp: 1000 + step, value }));

describe('downsampleMinMax', () => {
  it('returns small inputs unchanged', () => {
    const input = series([3, 1, 2]);
    expect(downsampleMinMax(input, 10)).toEqual(input);
  });

  it('bounds the output and keeps endpoints and the global extremes', () => {
    const values = Array.from({ length: 100_000 }, (_, i) => Math.sin(i / 500) + (i === 71_234 ? 50 : 0) - (i === 3_210 ? 40 : 0));
    const out = downsampleMinMax(series(values), 1000);
    expect(out.length).toBeLessThanOrEqual(1000);
    expect(out.length).toBeGreaterThan(900);
    expect(out[0]?.step).toBe(0);
    expect(out.at(-1)?.step).toBe(99_999);
    expect(Math.max(...out.map((p) => p.value))).toBe(Math.max(...values));
    expect(Math.min(...out.map((p) => p.value))).toBe(Math.min(...values));
    expect(out.map((p) => p.step)).toEqual([...out.map((p) => p.step)].sort((a, b) => a - b));
  });

  it('rejects a budget too small to hold endpoints and one bucket', () => {
    expect(() => downsampleMinMax(series([1, 2, 3, 4, 5]), 3)).toThrow(RangeError);
  });
});
