import type { Metadata } from 'next';
import { AlertsTable } from '@/components/alerts/alerts-table';
import { alertFiltersFrom } from '@/components/alerts/query-keys';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/session';
import { pageData } from '@/lib/actions/page-data';
import { alertCounts, listAlerts } from '@/lib/monitoring/alert-queries';

export const metadata: Metadata = { title: 'Alerts' };

export default async function AlertsPage({ searchParams }: PageProps<'/alerts'>) {
  const actor = await requireActor();
  const filters = alertFiltersFrom(await searchParams);
  const initial = pageData(() => ({ alerts: listAlerts(actor, filters), counts: alertCounts(actor) }));
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Alerts</h1>
        <p className="text-sm text-muted-fg">Raised by production batches: dataset drift, drift in a critical column, and performance outside the policy&apos;s bounds.</p>
      </div>
      <AlertsTable filters={filters} initial={initial} canTriage={can(actor.role, 'alert:triage')} />
    </div>
  );
}
