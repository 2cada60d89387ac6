import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { promotionRequests } from './governance';
import { modelVersions } from './registry';
import { users } from './users';

/** Markdown comments on a version; an edit keeps its time, and the audit log keeps the text before it. */
export const comments = sqliteTable(
  'comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    versionId: integer('version_id').notNull().references(() => modelVersions.id, { onDelete: 'cascade' }),
    /** Set when the comment belongs to a promotion request's discussion (it still shows on the version). */
    requestId: integer('request_id').references(() => promotionRequests.id, { onDelete: 'cascade' }),
    authorId: integer('author_id').notNull().references(() => users.id),
    body: text('body').notNull(),
    createdAt: integer('created_at').notNull(),
    editedAt: integer('edited_at'),
  },
  (t) => [index('comments_version_idx').on(t.versionId, t.id), index('comments_request_idx').on(t.requestId, t.id)],
);

export type CommentRow = typeof comments.$inferSelect;
