'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { NativeSelect } from '@/components/ui/native-select';
import type { ColumnKindName, ReferenceSummary } from '@/lib/monitoring/types';
import { messageOf, requestJson } from './request';

interface Props {
  column: string;
  kind: ColumnKindName;
  /** From `monitoringEndpoints.referenceColumn`. */
  endpoint: string;
}

/** Overrides how a reference column is read (numbers as categories, say), then re-renders the page from the server. */
export function ColumnKindSelect({ column, kind, endpoint }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();

  function change(next: ColumnKindName) {
    setError(null);
    startTransition(async () => {
      try {
        await requestJson<{ reference: ReferenceSummary }>(endpoint, { method: 'PATCH', body: { kind: next } });
        router.refresh();
      } catch (cause) {
        setError(messageOf(cause, 'The type could not be changed.'));
      }
    });
  }

  return (
    <div className="grid gap-1">
      <NativeSelect
        aria-label={`Type of ${column}`}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        value={kind}
        disabled={pending}
        onChange={(e) => change(e.target.value as ColumnKindName)}
        className="h-8 w-36 py-1"
      >
        <option value="numeric">numeric</option>
        <option value="categorical">categorical</option>
      </NativeSelect>
      <span id={errorId} aria-live="polite" className="text-xs text-danger">
        {pending ? <span className="text-muted-fg">Saving…</span> : error}
      </span>
    </div>
  );
}
