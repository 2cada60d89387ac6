import 'server-only';
import { preparedPerConnection } from '@/lib/prepared';
import type { Point } from './downsample';

/** The columns and filter of every read of one metric's points; callers add their range and order. */
export const POINTS_OF = 'SELECT step, timestamp, value FROM metric_history WHERE run_id = ? AND key = ?';

/**
 * A history in step order, a page at a time (limit -1 for all of it): one statement for the API, MLflow's
 * pages and the rollup builder. It scans only the covering index, with no row mapping.
 */
export const pointsInStepOrder = preparedPerConnection((db) =>
  db.$client.prepare<[runId: number, key: string, limit: number, offset: number], Point>(`${POINTS_OF} ORDER BY step, timestamp, value LIMIT ? OFFSET ?`),
);
