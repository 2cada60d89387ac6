import fc from 'fast-check';
import type { Fixture } from '@/lib/auth/permission-matrix/fixture';
import type { HttpCall } from '@/lib/auth/permission-matrix/http';
import { jsonText, junkContentType, junkString, junkText, junkValue, mutatedObject } from './junk';

/** What one fuzzed request carries besides the method, the route's params and the credentials. */
export interface FuzzCall {
  /** With its leading `?`, or empty. */
  query: string;
  body?: string;
  contentType?: string;
}

/** Values that name something in the matrix fixture, so junk elsewhere reaches past the lookups. */
export function knownParams(fx: Fixture): Record<string, string[]> {
  return {
    name: ['churn', 'sandbox'],
    version: ['1', '2', '3', '4'],
    key: ['candidate', 'stage-gate', 'loss', 'domain'],
    alias: ['challenger', 'champion', 'shadow'],
    metric: ['loss', 'accuracy'],
    column: ['color', 'age', 'prediction'],
    action: ['acknowledge', 'resolve', 'retraining'],
    runId: [fx.runUuid],
    deliveryId: [fx.failedDeliveryId],
    id: [fx.requestId, fx.alertId, fx.batchId, fx.webhookId, fx.artifactId].map(String),
  };
}

const JUNK_IDS = ['0', '-1', '1e2', '0x1f', '1.5', '99999999999', '9007199254740993', '%00', '..%2F', '..', '.', '-'];

/** A route segment: usually a real one, otherwise junk, an impossible id or a 10,000-character name. */
function paramValue(known: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: known.length > 0 ? fc.constantFrom(...known) : junkString, weight: 3 },
    { arbitrary: junkString, weight: 2 },
    { arbitrary: fc.constantFrom(...JUNK_IDS, 'n'.repeat(10_000)), weight: 1 },
  );
}

export const paramNames = (route: string) => [...route.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1]!);

export function paramsArbitrary(names: string[], known: Record<string, string[]>, samples: HttpCall[]): fc.Arbitrary<Record<string, string>> {
  const entries = names.map((name) => {
    const seen = samples.map((s) => s.params?.[name]).filter((v): v is string => v !== undefined);
    return fc.tuple(fc.constant(name), paramValue([...new Set([...(known[name] ?? []), ...seen])]));
  });
  return fc.tuple(...entries).map((pairs) => Object.fromEntries(pairs));
}

/** Names the list, search and upload endpoints read from their query strings, beside junk ones. */
const QUERY_KEYS = ['q', 'prefix', 'owner', 'team', 'tag', 'task', 'risk', 'stage', 'cursor', 'limit', 'format', 'maxPoints', 'fileName', 'sha256', 'prediction', 'label', 'models', 'versions', 'refs', 'metric', 'metrics', 'model', 'status', 'action', 'actor', 'from', 'to', 'version', 'id', 'name', 'max_results', 'page_token', 'filter', 'order_by', 'experiment_ids', 'run_id', 'run_uuid', 'metric_key', 'alias', 'key'];
const RAW_QUERIES = ['?', '?%', '?a=%E0%A4%A', '?&&==&', '?cursor=%FF%FE', '?limit=-1&limit=1e9', '?format=csv&format=json', '?q=%00', `?q=${'%25'.repeat(3000)}`];

export function queryArbitrary(samples: HttpCall[]): fc.Arbitrary<string> {
  const pairs = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), junkString), junkString), { minLength: 1, maxLength: 4 });
  return fc.oneof(
    { arbitrary: fc.constantFrom('', ...samples.map((s) => s.query ?? '')), weight: 2 },
    // URLSearchParams writes lone surrogates as U+FFFD, as a browser would.
    { arbitrary: pairs.map((p) => `?${new URLSearchParams(p)}`), weight: 3 },
    { arbitrary: fc.constantFrom(...RAW_QUERIES), weight: 1 },
  );
}

/** Splices junk into a sample upload (CSV, bytes) at some position. */
const spliced = (raw: string) => fc.tuple(junkString, fc.nat({ max: raw.length })).map(([junk, at]) => raw.slice(0, at) + junk + raw.slice(at));

type Body = Pick<FuzzCall, 'body' | 'contentType'>;

export function bodyArbitrary(samples: HttpCall[]): fc.Arbitrary<Body> {
  const objects = samples.map((s) => s.body).filter((b): b is Record<string, unknown> => typeof b === 'object' && b !== null);
  const uploads = samples.filter((s) => s.raw !== undefined);
  const json = (objects.length > 0 ? fc.oneof(...objects.map(mutatedObject)) : mutatedObject({})).map((b): Body => ({ body: jsonText(b), contentType: 'application/json' }));
  const options: { arbitrary: fc.Arbitrary<Body>; weight: number }[] = [
    { arbitrary: json, weight: 4 },
    { arbitrary: junkValue.map((v): Body => ({ body: jsonText(v), contentType: 'application/json' })), weight: 1 },
    { arbitrary: fc.tuple(junkText, junkContentType).map(([body, contentType]): Body => ({ body, contentType })), weight: 2 },
    { arbitrary: fc.constant({}), weight: 1 },
  ];
  for (const upload of uploads) {
    const contentType = upload.headers?.['content-type'];
    options.push({ arbitrary: spliced(upload.raw!).map((body): Body => ({ body, contentType })), weight: 3 });
  }
  return fc.oneof(...options);
}
