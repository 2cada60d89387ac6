import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { AlertSummaryList } from '@/components/monitoring/alert-summary-list';
import { BatchTable } from '@/components/monitoring/batch-table';
import { DistributionChart } from '@/components/monitoring/distribution-chart';
import { DriftReport } from '@/components/monitoring/drift-report';
import { DriftTimelineChart } from '@/components/monitoring/drift-timeline-chart';
import { monitoringEndpoints } from '@/components/monitoring/endpoints';
import { PerformanceChart } from '@/components/monitoring/performance-chart';
import { PolicyEditor } from '@/components/monitoring/policy-editor';
import { ReferenceSchema } from '@/components/monitoring/reference-schema';
import { TableUpload } from '@/components/monitoring/table-upload';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { pageData, routeParam, versionParam } from '@/lib/actions/page-data';
import { requireActor } from '@/lib/auth/session';
import { getMonitoringOverview } from '@/lib/monitoring/overview';

type Props = PageProps<'/models/[name]/versions/[version]/monitoring'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { name, version } = await params;
  return { title: `Monitoring · ${routeParam(name)} v${version}` };
}

export default async function MonitoringPage({ params, searchParams }: Props) {
  const actor = await requireActor();
  const raw = await params;
  const name = routeParam(raw.name);
  const number = versionParam(raw.version);
  const picked = Number((await searchParams).batch);
  const view = pageData(() => getMonitoringOverview(actor, name, number, Number.isSafeInteger(picked) ? picked : null));
  const { editable } = view;
  const versionHref = `/models/${encodeURIComponent(name)}/versions/${number}`;

  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Breadcrumbs
          trail={[
            { href: '/models', label: 'Models' },
            { href: `/models/${encodeURIComponent(name)}`, label: name },
            { href: versionHref, label: `Version ${number}` },
          ]}
          current="Monitoring"
        />
        <h1 className="text-2xl font-semibold tracking-tight">
          Monitoring · {name} version {number}
        </h1>
        <p className="text-sm text-muted-fg">
          Production batches judged against the reference data under the model&apos;s policy.{' '}
          <Link className="underline" href={`/alerts?model=${encodeURIComponent(name)}`}>
            All alerts of this model
          </Link>
        </p>
      </div>

      {view.alerts.length > 0 && <AlertSummaryList alerts={view.alerts} />}

      <Card>
        <CardHeader>
          <CardTitle>Reference data</CardTitle>
          <CardDescription>
            {view.reference ? `${view.reference.rowCount.toLocaleString('en-US')} rows from ${view.reference.source}, sha256 ${view.reference.sha256.slice(0, 12)}…` : 'No reference yet: upload the data this version was trained or validated on.'}
          </CardDescription>
        </CardHeader>
        <CardContent className="space-y-4">
          {view.reference && <ReferenceSchema columns={view.reference.columns} rowCount={view.reference.rowCount} modelName={name} version={number} editable={editable} />}
          {editable && <TableUpload mode="reference" endpoint={monitoringEndpoints.reference(name, number)} datasets={view.datasets} />}
        </CardContent>
      </Card>

      {view.reference && (
        <Card>
          <CardHeader>
            <CardTitle>Production batches</CardTitle>
            <CardDescription>Newest first; pick one to see its report and distributions.</CardDescription>
          </CardHeader>
          <CardContent className="space-y-4">
            {view.batches.length === 0 ? (
              <p className="text-sm text-muted-fg">No batch yet. Send one from a serving pipeline (POST {monitoringEndpoints.batches(name, number)}) or upload a file here.</p>
            ) : (
              <BatchTable batches={view.batches} selectedId={view.report?.id ?? null} modelName={name} version={number} />
            )}
            {editable && <TableUpload mode="batch" endpoint={monitoringEndpoints.batches(name, number)} />}
          </CardContent>
        </Card>
      )}

      {view.report && (
        <Card>
          <CardHeader>
            <CardTitle>Batch {view.report.id}</CardTitle>
            <CardDescription>
              {view.report.driftedCount} of {view.report.columnCount} columns drifted; the dataset {view.report.datasetDrift ? 'drifted' : 'did not drift'} (threshold {Math.round(view.report.policy.datasetDriftShare * 100)}%).
            </CardDescription>
          </CardHeader>
          <CardContent className="space-y-6">
            <DriftReport report={view.report} />
            <div className="grid gap-4 md:grid-cols-2">
              {view.report.columns.map((c) => (
                <DistributionChart key={c.name} column={c.name} distribution={c.distribution} batchId={view.report!.id} />
              ))}
            </div>
            {editable && view.report.performance === null && view.hasPredictions && (
              <TableUpload mode="labels" endpoint={monitoringEndpoints.batchLabels(name, number, view.report.id)} />
            )}
          </CardContent>
        </Card>
      )}

      {view.drift.batches.length > 0 && (
        <Card>
          <CardHeader>
            <CardTitle>Drift over time</CardTitle>
            <CardDescription>Each column&apos;s statistic per batch against its threshold.</CardDescription>
          </CardHeader>
          <CardContent>
            <DriftTimelineChart timeline={view.drift} />
          </CardContent>
        </Card>
      )}

      {view.performance.metrics.length > 0 && (
        <Card>
          <CardHeader>
            <CardTitle>Performance over time</CardTitle>
            <CardDescription>Per labelled batch, against the version&apos;s own evaluation (dashed).</CardDescription>
          </CardHeader>
          <CardContent>
            <PerformanceChart timeline={view.performance} bounds={view.policy.performance} />
          </CardContent>
        </Card>
      )}

      {view.reference && (
        <Card>
          <CardHeader>
            <CardTitle>Monitoring policy</CardTitle>
            <CardDescription>For every version of {name}: methods and thresholds, critical columns, the dataset-drift share and performance bounds.</CardDescription>
          </CardHeader>
          <CardContent>
            {editable ? (
              <PolicyEditor policy={view.policy} columns={view.reference.columns} metrics={view.metrics} endpoint={monitoringEndpoints.policy(name)} />
            ) : (
              <pre className="overflow-x-auto rounded bg-muted p-3 text-xs">{JSON.stringify(view.policy, null, 2)}</pre>
            )}
          </CardContent>
        </Card>
      )}
    </div>
  );
}
