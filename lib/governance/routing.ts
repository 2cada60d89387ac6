import 'server-only';
import { createHash } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { artifacts, modelVersions, type Stage } from '@/db/schema';
import { authorize, type Actor } from '@/lib/auth/actor';
import { findModel } from '@/lib/registry/model-store';
import { liveDeployments, type DeploymentDto, type DeploymentKind } from './deployments';

export interface RouteArtifact {
  fileName: string;
  sha256: string;
  size: number;
  /** The download the rest of the API exposes, relative to the server's origin. */
  uri: string;
}

export interface TrafficRoute {
  role: 'champion' | 'challenger';
  version: number;
  stage: Stage;
  /** Percent of the environment's traffic; the routes of an environment sum to 100. */
  weight: number;
  /** The version's primary artifact. */
  sha256: string | null;
  artifacts: RouteArtifact[];
  sourceUri: string | null;
}

export interface EnvironmentRouting {
  environment: string;
  endpoint: string;
  deployedAt: string;
  deployedBy: string | null;
  kind: DeploymentKind;
  routes: TrafficRoute[];
}

export interface RoutingDocument {
  model: string;
  generatedAt: string;
  /** When the model was retired: it then routes nowhere, whatever was deployed. */
  retiredAt: string | null;
  environments: EnvironmentRouting[];
}

type VersionInfo = Omit<TrafficRoute, 'role' | 'weight'>;

function versionsOf(modelId: number, numbers: number[]): Map<number, VersionInfo> {
  const db = getDb();
  const rows = db
    .select({ id: modelVersions.id, version: modelVersions.version, stage: modelVersions.stage, sha256: modelVersions.artifactSha256, sourceUri: modelVersions.sourceUri })
    .from(modelVersions)
    .where(and(eq(modelVersions.modelId, modelId), inArray(modelVersions.version, numbers)))
    .all();
  const files = db
    .select({ id: artifacts.id, versionId: artifacts.versionId, fileName: artifacts.fileName, sha256: artifacts.sha256, size: artifacts.size })
    .from(artifacts)
    .where(inArray(artifacts.versionId, rows.map((r) => r.id)))
    .orderBy(asc(artifacts.fileName))
    .all();
  return new Map(
    rows.map(({ id, ...v }) => [
      v.version,
      { ...v, artifacts: files.filter((f) => f.versionId === id).map((f) => ({ fileName: f.fileName, sha256: f.sha256, size: f.size, uri: `/api/v1/artifacts/${f.id}` })) },
    ]),
  );
}

function routesOf(d: DeploymentDto, versions: Map<number, VersionInfo>): TrafficRoute[] {
  const route = (role: TrafficRoute['role'], version: number, weight: number): TrafficRoute => {
    const { stage, sha256, artifacts: files, sourceUri } = versions.get(version)!;
    return { role, version, stage, weight, sha256, artifacts: files, sourceUri };
  };
  const champion = route('champion', d.championVersion, 100 - d.challengerWeight);
  return d.challengerVersion === null ? [champion] : [champion, route('challenger', d.challengerVersion, d.challengerWeight)];
}

/** A strong validator: equal documents (apart from when they were generated) hash alike. */
function etagOf(document: Omit<RoutingDocument, 'generatedAt'>): string {
  return `"${createHash('sha256').update(JSON.stringify(document)).digest('base64url')}"`;
}

/**
 * What serves where, for serving layers that poll: the live deployment of each environment with the
 * versions, their weights and where to fetch them. The ETag lets a poller ask "changed?" for free.
 */
export function getRoutingDocument(actor: Actor, modelName: string): { document: RoutingDocument; etag: string } {
  authorize(actor, 'read', 'routing');
  const model = findModel(modelName);
  const live = (model.retiredAt === null ? liveDeployments(getDb(), model.id) : []).sort((a, b) => a.environment.localeCompare(b.environment));
  const numbers = [...new Set(live.flatMap((d) => (d.challengerVersion === null ? [d.championVersion] : [d.championVersion, d.challengerVersion])))];
  const versions = versionsOf(model.id, numbers);
  const environments = live.map((d) => ({
    environment: d.environment,
    endpoint: d.endpoint,
    deployedAt: new Date(d.createdAt).toISOString(),
    deployedBy: d.createdBy,
    kind: d.kind,
    routes: routesOf(d, versions),
  }));
  const retiredAt = model.retiredAt === null ? null : new Date(model.retiredAt).toISOString();
  const stable = { model: model.name, retiredAt, environments };
  return { document: { model: model.name, generatedAt: new Date().toISOString(), retiredAt, environments }, etag: etagOf(stable) };
}

/** `If-None-Match` uses the weak comparison (RFC 9110 §13.1.2): `W/` prefixes are ignored, `*` matches any. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}
