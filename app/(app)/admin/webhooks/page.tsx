import type { Metadata } from 'next';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { CreateWebhookForm } from '@/components/webhooks/create-webhook-form';
import { WebhookTable } from '@/components/webhooks/webhook-table';
import { pageData } from '@/lib/actions/page-data';
import { requireActor } from '@/lib/auth/session';
import { listWebhooks } from '@/lib/webhooks/queries';
import { createWebhookAction } from './actions';

export const metadata: Metadata = { title: 'Webhooks' };

export default async function WebhooksPage() {
  const actor = await requireActor();
  const webhooks = pageData(() => listWebhooks(actor));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Webhooks</h1>
      <Card>
        <CardHeader>
          <CardTitle>Add a webhook</CardTitle>
          <CardDescription>
            Modelboard POSTs a signed JSON event to this URL after each change you pick, and retries with backoff until the receiver answers 2xx.
          </CardDescription>
        </CardHeader>
        <CardContent>
          <CreateWebhookForm action={createWebhookAction} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Endpoints ({webhooks.length})</CardTitle>
        </CardHeader>
        <CardContent>
          {webhooks.length === 0 ? (
            <EmptyState
              title="No webhooks yet"
              description="Add one above with the URL of the service that should hear about model changes, such as a CI pipeline or a chat bot."
            />
          ) : (
            <WebhookTable webhooks={webhooks} />
          )}
        </CardContent>
      </Card>
    </div>
  );
}
