import 'server-only';
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/** `text` as a LIKE pattern matching it anywhere (or only at the start), its `%`, `_` and `\` taken literally. */
export function likePattern(text: string, where: 'anywhere' | 'start' = 'anywhere'): string {
  const literal = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return where === 'start' ? `${literal}%` : `%${literal}%`;
}

/** `column LIKE pattern` with the backslash escape `likePattern` uses. */
export const likeEscaped = (column: SQLWrapper, pattern: string): SQL => sql`${column} LIKE ${pattern} ESCAPE '\\'`;
