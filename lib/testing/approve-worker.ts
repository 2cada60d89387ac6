import { decideRequestUseCase } from '@/lib/governance/decide';
import type { Actor } from '@/lib/auth/actor';
import { AppError } from '@/lib/errors';

/**
 * One process of the concurrency test: its own SQLite connection, waiting for the shared start
 * instant, then approving as each reviewer it was given. Prints one JSON line of outcomes.
 */
const { requestId, reviewers, startAt } = JSON.parse(process.argv[2] ?? '{}') as { requestId: number; reviewers: Actor[]; startAt: number };
while (Date.now() < startAt);
const outcomes = reviewers.map((reviewer) => {
  try {
    return { ok: true, applied: decideRequestUseCase(reviewer, requestId, { decision: 'approve' }).applied };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code };
    return { ok: false, code: String(error) };
  }
});
process.stdout.write(JSON.stringify(outcomes));
