import { describe, expect, it, vi } from 'vitest';
import { MODEL_CARD_SECTIONS } from '@/db/schema';
import type { ActionResult } from '@/lib/actions/result';
import { idle } from '@/lib/actions/result';
import { JUSTIFICATION } from '@/lib/auth/permission-matrix/fixture';
import { signInAs } from '@/lib/auth/permission-matrix/session-double';
import { createModelUseCase } from '@/lib/registry/models';
import { createVersionUseCase } from '@/lib/registry/versions';
import { sendMlflow } from '@/lib/testing/mlflow-call';
import { makeActor, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { createTokenUseCase } from '@/lib/tokens/tokens';
import { contentDigest } from './digest';

vi.mock('@/lib/auth/auth', () => import('@/lib/auth/permission-matrix/session-double'));
vi.mock('next/cache', () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));

/**
 * Payloads the fuzzer found, replayed as they came: a client can bind any value React serializes
 * to a server action's leading arguments, so a name or id may arrive as an array or an object.
 */
describe('server actions given a non-string model name or a non-numeric user id', () => {
  withTempWorkspace();

  it('setDirectionAction([], "latency", "lower") is not found, not an internal error', async () => {
    const { setDirectionAction } = await import('@/app/(app)/compare/actions');
    const admin = await makeActor('admin');
    createModelUseCase(admin, { name: 'churn', taskType: 'classification' });
    signInAs(admin.id);
    const before = contentDigest();
    // SQLite was handed the array as a bound parameter: "Too few parameter values were provided".
    expect(await setDirectionAction([] as unknown as string, 'latency', 'lower')).toEqual({ ok: false, message: 'No such model.' });
    expect(contentDigest()).toEqual(before);
  });

  it('updateUserAction([], idle, role=admin) is not found, not an internal error', async () => {
    const { updateUserAction } = await import('@/app/(app)/admin/users/actions');
    const admin = await makeActor('admin');
    const viewer = await makeActor('viewer');
    signInAs(admin.id);
    const form = new FormData();
    form.append('role', 'admin');
    const before = contentDigest();
    for (const id of [[], {}, '', [viewer.id], -viewer.id, viewer.id + 0.5]) {
      expect(await updateUserAction(id as unknown as number, idle, form), JSON.stringify(id)).toEqual({ ok: false, message: 'No such user.' });
    }
    expect(contentDigest()).toEqual(before);
  });
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
};

type VersionAction = (name: string, version: number, prev: ActionResult, data: FormData) => Promise<ActionResult>;

describe('server actions given a version that is not a number', () => {
  withTempWorkspace();

  // Found with random seeds: `true` and Dates reached SQLite ("can only bind numbers, strings…"), `[]` bound no value at all.
  it.each([
    ['(app)/models/[name]/versions/[version]/actions', 'updateCardAction', { [MODEL_CARD_SECTIONS[0]]: 'Overview.' }],
    ['(app)/models/[name]/versions/[version]/actions', 'addCommentAction', { body: 'Which holdout?' }],
    ['(app)/models/[name]/versions/[version]/governance-actions', 'createRequestAction', { targetStage: 'production', alias: '', justification: JUSTIFICATION }],
    ['(app)/models/[name]/retire-actions', 'retireVersionAction', { reason: 'Never shipped.' }],
  ] as const)('%s#%s is not found, not an internal error', async (file, name, fields) => {
    const action = ((await import(/* @vite-ignore */ `@/app/${file}`)) as Record<string, VersionAction>)[name]!;
    const admin = await makeActor('admin');
    createModelUseCase(admin, { name: 'churn', taskType: 'classification' });
    createVersionUseCase(admin, 'churn', {});
    signInAs(admin.id);
    const before = contentDigest();
    for (const version of [true, [], new Date(8.64e15), { version: 1 }]) {
      const result = await action('churn', version as unknown as number, idle, form(fields));
      expect(result, JSON.stringify(version)).toEqual({ ok: false, message: 'No such version.' });
    }
    expect(contentDigest()).toEqual(before);
  });
});

describe('MLflow registered-models/create with a name that has spaces around it', () => {
  withTempWorkspace();

  // Found with a random seed: {"name":"_ \uFEFF"} created "_", then looked up the untrimmed name
  // and answered 404 RESOURCE_DOES_NOT_EXIST for a model it had just committed.
  it.each(['_ \uFEFF', ' churn '])('creates %j under its trimmed name and says so', async (name) => {
    const token = createTokenUseCase(await makeActor('data_scientist'), { name: 'ci' }).token;
    const created = await sendMlflow(token, 'POST', 'registered-models/create', { name });
    expect(created.status).toBe(200);
    expect(created.body.registered_model.name).toBe(name.trim());
    expect((await sendMlflow(token, 'GET', 'registered-models/get', { name: name.trim() })).status).toBe(200);
  });
});

describe('server actions given a bound argument whose string conversion throws', () => {
  withTempWorkspace();
  // React can deliver `[{ toString: '' }]`; the success message used to be built from it before any check.
  const unprintable = [{ toString: '' }] as unknown;

  it('cancelRequestAction, retireVersionAction and retireModelAction refuse it instead of throwing', async () => {
    const { cancelRequestAction } = await import('@/app/(app)/reviews/actions');
    const { retireModelAction, retireVersionAction } = await import('@/app/(app)/models/[name]/retire-actions');
    const admin = await makeActor('admin');
    createModelUseCase(admin, { name: 'churn', taskType: 'classification' });
    createVersionUseCase(admin, 'churn', {});
    signInAs(admin.id);
    const reason = form({ reason: 'Superseded.' });
    const before = contentDigest();
    expect(await cancelRequestAction(unprintable as number)).toEqual({ ok: false, message: 'No such request.' });
    expect(await retireVersionAction('churn', unprintable as number, idle, reason)).toEqual({ ok: false, message: 'No such version.' });
    expect(await retireModelAction(unprintable as string, idle, reason)).toEqual({ ok: false, message: 'No such model.' });
    expect(contentDigest()).toEqual(before);
    expect(await retireVersionAction('churn', 1, idle, reason)).toMatchObject({ ok: true, message: 'Version 1 retired.' });
  });
});
