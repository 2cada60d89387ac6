import { describe, expect, it } from 'vitest';
import { EXEMPT_ACTIONS } from '@/lib/auth/permission-matrix/action-cases';
import { exportedValues, read, routeMethods, serverActionFiles } from '@/lib/auth/permission-matrix/inventory';
import { mlflowRoute } from '@/lib/mlflow/route';
import { actionTargets, MLFLOW_ENDPOINTS, MLFLOW_MOUNTS, restTargets, UNFUZZED_ROUTES } from './targets';

describe('the fuzz suite reaches every endpoint and action', () => {
  it('fuzzes every method of every route file under app/', () => {
    const rest = new Set(restTargets().map((t) => `${t.method} ${t.file}`));
    const missing = routeMethods()
      .filter(({ file }) => !UNFUZZED_ROUTES.includes(file) && !MLFLOW_MOUNTS.includes(file))
      .flatMap(({ file, methods }) => methods.map((method) => `${method} ${file}`))
      .filter((key) => !rest.has(key));
    expect(missing).toEqual([]);
    expect(rest.size).toBeGreaterThan(50);
  });

  it('fuzzes both MLflow mounts, which serve nothing but the dispatcher', () => {
    const mounts = routeMethods().filter(({ file }) => /\bmlflowRoute\b/.test(read(file)));
    expect(mounts.map((m) => m.file).sort()).toEqual([...MLFLOW_MOUNTS].sort());
    for (const { methods } of mounts) expect(methods.sort()).toEqual(Object.keys(mlflowRoute).sort());
    // Every dispatcher method has endpoints behind it; unknown ones are fuzzed separately.
    expect([...new Set(MLFLOW_ENDPOINTS.map((key) => key.split(' ')[0]))].sort()).toEqual(Object.keys(mlflowRoute).sort());
  });

  it('fuzzes every exported server action', () => {
    const fuzzed = new Set(actionTargets().map((t) => t.key));
    const exported = serverActionFiles().modules.flatMap((file) => exportedValues(read(file)).map((name) => `${file.slice('app/'.length)}#${name}`));
    expect(exported.filter((key) => !fuzzed.has(key) && !EXEMPT_ACTIONS.includes(key))).toEqual([]);
  });

  it('starts every write from the permission matrix’s valid request', () => {
    const writes = restTargets().filter((t) => !['GET', 'HEAD'].includes(t.method));
    expect(writes.filter((t) => t.cases.length === 0).map((t) => `${t.method} ${t.file}`)).toEqual([]);
  });
});
