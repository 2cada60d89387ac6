import { describe, expect, it } from 'vitest';
import { allPositive, describeWindow, extent, lineData, logTicks, mergeSeries, nearestPoint, niceTicks, pointsNote } from './history-data';

const series = (ref: string, xs: number[], totalPoints = xs.length) => ({ ref, totalPoints, x: xs, value: xs.map((x) => x / 10) });

describe('line data', () => {
  it('puts every series on one sorted x axis for the table, leaving gaps where a series has no point', () => {
    expect(mergeSeries([series('a@1', [0, 2]), series('b@1', [1, 2])])).toEqual([
      { x: 0, values: [0, undefined] },
      { x: 1, values: [undefined, 0.1] },
      { x: 2, values: [0.2, 0.2] },
    ]);
  });

  it('adds the smoothed values only when smoothing is on', () => {
    expect(lineData([series('a@1', [10, 10, 10])], 0.5)[0]).toEqual([10, 10, 10].map((x) => ({ x, v: 1, s: 1 })));
    expect(lineData([series('a@1', [1, 2])], 0)[0]).toEqual([{ x: 1, v: 0.1 }, { x: 2, v: 0.2 }]);
  });

  it('spans every line, smoothed values included, and falls back to a unit range when empty', () => {
    const lines = lineData([series('a@1', [5, 7]), series('b@1', [-3, 2])], 0);
    expect(extent(lines)).toEqual({ x: [-3, 7], y: [-0.3, 0.7] });
    expect(extent([[{ x: 1, v: 2, s: 9 }]])).toEqual({ x: [1, 1], y: [2, 9] });
    expect(extent([[], []])).toEqual({ x: [0, 1], y: [0, 1] });
  });

  it('puts round ticks around the values, like an auto axis', () => {
    expect(niceTicks([0.6667, 0.9333])).toEqual([0.6, 0.7, 0.8, 0.9, 1]);
    expect(niceTicks([0.2013, 3.41])).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks([-12, 1_037])).toEqual([-500, 0, 500, 1000, 1500]);
    expect(niceTicks([2, 2])).toEqual([1.8, 1.9, 2, 2.1, 2.2]);
    expect(niceTicks([0, 0])).toEqual([-1, -0.5, 0, 0.5, 1]);
  });

  it('puts log ticks on powers of ten, adding 2× and 5× over a short range', () => {
    expect(logTicks([0.003, 870])).toEqual([0.001, 0.01, 0.1, 1, 10, 100, 1000]);
    expect(logTicks([0.2, 3.4])).toEqual([0.1, 0.2, 0.5, 1, 2, 5, 10]);
    expect(logTicks([4, 4])).toEqual([1, 2, 5, 10]);
    expect(logTicks([0, 3])).toEqual([1, 10]);
  });

  it('finds the point nearest to the hovered x, and none outside the line', () => {
    const [line] = lineData([series('a@1', [0, 10, 20, 35])], 0);
    expect([4, 6, 15, 34, 35, 0].map((x) => nearestPoint(line!, x)?.x)).toEqual([0, 10, 10, 35, 35, 0]);
    expect(nearestPoint(line!, -1)).toBeUndefined();
    expect(nearestPoint(line!, 36)).toBeUndefined();
    expect(nearestPoint([], 1)).toBeUndefined();
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
