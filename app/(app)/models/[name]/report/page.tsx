import type { Metadata } from 'next';
import Link from 'next/link';
import { ModelCardView } from '@/components/models/model-card-view';
import { PrintButton } from '@/components/reports/print-button';
import { ReportSection } from '@/components/reports/report-section';
import { ReportTable } from '@/components/reports/report-table';
import { pageData, routeParam } from '@/lib/actions/page-data';
import { requireActor } from '@/lib/auth/session';
import { formatUtcMinute } from '@/lib/format-utc';
import { getModelReport } from '@/lib/reports/model-report';

export async function generateMetadata({ params }: PageProps<'/models/[name]/report'>): Promise<Metadata> {
  return { title: `${routeParam((await params).name)} · report` };
}

const when = (ms: number | null) => (ms === null ? '—' : formatUtcMinute(ms));
const number = (n: number) => (Number.isInteger(n) ? String(n) : n.toPrecision(4));

/** The model's record on one printable page: card, versions, production health, approvals and stage history. */
export default async function ModelReportPage({ params }: PageProps<'/models/[name]/report'>) {
  const actor = await requireActor();
  const name = routeParam((await params).name);
  const report = pageData(() => getModelReport(actor, name));
  const { model, production } = report;
  const latest = production?.batches[0];
  return (
    <article className="mx-auto max-w-4xl space-y-8 print:max-w-none">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <p className="text-sm text-muted-fg print:hidden">
            <Link href={`/models/${encodeURIComponent(model.name)}`} className="text-primary hover:underline">
              Back to {model.name}
            </Link>
          </p>
          <h1 className="text-2xl font-semibold tracking-tight">Model report: {model.name}</h1>
          <p className="text-sm text-muted-fg">
            {model.taskType} · {model.riskTier} risk · owned by {model.ownerName}
            {model.team && ` (team ${model.team})`} · generated {when(report.generatedAt)} for {actor.name}
          </p>
          {model.retirement && <p className="text-sm font-medium">Retired {when(model.retirement.at)}: {model.retirement.reason}</p>}
        </div>
        <PrintButton />
      </header>

      <ReportSection title="Production">
        {production ? (
          <div className="space-y-3 text-sm">
            <p>
              Version {production.detail.version}, registered {when(production.detail.createdAt)} by {production.detail.createdBy}
              {production.detail.code.commit && `, code ${production.detail.code.commit.slice(0, 12)}`}.
            </p>
            <ReportTable
              caption="Evaluation metrics of the production version"
              head={['Metric', 'Evaluation value']}
              rows={(production.detail.run?.metrics ?? []).map((m) => [m.key, number(m.value)])}
            />
            <p>
              Monitoring:{' '}
              {latest
                ? `${production.batches.length} batches; the latest (${when(latest.observedAt)}) drifted in ${latest.driftedCount} of ${latest.columnCount} columns${latest.datasetDrift ? ', dataset drift' : ''}.`
                : 'no production batch received yet.'}{' '}
              {production.alerts.length === 0 ? 'No unresolved alert.' : `${production.alerts.length} unresolved alert(s): ${production.alerts.map((a) => a.message).join(' ')}`}
            </p>
          </div>
        ) : (
          <p className="text-sm">No version of this model is in production.</p>
        )}
      </ReportSection>

      {production && (
        <ReportSection title={`Model card of version ${production.detail.version} (${production.card.completeness.filled} of ${production.card.completeness.total} sections)`}>
          <ModelCardView sections={production.card.sections} />
        </ReportSection>
      )}

      <ReportSection title="Versions">
        <ReportTable
          caption="Every version of the model"
          head={['Version', 'Stage', 'Registered', 'By', 'Aliases', ...report.versions.keyMetrics]}
          rows={report.versions.rows.map((v) => [
            `v${v.version}`,
            v.stage,
            when(v.createdAt),
            v.createdBy,
            v.aliases.map((a) => `@${a}`).join(' ') || '—',
            ...report.versions.keyMetrics.map((k) => (v.metrics[k] === undefined ? '—' : number(v.metrics[k]))),
          ])}
        />
      </ReportSection>

      <ReportSection title="Approval history">
        {report.requests.length === 0 ? (
          <p className="text-sm">No promotion request yet.</p>
        ) : (
          <ReportTable
            caption="Promotion requests, newest first"
            head={['Request', 'Asked', 'By', 'Made', 'Outcome', 'Reviews']}
            rows={report.requests.map((r) => [
              `#${r.id} v${r.version}`,
              [r.targetStage, r.alias && `@${r.alias}`].filter(Boolean).join(' + '),
              r.requester,
              when(r.createdAt),
              `${r.status}${r.decidedAt ? ` ${when(r.decidedAt)}` : ''} (${r.approvals} of ${r.requiredApprovals})`,
              r.reviews.map((v) => `${v.reviewer}: ${v.decision}${v.comment ? ` (“${v.comment}”)` : ''}`).join('; ') || '—',
            ])}
          />
        )}
      </ReportSection>

      <ReportSection title="Stage history">
        <ReportTable
          caption="Stage changes, newest first"
          head={['When', 'Version', 'From', 'To', 'Cause', 'By', 'Reason']}
          rows={report.history.map((t) => [when(t.at), `v${t.version}`, t.from, t.to, t.requestId ? `${t.cause} #${t.requestId}` : t.cause, t.actor ?? '—', t.reason || '—'])}
        />
      </ReportSection>
    </article>
  );
}
