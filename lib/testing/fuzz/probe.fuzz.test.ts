import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createModelUseCase } from '@/lib/registry/models';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase, resolveToken } from '@/lib/tokens/tokens';
import { contentDigest } from './digest';
import { probe, type FuzzAnswer } from './send';

const answer = (status: number, body: unknown): FuzzAnswer => ({ status, text: typeof body === 'string' ? body : JSON.stringify(body) });

describe('the content digest', () => {
  const workspace = withTempWorkspace();

  it('changes with a row, names its table, and ignores a token’s last use', async () => {
    const admin = await makeActor('admin');
    const { token } = createTokenUseCase(admin, { name: 'ci' });
    const start = contentDigest();
    expect(resolveToken(token, Date.now() + 3_600_000)).not.toBeNull();
    expect(contentDigest()).toEqual(start);
    createModelUseCase(admin, { name: 'churn', taskType: 'classification' });
    const after = contentDigest();
    expect(after.registered_models).not.toBe(start.registered_models);
    expect(after.users).toBe(start.users);
  });

  it('changes with a file left in the data directory', async () => {
    await makeActor('admin');
    const start = contentDigest();
    fs.mkdirSync(path.join(workspace.dir(), 'artifacts', 'ab'), { recursive: true });
    fs.writeFileSync(path.join(workspace.dir(), 'artifacts', 'ab', 'partial'), 'half an upload');
    expect(contentDigest()['(files)']).not.toBe(start['(files)']);
  });
});

describe('one fuzzed call', () => {
  withTempWorkspace();

  it('passes a documented refusal and a success that wrote', async () => {
    const admin = await makeActor('admin');
    await probe('rest', async () => answer(404, { error: { code: 'not_found:model', message: 'No model named "x".' } }));
    await probe('mlflow', async () => answer(400, { error_code: 'INVALID_PARAMETER_VALUE', message: 'Missing name.' }));
    await probe('rest', async () => (createModelUseCase(admin, { name: 'churn', taskType: 'classification' }), answer(201, {})));
  });

  it('fails on a 5xx, an undocumented error body, a code that disagrees with the status, or a refusal that wrote', async () => {
    const admin = await makeActor('admin');
    await expect(probe('rest', async () => answer(500, { error: { code: 'internal', message: 'Something went wrong.' } }))).rejects.toThrow();
    await expect(probe('rest', async () => answer(400, 'Bad Request'))).rejects.toThrow();
    await expect(probe('rest', async () => answer(400, { error_code: 'INVALID_PARAMETER_VALUE', message: 'MLflow shape on a native route.' }))).rejects.toThrow();
    await expect(probe('rest', async () => answer(400, { error: { code: 'not_found:model', message: 'Status and kind disagree.' } }))).rejects.toThrow();
    await expect(probe('mlflow', async () => answer(404, { error: { code: 'not_found:model', message: 'Native shape on MLflow.' } }))).rejects.toThrow();
    await expect(
      probe('rest', async () => (createModelUseCase(admin, { name: 'half', taskType: 'classification' }), answer(409, { error: { code: 'conflict:model', message: 'Refused, yet written.' } }))),
    ).rejects.toThrow(/changed the database/);
  });
});
