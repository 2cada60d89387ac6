import type { Metadata } from 'next';
import { ActionButton } from '@/components/action-button';
import { AutoRefresh } from '@/components/auto-refresh';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { ConfirmDeleteDialog } from '@/components/confirm-delete-dialog';
import { RelativeTime } from '@/components/relative-time';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { DeliveryLog } from '@/components/webhooks/delivery-log';
import { eventSummary } from '@/components/webhooks/delivery-status';
import { EditWebhookForm } from '@/components/webhooks/edit-webhook-form';
import { RotateSecretDialog } from '@/components/webhooks/rotate-secret-dialog';
import { WebhookActiveBadge } from '@/components/webhooks/webhook-active-badge';
import { pageData } from '@/lib/actions/page-data';
import { requireActor } from '@/lib/auth/session';
import { deliveryDueSoon } from '@/lib/webhooks/dto';
import { getWebhook, listDeliveries } from '@/lib/webhooks/queries';
import { deleteWebhookAction, redeliverAction, rotateSecretAction, sendTestEventAction, updateWebhookAction } from '../actions';

export const metadata: Metadata = { title: 'Webhook' };

export default async function WebhookPage({ params }: PageProps<'/admin/webhooks/[id]'>) {
  const actor = await requireActor();
  const rawId = (await params).id;
  const { webhook, deliveries } = pageData(() => {
    const webhook = getWebhook(actor, rawId);
    return { webhook, deliveries: listDeliveries(actor, webhook.id) };
  });
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <Breadcrumbs trail={[{ href: '/admin/webhooks', label: 'Webhooks' }]} current={`Webhook ${webhook.id}`} />
        <h1 className="text-2xl font-semibold tracking-tight break-all">{webhook.url}</h1>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <WebhookActiveBadge active={webhook.active} />
          <span className="text-muted-fg">{eventSummary(webhook.events)}</span>
        </div>
        {webhook.description && <p className="text-sm text-muted-fg">{webhook.description}</p>}
      </div>
      <Card>
        <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
          <div className="grid gap-1.5">
            <CardTitle>Deliveries</CardTitle>
            <CardDescription>The latest 100, newest first. Each retry keeps its delivery id, so the receiver can ignore repeats.</CardDescription>
          </div>
          <ActionButton action={sendTestEventAction.bind(null, webhook.id)} label="Send test event" pendingLabel="Queuing…" />
        </CardHeader>
        <CardContent>
          <AutoRefresh active={deliveryDueSoon(deliveries)} />
          {deliveries.length === 0 ? (
            <EmptyState
              title="Nothing delivered yet"
              description="Press “Send test event” to check that the receiver answers with 2xx, or change a model: each event this webhook subscribes to shows up here."
            />
          ) : (
            <DeliveryLog deliveries={deliveries} redeliver={redeliverAction.bind(null, webhook.id)} />
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Settings</CardTitle>
        </CardHeader>
        <CardContent>
          <EditWebhookForm values={webhook} action={updateWebhookAction.bind(null, webhook.id)} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Signing secret</CardTitle>
          <CardDescription>
            Every delivery carries <code>Modelboard-Webhook-Signature: v1=…</code>, an HMAC-SHA256 of the delivery id, timestamp and body with this secret.{' '}
            {webhook.secretRotatedAt ? (
              <>
                Last rotated <RelativeTime ms={webhook.secretRotatedAt} />.
              </>
            ) : (
              'Never rotated.'
            )}
          </CardDescription>
        </CardHeader>
        <CardContent>
          <RotateSecretDialog rotate={rotateSecretAction.bind(null, webhook.id)} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Delete</CardTitle>
          <CardDescription>Removes the webhook and its delivery log; deliveries still waiting are dropped.</CardDescription>
        </CardHeader>
        <CardContent>
          <ConfirmDeleteDialog
            label="Delete webhook"
            title="Delete this webhook?"
            description={`Modelboard stops sending events to ${webhook.url}. The audit log keeps a record.`}
            confirmText="delete"
            action={deleteWebhookAction.bind(null, webhook.id)}
          />
        </CardContent>
      </Card>
    </div>
  );
}
