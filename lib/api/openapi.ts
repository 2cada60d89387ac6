import { z } from 'zod';
import { metricDirectionSchema } from '@/lib/compare/metric-directions';
import { modelSearchSchema } from '@/lib/registry/api-search';
import { tagSchema } from '@/lib/registry/tags';
import { createRunSchema, finishRunSchema, logBatchSchema } from '@/lib/tracking/schemas';
import { aliasSchema, createModelSchema, createVersionSchema, modelCardSchema, updateModelSchema, updateVersionSchema } from '@/lib/registry/schemas';
import { auditFiltersSchema } from '@/lib/audit/queries';
import { commentSchema } from '@/lib/discussion/comments';
import { alertFiltersSchema } from '@/lib/monitoring/alert-queries';
import { monitoringPolicySchema } from '@/lib/monitoring/policy';
import { kindOverrideSchema } from '@/lib/monitoring/references';
import { batchQuerySchema, referenceQuerySchema } from '@/lib/monitoring/upload-input';
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
  { method: 'get', path: '/api/v1/models', summary: 'Search registered models (cursor pagination)', query: modelSearchSchema, success: 200 },
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
