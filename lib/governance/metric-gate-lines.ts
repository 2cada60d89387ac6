import type { MetricGate } from '@/db/schema';

/** A policy's metric gates as the editor shows them, one per line: `accuracy >= 0.9`. */
export const formatGateLines = (gates: MetricGate[]) => gates.map((g) => `${g.metric} ${g.comparator} ${g.value}`).join('\n');

const LINE = /^(.+?)\s*(>=|<=|≥|≤)\s*(\S+)$/;

/**
 * The editor's lines as gates, each with its line number so the server's complaints can name it.
 * Blank lines are skipped; every line that does not read `metric >= number` or `metric <= number`,
 * or repeats an earlier one, is reported.
 */
export function parseGateLines(text: string): { gates: { line: number; gate: MetricGate }[]; errors: string[] } {
  const gates: { line: number; gate: MetricGate }[] = [];
  const errors: string[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const match = LINE.exec(line);
    const value = Number(match?.[3]);
    if (!match || !Number.isFinite(value)) {
      errors.push(`Line ${i + 1} ("${line}") is not "metric >= number" or "metric <= number".`);
      return;
    }
    const comparator = match[2] === '≥' ? '>=' : match[2] === '≤' ? '<=' : (match[2] as MetricGate['comparator']);
    const metric = match[1]!.trim();
    const first = seen.get(`${metric} ${comparator}`);
    if (first !== undefined) {
      errors.push(`Line ${i + 1} repeats "${metric} ${comparator}" from line ${first}: keep one.`);
      return;
    }
    seen.set(`${metric} ${comparator}`, i + 1);
    gates.push({ line: i + 1, gate: { metric, comparator, value } });
  });
  return { gates, errors };
}
