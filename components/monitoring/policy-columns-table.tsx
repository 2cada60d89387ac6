'use client';

import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ReferenceColumnInfo } from '@/lib/monitoring/types';
import { MethodFields } from './method-fields';
import { methodsFor, type MethodDraft, type PolicyDraft } from './policy-draft';
import type { FieldErrors } from './request';

interface Props {
  id: string;
  columns: ReferenceColumnInfo[];
  draft: PolicyDraft;
  errors: FieldErrors;
  onColumn: (name: string, next: MethodDraft) => void;
  onCritical: (name: string, critical: boolean) => void;
}

/** Per-column overrides of the type's method and threshold, and which columns are critical (their drift alone raises a critical alert). */
export function PolicyColumnsTable({ id, columns, draft, errors, onColumn, onCritical }: Props) {
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Column</TableHead>
          <TableHead>Method and threshold</TableHead>
          <TableHead>Critical</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {columns.map((column, i) => (
          <TableRow key={column.name}>
            <TableHead scope="row" className="text-fg">
              <span className="font-mono text-xs">{column.name}</span>
              <div className="text-xs font-normal text-muted-fg">
                {column.kind}
                {column.role === 'feature' ? '' : ` · ${column.role}`}
              </div>
            </TableHead>
            <TableCell>
              <MethodFields
                id={`${id}-column-${i}`}
                subject={`column ${column.name}`}
                path={`columns.${column.name}`}
                value={draft.columns[column.name] ?? { method: '', threshold: '' }}
                methods={methodsFor(column.kind, column.distinct)}
                inheritLabel={`Same as ${column.kind} columns`}
                errors={errors}
                onChange={(next) => onColumn(column.name, next)}
              />
            </TableCell>
            <TableCell>
              <input
                type="checkbox"
                aria-label={`${column.name} is critical`}
                checked={draft.critical.includes(column.name)}
                onChange={(e) => onCritical(column.name, e.target.checked)}
                className="size-4 accent-primary focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
              />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
