export interface Point {
  step: number;
  timestamp: number;
  value: number;
}

/**
 * Min/max per bucket: keeps the first and last point and, in every bucket, its lowest and highest
 * point in their original order, so peaks and troughs survive. Returns the input when it already fits.
 */
export function downsampleMinMax<P extends Point>(points: readonly P[], maxPoints: number): P[] {
  if (maxPoints < 4) throw new RangeError('maxPoints must be at least 4');
  if (points.length <= maxPoints) return points.slice();
  const first = points[0] as P;
  const last = points[points.length - 1] as P;
  const inner = points.length - 2;
  const buckets = Math.floor((maxPoints - 2) / 2);
  const out: P[] = [first];
  for (let b = 0; b < buckets; b++) {
    const start = 1 + Math.floor((b * inner) / buckets);
    const end = 1 + Math.floor(((b + 1) * inner) / buckets);
    let lo = start;
    let hi = start;
    for (let i = start + 1; i < end; i++) {
      if ((points[i] as P).value < (points[lo] as P).value) lo = i;
      if ((points[i] as P).value > (points[hi] as P).value) hi = i;
    }
    if (end <= start) continue;
    if (lo === hi) out.push(points[lo] as P);
    else out.push(points[Math.min(lo, hi)] as P, points[Math.max(lo, hi)] as P);
  }
  out.push(last);
  return out;
}
