import { z } from 'zod';
import { metricDirectionSchema } from '@/lib/compare/metric-directions';
import { modelSearchSchema } from '@/lib/registry/api-search';
import { tagSchema } from '@/lib/registry/tags';
import { createRunSchema, finishRunSchema, logBatchSchema } from '@/lib/tracking/schemas';
import { aliasSchema, createModelSchema, createVersionSchema, modelCardSchema, updateModelSchema, updateVersionSchema, versionNumberSchema } from '@/lib/registry/schemas';
import { auditFiltersSchema } from '@/lib/audit/queries';
import { commentSchema } from '@/lib/discussion/comments';
import { deploySchema } from '@/lib/governance/deployments';
import { policySchema } from '@/lib/governance/policy';
import { rollbackSchema } from '@/lib/governance/rollback';
import { purgeSchema, retireSchema } from '@/lib/registry/retire';
import { requestFiltersSchema } from '@/lib/governance/request-queries';
import { decisionSchema, requestSchema } from '@/lib/governance/schemas';
import { alertFiltersSchema } from '@/lib/monitoring/alert-queries';
import { paletteQuerySchema } from '@/lib/search/palette';
import { monitoringPolicySchema } from '@/lib/monitoring/policy';
import { kindOverrideSchema } from '@/lib/monitoring/references';
import { batchQuerySchema, referenceQuerySchema } from '@/lib/monitoring/upload-input';
import { createUserSchema, updateUserSchema } from '@/lib/users/schemas';
import { createWebhookSchema, deliveryListSchema, updateWebhookSchema } from '@/lib/webhooks/schemas';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface Endpoint {
  method: Method;
  path: string;
  summary: string;
  body?: z.ZodType;
  query?: z.ZodObject;
  success: number;
}

