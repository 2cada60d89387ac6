import Link from 'next/link';
import { AlertStatusBadge, KIND_LABELS, SeverityBadge } from '@/components/alerts/alert-badges';
import { alertsPagePath } from '@/components/alerts/query-keys';
import { RelativeTime } from '@/components/relative-time';
import type { AlertSummary } from '@/lib/monitoring/types';

/** The version's unresolved alerts, at the top of its monitoring page; triage happens on the alerts page. */
export function AlertSummaryList({ alerts }: { alerts: AlertSummary[] }) {
  return (
    <section aria-labelledby="version-alerts" className="rounded-lg border border-border bg-card p-4">
      <h2 id="version-alerts" className="mb-3 font-semibold">
        {alerts.length} unresolved {alerts.length === 1 ? 'alert' : 'alerts'}
      </h2>
      <ul className="space-y-2 text-sm">
        {alerts.map((a) => (
          <li key={a.id} className="flex flex-wrap items-center gap-2">
            <SeverityBadge severity={a.severity} />
            <AlertStatusBadge status={a.status} />
            <span className="font-medium">{KIND_LABELS[a.kind]}</span>
            <span>{a.message}</span>
            <span className="text-muted-fg">
              ×{a.occurrences}, last <RelativeTime ms={a.lastSeenAt} />
            </span>
          </li>
        ))}
      </ul>
      <Link className="mt-3 inline-block text-sm underline" href={alertsPagePath({ model: alerts[0]?.modelName, status: 'unresolved' })}>
        Acknowledge or resolve on the alerts page
      </Link>
    </section>
  );
}
