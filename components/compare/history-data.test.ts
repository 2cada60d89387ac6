import { describe, expect, it } from 'vitest';
import { allPositive, describeWindow, mergeSeries, pointsNote } from './history-data';

const series = (ref: string, xs: number[], totalPoints = xs.length) => ({ ref, totalPoints, points: xs.map((x) => ({ x, value: x / 10 })) });

describe('mergeSeries', () => {
  it('puts every series on one sorted x axis, leaving gaps where a series has no point', () => {
    const rows = mergeSeries([series('a@1', [0, 2]), series('b@1', [1, 2])], 0);
    expect(rows).toEqual([
      { x: 0, r0: 0 },
      { x: 1, r1: 0.1 },
      { x: 2, r0: 0.2, r1: 0.2 },
    ]);
  });

  it('adds the smoothed values only when smoothing is on', () => {
    const rows = mergeSeries([series('a@1', [10, 10, 10])], 0.5);
    expect(rows.every((row) => row.s0 !== undefined)).toBe(true);
  });
});

describe('window helpers', () => {
  it('describes the visible window', () => {
    expect(describeWindow('step', 200, 400)).toBe('steps 200–400');
    expect(describeWindow('step', null, null)).toBe('all steps');
    expect(describeWindow('step', null, 50)).toBe('steps start–50');
  });

  it('tells whether a log scale can show the values', () => {
    expect(allPositive([series('a@1', [1, 2])])).toBe(true);
    expect(allPositive([series('a@1', [0, 2])])).toBe(false);
  });

  it('says how many points were kept', () => {
    expect(pointsNote(series('a@1', [1, 2], 5000))).toBe('2 of 5,000 points');
    expect(pointsNote(series('a@1', [1, 2]))).toBe('2 points');
  });
});