/** The API surface, described once; the OpenAPI document and the reference page are both made from it. */
export const ENDPOINTS: Endpoint[] = [
  { method: 'get', path: '/api/v1/models', summary: 'Search registered models (cursor pagination); with format=csv, the whole filtered catalogue as a CSV attachment', query: modelSearchSchema, success: 200 },
  { method: 'post', path: '/api/v1/models', summary: 'Register a model', body: createModelSchema, success: 201 },
  { method: 'get', path: '/api/v1/models/{name}', summary: 'Get a model with its latest version and aliases', success: 200 },
  { method: 'patch', path: '/api/v1/models/{name}', summary: 'Update description, team, task, framework, risk tier, tags or owner', body: updateModelSchema, success: 200 },
  { method: 'delete', path: '/api/v1/models/{name}', summary: 'Delete a model with its versions (refused while a version is in production)', success: 204 },
  { method: 'get', path: '/api/v1/models/{name}/versions', summary: 'List the versions of a model', success: 200 },
  { method: 'post', path: '/api/v1/models/{name}/versions', summary: 'Register a version with run, source, lineage and tags', body: createVersionSchema, success: 201 },
  { method: 'get', path: '/api/v1/models/{name}/versions/{version}', summary: 'Get a version with run, lineage and artifacts', success: 200 },
  { method: 'patch', path: '/api/v1/models/{name}/versions/{version}', summary: 'Update a version’s description or tags', body: updateVersionSchema, success: 200 },
  { method: 'delete', path: '/api/v1/models/{name}/versions/{version}', summary: 'Delete a version (refused while it is in production)', success: 204 },
  { method: 'get', path: '/api/v1/models/{name}/versions/{version}/card', summary: 'Get the model card and its completeness', success: 200 },
  { method: 'put', path: '/api/v1/models/{name}/versions/{version}/card', summary: 'Write model card sections (others are kept)', body: modelCardSchema, success: 200 },
  { method: 'put', path: '/api/v1/models/{name}/aliases/{alias}', summary: 'Point an alias at a version', body: aliasSchema.pick({ version: true }), success: 200 },
  { method: 'delete', path: '/api/v1/models/{name}/aliases/{alias}', summary: 'Remove an alias', success: 204 },
  { method: 'put', path: '/api/v1/models/{name}/tags/{key}', summary: 'Set one model tag (others are kept)', body: tagSchema.pick({ value: true }), success: 200 },
  { method: 'delete', path: '/api/v1/models/{name}/tags/{key}', summary: 'Remove one model tag', success: 204 },
  { method: 'put', path: '/api/v1/models/{name}/versions/{version}/tags/{key}', summary: 'Set one version tag (others are kept)', body: tagSchema.pick({ value: true }), success: 200 },
  { method: 'delete', path: '/api/v1/models/{name}/versions/{version}/tags/{key}', summary: 'Remove one version tag', success: 204 },
  { method: 'post', path: '/api/v1/models/{name}/versions/{version}/artifacts', summary: 'Upload an artifact as the raw body (?fileName=…; ?sha256= or X-Checksum-SHA256 to refuse a corrupted upload)', success: 201 },
  { method: 'get', path: '/api/v1/models/{name}/versions/{version}/reference', summary: 'The version’s current reference: rows, column kinds and roles, source and sha256 (null when none)', success: 200 },
  { method: 'put', path: '/api/v1/models/{name}/versions/{version}/reference', summary: 'Upload the reference table as the raw body (CSV, JSON array or NDJSON), or take it from a lineage dataset (?dataset=name@version)', query: referenceQuerySchema, success: 201 },
  { method: 'patch', path: '/api/v1/models/{name}/versions/{version}/reference/columns/{column}', summary: 'Judge a reference column as numeric or categorical', body: kindOverrideSchema, success: 200 },
  { method: 'get', path: '/api/v1/models/{name}/versions/{version}/batches', summary: 'The version’s production batches, newest first', success: 200 },
  { method: 'post', path: '/api/v1/models/{name}/versions/{version}/batches', summary: 'Send a production batch as the raw body; answered with its drift report (all or nothing; 400 names the row and column that failed)', query: batchQuerySchema, success: 201 },
  { method: 'get', path: '/api/v1/models/{name}/versions/{version}/batches/{id}', summary: 'A batch’s drift report', success: 200 },
  { method: 'post', path: '/api/v1/models/{name}/versions/{version}/batches/{id}/labels', summary: 'Labels for an earlier batch (one `label` column in its row order); answered with the report and its performance', success: 200 },
  { method: 'get', path: '/api/v1/models/{name}/versions/{version}/monitoring', summary: 'Drift timeline per column and performance over time', success: 200 },
  { method: 'get', path: '/api/v1/models/{name}/monitoring-policy', summary: 'The model’s monitoring policy (the default when none was set)', success: 200 },
  { method: 'put', path: '/api/v1/models/{name}/monitoring-policy', summary: 'Replace the monitoring policy: methods and thresholds per column or type, critical columns, dataset-drift share, performance bounds', body: monitoringPolicySchema, success: 200 },
  { method: 'get', path: '/api/v1/alerts', summary: 'Alerts, newest first, with unresolved counts', query: alertFiltersSchema, success: 200 },
  { method: 'get', path: '/api/v1/alerts/counts', summary: 'Unresolved alerts: open, acknowledged, critical', success: 200 },
  { method: 'post', path: '/api/v1/alerts/{id}/{action}', summary: 'acknowledge, resolve (a comment is required) or retraining (sends a retraining.requested event)', success: 200 },
  { method: 'get', path: '/api/v1/artifacts/{id}', summary: 'Download an artifact (Content-Length, single-range Range requests, sha256 ETag)', success: 200 },
  { method: 'post', path: '/api/v1/artifacts/{id}/verify', summary: 'Re-hash the stored file and compare it with the recorded sha256', success: 200 },
  { method: 'put', path: '/api/v1/models/{name}/metric-directions/{metric}', summary: 'Say whether higher or lower is better for a metric of this model (null resets)', body: metricDirectionSchema.pick({ direction: true }), success: 200 },
  { method: 'get', path: '/api/v1/compare', summary: 'Compare 2–10 versions (?v=model@version, repeated; ?base= the baseline)', success: 200 },
  { method: 'get', path: '/api/v1/compare/history', summary: 'One metric of the compared versions, sampled (?metric=, axis=step|time, from=, to=, points=)', success: 200 },
  { method: 'get', path: '/api/v1/compare/csv', summary: 'The comparison as CSV', success: 200 },
  { method: 'post', path: '/api/v1/runs', summary: 'Start a run in an experiment (created on first use)', body: createRunSchema, success: 201 },
  { method: 'get', path: '/api/v1/runs/{runId}', summary: 'Get a run with its params, tags and latest metrics', success: 200 },
  { method: 'patch', path: '/api/v1/runs/{runId}', summary: 'Set a run’s status (ending it sets the end time)', body: finishRunSchema, success: 200 },
  { method: 'post', path: '/api/v1/runs/{runId}/log-batch', summary: 'Log metric points, params and tags in one transaction', body: logBatchSchema, success: 204 },
  { method: 'get', path: '/api/v1/runs/{runId}/metrics/{key}', summary: 'A metric’s history (?maxPoints= for a min/max-preserving sample)', success: 200 },
  { method: 'get', path: '/api/v1/models/{name}/versions/{version}/comments', summary: 'The discussion of a version, oldest first', success: 200 },
  { method: 'post', path: '/api/v1/models/{name}/versions/{version}/comments', summary: 'Comment on a version (markdown)', body: commentSchema, success: 201 },
  { method: 'patch', path: '/api/v1/comments/{id}', summary: 'Reword your own comment within 10 minutes of posting it (shown as edited)', body: commentSchema, success: 200 },
  { method: 'get', path: '/api/v1/models/{name}/versions/{version}/requests', summary: 'The version’s promotion requests, newest first, and `preview`: the policy’s approvals and expiry, each gate’s verdict today, the protected aliases, any pending request and what blocks a new one', success: 200 },
  { method: 'post', path: '/api/v1/models/{name}/versions/{version}/requests', summary: 'Request staging, production and/or a protected alias for a version (owner, team or admin); the gates run now and a failure is a 409 listing them in details.gates', body: requestSchema, success: 201 },
  { method: 'get', path: '/api/v1/requests', summary: 'Promotion requests: the review queue (status=pending, soonest expiry first), decided or all, newest first; ?model= narrows to one model', query: requestFiltersSchema, success: 200 },
  { method: 'get', path: '/api/v1/requests/count', summary: 'How many requests are pending and not expired (the navigation badge)', success: 200 },
  { method: 'get', path: '/api/v1/requests/{id}', summary: 'A request with its reviews, gates, whether you may decide or cancel it, and its version’s metrics against production', success: 200 },
  { method: 'post', path: '/api/v1/requests/{id}/decision', summary: 'Approve or reject (a rejection needs a comment; reviewers and admins, never the requester or the version’s author); the approval that reaches the policy’s number re-runs the gates and applies the stage or alias', body: decisionSchema, success: 200 },
  { method: 'post', path: '/api/v1/requests/{id}/cancel', summary: 'Withdraw a pending request (its requester or an admin)', success: 204 },
  { method: 'get', path: '/api/v1/requests/{id}/comments', summary: 'The discussion of a request, oldest first', success: 200 },
  { method: 'post', path: '/api/v1/requests/{id}/comments', summary: 'Comment on a request (markdown; it also shows on the version)', body: commentSchema, success: 201 },
  { method: 'get', path: '/api/v1/models/{name}/approval-policy', summary: 'The approval policy in force: approvals, expiry in hours and gates; source says whether it is the model’s own or its risk tier’s default', success: 200 },
  { method: 'put', path: '/api/v1/models/{name}/approval-policy', summary: 'Set the model’s approval policy (admins); approvals may not fall below the risk tier’s minimum (2 for high risk)', body: policySchema, success: 200 },
  { method: 'delete', path: '/api/v1/models/{name}/approval-policy', summary: 'Return to the risk tier’s default policy (admins); answers with the policy now in force', success: 200 },
  { method: 'get', path: '/api/v1/models/{name}/protected-aliases', summary: 'Aliases that move only through an approved promotion request', success: 200 },
  { method: 'put', path: '/api/v1/models/{name}/protected-aliases/{alias}', summary: 'Protect an alias (admins); setting or removing it directly is then refused with 409', success: 200 },
  { method: 'delete', path: '/api/v1/models/{name}/protected-aliases/{alias}', summary: 'Release a protected alias (admins)', success: 200 },
  { method: 'get', path: '/api/v1/models/{name}/deployments', summary: 'Deployment history of a model, newest first; the first of each environment is live', success: 200 },
  { method: 'post', path: '/api/v1/models/{name}/deployments', summary: 'Record a deployment: a production champion per environment and endpoint, optionally a staging challenger with 1–99 % of the traffic', body: deploySchema, success: 201 },
  { method: 'get', path: '/api/v1/models/{name}/routing', summary: 'Routing document for serving layers: live versions, weights and artifact URIs per environment (strong ETag, If-None-Match → 304, Cache-Control: no-cache); a retired model routes nowhere', success: 200 },
  { method: 'post', path: '/api/v1/models/{name}/rollback', summary: 'Roll production back to the previous version (reviewers and admins, with a reason); live deployments follow', body: rollbackSchema, success: 200 },
  { method: 'post', path: '/api/v1/models/{name}/versions/{version}/retire', summary: 'Retire a version with a reason: stage retired, its aliases removed, pending requests cancelled (409 when already retired or still serving)', body: retireSchema, success: 200 },
  { method: 'post', path: '/api/v1/models/{name}/retire', summary: 'Retire a model and every version not yet retired, with a reason (409 when already retired)', body: retireSchema, success: 200 },
  { method: 'post', path: '/api/v1/admin/retention/purge', summary: 'Admins: delete the artifacts of versions retired at least retiredBeforeDays ago (optionally of one model); audited per version', body: purgeSchema, success: 200 },
  { method: 'get', path: '/api/v1/models/{name}/stage-history', summary: 'Stage changes of the model or of ?version=, newest first: from, to, cause (request, displaced, override, rollback, retirement), request, actor and reason', query: z.object({ version: versionNumberSchema.optional() }), success: 200 },
  { method: 'get', path: '/api/v1/audit', summary: 'The audit log, newest first (admins and reviewers): a page of JSON, or every matching row with ?format=csv|jsonl', query: auditFiltersSchema, success: 200 },
  { method: 'get', path: '/api/v1/webhooks', summary: 'List webhooks with their last delivery (admins)', success: 200 },
  { method: 'post', path: '/api/v1/webhooks', summary: 'Register a webhook; the answer holds its signing secret, shown only this once (admins)', body: createWebhookSchema, success: 201 },
  { method: 'get', path: '/api/v1/webhooks/{id}', summary: 'Get a webhook (never its secret)', success: 200 },
  { method: 'patch', path: '/api/v1/webhooks/{id}', summary: 'Change a webhook’s URL, description, events or active flag', body: updateWebhookSchema, success: 200 },
  { method: 'delete', path: '/api/v1/webhooks/{id}', summary: 'Delete a webhook with its delivery log', success: 204 },
  { method: 'post', path: '/api/v1/webhooks/{id}/rotate-secret', summary: 'Replace the signing secret; the answer holds the new one, shown only this once', success: 200 },
  { method: 'post', path: '/api/v1/webhooks/{id}/test', summary: 'Queue a webhook.test event to this webhook', success: 202 },
  { method: 'get', path: '/api/v1/webhooks/{id}/deliveries', summary: 'The latest deliveries of a webhook, newest first', query: deliveryListSchema, success: 200 },
  { method: 'post', path: '/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver', summary: 'Send a failed delivery again (same delivery id, fresh attempts)', success: 202 },
  { method: 'get', path: '/api/v1/users', summary: 'Everyone with email, role, team, active flag and signInLockedUntil (when failed sign-ins lock them out, else null); never a password hash (admins)', success: 200 },
  { method: 'post', path: '/api/v1/users', summary: 'Create a user with an initial password (admins); 409 when the email is taken', body: createUserSchema, success: 201 },
  { method: 'get', path: '/api/v1/users/{id}', summary: 'One user as the list shows them (admins)', success: 200 },
  { method: 'patch', path: '/api/v1/users/{id}', summary: 'Change a user’s role, team or active flag (admins; nobody can demote or deactivate themselves). Users are deactivated, never deleted: audit entries name them', body: updateUserSchema, success: 200 },
  { method: 'post', path: '/api/v1/users/{id}/unlock-sign-in', summary: 'Clear a user’s failed sign-ins so they can sign in at once (admins); answers userId, email, clearedFailures; 409 when there is nothing to clear', success: 200 },
  { method: 'get', path: '/api/health', summary: 'Liveness, without credentials: 200 {status:"ok"} while the process answers (the database is not touched)', success: 200 },
  { method: 'get', path: '/api/ready', summary: 'Readiness, without credentials: 200 {status:"ready"} when the database answers and every migration is applied; 503 {status:"unavailable", reason} otherwise, and from the start of a graceful shutdown', success: 200 },
  { method: 'get', path: '/api/v1/search/palette', summary: 'The command palette: up to 8 models whose name holds every term of ?q= (at most 100 characters) and, for iris@3 or iris 3, up to 8 such versions with their stage', query: paletteQuerySchema, success: 200 },
];

const schema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });

const errorResponse = {
  description: 'Error',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' }, details: { type: 'object' } }, required: ['code', 'message'] } },
      },
    },
  },
};

function operation(e: Endpoint) {
  const pathParams = [...e.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
  const queryParams = e.query
    ? Object.entries(schema(e.query).properties ?? {}).map(([name, s]) => ({ name, in: 'query', required: false, schema: s }))
    : [];
  return {
    summary: e.summary,
    parameters: [...pathParams, ...queryParams],
    ...(e.body ? { requestBody: { required: true, content: { 'application/json': { schema: { ...schema(e.body), additionalProperties: false } } } } } : {}),
    responses: {
      [e.success]: { description: 'Success' },
      400: errorResponse,
      401: errorResponse,
      403: errorResponse,
      404: errorResponse,
      409: errorResponse,
      413: errorResponse,
    },
  };
}

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of ENDPOINTS) (paths[e.path] ??= {})[e.method] = operation(e);
  return {
    openapi: '3.1.0',
    info: { title: 'Modelboard API', version: '1' },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, basic: { type: 'http', scheme: 'basic' } },
    },
    security: [{ bearer: [] }, { basic: [] }],
    paths,
  };
}
