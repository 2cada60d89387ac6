'use client';

import { Input } from '@/components/ui/input';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { FieldMessage } from './method-fields';
import type { PolicyDraft } from './policy-draft';
import type { FieldErrors } from './request';

interface Props {
  id: string;
  performance: PolicyDraft['performance'];
  errors: FieldErrors;
  onChange: (metric: string, bound: 'min' | 'max', value: string) => void;
}

/** The range each production metric should stay in; a labelled batch outside it raises a performance alert. */
export function PolicyPerformanceTable({ id, performance, errors, onChange }: Props) {
  const metrics = Object.keys(performance);
  if (metrics.length === 0) return <p className="text-sm text-muted-fg">This version logged no metric to bound.</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Metric</TableHead>
          <TableHead>Minimum</TableHead>
          <TableHead>Maximum</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {metrics.map((metric, i) => (
          <TableRow key={metric}>
            <TableHead scope="row" className="text-fg">
              {metric}
            </TableHead>
            {(['min', 'max'] as const).map((bound) => {
              const fieldId = `${id}-metric-${i}-${bound}`;
              // An error about the metric as a whole is said once, under its minimum.
              const whole = bound === 'min' ? (errors[`performance.${metric}`] ?? []) : [];
              const message = [...whole, ...(errors[`performance.${metric}.${bound}`] ?? [])].join(' ');
              return (
                <TableCell key={bound}>
                  <div className="grid gap-1">
                    <Input
                      id={fieldId}
                      aria-label={`${bound === 'min' ? 'Minimum' : 'Maximum'} ${metric}`}
                      aria-invalid={message ? true : undefined}
                      aria-describedby={`${fieldId}-error`}
                      type="number"
                      inputMode="decimal"
                      step="any"
                      placeholder="none"
                      value={performance[metric]?.[bound] ?? ''}
                      onChange={(e) => onChange(metric, bound, e.target.value)}
                      className="h-9 w-32 py-1"
                    />
                    <FieldMessage id={`${fieldId}-error`} message={message} />
                  </div>
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
