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
  backdateGovernance(sqlite);
}

const HOUR = 3_600_000;

/**
 * Decided requests, stage changes and deployments follow their versions onto the same timeline, so the
 * overview's trends have history: a request two hours after its version, a decision 4 to 33 hours
 * later (varied by id), the stage change at the decision, a deployment an hour after that. The
 * request still waiting keeps its real time, so it does not expire.
 */
function backdateGovernance(sqlite: Database.Database): void {
  sqlite.exec(`
    UPDATE promotion_requests SET
      created_at = (SELECT v.created_at + ${2 * HOUR} FROM model_versions v WHERE v.id = promotion_requests.version_id),
      expires_at = (SELECT v.created_at + ${2 * HOUR} FROM model_versions v WHERE v.id = promotion_requests.version_id) + (expires_at - created_at),
      decided_at = (SELECT v.created_at + ${2 * HOUR} FROM model_versions v WHERE v.id = promotion_requests.version_id) + ((id * 7) % 30 + 4) * ${HOUR}
    WHERE status <> 'pending';
    UPDATE request_reviews SET created_at = (SELECT r.decided_at FROM promotion_requests r WHERE r.id = request_reviews.request_id)
    WHERE EXISTS (SELECT 1 FROM promotion_requests r WHERE r.id = request_reviews.request_id AND r.status <> 'pending');
    UPDATE stage_transitions SET created_at = coalesce(
      (SELECT r.decided_at FROM promotion_requests r WHERE r.id = stage_transitions.request_id AND r.status <> 'pending'),
      (SELECT v.created_at + ${3 * HOUR} FROM model_versions v WHERE v.id = stage_transitions.version_id));
    UPDATE deployments SET created_at = coalesce(
      (SELECT max(t.created_at) FROM stage_transitions t WHERE t.version_id = deployments.champion_version_id) + ${HOUR} + id * 60000,
      created_at);
  `);
}
