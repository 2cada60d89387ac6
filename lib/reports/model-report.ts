import 'server-only';
import { authorize, type Actor } from '@/lib/auth/actor';
import { stageHistory, type TransitionDto } from '@/lib/governance/history';
import { listRequests, type RequestDto } from '@/lib/governance/request-queries';
import { listAlerts } from '@/lib/monitoring/alert-queries';
import { listBatches } from '@/lib/monitoring/batches';
import type { AlertSummary, BatchSummary } from '@/lib/monitoring/types';
import { getModelCard, type ModelCardDto } from '@/lib/registry/model-cards';
import { getModel, type ModelDto } from '@/lib/registry/models';
import { getVersionDetail, type VersionDetail } from '@/lib/registry/version-detail';
import { listVersions, type VersionList } from '@/lib/registry/version-list';

export interface ModelReport {
  generatedAt: number;
  model: ModelDto;
  versions: VersionList;
  /** The version in production with its card and how it is doing; null when nothing is in production. */
  production: null | {
    detail: VersionDetail;
    card: ModelCardDto;
    /** Newest first. */
    batches: BatchSummary[];
    alerts: AlertSummary[];
  };
  requests: RequestDto[];
  history: TransitionDto[];
}

/** Everything the printable report shows, read once: the record a reviewer files or a regulator asks for. */
export function getModelReport(actor: Actor, modelName: string): ModelReport {
  authorize(actor, 'read', 'report');
  const model = getModel(actor, modelName);
  const versions = listVersions(actor, model.name);
  const live = versions.rows.find((v) => v.stage === 'production');
  return {
    generatedAt: Date.now(),
    model,
    versions,
    production: live
      ? {
          detail: getVersionDetail(actor, model.name, live.version),
          card: getModelCard(actor, model.name, live.version),
          batches: listBatches(actor, model.name, live.version),
          alerts: listAlerts(actor, { model: model.name, version: live.version, status: 'unresolved' }),
        }
      : null,
    requests: listRequests(actor, { status: 'all', model: model.name }),
    history: stageHistory(actor, model.name),
  };
}
