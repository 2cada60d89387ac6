import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ConfirmDeleteDialog } from '@/components/confirm-delete-dialog';
import { MetricHistoryChart } from '@/components/charts/metric-history-chart';
import { Markdown } from '@/components/markdown';
import { ModelCardView } from '@/components/models/model-card-view';
import { CompletenessMeter } from '@/components/models/completeness-meter';
import { StageBadge } from '@/components/models/stage-badge';
import { RelativeTime } from '@/components/relative-time';
import { formatBytes } from '@/components/format';
import { ArtifactList } from '@/components/versions/artifact-list';
import { ArtifactUpload } from '@/components/versions/artifact-upload';
import { Discussion } from '@/components/versions/discussion';
import { LineageGraph } from '@/components/versions/lineage-graph';
import { ModelCardEditor } from '@/components/versions/model-card-editor';
import { RunSummary } from '@/components/versions/run-summary';
import { SignatureTable } from '@/components/versions/signature-table';
import { RetireForm } from '@/components/registry/retire-form';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { buttonVariants } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { pageData, routeParam, versionParam } from '@/lib/actions/page-data';
import { canEdit } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { listComments } from '@/lib/discussion/comments';
import { requireActor } from '@/lib/auth/session';
import { maxUploadBytes } from '@/lib/registry/artifact-store';
import { getVersionMetricSeries } from '@/lib/registry/metric-series';
import { getModelCard } from '@/lib/registry/model-cards';
import { getModel } from '@/lib/registry/models';
import { getVersionDetail } from '@/lib/registry/version-detail';
import { retireVersionAction } from '../../retire-actions';
import { addCommentAction, deleteVersionAction, editCommentAction, updateCardAction, verifyArtifactAction } from './actions';
import { VersionGovernance } from './version-governance';

type Props = PageProps<'/models/[name]/versions/[version]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { name, version } = await params;
  return { title: `${routeParam(name)} v${version}` };
}

