import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from '../db/seed/demo-users';
import { demoUser, signIn } from './helpers';

interface MlflowClient {
  Experiments: { create(args: { name: string }): Promise<{ experiment_id: string }>; list(): Promise<{ experiments: { name: string }[] }> };
  Runs: {
    create(args: { experiment_id: string; start_time: number; tags?: { key: string; value: string }[] }): Promise<{ run: { info: { run_id: string } } }>;
    logParameter(args: { run_id: string; key: string; value: string }): Promise<unknown>;
    logMetric(args: { run_id: string; key: string; value: number; timestamp: number; step: number }): Promise<unknown>;
    setTag(args: { run_id: string; key: string; value: string }): Promise<unknown>;
    logBatch(args: { run_id: string; metrics: { key: string; value: number; timestamp: number; step: number }[] }): Promise<unknown>;
    update(args: { run_id: string; status: string; end_time: number }): Promise<{ run_info: { status: string } }>;
    get(args: { run_id: string }): Promise<{ run: { data: { metrics: { key: string; value: number }[] } } }>;
    search(args: { experiment_ids: string[] }): Promise<{ runs: unknown[] }>;
  };
  Metrics: { getHistory(args: { run_id: string; metric_key: string }): Promise<{ metrics: { step: number }[] }> };
}

// A third-party Node client for MLflow's REST API, pointed at our server as a training script would be.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MLflow = require('mlflow') as new (options: { endpoint: string; headers: Record<string, string> }) => MlflowClient;

test('the `mlflow` npm client creates an experiment, logs a run and reads it back', async ({ baseURL }) => {
  const user = demoUser('data_scientist');
  const client = new MLflow({
    endpoint: baseURL as string,
    headers: { Authorization: `Basic ${Buffer.from(`${user.email}:${DEMO_PASSWORD}`).toString('base64')}` },
  });
  const name = `e2e-mlflow-client-${Date.now()}`;
  const { experiment_id } = await client.Experiments.create({ name });
  expect((await client.Experiments.list()).experiments.map((e) => e.name)).toContain(name);

  const started = Date.now();
  const { run } = await client.Runs.create({ experiment_id, start_time: started, tags: [{ key: 'mlflow.runName', value: 'client-run' }] });
  const run_id = run.info.run_id;
  await client.Runs.logParameter({ run_id, key: 'max_depth', value: '6' });
  await client.Runs.setTag({ run_id, key: 'dataset', value: 'churn-2026-11' });
  await client.Runs.logMetric({ run_id, key: 'accuracy', value: 0.91, timestamp: started, step: 0 });
  await client.Runs.logBatch({ run_id, metrics: Array.from({ length: 50 }, (_, step) => ({ key: 'val_loss', value: 1 / (step + 1), timestamp: started + step, step })) });
  expect((await client.Runs.update({ run_id, status: 'FINISHED', end_time: started + 100 })).run_info.status).toBe('FINISHED');

  expect((await client.Runs.get({ run_id })).run.data.metrics).toEqual([
    expect.objectContaining({ key: 'accuracy', value: 0.91 }),
    expect.objectContaining({ key: 'val_loss', value: 1 / 50 }),
  ]);
  expect((await client.Metrics.getHistory({ run_id, metric_key: 'val_loss' })).metrics).toHaveLength(50);
  expect((await client.Runs.search({ experiment_ids: [experiment_id] })).runs).toHaveLength(1);
});

test('a model registered through the MLflow API shows up in the catalogue', async ({ page, request }) => {
  const user = demoUser('data_scientist');
  const auth = { Authorization: `Basic ${Buffer.from(`${user.email}:${DEMO_PASSWORD}`).toString('base64')}` };
  const name = `e2e-mlflow-model-${Date.now()}`;
  const created = await request.post('/api/2.0/mlflow/registered-models/create', { headers: auth, data: { name, description: 'From an MLflow client.' } });
  expect(created.status()).toBe(200);
  const version = await request.post('/api/2.0/mlflow/model-versions/create', { headers: auth, data: { name, source: 's3://models/churn/1' } });
  expect((await version.json()).model_version).toMatchObject({ version: '1', current_stage: 'None' });

  await signIn(page, 'viewer', `/models/${name}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Version 1', exact: true })).toBeVisible();
});
