import { csvCell } from '@/lib/csv';
import type { Comparison } from './types';

/** The comparison as one CSV: a row per metric (value and delta per version), then params and lineage. */
export function comparisonCsv(c: Comparison): string {
  const labels = c.versions.map((v) => v.ref);
  const lines = [['section', 'key', 'direction', ...labels, ...labels.map((l) => `delta vs ${c.versions[c.baseline]?.ref} (${l})`)]];
  for (const m of c.metrics) lines.push(['metric', m.key, m.direction, ...m.values.map(String), ...m.deltas.map((d) => (d ? String(d.abs) : ''))].map((v) => (v === 'null' ? '' : v)));
  for (const p of c.params) lines.push(['param', p.key, '', ...p.values.map((v) => v ?? ''), ...labels.map(() => '')]);
  for (const l of c.lineage) lines.push(['lineage', l.key, '', ...l.values.map((v) => v ?? ''), ...labels.map(() => '')]);
  return `${lines.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
