'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/form-status';
import { keepInputSubmit } from '@/components/keep-input-submit';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Field, fieldA11y } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { idle, type ActionResult } from '@/lib/actions/result';

interface Props {
  aliases: string[];
  /** Where each alias of the model points now. */
  targets: Record<string, number>;
  /** Admins protect and release; everyone else reads the list. */
  canManage: boolean;
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
}

/** Aliases that move only through an approved promotion request, with the admin's protect and release controls. */
export function ProtectedAliasesForm({ aliases, targets, canManage, action }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const error = state.ok ? undefined : state.fieldErrors?.alias;
  return (
    <div className="space-y-4">
      {aliases.length === 0 ? (
        <p className="text-sm text-muted-fg">No alias is protected: anyone who may edit the model moves them directly.</p>
      ) : (
        <ul className="space-y-2" aria-label="Protected aliases">
          {aliases.map((alias) => (
            <li key={alias} className="flex flex-wrap items-center gap-2 text-sm">
              <Badge variant="secondary">@{alias}</Badge>
              <span className="text-muted-fg">{targets[alias] === undefined ? 'not set yet' : `→ version ${targets[alias]}`}</span>
              {canManage && (
                <form action={formAction}>
                  <input type="hidden" name="alias" value={alias} />
                  <Button type="submit" name="intent" value="release" variant="outline" size="sm" disabled={pending} aria-label={`Release @${alias}`}>
                    Release
                  </Button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <form key={aliases.join(',')} noValidate onSubmit={keepInputSubmit(formAction)} className="flex flex-wrap items-start gap-3">
          <input type="hidden" name="intent" value="protect" />
          <Field id="protect-alias" label="Alias to protect" hint="It need not point anywhere yet." error={error}>
            <Input {...fieldA11y('protect-alias', error, { name: 'alias', hint: true })} placeholder="champion" maxLength={64} className="w-48" />
          </Field>
          <Button type="submit" className="mt-6" disabled={pending}>
            Protect
          </Button>
        </form>
      )}
      <FormStatus state={state} />
    </div>
  );
}
