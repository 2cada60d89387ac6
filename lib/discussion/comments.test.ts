import { afterEach, describe, expect, it, vi } from 'vitest';
import { listAudit } from '@/lib/audit/queries';
import { createModelUseCase } from '@/lib/registry/models';
import { createVersionUseCase } from '@/lib/registry/versions';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { EDIT_WINDOW_MS, addCommentUseCase, editCommentUseCase, listComments } from './comments';

withTempWorkspace();

afterEach(() => {
  vi.useRealTimers();
});

async function setup() {
  const ds = await makeActor('data_scientist');
  createModelUseCase(ds, { name: 'm', taskType: 'classification' });
  createVersionUseCase(ds, 'm', {});
  return { ds, reviewer: await makeActor('reviewer'), viewer: await makeActor('viewer'), admin: await makeActor('admin') };
}

describe('comments on a version', () => {
  it('are posted by authors and reviewers, read by everyone, and refused to viewers', async () => {
    const { ds, reviewer, viewer } = await setup();
    addCommentUseCase(reviewer, 'm', 1, { body: 'Why is **recall** lower than v0?' });
    addCommentUseCase(ds, 'm', 1, { body: 'Class balance changed; see the card.' });
    expect(listComments(viewer, 'm', 1).map((c) => [c.author, c.body, c.editedAt, c.editable])).toEqual([
      [reviewer.name, 'Why is **recall** lower than v0?', null, false],
      [ds.name, 'Class balance changed; see the card.', null, false],
    ]);
    const before = tableCounts();
    expect((await expectAppError(() => addCommentUseCase(viewer, 'm', 1, { body: 'hi' }))).status).toBe(403);
    expect((await expectAppError(() => addCommentUseCase(ds, 'm', 1, { body: '   ' }))).fieldErrors?.body).toBeDefined();
    expect((await expectAppError(() => addCommentUseCase(ds, 'm', 9, { body: 'hi' }))).status).toBe(404);
    expect(tableCounts()).toEqual(before);
  });

  it('can be reworded by their author for ten minutes, visibly and with the old text in the audit log', async () => {
    const { ds, reviewer, admin } = await setup();
    vi.useFakeTimers({ now: Date.now(), toFake: ['Date'] });
    const comment = addCommentUseCase(ds, 'm', 1, { body: 'Ship it.' });
    expect(comment.editable).toBe(true);
    expect((await expectAppError(() => editCommentUseCase(reviewer, comment.id, { body: 'Do not ship.' }))).status).toBe(403);
    vi.advanceTimersByTime(EDIT_WINDOW_MS - 1_000);
    const edited = editCommentUseCase(ds, comment.id, { body: 'Ship it after the bias review.' });
    expect(edited.editedAt).toBe(Date.now());
    expect(listAudit(admin, { action: 'comment.edit' }).entries[0]).toMatchObject({ before: { body: 'Ship it.' }, after: { body: 'Ship it after the bias review.' } });
    vi.advanceTimersByTime(2_000);
    const late = await expectAppError(() => editCommentUseCase(ds, comment.id, { body: 'Changed my mind.' }));
    expect(late.status).toBe(409);
    expect(listComments(ds, 'm', 1)[0]).toMatchObject({ body: 'Ship it after the bias review.', editable: false });
  });
});
