import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, chooseMethod, datasetDrifts, defaultMethod, isDrift, monitoringPolicySchema, performanceBreaches } from './policy';

const numeric = (distinct: number) => ({ name: 'age', kind: 'numeric' as const, distinct });
const categorical = (distinct: number) => ({ name: 'plan', kind: 'categorical' as const, distinct });

describe('default drift methods', () => {
  it('tests a small reference and measures a large one, as Evidently does', () => {
    expect(defaultMethod(numeric(40), 1_000)).toBe('ks');
    expect(defaultMethod(numeric(5), 1_000)).toBe('chisquare');
    expect(defaultMethod(numeric(2), 500)).toBe('ztest');
    expect(defaultMethod(categorical(2), 1_000)).toBe('ztest');
    expect(defaultMethod(categorical(7), 1_000)).toBe('chisquare');
    expect(defaultMethod(numeric(6), 1_001)).toBe('wasserstein');
    expect(defaultMethod(numeric(5), 1_001)).toBe('jensenshannon');
    expect(defaultMethod(categorical(2), 100_000)).toBe('jensenshannon');
  });

  it('draws the line where each method does: p ≤ 0.05 for KS, p < 0.05 for chi-square and z, distance ≥ 0.1', () => {
    expect([isDrift('ks', 0.05, 0.05), isDrift('ks', 0.0501, 0.05)]).toEqual([true, false]);
    expect([isDrift('chisquare', 0.05, 0.05), isDrift('ztest', 0.0499, 0.05)]).toEqual([false, true]);
    expect([isDrift('wasserstein', 0.1, 0.1), isDrift('jensenshannon', 0.0999, 0.1), isDrift('psi', Number.NaN, 0.1)]).toEqual([true, false, false]);
    expect([datasetDrifts(5, 10, 0.5), datasetDrifts(4, 10, 0.5), datasetDrifts(0, 0, 0.5)]).toEqual([true, false, false]);
  });
});

describe('monitoring policy', () => {
  it('prefers the column, then its type, then the default, and refuses methods that cannot judge the column', () => {
    const policy = monitoringPolicySchema.parse({
      columns: { age: { method: 'psi', threshold: 0.2 }, plan: { method: 'ks' } },
      types: { numeric: { method: 'jensenshannon', threshold: 0.3 }, categorical: { threshold: 0.01 } },
    });
    expect(chooseMethod(numeric(40), 50_000, policy)).toEqual({ method: 'psi', threshold: 0.2, source: 'column' });
    expect(chooseMethod({ ...numeric(40), name: 'income' }, 50_000, policy)).toEqual({ method: 'jensenshannon', threshold: 0.3, source: 'type' });
    expect(chooseMethod(categorical(3), 500, policy)).toEqual({ method: 'chisquare', threshold: 0.01, source: 'default' });
    expect(chooseMethod(categorical(3), 500, monitoringPolicySchema.parse({ columns: { plan: { method: 'ztest' } } }))).toMatchObject({ method: 'chisquare', source: 'default' });
    expect(chooseMethod(numeric(40), 500, DEFAULT_POLICY)).toEqual({ method: 'ks', threshold: 0.05, source: 'default' });
  });

  it('validates what an admin sends and reports metrics outside their bounds', () => {
    expect(DEFAULT_POLICY).toEqual({ columns: {}, types: {}, critical: [], datasetDriftShare: 0.5, performance: {} });
    expect(monitoringPolicySchema.safeParse({ datasetDriftShare: 0 }).success).toBe(false);
    expect(monitoringPolicySchema.safeParse({ columns: { age: { method: 'anova' } } }).success).toBe(false);
    expect(monitoringPolicySchema.safeParse({ critical: ['age'], extra: 1 }).success).toBe(false);
    const policy = monitoringPolicySchema.parse({ performance: { accuracy: { min: 0.9 }, rmse: { max: 2 } } });
    expect(performanceBreaches({ accuracy: 0.85, rmse: 1.5, f1: 0.1 }, policy)).toEqual([{ metric: 'accuracy', value: 0.85, bound: 'min', limit: 0.9 }]);
    expect(performanceBreaches({ rmse: 2.5 }, policy)).toEqual([{ metric: 'rmse', value: 2.5, bound: 'max', limit: 2 }]);
  });
});
