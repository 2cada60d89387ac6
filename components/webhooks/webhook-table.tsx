import Link from 'next/link';
import { RelativeTime } from '@/components/relative-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { WebhookDto } from '@/lib/webhooks/dto';
import { DeliveryStatusBadge, eventSummary } from './delivery-status';
import { WebhookActiveBadge } from './webhook-active-badge';

export function WebhookTable({ webhooks }: { webhooks: WebhookDto[] }) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>URL</TableHead>
          <TableHead>Events</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Last delivery</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {webhooks.map((w) => (
          <TableRow key={w.id} data-testid={`webhook-${w.id}`}>
            <TableCell className="max-w-sm">
              <Link href={`/admin/webhooks/${w.id}`} className="font-medium break-all text-primary underline-offset-4 hover:underline">
                {w.url}
              </Link>
              {w.description && <p className="text-xs text-muted-fg">{w.description}</p>}
            </TableCell>
            <TableCell className="max-w-xs text-xs">{eventSummary(w.events)}</TableCell>
            <TableCell>
              <WebhookActiveBadge active={w.active} />
            </TableCell>
            <TableCell>
              {w.lastDelivery ? (
                <span className="flex flex-wrap items-center gap-2 text-sm">
                  <DeliveryStatusBadge status={w.lastDelivery.status} />
                  {w.lastDelivery.statusCode !== null && <span className="font-mono text-xs">HTTP {w.lastDelivery.statusCode}</span>}
                  <RelativeTime ms={w.lastDelivery.at} />
                </span>
              ) : (
                <span className="text-sm text-muted-fg">none yet</span>
              )}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
