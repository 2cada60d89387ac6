import 'server-only';
import { authorize, canEdit, type Actor } from '@/lib/auth/actor';
import { findModel } from '@/lib/registry/model-store';
import { getVersionDetail, type VersionDetail } from '@/lib/registry/version-detail';
import { diffRows, metricRows, signatureRows } from './diff';
import { directionsOf } from './metric-directions';
import { parseVersionRefs, refOf, resolveRefs } from './refs';
import type { Comparison } from './types';

/** Okabe–Ito's colour-blind-safe set, then two more: a version keeps its colour in every chart of the page. */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000', '#8C564B', '#7F7F7F'];

function lineageOf(v: VersionDetail): Record<string, string> {
  const out: Record<string, string> = {};
  for (const d of v.datasets) out[`${d.role} data: ${d.name}`] = `${d.version} · sha256 ${d.contentHash.slice(0, 12)}`;
  if (v.code.repository) out['code repository'] = v.code.repository;
  if (v.code.commit) out['code commit'] = v.code.commit;
  if (v.sourceUri) out.source = v.sourceUri;
  if (v.artifact.sha256) out['artifact sha256'] = v.artifact.sha256.slice(0, 12);
  return out;
}

/** 2–10 versions side by side: metrics with deltas against a baseline, params, lineage and signatures. */
export function getComparison(actor: Actor, rawRefs: string | string[] | undefined, rawBaseline?: string): Comparison {
  authorize(actor, 'read', 'compare');
  const refs = parseVersionRefs(rawRefs);
  const details = resolveRefs(refs, (ref) => getVersionDetail(actor, ref.modelName, ref.version));
  const baselineIndex = Math.max(0, refs.findIndex((r) => refOf(r) === rawBaseline));
  const metrics = details.map((v) => Object.fromEntries((v.run?.metrics ?? []).map((m) => [m.key, m.value])));
  // Across models, the baseline's model decides how a metric is read.
  const directionModel = (details[baselineIndex] as VersionDetail).modelName;
  const direction = directionsOf(actor, directionModel);
  return {
    versions: details.map((v, i) => ({
      ref: refOf({ modelName: v.modelName, version: v.version }),
      modelName: v.modelName,
      version: v.version,
      label: details.every((d) => d.modelName === v.modelName) ? `v${v.version}` : `${v.modelName} v${v.version}`,
      color: PALETTE[i % PALETTE.length] as string,
      stage: v.stage,
      createdAt: v.createdAt,
      runUuid: v.run?.uuid ?? null,
    })),
    baseline: baselineIndex,
    metrics: metricRows(metrics, baselineIndex, direction),
    params: diffRows(details.map((v) => Object.fromEntries((v.run?.params ?? []).map((p) => [p.key, p.value])))),
    lineage: diffRows(details.map(lineageOf)),
    signature: signatureRows(details.map((v) => v.inputSignature), baselineIndex),
    historyKeys: [...new Set(details.flatMap((v) => (v.run?.metrics ?? []).filter((m) => m.points > 1).map((m) => m.key)))].sort(),
    directions: { model: directionModel, editable: canEdit(actor, 'model:update', findModel(directionModel)) },
  };
}
