import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { crashRounds } from '@/lib/testing/crash/rounds';
import { crashWorkspace } from '@/lib/testing/crash/workspace';
import { governanceCast, promotableVersion } from '@/lib/testing/governance-fixture';
import { transitionStageUseCase } from '@/lib/registry/stages';
import { setAliasProtectionUseCase } from './protected-aliases';
import { createRequestUseCase } from './requests';

const rows = <T>(sql: string) => getDb().$client.prepare(sql).all() as T[];

/** Everything an applied promotion touches, as one comparable value. */
function promotionState() {
  return {
    requests: rows<{ status: string; approvals: number }>('SELECT status, approvals FROM promotion_requests'),
    reviews: rows<{ decision: string }>('SELECT decision FROM request_reviews'),
    stages: rows<{ version: number; stage: string }>('SELECT version, stage FROM model_versions ORDER BY version'),
    transitions: rows<{ n: number }>('SELECT count(*) AS n FROM stage_transitions')[0]!.n,
    aliases: rows<{ alias: string; version: number }>('SELECT a.alias, v.version FROM model_aliases a JOIN model_versions v ON v.id = a.version_id'),
    audits: rows<{ action: string; n: number }>("SELECT action, count(*) AS n FROM audit_log WHERE action IN ('approval.decide', 'version.stage', 'alias.set') GROUP BY action ORDER BY action"),
    events: rows<{ type: string; n: number }>("SELECT type, count(*) AS n FROM webhook_events WHERE type IN ('approval.decided', 'stage.changed', 'alias.set') GROUP BY type ORDER BY type"),
  };
}

type State = ReturnType<typeof promotionState>;

describe('a process killed while an approval applies a promotion', () => {
  it('leaves the request decided with its stage changes, alias, audit entries and events, or nothing of it', async () => {
    let applied: State | null = null;
    const { committed, timings, records } = await crashRounds<State>(
      {
        async prepare() {
          await crashWorkspace();
          const { author, requester, reviewer, admin } = await governanceCast('churn');
          const old = await promotableVersion(author, 'churn');
          transitionStageUseCase(admin, 'churn', old, { stage: 'production' });
          setAliasProtectionUseCase(admin, 'churn', { alias: 'champion' }, true);
          const next = await promotableVersion(author, 'churn', 0.95);
          const request = createRequestUseCase(requester, 'churn', next, { targetStage: 'production', alias: 'champion', justification: 'Better on the hold-out set.' });
          return { job: { kind: 'approval', actor: reviewer, requestId: request.id }, fixture: promotionState() };
        },
        check(before, outcome) {
          const after = promotionState();
          if (outcome === 'absent') {
            expect(after).toEqual(before);
            return;
          }
          expect(after.requests).toEqual([{ status: 'approved', approvals: 1 }]);
          expect(after.stages).toEqual([
            { version: 1, stage: 'archived' },
            { version: 2, stage: 'production' },
          ]);
          expect(after.aliases).toEqual([{ alias: 'champion', version: 2 }]);
          // The request made: one decision, two stage changes (the new version up, the old one archived), one alias.
          expect(after.transitions - before.transitions).toBe(2);
          applied ??= after;
          expect(after).toEqual(applied);
        },
      },
      { seed: 3, timedKills: 4 },
    );
    console.log(JSON.stringify({ case: 'approval', applied, committed, timings, records }));
  }, 180_000);
});
