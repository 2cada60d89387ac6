import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET as healthRoute } from '@/app/api/health/route';
import { GET as readyRoute } from '@/app/api/ready/route';
import { closeDb, getDb } from '@/db/client';
import { knownMigrations } from '@/lib/migration-level';
import { withTempWorkspace } from '@/lib/testing/temp-workspace';
import { checkReadiness } from './readiness';
import { markShuttingDown, resetShutdownState } from './shutdown-state';

const workspace = withTempWorkspace();
afterEach(() => resetShutdownState());

const ready = (headers: Record<string, string> = {}) => readyRoute(new Request('http://localhost/api/ready', { headers }));
const health = () => healthRoute(new Request('http://localhost/api/health'));
const migrationCount = () => knownMigrations().length;

describe('readiness', () => {
  it('is ready once the database answers and has every migration of this build', async () => {
    expect(checkReadiness()).toEqual({ ready: true });
    const response = await ready();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await response.json()).toEqual({ status: 'ready' });
    expect((await ready({ 'x-request-id': 'probe-7' })).headers.get('x-request-id')).toBe('probe-7');
    expect(getDb().$client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get()).toEqual({ n: migrationCount() });
  });

  it('answers 503 naming how many migrations are missing', async () => {
    const sqlite = getDb().$client;
    sqlite.prepare('DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)').run();
    expect(checkReadiness()).toEqual({ ready: false, reason: '1 database migration not applied' });
    sqlite.prepare('DROP TABLE __drizzle_migrations').run();
    const response = await ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', reason: `${migrationCount()} database migrations not applied` });
  });

  it('answers 503 without paths or stack traces when the database cannot be opened', async () => {
    closeDb();
    // A file where the data directory should be: opening the database fails with the path in the error.
    const blocked = path.join(workspace.dir(), 'not-a-directory');
    fs.writeFileSync(blocked, '');
    process.env.DATA_DIR = blocked;
    const stderr = vi.spyOn(process.stderr, 'write').mockReturnValue(true);
    try {
      const response = await ready();
      const text = await response.text();
      expect(response.status).toBe(503);
      expect(JSON.parse(text)).toEqual({ status: 'unavailable', reason: 'database unavailable' });
      expect(text).not.toContain(workspace.dir());
      const logged = JSON.parse(String(stderr.mock.calls[0]?.[0]));
      expect(logged).toMatchObject({ level: 'error', message: 'readiness check failed' });
      expect(logged.error).toContain('not-a-directory');
    } finally {
      stderr.mockRestore();
      process.env.DATA_DIR = workspace.dir();
    }
  });

  it('answers 503 "shutting down" once shutdown has begun, whatever the database says', async () => {
    markShuttingDown();
    const response = await ready();
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', reason: 'shutting down' });
  });
});

describe('liveness', () => {
  it('answers 200 without touching the database, even one that cannot be opened', async () => {
    closeDb();
    process.env.DATA_DIR = '/dev/null/nowhere';
    try {
      const response = await health();
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ status: 'ok' });
    } finally {
      process.env.DATA_DIR = workspace.dir();
    }
  });
});
