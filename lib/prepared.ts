import 'server-only';
import { getDb, type Db } from '@/db/client';

/**
 * A hot query built and prepared once per database connection instead of on every call: drizzle's
 * query builder costs about 0.1 ms a query, a prepared statement about a tenth of that. The statement
 * runs on the same connection as any open transaction, so it sees and joins that transaction.
 */
export function preparedPerConnection<T>(build: (db: Db) => T): () => T {
  const cache = new WeakMap<Db, T>();
  return () => {
    const db = getDb();
    let statement = cache.get(db);
    if (!statement) {
      statement = build(db);
      cache.set(db, statement);
    }
    return statement;
  };
}
