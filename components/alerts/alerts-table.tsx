'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { AlertCounts, AlertFilters } from '@/lib/monitoring/types';
import { AlertFiltersForm } from './alert-filters';
import { AlertRow } from './alert-row';
import { fetchAlerts, type AlertList } from './alerts-api';
import { ALERTS_PAGE, alertKeys } from './query-keys';

interface Props {
  /** The filters of the page's URL: `alertFiltersFrom(await searchParams)`. */
  filters: AlertFilters;
  /** The server's list for those filters, shown before the first poll. */
  initial: AlertList;
  /** Whether the reader may acknowledge, resolve and request retraining; the server checks again. */
  canTriage: boolean;
}

const POLL_MS = 10_000;

const countsText = (counts: AlertCounts) =>
  `${counts.open} open, ${counts.acknowledged} acknowledged${counts.critical > 0 ? `, ${counts.critical} of them critical` : ''}.`;

/** The alerts that match the URL's filters, polled while the page is visible, with the triage actions. */
export function AlertsTable({ filters, initial, canTriage }: Props) {
  const query = useQuery({
    queryKey: alertKeys.list(filters),
    queryFn: () => fetchAlerts(filters),
    initialData: initial,
    refetchInterval: POLL_MS,
  });
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const { alerts, counts } = query.data;
  const filtered = filters.status !== 'unresolved' || Boolean(filters.severity || filters.kind || filters.model);

  const done = (message: string) => {
    setNotice(message);
    noticeRef.current?.focus();
  };

  return (
    <div className="space-y-4">
      <AlertFiltersForm filters={filters} />
      <p className="text-sm text-muted-fg">Unresolved: {countsText(counts)}</p>
      <p ref={noticeRef} tabIndex={-1} role="status" className="text-sm font-medium outline-none empty:hidden focus-visible:outline-2 focus-visible:outline-ring">
        {notice}
      </p>
      {query.isError && (
        <Alert variant="warning" title="Could not refresh the alerts">
          {query.error.message} The list below may be out of date; it retries every {POLL_MS / 1000} seconds.
        </Alert>
      )}
      {alerts.length === 0 ? (
        <EmptyState
          title={filtered ? 'No alerts match these filters' : 'No unresolved alerts'}
          description={
            filtered
              ? 'Widen the filters, or show every unresolved alert.'
              : "Every monitored model is within its policy. An alert opens when an uploaded batch drifts or its labels show performance outside the policy's bounds; set them on a model's monitoring page."
          }
          action={
            filtered ? (
              <Link href={ALERTS_PAGE} className={buttonVariants({ variant: 'outline' })}>
                Show unresolved alerts
              </Link>
            ) : undefined
          }
        />
      ) : (
        <Table aria-busy={query.isFetching} aria-label="Alerts">
          <TableHeader>
            <TableRow>
              <TableHead>Alert</TableHead>
              <TableHead>Model</TableHead>
              <TableHead>Severity</TableHead>
              <TableHead>Status</TableHead>
              <TableHead>Seen</TableHead>
              {canTriage && <TableHead>Actions</TableHead>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {alerts.map((alert) => (
              <AlertRow key={alert.id} alert={alert} canTriage={canTriage} onDone={done} />
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
