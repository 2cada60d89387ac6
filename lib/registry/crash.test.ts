import { describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import { artifactSha256 } from '@/lib/testing/crash/jobs';
import { storeFiles } from '@/lib/testing/crash/restart';
import { crashRounds } from '@/lib/testing/crash/rounds';
import { crashWorkspace } from '@/lib/testing/crash/workspace';
import { makeActor } from '@/lib/testing/temp-workspace';
import { hashBlob } from './artifact-store';
import { createModelUseCase } from './models';
import { createVersionUseCase } from './versions';

const BYTES = 128 * 1024 * 1024;
const SEED = 7;

describe('a process killed while uploading a 128 MiB artifact', () => {
  it('leaves, after the startup cleanup, either the intact file with its row or neither, and no partial file', async () => {
    const expected = artifactSha256(BYTES, SEED);
    const { committed, timings, records } = await crashRounds(
      {
        async prepare() {
          await crashWorkspace();
          const ds = await makeActor('data_scientist');
          createModelUseCase(ds, { name: 'a', taskType: 'classification' });
          createVersionUseCase(ds, 'a', {});
          return { job: { kind: 'artifact', actor: ds, model: 'a', version: 1, bytes: BYTES, seed: SEED }, fixture: null };
        },
        async check(_, outcome) {
          const files = storeFiles();
          const rows = getDb().$client.prepare('SELECT sha256, size FROM artifacts').all();
          const version = getDb().$client.prepare('SELECT artifact_sha256 AS sha256 FROM model_versions').get();
          expect(files.tmp).toEqual([]);
          if (outcome === 'absent') {
            expect({ rows, version, blobs: files.blobs }).toEqual({ rows: [], version: { sha256: null }, blobs: [] });
            return;
          }
          expect({ rows, version, blobs: files.blobs }).toEqual({ rows: [{ sha256: expected, size: BYTES }], version: { sha256: expected }, blobs: [expected] });
          expect(await hashBlob(expected)).toBe(expected);
        },
      },
      { seed: 4, timedKills: 4 },
    );
    console.log(JSON.stringify({ case: 'artifact', committed, timings, records }));
    // Killed before its commit, the upload had already moved its file into the store: the cleanup took it out again.
    expect(records.find((r) => r.plan === 'self before-commit')?.swept).toEqual({ partial: 0, orphans: 1 });
    // Killed mid-stream, it left a partial file in the temporary directory: the cleanup removed it.
    expect(records.some((r) => r.reached === 'started' && r.swept.partial === 1)).toBe(true);
  }, 180_000);
});
