'use client';

import { LoaderCircleIcon } from 'lucide-react';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { formatMetric } from '@/components/format';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Progress } from '@/components/ui/progress';
import type { BatchReport, ReferenceSummary } from '@/lib/monitoring/types';
import { messageOf } from './request';
import { RoleFields, SourceFields, TimestampField, type LineageDataset } from './upload-fields';
import { formatOf, uploadTable } from './upload-request';

export type UploadMode = 'reference' | 'batch' | 'labels';

interface UploadLabels {
  /** The file field's label. */
  file: string;
  submit: string;
  /** Shown once the file is sent, while the server works. */
  computing: string;
}

interface Props {
  mode: UploadMode;
  /** From `monitoringEndpoints`: `reference`, `batches` or `batchLabels`. */
  endpoint: string;
  labels?: Partial<UploadLabels>;
  /** The registered datasets of the version's lineage, offered instead of a file (references only). */
  datasets?: LineageDataset[];
}

const DEFAULTS: Record<UploadMode, UploadLabels> = {
  reference: { file: 'Reference table', submit: 'Set reference', computing: 'Profiling the reference…' },
  batch: { file: 'Production batch', submit: 'Upload batch', computing: 'Computing drift…' },
  labels: { file: 'Labels: one "label" column, in the batch\'s row order', submit: 'Upload labels', computing: 'Computing performance…' },
};

type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number }
  | { kind: 'computing' }
  | { kind: 'done'; message: string; batchId: number | null }
  | { kind: 'error'; message: string };

function outcome(mode: UploadMode, body: unknown): { message: string; batchId: number | null } {
  if (mode === 'reference') {
    const { reference } = body as { reference: ReferenceSummary };
    return { message: `Reference set: ${reference.rowCount.toLocaleString('en')} rows, ${reference.columns.length} columns.`, batchId: null };
  }
  const { report } = body as { report: BatchReport };
  if (mode === 'labels') {
    const metrics = (report.performance ?? []).map((p) => `${p.metric} ${formatMetric(p.value)}`).join(', ');
    return { message: `Labels added to batch ${report.id}${metrics ? `: ${metrics}` : ''}.`, batchId: report.id };
  }
  const alerts = report.alerts.length > 0 ? ` It raised ${report.alerts.length} alert${report.alerts.length === 1 ? '' : 's'}.` : '';
  return {
    message: `Batch ${report.id}: ${report.driftedCount} of ${report.columnCount} columns drifted${report.datasetDrift ? ', so the dataset drifted' : ''}.${alerts}`,
    batchId: report.id,
  };
}

/** Uploads a reference table, a production batch or a batch's labels, with the upload's progress and the server's verdict. */
export function TableUpload({ mode, endpoint, labels, datasets = [] }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [source, setSource] = useState<'file' | 'dataset'>('file');
  const text = { ...DEFAULTS[mode], ...labels };
  const busy = phase.kind === 'uploading' || phase.kind === 'computing';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const params = new URLSearchParams();
    const file = source === 'file' ? data.get('file') : null;
    const format = file instanceof File ? formatOf(file.name) : null;
    if (source === 'file' && (!(file instanceof File) || file.name === '')) return setPhase({ kind: 'error', message: 'Choose a file first.' });
    if (file instanceof File && !format) return setPhase({ kind: 'error', message: `${file.name} is not a .csv, .json or .ndjson file.` });
    if (format) params.set('format', format);
    if (source === 'dataset') params.set('dataset', String(data.get('dataset')));
    for (const name of ['prediction', 'label', 'timestamp']) {
      const value = String(data.get(name) ?? '').trim();
      // A datetime-local value has no zone; Date reads it as the reader's local time.
      if (value) params.set(name, name === 'timestamp' ? new Date(value).toISOString() : value);
    }
    setPhase({ kind: 'uploading', percent: 0 });
    try {
      const body = await uploadTable({
        method: mode === 'reference' ? 'PUT' : 'POST',
        url: `${endpoint}?${params}`,
        file: file instanceof File ? file : null,
        format: format ?? undefined,
        onProgress: (percent) => setPhase({ kind: 'uploading', percent }),
        onSent: () => setPhase({ kind: 'computing' }),
      });
      setPhase({ kind: 'done', ...outcome(mode, body) });
      form.reset();
      router.refresh();
    } catch (error) {
      setPhase({ kind: 'error', message: messageOf(error, 'The upload failed.') });
    }
  }

  return (
    <form onSubmit={submit} noValidate aria-busy={busy} className="space-y-4">
      <SourceFields label={text.file} datasets={mode === 'reference' ? datasets : []} source={source} onSource={setSource} />
      {mode === 'reference' && <RoleFields />}
      {mode === 'batch' && <TimestampField />}
      <Button type="submit" disabled={busy}>
        {text.submit}
      </Button>
      {phase.kind === 'uploading' && <Progress value={phase.percent} label={`Uploading: ${phase.percent}%`} className="max-w-md" />}
      <div aria-live="polite">
        {phase.kind === 'computing' && (
          <p className="flex items-center gap-2 text-sm text-muted-fg">
            <LoaderCircleIcon aria-hidden className="size-4 animate-spin motion-reduce:animate-none" />
            {text.computing}
          </p>
        )}
        {phase.kind === 'done' && (
          <Alert variant="success">
            {phase.message}{' '}
            {mode === 'batch' && phase.batchId !== null && (
              <Link href={`${pathname}?batch=${phase.batchId}`} className="font-medium text-primary underline-offset-2 hover:underline">
                Show this batch
              </Link>
            )}
          </Alert>
        )}
        {phase.kind === 'error' && <Alert variant="danger">{phase.message}</Alert>}
      </div>
    </form>
  );
}
