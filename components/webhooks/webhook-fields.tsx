'use client';

import { useState } from 'react';
import { Field, fieldA11y } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import type { FieldErrors } from '@/lib/errors';
import { ALL_EVENTS, EVENT_TYPES } from '@/lib/webhooks/events';

export interface WebhookValues {
  url: string;
  description: string;
  events: string[];
  active: boolean;
}

const EMPTY: WebhookValues = { url: '', description: '', events: [ALL_EVENTS], active: true };

/** zod reports a bad list item as `events.3`; the form shows all of them under the one fieldset. */
function eventErrors(errors: FieldErrors): string {
  return Object.entries(errors)
    .filter(([key]) => key === 'events' || key.startsWith('events.'))
    .flatMap(([, messages]) => messages)
    .join(' ');
}

/** URL, description, events and the active switch, shared by the create and edit forms. */
export function WebhookFields({ prefix, errors, values = EMPTY }: { prefix: string; errors: FieldErrors; values?: WebhookValues }) {
  const [all, setAll] = useState(values.events.includes(ALL_EVENTS));
  const eventError = eventErrors(errors);
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <div className="grid gap-4">
      <Field id={id('url')} label="Payload URL" hint="Where Modelboard POSTs the events: http:// or https://." error={errors.url}>
        <Input {...fieldA11y(id('url'), errors.url, { name: 'url', hint: true })} type="url" inputMode="url" defaultValue={values.url} placeholder="https://ci.example.com/hooks/modelboard" />
      </Field>
      <Field id={id('description')} label="Description" hint="Optional: who owns the receiver, what it does." error={errors.description}>
        <Input {...fieldA11y(id('description'), errors.description, { name: 'description', hint: true })} defaultValue={values.description} maxLength={500} />
      </Field>
      <fieldset className="grid gap-2" aria-describedby={`${id('events')}-error`} aria-invalid={eventError !== '' || undefined}>
        <legend className="mb-1 text-sm font-medium">Events</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="events" value={ALL_EVENTS} checked={all} onChange={(e) => setAll(e.target.checked)} className="size-4 accent-primary" />
          All events, including ones added later
        </label>
        {/* Hidden, not unmounted, so the single choices come back when "all events" is unticked; disabled ones are not submitted. */}
        <div hidden={all} className="grid gap-1.5 pl-6 sm:grid-cols-2 lg:grid-cols-3">
          {EVENT_TYPES.map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="events" value={type} defaultChecked={values.events.includes(type)} disabled={all} className="size-4 accent-primary" />
              <code className="text-xs">{type}</code>
            </label>
          ))}
        </div>
        <p id={`${id('events')}-error`} aria-live="polite" className="text-sm font-medium text-danger">
          {eventError}
        </p>
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" value="true" defaultChecked={values.active} className="size-4 accent-primary" />
        Active: send deliveries to this URL
      </label>
    </div>
  );
}
