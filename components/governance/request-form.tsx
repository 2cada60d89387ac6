'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { FormStatus } from '@/components/form-status';
import { keepInputSubmit } from '@/components/keep-input-submit';
import { Button } from '@/components/ui/button';
import { Field, fieldA11y } from '@/components/ui/field';
import { NativeSelect } from '@/components/ui/native-select';
import { Textarea } from '@/components/ui/textarea';
import type { Stage } from '@/db/schema';
import { idle, type ActionResult } from '@/lib/actions/result';
import type { RequestPreview } from '@/lib/governance/requests';
import { GateList } from './gate-list';
import { formatHours } from './policy-summary';
import { requestHref } from './query-keys';

interface Props {
  preview: RequestPreview;
  stage: Stage;
  /** Whether the reader may ask (an author of the model or an admin); the server checks again. */
  canRequest: boolean;
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
}

/** Asks for a stage or a protected alias, showing beforehand what the policy asks and how each gate stands today. */
export function RequestForm({ preview, stage, canRequest, action }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const { blocker, pendingRequestId: open, protectedAliases } = preview;
  const blocked = blocker !== null || open !== null;
  return (
    <div className="space-y-4">
      <p className="text-sm">
        A request needs <strong>{preview.requiredApprovals}</strong> approval{preview.requiredApprovals === 1 ? '' : 's'} from someone other than its requester and the
        version&apos;s author, and expires after <strong>{formatHours(preview.expiryHours)}</strong>.
      </p>
      <GateList gates={preview.gates} label="Gate preview" />
      {blocker && (
        <p role="note" className="rounded-md border border-l-4 border-border border-l-warning p-3 text-sm font-medium">
          {blocker}
        </p>
      )}
      {!blocker && open !== null && (
        <p role="note" className="rounded-md border border-l-4 border-border border-l-warning p-3 text-sm font-medium">
          This version already has a pending request:{' '}
          <Link href={requestHref(open, true)} className="text-primary underline">
            request #{open}
          </Link>
          . Wait for its decision or cancel it before asking again.
        </p>
      )}
      {canRequest ? (
        <form key={open ?? 'new'} noValidate onSubmit={keepInputSubmit(formAction)}>
          <fieldset disabled={blocked || pending} className="space-y-4">
            <legend className="sr-only">Request a promotion</legend>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field id="request-stage" label="Target stage" error={errors.targetStage}>
                <NativeSelect {...fieldA11y('request-stage', errors.targetStage, { name: 'targetStage' })} defaultValue={stage === 'staging' ? 'production' : stage === 'production' ? '' : 'staging'}>
                  <option value="staging">Staging</option>
                  <option value="production">Production</option>
                  <option value="">None (only move an alias)</option>
                </NativeSelect>
              </Field>
              <Field
                id="request-alias"
                label="Protected alias"
                hint={protectedAliases.length === 0 ? 'This model has no protected aliases; an admin protects them on the model page.' : 'Optional: point this alias at the version once approved.'}
                error={errors.alias}
              >
                <NativeSelect {...fieldA11y('request-alias', errors.alias, { name: 'alias', hint: true })} defaultValue="" disabled={protectedAliases.length === 0}>
                  <option value="">No alias</option>
                  {protectedAliases.map((a) => (
                    <option key={a} value={a}>
                      @{a}
                    </option>
                  ))}
                </NativeSelect>
              </Field>
            </div>
            <Field id="request-justification" label="Justification" hint="Why this version should be promoted: what improved, what was checked. Markdown." error={errors.justification}>
              <Textarea {...fieldA11y('request-justification', errors.justification, { name: 'justification', hint: true })} rows={4} maxLength={5000} required />
            </Field>
            <Button type="submit">{pending ? 'Sending…' : 'Request promotion'}</Button>
          </fieldset>
        </form>
      ) : (
        <p className="text-sm text-muted-fg">Only the model&apos;s owner, their team or an admin can request a promotion.</p>
      )}
      <FormStatus state={state} />
    </div>
  );
}
