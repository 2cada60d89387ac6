import { REGISTRY } from '@/lib/mlflow/registry-endpoints';
import { TRACKING } from '@/lib/mlflow/tracking-endpoints';
import { ACTION_CASES } from '@/lib/auth/permission-matrix/action-cases';
import { actionKey, type ActionCase, type RestCase } from '@/lib/auth/permission-matrix/cases';
import { routeMethods, V1 } from '@/lib/auth/permission-matrix/inventory';
import { REST_CASES } from '@/lib/auth/permission-matrix/rest-cases';

/** NextAuth's sign-in and callback endpoints are the library's, not ours to fuzz. */
export const UNFUZZED_ROUTES = ['app/api/auth/[...nextauth]/route.ts'];
export const MLFLOW_MOUNTS = ['app/api/2.0/mlflow/[...endpoint]/route.ts', 'app/ajax-api/2.0/mlflow/[...endpoint]/route.ts'];

export interface RestTarget {
  /** The route file, from the repository root. */
  file: string;
  method: string;
  /** The matrix's valid requests for this route and method: the fuzzer starts from them. */
  cases: RestCase[];
}

/** Every route and method of our own JSON API: /api/v1 and the probes beside it, not MLflow's or NextAuth's. */
export function restTargets(): RestTarget[] {
  return routeMethods()
    .filter(({ file }) => !UNFUZZED_ROUTES.includes(file) && !MLFLOW_MOUNTS.includes(file))
    .flatMap(({ file, methods }) => methods.map((method) => ({ file, method })))
    .map((t) => ({ ...t, cases: REST_CASES.filter((c) => `${V1}${c.route}` === t.file && c.method === t.method) }));
}

/** `GET runs/get`, `POST registered-models/create`: everything the MLflow dispatcher knows. */
export const MLFLOW_ENDPOINTS = Object.keys({ ...TRACKING, ...REGISTRY }).sort();

/** One target per exported action; its variants in the matrix are all starting points. */
export function actionTargets(): { key: string; cases: ActionCase[] }[] {
  const keys = [...new Set(ACTION_CASES.map(actionKey))];
  return keys.map((key) => ({ key, cases: ACTION_CASES.filter((c) => actionKey(c) === key) }));
}
