import { ActionButton } from '@/components/action-button';
import { RelativeTime } from '@/components/relative-time';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ActionResult } from '@/lib/actions/result';
import type { DeliveryDto } from '@/lib/webhooks/dto';
import { DeliveryStatusBadge, dueIn } from './delivery-status';

const when = (ms: number | null) => (ms === null ? '–' : <RelativeTime ms={ms} />);

interface Props {
  deliveries: DeliveryDto[];
  redeliver: (deliveryId: string) => Promise<ActionResult>;
}

export function DeliveryLog({ deliveries, redeliver }: Props) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Event</TableHead>
          <TableHead>Delivery id</TableHead>
          <TableHead>Status</TableHead>
          <TableHead>Attempts</TableHead>
          <TableHead>Response</TableHead>
          <TableHead>Last error</TableHead>
          <TableHead>Next attempt</TableHead>
          <TableHead>Created</TableHead>
          <TableHead>Last attempt</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {deliveries.map((d) => (
          <TableRow key={d.id} data-testid={`delivery-${d.id}`}>
            <TableCell>
              <code className="text-xs">{d.eventType}</code>
            </TableCell>
            <TableCell className="font-mono text-xs break-all">{d.id}</TableCell>
            <TableCell>
              <DeliveryStatusBadge status={d.status} />
            </TableCell>
            <TableCell>{d.attempts}</TableCell>
            <TableCell className="font-mono text-xs whitespace-nowrap">
              {d.lastStatusCode === null ? '–' : `HTTP ${d.lastStatusCode}`}
              {d.responseMs !== null && <span className="text-muted-fg"> · {d.responseMs} ms</span>}
            </TableCell>
            <TableCell className="max-w-xs text-xs break-words">{d.lastError ?? '–'}</TableCell>
            <TableCell className="whitespace-nowrap">{d.nextAttemptAt === null ? '–' : <time dateTime={new Date(d.nextAttemptAt).toISOString()}>{dueIn(d.nextAttemptAt)}</time>}</TableCell>
            <TableCell className="whitespace-nowrap">{when(d.createdAt)}</TableCell>
            <TableCell className="whitespace-nowrap">{when(d.lastAttemptAt)}</TableCell>
            <TableCell>
              {d.status === 'failed' && <ActionButton action={redeliver.bind(null, d.id)} label="Redeliver" pendingLabel="Queuing…" size="sm" />}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
