'use client';

import { useActionState } from 'react';
import { CompletenessMeter } from '@/components/models/completeness-meter';
import { Button } from '@/components/ui/button';
import { Field, fieldA11y } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import { FormStatus } from '@/components/form-status';
import type { ActionResult } from '@/lib/actions/result';
import { CARD_SECTION_INFO, MODEL_CARD_SECTIONS, completeness, type ModelCardSections } from '@/lib/registry/card-sections';

interface Props {
  sections: ModelCardSections;
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
}

export function ModelCardEditor({ sections, action }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  return (
    <form action={formAction} className="space-y-5">
      <CompletenessMeter completeness={completeness(sections)} />
      <div className="grid gap-4 md:grid-cols-2">
        {MODEL_CARD_SECTIONS.map((key) => (
          <Field key={key} id={`card-${key}`} label={CARD_SECTION_INFO[key].title} hint={CARD_SECTION_INFO[key].hint} error={errors[key]}>
            <Textarea {...fieldA11y(`card-${key}`, errors[key], { name: key, hint: true })} defaultValue={sections[key]} rows={5} />
          </Field>
        ))}
      </div>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : 'Save model card'}
      </Button>
    </form>
  );
}
