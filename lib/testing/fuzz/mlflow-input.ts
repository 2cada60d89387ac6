import fc from 'fast-check';
import type { Fixture } from '@/lib/auth/permission-matrix/fixture';
import { MLFLOW_CASES } from '@/lib/auth/permission-matrix/mlflow-cases';
import { contextFor } from '@/lib/auth/permission-matrix/workspace';
import { jsonText, mutatedObject } from './junk';

/**
 * Arguments the MLflow reads and searches take, naming things in the fixture, for endpoints the
 * matrix has no write case for; the fuzzer mutates them like any other sample.
 */
function readSample(fx: Fixture): Record<string, unknown> {
  return {
    name: 'churn',
    version: '3',
    alias: 'challenger',
    run_id: fx.runUuid,
    experiment_id: String(fx.experimentId),
    experiment_name: 'churn-training',
    experiment_ids: [String(fx.experimentId)],
    metric_key: 'loss',
    filter: "name = 'churn'",
    order_by: ['name ASC'],
    max_results: 10,
    page_token: '',
    stages: ['Production'],
  };
}

/** The matrix's valid input for this endpoint (as the admin), else the read sample. */
export function mlflowSample(fx: Fixture, endpoint: string): Record<string, unknown> {
  const write = MLFLOW_CASES.find((c) => c.endpoint === endpoint);
  return write ? write.input(contextFor(fx, 'admin')) : readSample(fx);
}

/** A mutated sample as a query string, the way MLflow clients send GET arguments: lists as repeated keys. */
export function mlflowQuery(sample: Record<string, unknown>): fc.Arbitrary<string> {
  return mutatedObject(sample).map((input) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(input)) {
      for (const item of Array.isArray(value) ? value : [value]) query.append(key, typeof item === 'string' ? item : jsonText(item));
    }
    return `?${query}`;
  });
}
