'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormStatus } from '@/components/form-status';
import { keepInputSubmit } from '@/components/keep-input-submit';
import { Button } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';
import { SecretReveal } from './secret-reveal';
import { WebhookFields } from './webhook-fields';

type Created = { id: number; secret: string };

export function CreateWebhookForm({ action }: { action: (prev: ActionResult<Created>, formData: FormData) => Promise<ActionResult<Created>> }) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const created = state.ok ? state.data : undefined;
  return (
    <div className="space-y-4">
      <form
        noValidate
        className="space-y-4"
        onSubmit={keepInputSubmit(formAction)}
      >
        {/* A new key after each webhook clears the fields for the next one. */}
        <WebhookFields key={created?.id ?? 'new'} prefix="new-webhook" errors={errors} />
        <Button type="submit" disabled={pending}>
          {pending ? 'Adding…' : 'Add webhook'}
        </Button>
      </form>
      <FormStatus state={state} />
      {created && (
        <div className="space-y-3 rounded-md border border-border p-4">
          <SecretReveal secret={created.secret} />
          <Link href={`/admin/webhooks/${created.id}`} className="text-sm font-medium text-primary underline-offset-4 hover:underline">
            Open the webhook to send a test event
          </Link>
        </div>
      )}
    </div>
  );
}
