'use client';

import { useQuery } from '@tanstack/react-query';
import { cn } from '@/components/ui/cn';
import type { AlertCounts } from '@/lib/monitoring/types';
import { fetchAlertCounts } from './alerts-api';
import { alertKeys } from './query-keys';

const POLL_MS = 15_000;

/**
 * How many alerts are unresolved, next to the Alerts link: red when any is critical, hidden at zero.
 * The number is for the eye; screen readers hear the sentence (inside the link, it becomes part of its name).
 */
export function AlertsNavBadge({ initial, className }: { initial: AlertCounts; className?: string }) {
  const { data } = useQuery({ queryKey: alertKeys.counts, queryFn: fetchAlertCounts, initialData: initial, refetchInterval: POLL_MS });
  const unresolved = data.open + data.acknowledged;
  if (unresolved === 0) return null;
  const critical = data.critical > 0;
  return (
    <span
      data-testid="alerts-nav-badge"
      className={cn(
        'inline-flex min-w-5 items-center justify-center rounded-full px-1.5 text-xs leading-5 font-semibold tabular-nums',
        critical ? 'bg-danger text-danger-fg' : 'bg-muted-fg text-bg',
        className,
      )}
    >
      <span aria-hidden>{unresolved > 99 ? '99+' : unresolved}</span>
      <span className="sr-only">
        {unresolved} unresolved alert{unresolved === 1 ? '' : 's'}
        {critical ? `, ${data.critical} critical` : ''}
      </span>
    </span>
  );
}
