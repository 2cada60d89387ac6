'use client';

import Form from 'next/form';
import Link from 'next/link';
import { useRef, useState } from 'react';
import { Button, buttonVariants } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import type { AlertFilters } from '@/lib/monitoring/types';
import { KIND_LABELS, SEVERITY_LABELS, STATUS_LABELS } from './alert-badges';
import { ALERTS_PAGE, ANY_STATUS, KINDS, SEVERITIES, STATUS_FILTERS, alertsPagePath } from './query-keys';

interface Option {
  value: string;
  label: string;
}

/**
 * A GET form, so every view of the list is a URL that works without JavaScript; with it, next/form
 * navigates on the client and the selects apply as soon as they change.
 */
export function AlertFiltersForm({ filters }: { filters: AlertFilters }) {
  const form = useRef<HTMLFormElement>(null);
  const initial = { status: filters.status ?? ANY_STATUS, severity: filters.severity ?? '', kind: filters.kind ?? '', model: filters.model ?? '' };
  const [values, setValues] = useState(initial);
  // Controlled, and reset when a navigation (Reset, Back) brings other filters: remounting instead would drop the focus.
  const [shownFor, setShownFor] = useState(alertsPagePath(filters));
  if (shownFor !== alertsPagePath(filters)) {
    setShownFor(alertsPagePath(filters));
    setValues(initial);
  }
  const select = (name: 'status' | 'severity' | 'kind', label: string, options: Option[]) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`alert-filter-${name}`} className="text-xs font-medium text-muted-fg">
        {label}
      </label>
      <NativeSelect
        id={`alert-filter-${name}`}
        name={name}
        value={values[name]}
        onChange={(e) => {
          setValues({ ...values, [name]: e.target.value });
          form.current?.requestSubmit();
        }}
        className="min-w-40"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
  return (
    <Form ref={form} action={ALERTS_PAGE} role="search" aria-label="Filter alerts" className="flex flex-wrap items-end gap-3">
      {select('status', 'Status', [...STATUS_FILTERS.map((s) => ({ value: s, label: STATUS_LABELS[s] })), { value: ANY_STATUS, label: 'Any status' }])}
      {select('severity', 'Severity', [{ value: '', label: 'Any severity' }, ...SEVERITIES.map((s) => ({ value: s, label: SEVERITY_LABELS[s] }))])}
      {select('kind', 'Kind', [{ value: '', label: 'Any kind' }, ...KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))])}
      <div className="flex min-w-56 flex-col gap-1">
        <label htmlFor="alert-filter-model" className="text-xs font-medium text-muted-fg">
          Model name
        </label>
        <Input id="alert-filter-model" type="search" name="model" value={values.model} onChange={(e) => setValues({ ...values, model: e.target.value })} placeholder="Exact name" />
      </div>
      <div className="flex gap-2">
        <Button type="submit">Apply</Button>
        <Link href={ALERTS_PAGE} className={buttonVariants({ variant: 'ghost' })}>
          Reset
        </Link>
      </div>
    </Form>
  );
}
