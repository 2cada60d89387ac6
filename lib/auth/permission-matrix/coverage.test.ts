import { describe, expect, it } from 'vitest';
import { REGISTRY } from '@/lib/mlflow/registry-endpoints';
import { TRACKING } from '@/lib/mlflow/tracking-endpoints';
import { ACTION_CASES, EXEMPT_ACTIONS } from './action-cases';
import { actionKey, restKey } from './cases';
import { exportedValues, mutatingRoutes, read, serverActionFiles, V1 } from './inventory';
import { MLFLOW_CASES, MLFLOW_MOUNT, MLFLOW_READS } from './mlflow-cases';
import { REST_CASES } from './rest-cases';

/** NextAuth's own sign-in and callback endpoints: nobody is signed in yet to authorize. */
const EXEMPT_ROUTES = ['app/api/auth/[...nextauth]/route.ts'];
const MLFLOW_ROUTE = 'lib/mlflow/route.ts';
const isMlflowMount = (file: string) => /\bmlflowRoute\b/.test(read(file));

describe('the permission matrix covers every way to change something', () => {
  it('has a case for every mutating route and method under app/', () => {
    const covered = new Set(REST_CASES.map(restKey));
    const missing = mutatingRoutes()
      .filter(({ file }) => !EXEMPT_ROUTES.includes(file) && !isMlflowMount(file))
      .flatMap(({ file, methods }) => methods.map((method) => (file.startsWith(V1) ? `${method} ${file.slice(V1.length)}` : `${method} ${file} (outside /api/v1)`)))
      .filter((key) => !covered.has(key));
    expect(missing, 'add these to rest-registry-cases.ts, rest-governance-cases.ts or rest-users-cases.ts').toEqual([]);
  });

  it('has no case for a route or method that no longer exists', () => {
    const existing = new Set(mutatingRoutes().flatMap(({ file, methods }) => methods.map((method) => `${method} ${file.slice(V1.length)}`)));
    expect(REST_CASES.map(restKey).filter((key) => !existing.has(key))).toEqual([]);
  });

  it('mounts the MLflow API only as the handlers the matrix calls', () => {
    const mounts = mutatingRoutes().filter(({ file }) => isMlflowMount(file));
    expect(mounts.map((m) => m.file)).toContain(MLFLOW_MOUNT);
    for (const { file } of mounts) expect(read(file), file).toMatch(/export const \{ GET, POST, PATCH, DELETE \} = mlflowRoute;/);
    // The endpoint tables below are all the dispatcher knows; a third table would escape the matrix.
    expect(read(MLFLOW_ROUTE)).toMatch(/const ENDPOINTS: Record<string, MlflowHandler> = \{ \.\.\.TRACKING, \.\.\.REGISTRY \};/);
  });

  it('has a case for every MLflow endpoint that is not a GET, unless it only searches', () => {
    const writes = Object.keys({ ...TRACKING, ...REGISTRY }).filter((key) => !key.startsWith('GET '));
    const covered = new Set([...MLFLOW_CASES.map((c) => c.endpoint), ...MLFLOW_READS]);
    expect(writes.filter((key) => !covered.has(key)), 'add these to mlflow-cases.ts').toEqual([]);
    expect([...covered].filter((key) => !writes.includes(key)), 'stale MLflow cases').toEqual([]);
  });

  it('has a case for every exported server action, and no inline ones escape it', () => {
    const { modules, inline } = serverActionFiles();
    expect(inline, 'inline "use server" functions cannot be listed here: move them to an actions file').toEqual([]);
    const exported = modules.flatMap((file) => exportedValues(read(file)).map((name) => `${file.slice('app/'.length)}#${name}`));
    expect(modules.every((file) => file.startsWith('app/')), `server actions outside app/: ${modules}`).toBe(true);
    const covered = new Set([...ACTION_CASES.map(actionKey), ...EXEMPT_ACTIONS]);
    expect(exported.filter((key) => !covered.has(key)), 'add these to action-cases.ts').toEqual([]);
    expect([...covered].filter((key) => !exported.includes(key)), 'stale action cases').toEqual([]);
  });
});
