import crypto from 'node:crypto';
import type { Actor } from '@/lib/auth/actor';

/** One large write a crash writer performs, with what it needs from the prepared workspace. */
export type CrashJob =
  | { kind: 'metrics'; actor: Actor; runUuid: string; points: number }
  | { kind: 'monitoring'; actor: Actor; model: string; version: number; csvFile: string }
  | { kind: 'artifact'; actor: Actor; model: string; version: number; bytes: number; seed: number }
  | { kind: 'approval'; actor: Actor; requestId: number };

/** `self` kills the writer from inside its transaction's callback (before commit) or right after the commit returns. */
export type SelfKill = 'before-commit' | 'after-commit';

export interface WriterArgs {
  job: CrashJob;
  selfKill?: SelfKill;
}

/** `n` metric points of `loss`, steps 0…n−1, as a training loop logs them. */
export function metricPoints(n: number): { key: string; value: number; step: number; timestamp: number }[] {
  return Array.from({ length: n }, (_, step) => ({ key: 'loss', value: 1 / (1 + step), step, timestamp: 1_700_000_000_000 + step }));
}

const CHUNK = 1024 * 1024;

/** A reproducible artifact body in 1 MiB chunks; the seed changes every chunk, so every seed gives its own sha256. */
export function* artifactChunks(bytes: number, seed: number): Generator<Uint8Array> {
  for (let offset = 0, i = 0; offset < bytes; offset += CHUNK, i += 1) {
    const chunk = Buffer.alloc(Math.min(CHUNK, bytes - offset));
    chunk.fill(`${seed}:${i}:`);
    yield new Uint8Array(chunk);
  }
}

export function artifactSha256(bytes: number, seed: number): string {
  const hash = crypto.createHash('sha256');
  for (const chunk of artifactChunks(bytes, seed)) hash.update(chunk);
  return hash.digest('hex');
}
