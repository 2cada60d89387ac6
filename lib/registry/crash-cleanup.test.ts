import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDir } from '@/db/paths';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { blobPath } from './artifact-store';
import { recoverInterruptedUploads, uploadArtifactUseCase } from './artifacts';
import { createModelUseCase } from './models';
import { createVersionUseCase } from './versions';

withTempWorkspace();

async function* body(text: string): AsyncIterable<Uint8Array> {
  yield new TextEncoder().encode(text);
}

/** The id of a process that has already exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('the startup cleanup of interrupted uploads', () => {
  it('removes what dead processes left, keeps a live process’s upload and any file a row names', async () => {
    const ds = await makeActor('data_scientist');
    createModelUseCase(ds, { name: 'a', taskType: 'classification' });
    createVersionUseCase(ds, 'a', {});
    const kept = await uploadArtifactUseCase(ds, { modelName: 'a', version: 1, fileName: 'model.bin', body: body('committed') });
    const orphan = 'f'.repeat(64);
    fs.mkdirSync(path.dirname(blobPath(orphan)), { recursive: true });
    fs.writeFileSync(blobPath(orphan), 'moved into the store, never committed');
    const tmp = path.join(dataDir(), 'artifacts', 'tmp');
    const dead = deadPid();
    const files = {
      partial: `${dead}-aaaa`,
      orphanMarker: `${dead}-bbbb.placed`,
      committedMarker: `${dead}-cccc.placed`,
      live: `${process.ppid}-dddd`,
      unnamed: 'eeee',
    };
    fs.writeFileSync(path.join(tmp, files.partial), 'half an upl');
    fs.writeFileSync(path.join(tmp, files.orphanMarker), orphan);
    fs.writeFileSync(path.join(tmp, files.committedMarker), kept.sha256);
    fs.writeFileSync(path.join(tmp, files.live), 'still streaming');
    fs.writeFileSync(path.join(tmp, files.unnamed), 'from before temporary names carried a process id');

    expect(recoverInterruptedUploads()).toEqual({ partial: 2, orphans: 1 });
    expect(fs.readdirSync(tmp)).toEqual([files.live]);
    expect(fs.existsSync(blobPath(orphan))).toBe(false);
    expect(fs.readFileSync(blobPath(kept.sha256), 'utf8')).toBe('committed');
  });

  it('takes a file with its own process id for abandoned only once it has been left alone for 10 minutes', () => {
    const tmp = path.join(dataDir(), 'artifacts', 'tmp');
    fs.mkdirSync(tmp, { recursive: true });
    // Another container sharing the directory is pid 1 too: its upload in progress must survive our start.
    const streaming = `${process.pid}-aaaa`;
    const stale = `${process.pid}-bbbb`;
    fs.writeFileSync(path.join(tmp, streaming), 'still streaming');
    fs.writeFileSync(path.join(tmp, stale), 'left by an earlier process with our id');
    const elevenMinutesAgo = new Date(Date.now() - 11 * 60 * 1000);
    fs.utimesSync(path.join(tmp, stale), elevenMinutesAgo, elevenMinutesAgo);
    expect(recoverInterruptedUploads()).toEqual({ partial: 1, orphans: 0 });
    expect(fs.readdirSync(tmp)).toEqual([streaming]);
  });

  it('leaves nothing aside after a finished upload', async () => {
    const ds = await makeActor('data_scientist');
    createModelUseCase(ds, { name: 'a', taskType: 'classification' });
    createVersionUseCase(ds, 'a', {});
    await uploadArtifactUseCase(ds, { modelName: 'a', version: 1, fileName: 'model.bin', body: body('bytes') });
    expect(fs.readdirSync(path.join(dataDir(), 'artifacts', 'tmp'))).toEqual([]);
  });
});
