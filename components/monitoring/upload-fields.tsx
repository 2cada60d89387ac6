'use client';

import { useId } from 'react';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { TABLE_ACCEPT } from './upload-request';

export interface LineageDataset {
  name: string;
  version: string;
}

/** The file to upload, or (for a reference, when the version's lineage has datasets) the choice of a registered dataset instead. */
export function SourceFields({ label, datasets, source, onSource }: { label: string; datasets: LineageDataset[]; source: 'file' | 'dataset'; onSource: (next: 'file' | 'dataset') => void }) {
  const id = useId();
  const choice = (value: 'file' | 'dataset', text: string) => (
    <label className="flex items-center gap-2 text-sm">
      <input type="radio" name="source" value={value} checked={source === value} onChange={() => onSource(value)} className="size-4 accent-primary focus-visible:outline-2 focus-visible:outline-ring" />
      {text}
    </label>
  );
  return (
    <>
      {datasets.length > 0 && (
        <fieldset className="grid gap-2">
          <legend className="mb-1.5 text-sm font-medium">Source</legend>
          <div className="flex flex-wrap gap-4">
            {choice('file', 'Upload a file')}
            {choice('dataset', 'Use a registered dataset')}
          </div>
        </fieldset>
      )}
      {source === 'file' ? (
        <Field id={`${id}-file`} label={label} hint="CSV, JSON (an array of objects) or NDJSON; the format is read from the file's extension.">
          <Input id={`${id}-file`} name="file" type="file" accept={TABLE_ACCEPT} required aria-describedby={`${id}-file-hint`} className="max-w-md" />
        </Field>
      ) : (
        <Field id={`${id}-dataset`} label="Registered dataset" hint="A dataset recorded in this version's lineage.">
          <NativeSelect id={`${id}-dataset`} name="dataset" aria-describedby={`${id}-dataset-hint`} className="max-w-md">
            {datasets.map((d) => (
              <option key={`${d.name}@${d.version}`} value={`${d.name}@${d.version}`}>
                {d.name}@{d.version}
              </option>
            ))}
          </NativeSelect>
        </Field>
      )}
    </>
  );
}

/** Which reference columns hold the model's prediction and the true label; both optional. */
export function RoleFields() {
  const id = useId();
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field id={`${id}-prediction`} label="Prediction column (optional)" hint="Leave empty when the table has none.">
        <Input id={`${id}-prediction`} name="prediction" autoComplete="off" aria-describedby={`${id}-prediction-hint`} />
      </Field>
      <Field id={`${id}-label`} label="Label column (optional)" hint="The true outcome, when the table has it.">
        <Input id={`${id}-label`} name="label" autoComplete="off" aria-describedby={`${id}-label-hint`} />
      </Field>
    </div>
  );
}

/** When a batch was observed; the server uses the time it arrives when this is empty. */
export function TimestampField() {
  const id = useId();
  return (
    <Field id={`${id}-timestamp`} label="Observed at (optional)" hint="Your local time; empty means now.">
      <Input id={`${id}-timestamp`} name="timestamp" type="datetime-local" step={1} aria-describedby={`${id}-timestamp-hint`} className="max-w-xs" />
    </Field>
  );
}
