'use client';

import { X } from 'lucide-react';
import { useActionState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Field, fieldA11y } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { FormStatus } from '@/components/form-status';
import type { ActionResult } from '@/lib/actions/result';

interface Props {
  aliases: { alias: string; version: number }[];
  versions: number[];
  canEdit: boolean;
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
}

export function AliasManager({ aliases, versions, canEdit, action }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  return (
    <div className="space-y-4">
      {aliases.length === 0 ? (
        <p className="text-sm text-muted-fg">No aliases yet. An alias such as @champion gives a stable name to one version.</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label="Aliases">
          {aliases.map((a) => (
            <li key={a.alias} className="flex items-center gap-1">
              <Badge variant="secondary">
                @{a.alias} → v{a.version}
              </Badge>
              {canEdit && (
                <form action={formAction}>
                  <input type="hidden" name="alias" value={a.alias} />
                  <Button type="submit" name="intent" value="delete" variant="ghost" size="icon" aria-label={`Remove alias ${a.alias}`} disabled={pending}>
                    <X className="size-3.5" aria-hidden />
                  </Button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && versions.length > 0 && (
        <form action={formAction} className="flex flex-wrap items-start gap-3">
          <Field id="alias" label="Alias" error={errors.alias}>
            <Input {...fieldA11y('alias', errors.alias)} name="alias" placeholder="champion" maxLength={64} className="w-40" />
          </Field>
          <Field id="alias-version" label="Version" error={errors.version}>
            <NativeSelect {...fieldA11y('alias-version', errors.version)} name="version" className="w-32">
              {versions.map((v) => (
                <option key={v} value={v}>
                  Version {v}
                </option>
              ))}
            </NativeSelect>
          </Field>
          <Button type="submit" name="intent" value="set" className="mt-6" disabled={pending}>
            Set alias
          </Button>
        </form>
      )}
      <FormStatus state={state} />
    </div>
  );
}