export default async function VersionPage({ params }: Props) {
  const actor = await requireActor();
  const raw = await params;
  const name = routeParam(raw.name);
  const number = versionParam(raw.version);
  const detail = pageData(() => getVersionDetail(actor, name, number));
  const model = getModel(actor, detail.modelName);
  // A metric logged once is a final value, shown in the run's table; only histories get a chart.
  const series = getVersionMetricSeries(actor, detail.modelName, number).filter((s) => s.totalPoints > 1);
  const card = getModelCard(actor, detail.modelName, number);
  const editable = canEdit(actor, 'card:write', model);
  const comments = listComments(actor, detail.modelName, number);
  const modelHref = `/models/${encodeURIComponent(detail.modelName)}`;

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Breadcrumbs
          trail={[
            { href: '/models', label: 'Models' },
            { href: modelHref, label: detail.modelName },
          ]}
          current={`Version ${detail.version}`}
        />
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold tracking-tight">
            {detail.modelName} · version {detail.version}
          </h1>
          <StageBadge stage={detail.stage} />
          <Link href={`/models/${encodeURIComponent(detail.modelName)}/versions/${detail.version}/monitoring`} className={buttonVariants({ variant: 'outline', size: 'sm' })}>
            Monitoring
          </Link>
          {detail.aliases.map((a) => (
            <Badge key={a} variant="secondary">
              @{a}
            </Badge>
          ))}
        </div>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p className="text-sm text-muted-fg">
            Registered by {detail.createdBy} <RelativeTime ms={detail.createdAt} /> · {detail.status}
          </p>
          <div className="flex flex-wrap gap-2">
            {detail.retirement === null && canEdit(actor, 'version:retire', model) && (
              <RetireForm
                label="Retire version"
                title={`Retire version ${detail.version} of ${detail.modelName}?`}
                description="It leaves its stage for good and can never be promoted again; its aliases are removed and a pending request is cancelled. Its artifacts stay downloadable until an admin applies the retention rule."
                action={retireVersionAction.bind(null, detail.modelName, detail.version)}
              />
            )}
            {canEdit(actor, 'version:delete', model) && (
              <ConfirmDeleteDialog
                label="Delete version"
                title={`Delete version ${detail.version} of ${detail.modelName}?`}
                description="Its tags, aliases, lineage links and model card go with it, and its number is never issued again. The audit log keeps a record."
                confirmText={`${detail.modelName}/${detail.version}`}
                action={deleteVersionAction.bind(null, detail.modelName, detail.version)}
              />
            )}
          </div>
        </div>
        {detail.retirement && (
          <Alert variant="warning" role="note">
            Retired <RelativeTime ms={detail.retirement.at} />: {detail.retirement.reason}
            {detail.retirement.artifactsPurgedAt !== null && (
              <>
                {' '}
                Its artifact files were deleted under the retention rule <RelativeTime ms={detail.retirement.artifactsPurgedAt} />.
              </>
            )}
          </Alert>
        )}
        {detail.description && <Markdown>{detail.description}</Markdown>}
      </div>

      <Card>
        <CardHeader>
          <CardTitle>Lineage</CardTitle>
          <CardDescription>The data and code this version was trained from.</CardDescription>
        </CardHeader>
        <CardContent>
          <LineageGraph detail={detail} />
        </CardContent>
      </Card>

      {detail.run && <RunSummary run={detail.run} />}

      <Card>
        <CardHeader>
          <CardTitle>Metric histories</CardTitle>
        </CardHeader>
        <CardContent>
          {series.length === 0 ? (
            <p className="text-sm text-muted-fg">This version&apos;s run logged no metric history.</p>
          ) : (
            <div className="grid gap-4 md:grid-cols-2">
              {series.map((s) => (
                <MetricHistoryChart key={s.key} metric={s.key} totalPoints={s.totalPoints} points={s.points} />
              ))}
            </div>
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Package and signature</CardTitle>
        </CardHeader>
        <CardContent className="space-y-4">
          <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
            <dt className="text-muted-fg">Source</dt>
            <dd className="break-all font-mono text-xs">{detail.sourceUri ?? 'not recorded'}</dd>
            <dt className="text-muted-fg">Artifact</dt>
            <dd className="break-all font-mono text-xs">
              {detail.artifact.sha256 ? `${detail.artifact.format ?? 'file'} · ${formatBytes(detail.artifact.size ?? 0)} · sha256 ${detail.artifact.sha256}` : 'none yet'}
            </dd>
            <dt className="text-muted-fg">Tags</dt>
            <dd>{Object.entries(detail.tags).map(([k, v]) => `${k}=${v}`).join(', ') || 'none'}</dd>
          </dl>
          <div className="grid gap-4 md:grid-cols-2">
            <SignatureTable title="Inputs" columns={detail.inputSignature} />
            <SignatureTable title="Outputs" columns={detail.outputSignature} />
          </div>
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Artifacts</CardTitle>
          <CardDescription>Stored by content hash; an integrity check re-hashes the stored file.</CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          {detail.artifacts.length === 0 ? (
            <p className="text-sm text-muted-fg">No files stored for this version yet.</p>
          ) : (
            <ArtifactList artifacts={detail.artifacts} verify={verifyArtifactAction} />
          )}
          {detail.retirement === null && canEdit(actor, 'artifact:write', model) && (
            <ArtifactUpload uploadUrl={`/api/v1/models/${encodeURIComponent(detail.modelName)}/versions/${detail.version}/artifacts`} maxBytes={maxUploadBytes()} />
          )}
        </CardContent>
      </Card>

      <Card id="model-card">
        <CardHeader>
          <CardTitle>Model card</CardTitle>
          {card.updatedBy && card.updatedAt && (
            <CardDescription>
              Last edited by {card.updatedBy} <RelativeTime ms={card.updatedAt} />
            </CardDescription>
          )}
        </CardHeader>
        <CardContent className="space-y-5">
          {editable ? (
            <ModelCardEditor sections={card.sections} action={updateCardAction.bind(null, detail.modelName, detail.version)} />
          ) : (
            <>
              <CompletenessMeter completeness={card.completeness} />
              <ModelCardView sections={card.sections} />
            </>
          )}
        </CardContent>
      </Card>

      <VersionGovernance actor={actor} model={model} detail={detail} />

      <Card id="discussion">
        <CardHeader>
          <CardTitle>Discussion</CardTitle>
        </CardHeader>
        <CardContent>
          <Discussion
            comments={comments}
            add={can(actor.role, 'comment:write') ? addCommentAction.bind(null, detail.modelName, detail.version) : null}
            edit={(id) => editCommentAction.bind(null, id)}
          />
        </CardContent>
      </Card>
    </div>
  );
}
