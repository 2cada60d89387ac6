import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/db/client';
import { comments, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type Actor } from '@/lib/auth/actor';
import { forbidden, invalidState, notFound, parseInput, routeId } from '@/lib/errors';
import { findRequest } from '@/lib/governance/requests';
import { findModel, findVersion } from '@/lib/registry/model-store';

/** How long after posting its author may still edit a comment. */
export const EDIT_WINDOW_MS = 10 * 60_000;

export const commentSchema = z.object({
  body: z.string().trim().min(1, 'Write something first.').max(10_000, 'At most 10,000 characters.'),
});

export interface CommentDto {
  id: number;
  authorId: number;
  author: string;
  /** The promotion request it was posted on, if any (it shows on the version too). */
  requestId: number | null;
  /** Markdown, rendered without raw HTML. */
  body: string;
  createdAt: number;
  /** Set once edited: an edit is always shown, never silent. */
  editedAt: number | null;
  editableUntil: number;
  /** Whether the reader may still reword it: their own, within the window. */
  editable: boolean;
}

function commentDto(id: number, reader: Actor): CommentDto {
  const row = getDb()
    .select({ id: comments.id, authorId: comments.authorId, author: users.name, requestId: comments.requestId, body: comments.body, createdAt: comments.createdAt, editedAt: comments.editedAt })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.id, id))
    .get();
  if (!row) throw notFound('comment', 'No such comment.');
  const editableUntil = row.createdAt + EDIT_WINDOW_MS;
  return { ...row, editableUntil, editable: row.authorId === reader.id && Date.now() < editableUntil };
}

export function listComments(actor: Actor, modelName: string, version: number): CommentDto[] {
  authorize(actor, 'read', 'comment');
  const v = findVersion(findModel(modelName).id, version);
  const ids = getDb().select({ id: comments.id }).from(comments).where(eq(comments.versionId, v.id)).orderBy(asc(comments.id)).all();
  return ids.map(({ id }) => commentDto(id, actor));
}

function postComment(actor: Actor, input: unknown, target: () => { versionId: number; requestId: number | null }): CommentDto {
  const { body } = parseInput(commentSchema, input, 'comment');
  authorize(actor, 'comment:write', 'comment');
  return getDb().transaction((tx) => {
    const { versionId, requestId } = target();
    const row = tx.insert(comments).values({ versionId, requestId, authorId: actor.id, body, createdAt: Date.now() }).returning({ id: comments.id }).get();
    recordAudit(tx, { actorId: actor.id, action: 'comment.create', entityType: 'version', entityId: versionId, after: { commentId: row.id, ...(requestId ? { requestId } : {}), body } });
    return commentDto(row.id, actor);
  });
}

export function addCommentUseCase(actor: Actor, modelName: string, version: number, input: unknown): CommentDto {
  return postComment(actor, input, () => ({ versionId: findVersion(findModel(modelName).id, version).id, requestId: null }));
}

/** A comment in a promotion request's discussion; it also appears on the version, marked with the request. */
export function addRequestCommentUseCase(actor: Actor, rawRequestId: unknown, input: unknown): CommentDto {
  const id = routeId(rawRequestId, 'request', 'No such request.');
  return postComment(actor, input, () => {
    return { versionId: findRequest(id).versionId, requestId: id };
  });
}

export function listRequestComments(actor: Actor, rawRequestId: unknown): CommentDto[] {
  authorize(actor, 'read', 'comment');
  const id = findRequest(rawRequestId).id;
  const ids = getDb().select({ id: comments.id }).from(comments).where(eq(comments.requestId, id)).orderBy(asc(comments.id)).all();
  return ids.map((row) => commentDto(row.id, actor));
}

/** Its author may reword a comment for ten minutes; the page then marks it edited and the audit log keeps both texts. */
export function editCommentUseCase(actor: Actor, rawId: unknown, input: unknown): CommentDto {
  const { body } = parseInput(commentSchema, input, 'comment');
  authorize(actor, 'comment:write', 'comment');
  const id = routeId(rawId, 'comment', 'No such comment.');
  return getDb().transaction((tx) => {
    const row = tx.select().from(comments).where(eq(comments.id, id)).get();
    if (!row) throw notFound('comment', 'No such comment.');
    if (row.authorId !== actor.id) throw forbidden('comment', 'Only its author can edit a comment.');
    if (Date.now() > row.createdAt + EDIT_WINDOW_MS) throw invalidState('comment', 'Comments can be edited for 10 minutes after they are posted; add a new one instead.');
    if (row.body === body) return commentDto(id, actor);
    tx.update(comments).set({ body, editedAt: Date.now() }).where(eq(comments.id, id)).run();
    recordAudit(tx, { actorId: actor.id, action: 'comment.edit', entityType: 'version', entityId: row.versionId, before: { commentId: id, body: row.body }, after: { commentId: id, body } });
    return commentDto(id, actor);
  });
}
