/** The reference-vs-current distributions a batch stores for its charts: small enough to keep per column. */

import type { Distribution } from '../types';
import { histogramCounts } from '../drift/binning';

const HISTOGRAM_BINS = 20;
const TOP_CATEGORIES = 20;
export const OTHER_CATEGORY = '(other)';

/** Equal-width bins over the range of both samples (ascending, not both empty). */
export function histogram(reference: Float64Array, current: Float64Array): Distribution {
  const ends = [reference[0], reference[reference.length - 1], current[0], current[current.length - 1]].filter((v): v is number => v !== undefined);
  let lo = Math.min(...ends);
  let hi = Math.max(...ends);
  if (lo === hi) {
    lo -= 0.5;
    hi += 0.5;
  }
  const edges = new Float64Array(HISTOGRAM_BINS + 1);
  for (let i = 0; i <= HISTOGRAM_BINS; i++) edges[i] = lo + ((hi - lo) * i) / HISTOGRAM_BINS;
  edges[HISTOGRAM_BINS] = hi;
  return {
    kind: 'histogram',
    edges: Array.from(edges),
    reference: Array.from(histogramCounts(reference, edges)),
    current: Array.from(histogramCounts(current, edges)),
  };
}

/** The most frequent categories of both sides together, the rest pooled as "(other)". */
export function categoryBars(reference: Map<string, number>, current: Map<string, number>): Distribution {
  const labels = [...new Set([...reference.keys(), ...current.keys()])];
  const refTotal = [...reference.values()].reduce((a, b) => a + b, 0) || 1;
  const curTotal = [...current.values()].reduce((a, b) => a + b, 0) || 1;
  const weight = (l: string) => (reference.get(l) ?? 0) / refTotal + (current.get(l) ?? 0) / curTotal;
  labels.sort((a, b) => weight(b) - weight(a) || (a < b ? -1 : 1));
  const shown = labels.slice(0, TOP_CATEGORIES);
  const rest = labels.slice(TOP_CATEGORIES);
  const sum = (counts: Map<string, number>, of: string[]) => of.reduce((n, l) => n + (counts.get(l) ?? 0), 0);
  const categories = rest.length > 0 ? [...shown, OTHER_CATEGORY] : shown;
  const side = (counts: Map<string, number>) => [...shown.map((l) => counts.get(l) ?? 0), ...(rest.length > 0 ? [sum(counts, rest)] : [])];
  return { kind: 'categories', categories, reference: side(reference), current: side(current) };
}
