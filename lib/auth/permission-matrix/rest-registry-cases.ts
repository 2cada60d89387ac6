import { MODEL_CARD_SECTIONS } from '@/db/schema';
import { table } from '@/lib/testing/monitoring-tables';
import { othersComment, ownComment, type RestCase } from './cases';
import { ADMIN, AUTHORS, COMMENTERS, EVERY_MEMBER, NOBODY, OWNERS, RUN_WRITERS, TRIAGERS } from './fixture';

const churn = { name: 'churn' };
const v = (version: number, name = 'churn') => ({ name, version: String(version) });
const csv = (text: string) => ({ raw: text, headers: { 'content-type': 'text/csv' } });
/** One `label` per row of the fixture's 200-row batch. */
const LABELS = ['label', ...Array.from({ length: 200 }, (_, i) => (i % 3 ? 'yes' : 'no'))].join('\n');

/** Models, versions, tags, cards, aliases, artifacts, runs, monitoring and comments. */
export const REGISTRY_CASES: RestCase[] = [
  { route: 'models/route.ts', method: 'POST', allowed: AUTHORS, request: () => ({ body: { name: 'fresh', taskType: 'classification' } }) },
  { route: 'models/[name]/route.ts', method: 'PATCH', allowed: OWNERS, request: () => ({ params: churn, body: { description: 'Predicts churn a month ahead.' } }) },
  { route: 'models/[name]/route.ts', method: 'PATCH', variant: 'risk tier', allowed: ADMIN, request: () => ({ params: churn, body: { riskTier: 'low' } }) },
  { route: 'models/[name]/route.ts', method: 'DELETE', allowed: OWNERS, request: () => ({ params: { name: 'sandbox' } }) },
  { route: 'models/[name]/tags/[key]/route.ts', method: 'PUT', allowed: OWNERS, request: () => ({ params: { ...churn, key: 'region' }, body: { value: 'eu' } }) },
  { route: 'models/[name]/tags/[key]/route.ts', method: 'DELETE', allowed: OWNERS, request: () => ({ params: { ...churn, key: 'stage-gate' } }) },
  { route: 'models/[name]/metric-directions/[metric]/route.ts', method: 'PUT', allowed: OWNERS, request: () => ({ params: { ...churn, metric: 'latency' }, body: { direction: 'lower' } }) },
  { route: 'models/[name]/versions/route.ts', method: 'POST', allowed: OWNERS, request: () => ({ params: churn, body: { description: 'Retrained on May.' } }) },
  { route: 'models/[name]/versions/[version]/route.ts', method: 'PATCH', allowed: OWNERS, request: () => ({ params: v(3), body: { description: 'Candidate.' } }) },
  { route: 'models/[name]/versions/[version]/route.ts', method: 'DELETE', allowed: OWNERS, request: () => ({ params: v(1, 'sandbox') }) },
  { route: 'models/[name]/versions/[version]/tags/[key]/route.ts', method: 'PUT', allowed: OWNERS, request: () => ({ params: { ...v(3), key: 'reviewed' }, body: { value: 'no' } }) },
  { route: 'models/[name]/versions/[version]/tags/[key]/route.ts', method: 'DELETE', allowed: OWNERS, request: () => ({ params: { ...v(3), key: 'candidate' } }) },
  ...(['PUT', 'PATCH'] as const).map((method): RestCase => ({
    route: 'models/[name]/versions/[version]/card/route.ts',
    method,
    allowed: OWNERS,
    request: () => ({ params: v(4), body: { [MODEL_CARD_SECTIONS[0]]: 'Rewritten overview.' } }),
  })),
  { route: 'models/[name]/aliases/[alias]/route.ts', method: 'PUT', allowed: OWNERS, request: () => ({ params: { ...churn, alias: 'shadow' }, body: { version: 4 } }) },
  { route: 'models/[name]/aliases/[alias]/route.ts', method: 'DELETE', allowed: OWNERS, request: () => ({ params: { ...churn, alias: 'challenger' } }) },
  {
    route: 'models/[name]/versions/[version]/artifacts/route.ts',
    method: 'POST',
    allowed: OWNERS,
    request: () => ({ params: v(4), query: '?fileName=weights.bin', raw: 'binary weights', headers: { 'content-type': 'application/octet-stream' } }),
  },
  // Re-hashing a stored file is a read: everyone signed in may ask, and the check is audited.
  { route: 'artifacts/[id]/verify/route.ts', method: 'POST', allowed: EVERY_MEMBER, request: ({ fx }) => ({ params: { id: String(fx.artifactId) } }) },
  { route: 'runs/route.ts', method: 'POST', allowed: AUTHORS, request: () => ({ body: { experimentName: 'churn-training', name: 'retrain' } }) },
  { route: 'runs/[runId]/route.ts', method: 'PATCH', allowed: RUN_WRITERS, request: ({ fx }) => ({ params: { runId: fx.runUuid }, body: { status: 'FINISHED' } }) },
  {
    route: 'runs/[runId]/log-batch/route.ts',
    method: 'POST',
    allowed: RUN_WRITERS,
    request: ({ fx }) => ({ params: { runId: fx.runUuid }, body: { metrics: [{ key: 'loss', value: 0.3, step: 1, timestamp: 1 }], params: { lr: '0.1' } } }),
  },
  { route: 'models/[name]/monitoring-policy/route.ts', method: 'PUT', allowed: OWNERS, request: () => ({ params: churn, body: { datasetDriftShare: 0.6 } }) },
  { route: 'models/[name]/versions/[version]/reference/route.ts', method: 'PUT', allowed: OWNERS, request: () => ({ params: v(3), query: '?prediction=prediction', ...csv(table({ rows: 100, seed: 4 })) }) },
  { route: 'models/[name]/versions/[version]/reference/columns/[column]/route.ts', method: 'PATCH', allowed: OWNERS, request: () => ({ params: { ...v(2), column: 'color' }, body: { kind: 'categorical' } }) },
  { route: 'models/[name]/versions/[version]/batches/route.ts', method: 'POST', allowed: OWNERS, request: () => ({ params: v(2), ...csv(table({ rows: 100, seed: 5 })) }) },
  {
    route: 'models/[name]/versions/[version]/batches/[id]/labels/route.ts',
    method: 'POST',
    allowed: OWNERS,
    request: ({ fx }) => ({ params: { ...v(2), id: String(fx.batchId) }, query: '?format=csv', ...csv(LABELS) }),
  },
  ...(['acknowledge', 'resolve', 'retraining'] as const).map((action): RestCase => ({
    route: 'alerts/[id]/[action]/route.ts',
    method: 'POST',
    variant: action,
    allowed: TRIAGERS,
    request: ({ fx }) => ({ params: { id: String(fx.alertId), action }, body: { comment: 'Retrained on the shifted population.' } }),
  })),
  { route: 'models/[name]/versions/[version]/comments/route.ts', method: 'POST', allowed: COMMENTERS, request: () => ({ params: v(3), body: { body: 'Recall holds on the **holdout**.' } }) },
  { route: 'comments/[id]/route.ts', method: 'PATCH', variant: 'own comment', allowed: COMMENTERS, setup: ownComment, request: ({ made }) => ({ params: { id: String(made.commentId) }, body: { body: 'Reworded.' } }) },
  { route: 'comments/[id]/route.ts', method: 'PATCH', variant: "someone else's comment", allowed: NOBODY, setup: othersComment, request: ({ made }) => ({ params: { id: String(made.commentId) }, body: { body: 'Reworded.' } }) },
];
