import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoricalDrift, numericDrift } from './index';

interface DriftCase {
  name: string;
  type: 'numeric' | 'categorical';
  reference: number[] | string[];
  current: number[] | string[];
  expected: Record<string, number>;
}

// SciPy's figures for the shared test vectors, kept in the repository so a fresh clone can check against them.
const file = path.join(import.meta.dirname, 'drift-vectors.json');
const { cases } = JSON.parse(readFileSync(file, 'utf8')) as { cases: DriftCase[] };

/** Keys that are p-values (1e-6 relative or 1e-12 absolute); everything else is a statistic or distance (1e-9 relative). */
const PVALUE_KEYS = new Set(['ks_pvalue', 'ks_pvalue_asymp', 'chisquare_pvalue', 'z_pvalue']);

function actualFigures(c: DriftCase): Record<string, number | undefined> {
  if (c.type === 'numeric') {
    const r = numericDrift(c.reference as number[], c.current as number[]);
    return {
      ks_statistic: r.ks.statistic,
      ks_pvalue: r.ks.pvalue,
      ks_pvalue_asymp: r.ks.pvalueAsymptotic,
      wasserstein_normed: r.wassersteinNormed,
      psi: r.psi,
      jensenshannon: r.jensenShannon,
    };
  }
  const r = categoricalDrift(c.reference as string[], c.current as string[]);
  return {
    chisquare_pvalue: r.chiSquare.pvalue,
    z_pvalue: r.zTest?.pvalue,
    psi: r.psi,
    jensenshannon: r.jensenShannon,
  };
}

function withinTolerance(key: string, actual: number, expected: number): boolean {
  const diff = Math.abs(actual - expected);
  if (PVALUE_KEYS.has(key)) return diff <= 1e-6 * Math.abs(expected) || diff <= 1e-12;
  return diff <= 1e-9 * Math.abs(expected);
}

describe('drift statistics match the SciPy 1.10.1 / NumPy 1.24.2 reference vectors', () => {
  it('covers every case and key in the file', () => {
    expect(cases.length).toBe(8);
    const keys = cases.reduce((sum, c) => sum + Object.keys(c.expected).length, 0);
    expect(keys).toBe(40);
  });

  for (const c of cases) {
    it(`${c.name} (${c.type})`, () => {
      const actual = actualFigures(c);
      for (const [key, expected] of Object.entries(c.expected)) {
        const value = actual[key];
        expect(value, `${c.name}.${key} is computed`).toBeTypeOf('number');
        const ok = withinTolerance(key, value as number, expected);
        expect(ok, `${c.name}.${key}: got ${value}, expected ${expected}`).toBe(true);
      }
    });
  }
});
