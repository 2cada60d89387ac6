'use client';

import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { METHOD_RULES, type DriftMethod } from '@/lib/monitoring/policy';
import { METHOD_LABELS } from './monitoring-format';
import type { MethodDraft } from './policy-draft';
import type { FieldErrors } from './request';

interface Props {
  /** Unique per pair; the controls' ids and their error ids derive from it. */
  id: string;
  /** Names the pair for assistive technology, e.g. "numeric columns" or "column age". */
  subject: string;
  /** The policy path of the pair (`types.numeric`, `columns.age`): field errors are keyed by it. */
  path: string;
  value: MethodDraft;
  methods: DriftMethod[];
  /** What an unset method means here, e.g. "Type default". */
  inheritLabel: string;
  errors: FieldErrors;
  onChange: (next: MethodDraft) => void;
}

/** A drift method and its threshold, side by side and compact enough for a table row; each with its own label and error. */
export function MethodFields({ id, subject, path, value, methods, inheritLabel, errors, onChange }: Props) {
  const methodError = errors[`${path}.method`]?.join(' ');
  const thresholdError = [...(errors[path] ?? []), ...(errors[`${path}.threshold`] ?? [])].join(' ');
  const rule = value.method ? METHOD_RULES[value.method] : null;
  // A saved method that cannot judge this column stays visible (the server falls back to the default for it) rather than silently changing.
  const unusable = value.method !== '' && !methods.includes(value.method);
  return (
    <div className="flex flex-wrap items-start gap-2">
      <div className="grid gap-1">
        <NativeSelect
          id={`${id}-method`}
          aria-label={`Method for ${subject}`}
          aria-invalid={methodError ? true : undefined}
          aria-describedby={`${id}-method-error`}
          value={value.method}
          onChange={(e) => onChange({ ...value, method: e.target.value as DriftMethod | '' })}
          className="h-9 w-52 py-1"
        >
          <option value="">{inheritLabel}</option>
          {methods.map((m) => (
            <option key={m} value={m}>
              {METHOD_LABELS[m]} ({METHOD_RULES[m].measures === 'pvalue' ? 'p-value' : 'distance'})
            </option>
          ))}
          {unusable && <option value={value.method}>{METHOD_LABELS[value.method as DriftMethod]} (not usable here: the default applies)</option>}
        </NativeSelect>
        <FieldMessage id={`${id}-method-error`} message={methodError} />
      </div>
      <div className="grid gap-1">
        <Input
          id={`${id}-threshold`}
          aria-label={`Threshold for ${subject}`}
          aria-invalid={thresholdError ? true : undefined}
          aria-describedby={`${id}-threshold-error`}
          type="number"
          inputMode="decimal"
          step="any"
          min={0}
          placeholder={rule ? `default ${rule.defaultThreshold}` : 'default'}
          value={value.threshold}
          onChange={(e) => onChange({ ...value, threshold: e.target.value })}
          className="h-9 w-32 py-1"
        />
        <FieldMessage id={`${id}-threshold-error`} message={thresholdError} />
      </div>
    </div>
  );
}

/** A field's error, in a live region that exists (empty) before there is anything to say. */
export function FieldMessage({ id, message }: { id: string; message?: string }) {
  return (
    <p id={id} aria-live="polite" className="max-w-52 text-xs font-medium text-danger">
      {message}
    </p>
  );
}
