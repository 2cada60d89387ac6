'use client';

import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Field, fieldA11y } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { Textarea } from '@/components/ui/textarea';
import { FormStatus } from '@/components/form-status';
import type { ActionResult } from '@/lib/actions/result';

export interface ModelFormValues {
  name?: string;
  description?: string;
  taskType?: string;
  framework?: string;
  riskTier?: string;
  team?: string | null;
  tags?: string;
  ownerId?: number;
}

interface Props {
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
  defaults?: ModelFormValues;
  taskTypes: readonly string[];
  riskTiers: readonly string[];
  owners?: { id: number; name: string }[];
  nameRule: string;
  submitLabel: string;
}

export function ModelForm({ action, defaults = {}, taskTypes, riskTiers, owners, nameRule, submitLabel }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const tagErrors = Object.entries(errors).flatMap(([key, messages]) => (key === 'tags' || key.startsWith('tags.') ? messages : []));
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {defaults.name === undefined && (
        <Field id="name" label="Name" hint={nameRule} error={errors.name}>
          <Input {...fieldA11y('name', errors.name)} name="name" required maxLength={128} autoComplete="off" />
        </Field>
      )}
      <Field id="description" label="Description" hint="Markdown is supported." error={errors.description}>
        <Textarea {...fieldA11y('description', errors.description)} name="description" rows={5} defaultValue={defaults.description} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="taskType" label="Task type" error={errors.taskType}>
          <NativeSelect {...fieldA11y('taskType', errors.taskType)} name="taskType" defaultValue={defaults.taskType ?? ''} required>
            <option value="" disabled>
              Choose…
            </option>
            {taskTypes.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field id="riskTier" label="Risk tier" error={errors.riskTier}>
          <NativeSelect {...fieldA11y('riskTier', errors.riskTier)} name="riskTier" defaultValue={defaults.riskTier ?? 'medium'}>
            {riskTiers.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field id="framework" label="Framework" hint="e.g. scikit-learn, PyTorch, mljs" error={errors.framework}>
          <Input {...fieldA11y('framework', errors.framework)} name="framework" defaultValue={defaults.framework} maxLength={64} />
        </Field>
        <Field id="team" label="Team" hint="Defaults to your team." error={errors.team}>
          <Input {...fieldA11y('team', errors.team)} name="team" defaultValue={defaults.team ?? ''} maxLength={64} />
        </Field>
        {owners && (
          <Field id="ownerId" label="Owner" error={errors.ownerId}>
            <NativeSelect {...fieldA11y('ownerId', errors.ownerId)} name="ownerId" defaultValue={String(defaults.ownerId ?? '')}>
              {owners.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
            </NativeSelect>
          </Field>
        )}
      </div>
      <Field id="tags" label="Tags" hint="key=value or key, separated by commas." error={tagErrors}>
        <Input {...fieldA11y('tags', tagErrors)} name="tags" defaultValue={defaults.tags} />
      </Field>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : submitLabel}
      </Button>
    </form>
  );
}
