import { createHash } from 'node:crypto';
import type fc from 'fast-check';

/**
 * A fixed seed per target, derived from its name, so CI replays the same payloads; `FUZZ_SEED=random`
 * explores new ones (fast-check prints the seed of any failure) and `FUZZ_RUNS` sets how many.
 */
export function fuzzOptions<T>(name: string, numRuns: number): fc.Parameters<T> {
  const fixed = createHash('sha256').update(name).digest().readInt32LE(0);
  const seed = process.env.FUZZ_SEED === 'random' ? (Math.random() * 2 ** 31) | 0 : Number(process.env.FUZZ_SEED ?? fixed);
  return { seed, numRuns: Number(process.env.FUZZ_RUNS ?? numRuns) };
}
