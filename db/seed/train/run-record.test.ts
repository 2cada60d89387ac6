import { describe, it, expect } from 'vitest';
import { bestVersionIndex, toDemoVersion, type TrainedRun } from './run-record';

const run: TrainedRun = {
  runName: 'toy',
  description: 'toy run',
  params: { n_estimators: 3, bootstrap: true },
  metrics: { accuracy: 0.5 },
  histories: { accuracy: [1, 2, 3, 4, 5].map((step) => ({ step, value: step / 10 })) },
  durationMs: 2,
  inputSignature: [{ name: 'x', type: 'double' }],
  artifact: { library: 'toy', libraryVersion: '1.0.0', estimator: 'Toy', features: ['x'], target: 'y', model: { w: [1] } },
};

describe('toDemoVersion', () => {
  const version = toDemoVersion(run, { startTime: 1_000, datasets: [], outputSignature: [], tags: { source: 'test' } });

  it('stringifies params and serialises the artifact as JSON', () => {
    expect(version.params).toEqual({ n_estimators: '3', bootstrap: 'true' });
    expect(version.artifact.format).toBe('mljs-json');
    expect(JSON.parse(version.artifact.content.toString('utf8'))).toMatchObject({ model: { w: [1] } });
  });

  it('keeps timestamps strictly increasing inside the run even when it is shorter than its history', () => {
    const stamps = version.metricHistories.accuracy?.map((point) => point.timestamp) ?? [];
    expect(stamps).toHaveLength(5);
    stamps.forEach((stamp, i) => {
      if (i > 0) expect(stamp).toBeGreaterThan(stamps[i - 1] ?? Infinity);
    });
    expect(stamps[0]).toBeGreaterThan(version.startTime);
    expect(version.endTime).toBeGreaterThanOrEqual(stamps.at(-1) ?? Infinity);
  });
});

describe('bestVersionIndex', () => {
  const versions = [{ metrics: { rmse: 3 } }, { metrics: { rmse: 2 } }, { metrics: { rmse: 2 } }];

  it('honours the direction and keeps the earliest of tied versions', () => {
    expect(bestVersionIndex(versions, 'rmse', 'lower')).toBe(1);
    expect(bestVersionIndex(versions, 'rmse', 'higher')).toBe(0);
    expect(() => bestVersionIndex(versions, 'r2', 'higher')).toThrow();
  });
});
