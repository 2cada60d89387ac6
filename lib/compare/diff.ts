import type { SignatureColumn } from '@/db/schema';
import type { DiffRow, Direction, MetricDelta, MetricRow, SignatureRow } from './types';

const keysOf = (maps: Record<string, unknown>[]) => [...new Set(maps.flatMap((m) => Object.keys(m)))].sort((a, b) => a.localeCompare(b));

function delta(value: number | null, base: number | null): MetricDelta | null {
  if (value === null || base === null) return null;
  return { abs: value - base, pct: base === 0 ? null : ((value - base) / Math.abs(base)) * 100 };
}

/** Every metric any version logged, with its delta against the baseline and the best value marked. */
export function metricRows(perVersion: Record<string, number>[], baseline: number, direction: (metric: string) => Direction): MetricRow[] {
  return keysOf(perVersion).map((key) => {
    const values = perVersion.map((m) => m[key] ?? null);
    const present = values.filter((v): v is number => v !== null);
    const dir = direction(key);
    const target = present.length < 2 ? null : dir === 'higher' ? Math.max(...present) : Math.min(...present);
    return {
      key,
      direction: dir,
      values,
      deltas: values.map((v, i) => (i === baseline ? null : delta(v, values[baseline] ?? null))),
      best: target === null ? [] : values.flatMap((v, i) => (v === target ? [i] : [])),
    };
  });
}

/** Key/value sets side by side (params, lineage); a key missing from a version counts as a difference. */
export function diffRows(perVersion: Record<string, string>[]): DiffRow[] {
  return keysOf(perVersion).map((key) => {
    const values = perVersion.map((m) => m[key] ?? null);
    return { key, values, differs: values.some((v) => v !== values[0]) };
  });
}

/** Input columns against the baseline's: added, removed or retyped in any other version. */
export function signatureRows(perVersion: SignatureColumn[][], baseline: number): SignatureRow[] {
  const typed = perVersion.map((columns) => new Map(columns.map((c) => [c.name, c.type])));
  const order = [...new Set(perVersion[baseline]?.map((c) => c.name) ?? []), ...perVersion.flat().map((c) => c.name)];
  return [...new Set(order)].map((column) => {
    const types = typed.map((m) => m.get(column) ?? null);
    const base = types[baseline] ?? null;
    const others = types.filter((_, i) => i !== baseline);
    const change = base === null ? 'added' : others.some((t) => t === null) ? 'removed' : others.some((t) => t !== base) ? 'retyped' : 'same';
    return { column, types, change };
  });
}
