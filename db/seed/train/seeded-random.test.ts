import { describe, it, expect } from 'vitest';
import { mulberry32, shuffled, splitTrainTest } from './seeded-random';

describe('mulberry32', () => {
  it('replays the same sequence for the same seed and differs across seeds', () => {
    const draw = (seed: number) => {
      const random = mulberry32(seed);
      return Array.from({ length: 5 }, () => random());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    for (const value of draw(123)) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});

describe('splitTrainTest', () => {
  const rows = Array.from({ length: 30 }, (_, i) => ({ id: i, label: i < 20 ? 'a' : 'b' }));

  it('shuffles without losing or mutating rows', () => {
    const mixed = shuffled(rows, mulberry32(1));
    expect(mixed.map((row) => row.id).sort((a, b) => a - b)).toEqual(rows.map((row) => row.id));
    expect(rows[0]?.id).toBe(0);
  });

  it('keeps class proportions when stratified and is reproducible', () => {
    const split = () => splitTrainTest(rows, { testFraction: 0.3, seed: 42, stratifyBy: (row) => row.label });
    const { train, test } = split();
    expect(test.filter((row) => row.label === 'a')).toHaveLength(6);
    expect(test.filter((row) => row.label === 'b')).toHaveLength(3);
    expect(train).toHaveLength(21);
    expect(new Set([...train, ...test].map((row) => row.id)).size).toBe(30);
    expect(split()).toEqual({ train, test });
  });

  it('rejects fractions outside (0, 1)', () => {
    expect(() => splitTrainTest(rows, { testFraction: 1, seed: 1 })).toThrow(RangeError);
  });
});
