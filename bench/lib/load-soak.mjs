import { sampleMemory } from './monitoring-load.mjs';
import { runMix } from './load-run.mjs';

/**
 * The soak: the mix at a fixed total rate for a long time while the server's memory is sampled.
 * The first half is warm-up (caches and the SQLite page cache fill, V8 sizes its heap); a leak shows
 * as RSS still climbing over the second half.
 */
export const SOAK_SAMPLE_EVERY_MS = 10_000;
export const GROWTH = { slopeMbPerMinute: 1, thirdsIncrease: 0.1 };

const round = (n, digits = 1) => (Number.isFinite(n) ? Math.round(n * 10 ** digits) / 10 ** digits : null);
const mean = (values) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** Least-squares slope of `y` over `x`, or null with fewer than two distinct x. */
export function slope(points) {
  if (points.length < 2) return null;
  const mx = mean(points.map((p) => p.x));
  const my = mean(points.map((p) => p.y));
  const sxx = points.reduce((sum, p) => sum + (p.x - mx) ** 2, 0);
  return sxx === 0 ? null : points.reduce((sum, p) => sum + (p.x - mx) * (p.y - my), 0) / sxx;
}

/**
 * The memory verdict over the samples after warm-up (`{ minute, rssMb }`): a growth trend when RSS
 * climbs faster than 1 MB/min and the last third's mean is over 10 % above the first third's. Both
 * must hold, so neither a brief rise nor a slow drift inside noise is called a leak.
 */
export function memoryTrend(samples) {
  const usable = samples.filter((s) => Number.isFinite(s.rssMb));
  const third = Math.floor(usable.length / 3);
  if (third < 1) return { samples: usable.length, slopeMbPerMinute: null, firstThirdMeanMb: null, lastThirdMeanMb: null, verdict: 'too few samples' };
  const perMinute = slope(usable.map((s) => ({ x: s.minute, y: s.rssMb })));
  const first = mean(usable.slice(0, third).map((s) => s.rssMb));
  const last = mean(usable.slice(-third).map((s) => s.rssMb));
  const growing = perMinute > GROWTH.slopeMbPerMinute && last > first * (1 + GROWTH.thirdsIncrease);
  return { samples: usable.length, slopeMbPerMinute: round(perMinute, 2), firstThirdMeanMb: round(first), lastThirdMeanMb: round(last), verdict: growing ? 'growth trend' : 'no growth trend' };
}

/** Runs the mix at `rate` requests/s over `connections` for `seconds`, sampling the server's RSS every 10 s. */
export async function soak(server, mix, { rate, connections, seconds }) {
  const memory = sampleMemory(server.memory, SOAK_SAMPLE_EVERY_MS);
  const run = await runMix(server.base, mix, { connections, duration: seconds, overallRate: rate });
  const raw = memory.stop();
  const startedAt = raw[0].at;
  const samples = raw.map((s) => ({ minute: round((s.at - startedAt) / 60_000, 3), rssMb: s.rssMb, peakMb: s.peakMb }));
  const afterWarmup = samples.filter((s) => s.minute >= seconds / 120);
  return {
    targetRate: rate,
    connections: Math.min(connections, rate),
    ...run,
    memory: { sampleEveryMs: SOAK_SAMPLE_EVERY_MS, warmupMinutes: round(seconds / 120, 2), trend: memoryTrend(afterWarmup), samples },
  };
}
