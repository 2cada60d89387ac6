import type { MlflowCase } from './cases';
import { ADMIN, AUTHORS, OWNERS, RUN_WRITERS } from './fixture';
import type { Ctx } from './workspace';

const run = ({ fx }: Ctx) => ({ run_id: fx.runUuid });

/** Where the matrix calls the MLflow API; the coverage test checks every other mount serves the same handlers. */
export const MLFLOW_MOUNT = 'app/api/2.0/mlflow/[...endpoint]/route.ts';

/** The MLflow-compatible API's writes, mounted at `/api/2.0/mlflow` and `/ajax-api/2.0/mlflow`. */
export const MLFLOW_CASES: MlflowCase[] = [
  { endpoint: 'POST experiments/create', allowed: AUTHORS, input: () => ({ name: 'uplift' }) },
  { endpoint: 'POST runs/create', allowed: AUTHORS, input: ({ fx }) => ({ experiment_id: String(fx.experimentId), run_name: 'nightly' }) },
  { endpoint: 'POST runs/update', allowed: RUN_WRITERS, input: (ctx) => ({ ...run(ctx), status: 'FINISHED' }) },
  { endpoint: 'POST runs/log-batch', allowed: RUN_WRITERS, input: (ctx) => ({ ...run(ctx), metrics: [{ key: 'loss', value: 0.2, timestamp: 1, step: 2 }] }) },
  { endpoint: 'POST runs/log-metric', allowed: RUN_WRITERS, input: (ctx) => ({ ...run(ctx), key: 'loss', value: 0.1, timestamp: 2, step: 3 }) },
  { endpoint: 'POST runs/log-parameter', allowed: RUN_WRITERS, input: (ctx) => ({ ...run(ctx), key: 'depth', value: '6' }) },
  { endpoint: 'POST runs/set-tag', allowed: RUN_WRITERS, input: (ctx) => ({ ...run(ctx), key: 'note', value: 'baseline' }) },
  { endpoint: 'POST registered-models/create', allowed: AUTHORS, input: () => ({ name: 'uplift' }) },
  { endpoint: 'POST registered-models/rename', allowed: OWNERS, input: () => ({ name: 'sandbox', new_name: 'playground' }) },
  { endpoint: 'PATCH registered-models/update', allowed: OWNERS, input: () => ({ name: 'churn', description: 'Monthly churn.' }) },
  { endpoint: 'DELETE registered-models/delete', allowed: OWNERS, input: () => ({ name: 'sandbox' }) },
  { endpoint: 'POST registered-models/set-tag', allowed: OWNERS, input: () => ({ name: 'churn', key: 'region', value: 'eu' }) },
  { endpoint: 'DELETE registered-models/delete-tag', allowed: OWNERS, input: () => ({ name: 'churn', key: 'stage-gate' }) },
  { endpoint: 'POST registered-models/alias', allowed: OWNERS, input: () => ({ name: 'churn', alias: 'shadow', version: '4' }) },
  { endpoint: 'DELETE registered-models/alias', allowed: OWNERS, input: () => ({ name: 'churn', alias: 'challenger' }) },
  { endpoint: 'POST model-versions/create', allowed: OWNERS, input: () => ({ name: 'churn', source: 's3://models/churn/5' }) },
  { endpoint: 'PATCH model-versions/update', allowed: OWNERS, input: () => ({ name: 'churn', version: '3', description: 'Candidate.' }) },
  { endpoint: 'DELETE model-versions/delete', allowed: OWNERS, input: () => ({ name: 'sandbox', version: '1' }) },
  // A direct stage change bypasses the approval workflow: admins only, recorded as an override.
  { endpoint: 'POST model-versions/transition-stage', allowed: ADMIN, input: () => ({ name: 'churn', version: '4', stage: 'Staging' }) },
  { endpoint: 'POST model-versions/set-tag', allowed: OWNERS, input: () => ({ name: 'churn', version: '3', key: 'reviewed', value: 'no' }) },
  { endpoint: 'DELETE model-versions/delete-tag', allowed: OWNERS, input: () => ({ name: 'churn', version: '3', key: 'candidate' }) },
];

/** POSTs that only read (MLflow searches by POST): nothing to authorize beyond signing in. */
export const MLFLOW_READS = ['POST registered-models/search', 'POST registered-models/get-latest-versions', 'POST model-versions/search', 'POST experiments/search', 'POST runs/search'];
