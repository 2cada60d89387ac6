import type Database from 'better-sqlite3';

/**
 * The use cases stamp rows with the time of seeding; a demo reads better when each version appears
 * when its training run ended. Moves versions and models onto
 * that timeline; the audit log keeps the true time of seeding.
 */
export function backdateToRuns(sqlite: Database.Database): void {
  sqlite.exec(`
    UPDATE model_versions SET
      created_at = (SELECT r.end_time + 60000 FROM runs r WHERE r.id = model_versions.run_id),
      updated_at = (SELECT r.end_time + 60000 FROM runs r WHERE r.id = model_versions.run_id)
    WHERE run_id IS NOT NULL;
    UPDATE registered_models SET
      created_at = (SELECT min(r.start_time) - 86400000 FROM model_versions v JOIN runs r ON r.id = v.run_id WHERE v.model_id = registered_models.id),
      updated_at = (SELECT max(v.created_at) FROM model_versions v WHERE v.model_id = registered_models.id)
    WHERE EXISTS (SELECT 1 FROM model_versions v WHERE v.model_id = registered_models.id AND v.run_id IS NOT NULL);
  `);
}
