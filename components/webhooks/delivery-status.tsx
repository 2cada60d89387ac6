import { Badge } from '@/components/ui/badge';
import type { DeliveryStatus } from '@/db/schema';
import { ALL_EVENTS } from '@/lib/webhooks/events';

const VARIANT = { succeeded: 'success', failed: 'danger', pending: 'warning', sending: 'secondary' } as const;

export function DeliveryStatusBadge({ status }: { status: DeliveryStatus }) {
  return <Badge variant={VARIANT[status]}>{status}</Badge>;
}

/** "All events", or the chosen types. */
export function eventSummary(events: string[]): string {
  return events.includes(ALL_EVENTS) ? 'All events' : events.join(', ');
}

/** "in 8 s", "in 5 min": when the next try is due, as of this render (the log refreshes while it is near). */
export function dueIn(ms: number, now = Date.now()): string {
  const seconds = Math.round((ms - now) / 1000);
  if (seconds <= 0) return 'due now';
  if (seconds < 60) return `in ${seconds} s`;
  if (seconds < 3600) return `in ${Math.round(seconds / 60)} min`;
  return `in ${Math.round(seconds / 3600)} h`;
}
