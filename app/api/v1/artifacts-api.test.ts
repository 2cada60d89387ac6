import crypto from 'node:crypto';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { LENGTH_HEADER } from '@/lib/http/content-length';
import { createModelUseCase } from '@/lib/registry/models';
import { createVersionUseCase } from '@/lib/registry/versions';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import * as download from './artifacts/[id]/route';
import * as verify from './artifacts/[id]/verify/route';
import * as upload from './models/[name]/versions/[version]/artifacts/route';

withTempWorkspace();

const data = crypto.randomBytes(1000);
const sha = crypto.createHash('sha256').update(data).digest('hex');

async function setup() {
  const ds = await makeActor('data_scientist');
  createModelUseCase(ds, { name: 'm', taskType: 'regression' });
  createVersionUseCase(ds, 'm', {});
  return createTokenUseCase(ds, { name: 'ci' }).token;
}

function request(token: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: Uint8Array } = {}) {
  return new NextRequest(`http://localhost${path}`, { method: init.method ?? 'GET', headers: { authorization: `Bearer ${token}`, ...init.headers }, body: init.body as BodyInit | undefined });
}

async function uploaded(token: string) {
  const res = await upload.POST(request(token, `/api/v1/models/m/versions/1/artifacts?fileName=model.bin&sha256=${sha}`, { method: 'POST', body: data }), {
    params: Promise.resolve({ name: 'm', version: '1' }),
  });
  expect(res.status).toBe(201);
  return String((await res.json()).artifact.id);
}

const get = (token: string, id: string, headers: Record<string, string> = {}, method = 'GET') =>
  download.GET(request(token, `/api/v1/artifacts/${id}`, { method, headers }), { params: Promise.resolve({ id }) });

describe('/api/v1 artifacts', () => {
  it('downloads whole, ranged, conditional and HEAD, always announcing the exact length', async () => {
    const token = await setup();
    const id = await uploaded(token);
    const whole = await get(token, id);
    expect([whole.status, whole.headers.get(LENGTH_HEADER), whole.headers.get('etag'), whole.headers.get('accept-ranges')]).toEqual([200, '1000', `"${sha}"`, 'bytes']);
    expect(Buffer.from(await whole.arrayBuffer())).toEqual(data);

    const part = await get(token, id, { range: 'bytes=100-199' });
    expect([part.status, part.headers.get('content-range'), part.headers.get(LENGTH_HEADER)]).toEqual([206, 'bytes 100-199/1000', '100']);
    expect(Buffer.from(await part.arrayBuffer())).toEqual(data.subarray(100, 200));
    const tail = await get(token, id, { range: 'bytes=-10', 'if-range': `"${sha}"` });
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(data.subarray(990));

    expect((await get(token, id, { range: 'bytes=0-9', 'if-range': '"other"' })).status).toBe(200);
    const beyond = await get(token, id, { range: 'bytes=5000-' });
    expect([beyond.status, beyond.headers.get('content-range')]).toEqual([416, 'bytes */1000']);
    expect((await get(token, id, { 'if-none-match': `"${sha}"` })).status).toBe(304);
    const head = await get(token, id, {}, 'HEAD');
    expect([head.status, head.headers.get(LENGTH_HEADER), head.body]).toEqual([200, '1000', null]);
  });

  it('verifies integrity and refuses bad ids, bad checksums and path tricks without writing', async () => {
    const token = await setup();
    const id = await uploaded(token);
    const checked = await verify.POST(request(token, `/api/v1/artifacts/${id}/verify`, { method: 'POST' }), { params: Promise.resolve({ id }) });
    expect((await checked.json()).integrity).toMatchObject({ ok: true, expected: sha, actual: sha });
    expect((await get(token, 'abc')).status).toBe(400);
    expect((await get(token, '999')).status).toBe(404);

    const before = tableCounts();
    const post = (query: string, headers: Record<string, string> = {}) =>
      upload.POST(request(token, `/api/v1/models/m/versions/1/artifacts?${query}`, { method: 'POST', headers, body: data }), { params: Promise.resolve({ name: 'm', version: '1' }) });
    const corrupted = await post('fileName=x.bin', { 'x-checksum-sha256': '0'.repeat(64) });
    expect([corrupted.status, (await corrupted.json()).error.code]).toEqual([400, 'bad_request:artifact']);
    const escaped = await post(`fileName=${encodeURIComponent('../../etc/passwd')}`);
    expect([escaped.status, (await escaped.json()).error.details.fileName]).toEqual([400, expect.any(Array)]);
    expect((await post('fileName=..')).status).toBe(400);
    expect(tableCounts()).toEqual(before);
  });
});
