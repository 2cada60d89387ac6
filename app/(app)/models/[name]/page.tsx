import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ConfirmDeleteDialog } from '@/components/confirm-delete-dialog';
import { Markdown } from '@/components/markdown';
import { AliasManager } from '@/components/models/alias-manager';
import { CompletenessMeter } from '@/components/models/completeness-meter';
import { EditModelDialog } from '@/components/models/edit-model-dialog';
import { ModelCardView } from '@/components/models/model-card-view';
import { RetireForm } from '@/components/registry/retire-form';
import { VersionsTable } from '@/components/models/versions-table';
import { RelativeTime } from '@/components/relative-time';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { pageData, routeParam } from '@/lib/actions/page-data';
import { canEdit } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/session';
import { getModelCard } from '@/lib/registry/model-cards';
import { getModel } from '@/lib/registry/models';
import { MODEL_NAME_RULE } from '@/lib/registry/schemas';
import { formatTagText } from '@/lib/registry/tag-text';
import { listVersions } from '@/lib/registry/version-list';
import { RISK_TIERS, TASK_TYPES } from '@/lib/registry/vocabulary';
import { listUserNames } from '@/lib/users/queries';
import { aliasAction, deleteModelAction, updateModelAction } from '../actions';
import { GovernanceSection } from './governance-section';
import { retireModelAction } from './retire-actions';

export async function generateMetadata({ params }: PageProps<'/models/[name]'>): Promise<Metadata> {
  return { title: routeParam((await params).name) };
}

export default async function ModelPage({ params }: PageProps<'/models/[name]'>) {
  const actor = await requireActor();
  const name = routeParam((await params).name);
  const model = pageData(() => getModel(actor, name));
  const versions = listVersions(actor, model.name);
  const editable = canEdit(actor, 'model:update', model);
  const deletable = canEdit(actor, 'model:delete', model);
  const aliases = versions.rows.flatMap((v) => v.aliases.map((alias) => ({ alias, version: v.version })));
  const featured =
    aliases.find((a) => a.alias === 'champion')?.version ?? versions.rows.find((v) => v.stage === 'production')?.version ?? versions.rows[0]?.version;
  const card = featured === undefined ? null : getModelCard(actor, model.name, featured);
  const retirable = model.retirement === null && canEdit(actor, 'version:retire', model);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-2">
          <Breadcrumbs trail={[{ href: '/models', label: 'Models' }]} current={model.name} />
          <h1 className="text-2xl font-semibold tracking-tight">{model.name}</h1>
          <div className="flex flex-wrap gap-1.5 text-sm">
            <Badge variant="outline">{model.taskType}</Badge>
            <Badge variant={model.riskTier === 'high' ? 'danger' : model.riskTier === 'medium' ? 'warning' : 'secondary'}>{model.riskTier} risk</Badge>
            {model.framework && <Badge variant="outline">{model.framework}</Badge>}
            {Object.entries(model.tags).map(([k, v]) => (
              <Badge key={k} variant="outline">
                {v ? `${k}: ${v}` : k}
              </Badge>
            ))}
          </div>
          <p className="text-sm text-muted-fg">
            Owned by {model.ownerName}
            {model.team && ` · team ${model.team}`}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Button asChild variant="outline">
            <Link href={`/models/${encodeURIComponent(model.name)}/deployments`}>Deployments</Link>
          </Button>
          <Button asChild variant="outline">
            <Link href={`/models/${encodeURIComponent(model.name)}/report`}>Report</Link>
          </Button>
          {editable && (
            <EditModelDialog
              action={updateModelAction.bind(null, model.name)}
              defaults={{ ...model, tags: formatTagText(model.tags) }}
              taskTypes={TASK_TYPES}
              riskTiers={RISK_TIERS}
              owners={listUserNames(actor)}
              nameRule={MODEL_NAME_RULE}
            />
          )}
          {deletable && (
            <ConfirmDeleteDialog
              label="Delete model"
              title={`Delete ${model.name}?`}
              description={`This removes all ${versions.rows.length} versions with their tags, aliases and model cards. The audit log keeps a record; artifact files stay in the store.`}
              confirmText={model.name}
              action={deleteModelAction.bind(null, model.name)}
            />
          )}
          {retirable && (
            <RetireForm
              label="Retire model"
              title={`Retire ${model.name}?`}
              description="Every version not yet retired is retired with this reason, and no version of the model can be promoted again. Artifacts stay downloadable until an admin applies the retention rule."
              action={retireModelAction.bind(null, model.name)}
            />
          )}
        </div>
      </div>

      {model.retirement && (
        <Alert variant="warning" role="note">
          Retired <RelativeTime ms={model.retirement.at} />: {model.retirement.reason}
        </Alert>
      )}

      <Card>
        <CardHeader>
          <CardTitle>Description</CardTitle>
        </CardHeader>
        <CardContent>{model.description ? <Markdown>{model.description}</Markdown> : <p className="text-sm text-muted-fg">No description yet.</p>}</CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Versions</CardTitle>
          <CardDescription>Every registered version, newest first, with the metrics most versions report.</CardDescription>
        </CardHeader>
        <CardContent>
          {versions.rows.length === 0 ? (
            <EmptyState title="No versions yet" description="Register a version from a training run through the API or an MLflow client." />
          ) : (
            <VersionsTable modelName={model.name} list={versions} />
          )}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Aliases</CardTitle>
        </CardHeader>
        <CardContent>
          <AliasManager aliases={aliases} versions={versions.rows.map((v) => v.version)} canEdit={editable} action={aliasAction.bind(null, model.name)} />
        </CardContent>
      </Card>

      {card && featured !== undefined && (
        <Card>
          <CardHeader>
            <CardTitle>Model card</CardTitle>
            <CardDescription>
              Of{' '}
              <Link href={`/models/${encodeURIComponent(model.name)}/versions/${featured}#model-card`} className="text-primary underline underline-offset-2">
                version {featured}
              </Link>
              {editable && ', where it can be edited'}.
            </CardDescription>
          </CardHeader>
          <CardContent className="space-y-5">
            <CompletenessMeter completeness={card.completeness} />
            <ModelCardView sections={card.sections} />
          </CardContent>
        </Card>
      )}

      <GovernanceSection actor={actor} model={model} aliases={aliases} />
    </div>
  );
}
