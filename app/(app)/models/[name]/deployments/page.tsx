import type { Metadata } from 'next';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { DeployForm } from '@/components/governance/deploy-form';
import { DeploymentHistory } from '@/components/governance/deployment-history';
import { DeploymentLive } from '@/components/governance/deployment-live';
import { RollbackForm } from '@/components/governance/rollback-form';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { pageData, routeParam } from '@/lib/actions/page-data';
import { canEdit } from '@/lib/auth/actor';
import { requireActor } from '@/lib/auth/session';
import { deployableVersions, ENVIRONMENT_RULE, listDeployments } from '@/lib/governance/deployments';
import { can } from '@/lib/auth/permissions';
import { rollbackTarget } from '@/lib/governance/rollback';
import { getModel } from '@/lib/registry/models';
import { deployAction, rollbackAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/models/[name]/deployments'>): Promise<Metadata> {
  return { title: `Deployments · ${routeParam((await params).name)}` };
}

export default async function DeploymentsPage({ params }: PageProps<'/models/[name]/deployments'>) {
  const actor = await requireActor();
  const name = routeParam((await params).name);
  const model = pageData(() => getModel(actor, name));
  const history = listDeployments(actor, model.name);
  const live = history.filter((d) => d.live).sort((a, b) => a.environment.localeCompare(b.environment));
  const deployable = canEdit(actor, 'deployment:write', model);
  const versions = deployable ? deployableVersions(actor, model.name) : [];
  const encoded = encodeURIComponent(model.name);

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Breadcrumbs trail={[{ href: '/models', label: 'Models' }, { href: `/models/${encoded}`, label: model.name }]} current="Deployments" />
        <h1 className="text-2xl font-semibold tracking-tight">Deployments of {model.name}</h1>
        <p className="text-sm text-muted-fg">
          Serving layers poll the{' '}
          <a href={`/api/v1/models/${encoded}/routing`} className="text-primary underline underline-offset-2">
            routing document
          </a>{' '}
          for the versions, weights and artifacts of each environment.
        </p>
      </div>

      {can(actor.role, 'deployment:rollback') && (
        <Card>
          <CardHeader>
            <CardTitle>Roll back production</CardTitle>
          </CardHeader>
          <CardContent>
            <RollbackForm target={rollbackTarget(actor, model.name)} action={rollbackAction.bind(null, model.name)} />
          </CardContent>
        </Card>
      )}

      <Card>
        <CardHeader>
          <CardTitle>Live</CardTitle>
          <CardDescription>What serves in each environment now.</CardDescription>
        </CardHeader>
        <CardContent>
          {live.length === 0 ? (
            <EmptyState title="Not deployed yet" description="Record a deployment once a production version serves somewhere." />
          ) : (
            <DeploymentLive deployments={live} />
          )}
        </CardContent>
      </Card>

      {deployable && (
        <Card>
          <CardHeader>
            <CardTitle>Record a deployment</CardTitle>
            <CardDescription>Replaces what the environment serves; the previous deployment stays in the history.</CardDescription>
          </CardHeader>
          <CardContent>
            {versions.some((v) => v.stage === 'production') ? (
              <DeployForm versions={versions} environments={live.map((d) => d.environment)} environmentRule={ENVIRONMENT_RULE} action={deployAction.bind(null, model.name)} />
            ) : (
              <p className="text-sm text-muted-fg">Promote a version to production before deploying it.</p>
            )}
          </CardContent>
        </Card>
      )}

      <Card>
        <CardHeader>
          <CardTitle>History</CardTitle>
          <CardDescription>Every deployment and rollback, newest first.</CardDescription>
        </CardHeader>
        <CardContent>{history.length === 0 ? <p className="text-sm text-muted-fg">No deployments recorded.</p> : <DeploymentHistory deployments={history} />}</CardContent>
      </Card>
    </div>
  );
}
