import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { blobPath } from './artifact-store';
import { getArtifactDownload, uploadArtifactUseCase, verifyArtifactUseCase } from './artifacts';
import { deleteVersionUseCase } from './deletes';
import { createModelUseCase } from './models';
import { getVersionDetail } from './version-detail';
import { createVersionUseCase } from './versions';

const workspace = withTempWorkspace();

async function* chunks(data: Buffer, size = 1000) {
  for (let i = 0; i < data.length; i += size) yield new Uint8Array(data.subarray(i, i + size));
}

async function setup() {
  const ds = await makeActor('data_scientist');
  createModelUseCase(ds, { name: 'm', taskType: 'regression' });
  createVersionUseCase(ds, 'm', {});
  return ds;
}

afterEach(() => {
  delete process.env.MAX_UPLOAD_BYTES;
});

describe('artifacts', () => {
  it('stores a streamed upload by its sha256 and makes it the version artifact', async () => {
    const ds = await setup();
    const data = crypto.randomBytes(12_345);
    const sha = crypto.createHash('sha256').update(data).digest('hex');
    const stored = await uploadArtifactUseCase(ds, { modelName: 'm', version: 1, fileName: 'model.onnx', body: chunks(data) });
    expect(stored).toMatchObject({ sha256: sha, size: 12_345 });
    expect(fs.readFileSync(blobPath(sha))).toEqual(data);
    expect(getVersionDetail(ds, 'm', 1).artifact).toEqual({ sha256: sha, size: 12_345, format: 'onnx' });
    expect(getArtifactDownload(ds, stored.id)).toMatchObject({ fileName: 'model.onnx', size: 12_345 });
    expect((await verifyArtifactUseCase(ds, stored.id)).ok).toBe(true);
  });

  it('refuses an upload whose bytes differ from the sha256 the client sent, keeping nothing', async () => {
    const ds = await setup();
    const data = Buffer.from('weights');
    const sha = crypto.createHash('sha256').update(data).digest('hex');
    const before = tableCounts();
    const error = await expectAppError(() => uploadArtifactUseCase(ds, { modelName: 'm', version: 1, fileName: 'w.bin', expectedSha256: 'f'.repeat(64), body: chunks(data) }));
    expect([error.status, error.message]).toEqual([400, `The upload was corrupted in transit: its sha256 is ${sha}, not the expected ${'f'.repeat(64)}.`]);
    expect((await expectAppError(() => uploadArtifactUseCase(ds, { modelName: 'm', version: 1, fileName: 'w.bin', expectedSha256: 'xyz', body: chunks(data) }))).fieldErrors).toBeDefined();
    expect(tableCounts()).toEqual(before);
    expect(fs.existsSync(blobPath(sha))).toBe(false);
    expect(fs.readdirSync(path.join(workspace.dir(), 'artifacts', 'tmp'))).toEqual([]);
    const stored = await uploadArtifactUseCase(ds, { modelName: 'm', version: 1, fileName: 'w.bin', expectedSha256: sha.toUpperCase(), body: chunks(data) });
    expect(stored.sha256).toBe(sha);
  });

  it('drops the file when the version goes while the body streams, but keeps a file other versions share', async () => {
    const ds = await setup();
    createVersionUseCase(ds, 'm', {});
    createVersionUseCase(ds, 'm', {});
    const shared = Buffer.from('shared weights');
    const sharedSha = crypto.createHash('sha256').update(shared).digest('hex');
    await uploadArtifactUseCase(ds, { modelName: 'm', version: 1, fileName: 'w.bin', body: chunks(shared) });
    async function* deletingVersion(version: number, data: Buffer) {
      yield new Uint8Array(data.subarray(0, 4));
      deleteVersionUseCase(ds, 'm', version);
      yield new Uint8Array(data.subarray(4));
    }
    const before = tableCounts();
    const fresh = Buffer.from('fresh weights');
    const lost = await expectAppError(() => uploadArtifactUseCase(ds, { modelName: 'm', version: 2, fileName: 'w.bin', body: deletingVersion(2, fresh) }));
    expect(lost.kind).toBe('not_found');
    expect(fs.existsSync(blobPath(crypto.createHash('sha256').update(fresh).digest('hex')))).toBe(false);
    expect((await expectAppError(() => uploadArtifactUseCase(ds, { modelName: 'm', version: 3, fileName: 'w.bin', body: deletingVersion(3, shared) }))).kind).toBe('not_found');
    expect(fs.readFileSync(blobPath(sharedSha))).toEqual(shared);
    expect(fs.readdirSync(path.join(workspace.dir(), 'artifacts', 'tmp'))).toEqual([]);
    expect(tableCounts()).toMatchObject({ artifacts: before.artifacts, model_versions: (before.model_versions ?? 0) - 2 });
  });

  it('detects a stored file that was altered or removed', async () => {
    const ds = await setup();
    const stored = await uploadArtifactUseCase(ds, { modelName: 'm', version: 1, fileName: 'w.bin', body: chunks(Buffer.from('weights')) });
    fs.writeFileSync(blobPath(stored.sha256), 'tampered');
    const result = await verifyArtifactUseCase(ds, stored.id);
    expect(result).toMatchObject({ ok: false, expected: stored.sha256 });
    expect(result.actual).not.toBe(stored.sha256);
    fs.rmSync(blobPath(stored.sha256));
    expect((await verifyArtifactUseCase(ds, stored.id)).actual).toBeNull();
  });

  it('answers 413 past the limit and leaves neither rows nor partial files', async () => {
    const ds = await setup();
    process.env.MAX_UPLOAD_BYTES = '5000';
    const before = tableCounts();
    const error = await expectAppError(() => uploadArtifactUseCase(ds, { modelName: 'm', version: 1, fileName: 'big.bin', body: chunks(crypto.randomBytes(6000)) }));
    expect(error.status).toBe(413);
    const declared = await expectAppError(() => uploadArtifactUseCase(ds, { modelName: 'm', version: 1, fileName: 'big.bin', declaredSize: 9000, body: chunks(Buffer.alloc(1)) }));
    expect(declared.status).toBe(413);
    expect(tableCounts()).toEqual(before);
    expect(fs.readdirSync(path.join(workspace.dir(), 'artifacts', 'tmp'))).toEqual([]);
  });

  it.each([['../etc/passwd'], ['a/b.bin'], [''], ['.hidden']])('rejects the file name %j', async (fileName) => {
    const ds = await setup();
    expect((await expectAppError(() => uploadArtifactUseCase(ds, { modelName: 'm', version: 1, fileName, body: chunks(Buffer.from('x')) }))).status).toBe(400);
  });

  it('refuses uploads from viewers before reading the body', async () => {
    await setup();
    const viewer = await makeActor('viewer');
    let read = false;
    async function* body() {
      read = true;
      yield new Uint8Array([1]);
    }
    expect((await expectAppError(() => uploadArtifactUseCase(viewer, { modelName: 'm', version: 1, fileName: 'x.bin', body: body() }))).status).toBe(403);
    expect(read).toBe(false);
  });
});
