'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type FormEvent, type ReactNode } from 'react';
import { showToast } from '@/components/toast/store';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, fieldA11y } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import type { MonitoringPolicy } from '@/lib/monitoring/policy';
import type { ColumnKindName, ReferenceColumnInfo } from '@/lib/monitoring/types';
import { FieldMessage, MethodFields } from './method-fields';
import { PolicyColumnsTable } from './policy-columns-table';
import { draftOf, methodsFor, placedErrorKeys, policyOf, type MethodDraft, type PolicyDraft } from './policy-draft';
import { PolicyPerformanceTable } from './policy-performance-table';
import { ApiError, messageOf, requestJson, type FieldErrors } from './request';

interface Props {
  policy: MonitoringPolicy;
  /** The current reference's columns: the form offers an override for each. */
  columns: ReferenceColumnInfo[];
  /** Metrics that can be bounded, e.g. those the version logged in its evaluation. */
  metrics: string[];
  /** From `monitoringEndpoints.policy`. */
  endpoint: string;
}

const KINDS: ColumnKindName[] = ['numeric', 'categorical'];

function Section({ legend, description, children }: { legend: string; description: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-3">
      <legend className="font-medium">{legend}</legend>
      <p className="text-sm text-muted-fg">{description}</p>
      {children}
    </fieldset>
  );
}

/** The model's monitoring policy as a form, saved whole with PUT; the server's field errors land next to their fields. */
export function PolicyEditor({ policy, columns, metrics, endpoint }: Props) {
  const router = useRouter();
  const id = useId();
  const [draft, setDraft] = useState<PolicyDraft>(() => draftOf(policy, columns, metrics));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const placed = placedErrorKeys(draft);
  const otherErrors = Object.entries(errors).filter(([key]) => !placed.has(key) && !key.startsWith('critical.'));
  const criticalError = Object.entries(errors).flatMap(([key, messages]) => (key.startsWith('critical') ? messages : [])).join(' ');

  const setType = (kind: ColumnKindName, next: MethodDraft) => setDraft((d) => ({ ...d, types: { ...d.types, [kind]: next } }));
  const setColumn = (name: string, next: MethodDraft) => setDraft((d) => ({ ...d, columns: { ...d.columns, [name]: next } }));
  const setCritical = (name: string, on: boolean) => setDraft((d) => ({ ...d, critical: on ? [...d.critical, name] : d.critical.filter((c) => c !== name) }));
  const setBound = (metric: string, bound: 'min' | 'max', value: string) =>
    setDraft((d) => ({ ...d, performance: { ...d.performance, [metric]: { min: '', max: '', ...d.performance[metric], [bound]: value } } }));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { policy: next, errors: local } = policyOf(draft, policy);
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setRefusal('Some fields need attention.');
      return;
    }
    startTransition(async () => {
      try {
        await requestJson(endpoint, { method: 'PUT', body: next });
        setErrors({});
        setRefusal(null);
        showToast('Policy saved. Batches uploaded from now on are judged by it; earlier reports keep the policy they were computed with.');
        router.refresh();
      } catch (error) {
        setErrors(error instanceof ApiError ? error.fieldErrors : {});
        setRefusal(messageOf(error, 'The policy could not be saved.'));
      }
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={pending} className="space-y-8">
      <Section legend="Defaults per column type" description="Unset, each column gets Evidently's default: a test (p-value) for references up to 1,000 rows, a distance above. A p-value drifts at or below its threshold, a distance at or above it.">
        {KINDS.map((kind) => (
          <div key={kind} className="grid items-start gap-2 sm:grid-cols-[11rem_1fr]">
            <span className="pt-2 text-sm font-medium">{kind === 'numeric' ? 'Numeric columns' : 'Categorical columns'}</span>
            <MethodFields id={`${id}-${kind}`} subject={`${kind} columns`} path={`types.${kind}`} value={draft.types[kind]} methods={methodsFor(kind)} inheritLabel="Default (by reference size)" errors={errors} onChange={(next) => setType(kind, next)} />
          </div>
        ))}
      </Section>
      <Section legend="Columns" description="Override a column's method or threshold. A critical column's drift raises a critical alert on its own.">
        {columns.length === 0 ? (
          <p className="text-sm text-muted-fg">Set a reference first: its columns appear here.</p>
        ) : (
          <PolicyColumnsTable id={id} columns={columns} draft={draft} errors={errors} onColumn={setColumn} onCritical={setCritical} />
        )}
        <FieldMessage id={`${id}-critical-error`} message={criticalError} />
      </Section>
      <Section legend="Dataset drift" description="The dataset drifts, and raises an alert, when at least this share of its columns drift.">
        <Field id={`${id}-share`} label="Share of drifted columns (0–1)" error={errors.datasetDriftShare}>
          <Input {...fieldA11y(`${id}-share`, errors.datasetDriftShare)} type="number" inputMode="decimal" step="0.05" min={0} max={1} value={draft.datasetDriftShare} onChange={(e) => setDraft((d) => ({ ...d, datasetDriftShare: e.target.value }))} className="w-32" />
        </Field>
      </Section>
      <Section legend="Performance bounds" description="Once a batch's labels arrive, a metric outside its range raises a performance alert. Leave a bound empty for none.">
        <PolicyPerformanceTable id={id} performance={draft.performance} errors={errors} onChange={setBound} />
      </Section>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save policy'}
        </Button>
      </div>
      <div aria-live="polite">
        {refusal && (
          <Alert variant="danger">
            {refusal}
            {otherErrors.length > 0 && (
              <ul className="mt-1 list-disc pl-5">
                {otherErrors.map(([key, messages]) => (
                  <li key={key}>
                    <code>{key}</code>: {messages.join(' ')}
                  </li>
                ))}
              </ul>
            )}
          </Alert>
        )}
      </div>
    </form>
  );
}
