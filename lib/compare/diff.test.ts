import { describe, expect, it } from 'vitest';
import { defaultDirection } from './directions';
import { diffRows, metricRows, signatureRows } from './diff';
import { parseVersionRefs } from './refs';

describe('defaultDirection', () => {
  it('reads loss, error, rmse, mae and latency as lower-is-better, anything else as higher', () => {
    for (const name of ['loss', 'val_loss', 'error_rate', 'rmse', 'MAE', 'p95-latency-ms', 'log_loss']) expect(defaultDirection(name), name).toBe('lower');
    for (const name of ['accuracy', 'f1', 'auc', 'r2', 'glossary_hits']) expect(defaultDirection(name), name).toBe('higher');
  });
});

describe('metricRows', () => {
  const rows = metricRows([{ accuracy: 0.8, loss: 0.5 }, { accuracy: 0.9, loss: 0.4 }, { accuracy: 0.9, loss: 0 }, { loss: 0.7 }], 0, defaultDirection);

  it('gives absolute and percentage deltas against the baseline, none for the baseline or a missing value', () => {
    const accuracy = rows.find((r) => r.key === 'accuracy')!;
    expect(accuracy.values).toEqual([0.8, 0.9, 0.9, null]);
    expect(accuracy.deltas[0]).toBeNull();
    expect(accuracy.deltas[1]?.abs).toBeCloseTo(0.1);
    expect(accuracy.deltas[1]?.pct).toBeCloseTo(12.5);
    expect(accuracy.deltas[3]).toBeNull();
  });

  it('marks every version tied for the best value in the metric’s direction', () => {
    expect(rows.find((r) => r.key === 'accuracy')?.best).toEqual([1, 2]);
    expect(rows.find((r) => r.key === 'loss')?.best).toEqual([2]);
    expect(metricRows([{ a: 1 }, {}], 0, defaultDirection)[0]?.best).toEqual([]);
  });

  it('has no percentage against a zero baseline', () => {
    expect(metricRows([{ loss: 0 }, { loss: 0.2 }], 0, defaultDirection)[0]?.deltas[1]).toEqual({ abs: 0.2, pct: null });
  });
});

describe('diffs', () => {
  it('flags params that differ or are missing', () => {
    expect(diffRows([{ depth: '3', lr: '0.1' }, { depth: '3', lr: '0.2', seed: '1' }])).toEqual([
      { key: 'depth', values: ['3', '3'], differs: false },
      { key: 'lr', values: ['0.1', '0.2'], differs: true },
      { key: 'seed', values: [null, '1'], differs: true },
    ]);
  });

  it('finds signature columns added, removed and retyped against the baseline', () => {
    const base = [{ name: 'age', type: 'long' }, { name: 'income', type: 'double' }, { name: 'city', type: 'string' }];
    const next = [{ name: 'age', type: 'double' }, { name: 'income', type: 'double' }, { name: 'tenure', type: 'long' }];
    expect(signatureRows([base, next], 0).map((r) => [r.column, r.change])).toEqual([
      ['age', 'retyped'],
      ['income', 'same'],
      ['city', 'removed'],
      ['tenure', 'added'],
    ]);
  });
});

describe('parseVersionRefs', () => {
  it('reads 2–10 distinct model@version refs and explains anything else', () => {
    expect(parseVersionRefs(['churn@1', 'churn@2', 'churn@1'])).toEqual([{ modelName: 'churn', version: 1 }, { modelName: 'churn', version: 2 }]);
    expect(parseVersionRefs('a@1,b@2')).toHaveLength(2);
    expect(() => parseVersionRefs('a@1')).toThrow('at least two');
    expect(() => parseVersionRefs(undefined)).toThrow('at least two');
    expect(() => parseVersionRefs(Array.from({ length: 11 }, (_, i) => `m@${i + 1}`))).toThrow('at most 10');
    expect(() => parseVersionRefs(['a@1', 'a@x', '../b@2'])).toThrow('Not a version reference: "a@x", "../b@2"');
  });
});
