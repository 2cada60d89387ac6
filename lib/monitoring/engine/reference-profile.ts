/**
 * Turns a parsed reference upload into what drift needs and what the schema page shows: per column
 * its kind (inferred, or overridden by the uploader), its role (feature, prediction or label), its
 * missing count, distinct count and range, the sorted numbers and the count of each distinct value.
 */

import type { ReferenceColumnInfo } from '@/db/schema/monitoring';
import type { ColumnData, ColumnKind, ParsedTable } from '../ingest';
import { sortFinite } from '../ingest';

/** A numeric column with more distinct values than this keeps no category counts, so it cannot be made categorical. */
export const MAX_CATEGORIES = 1_000;

export interface ReferenceColumnData {
  name: string;
  sorted: Float64Array | null;
  counts: Record<string, number> | null;
}

export interface ReferenceBuild {
  rowCount: number;
  columns: ReferenceColumnInfo[];
  data: ReferenceColumnData[];
}

export interface ReferenceRoles {
  prediction?: string;
  label?: string;
  /** Kinds the uploader chose instead of the inferred ones. */
  kinds?: Record<string, ColumnKind>;
}

/** The text a number stands for as a category, so `1`, `1.0` and `1e0` are one category. */
export const numberCategory = (value: number): string => String(value);

function countNumbers(sorted: Float64Array): Record<string, number> | null {
  const counts = new Map<string, number>();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) {
    if (i > 0 && sorted[i] === sorted[i - 1]) continue;
    if (++distinct > MAX_CATEGORIES) return null;
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[i]) j++;
    counts.set(numberCategory(sorted[i]!), j - i + 1);
  }
  return Object.fromEntries(counts);
}

/** How often each category of a parsed column occurs (missing values left out). */
export function countCategories(column: Extract<ColumnData, { kind: 'categorical' }>): Map<string, number> {
  const tally = new Float64Array(column.dictionary.length);
  for (let i = 0; i < column.codes.length; i++) {
    const code = column.codes[i]!;
    if (code >= 0) tally[code]!++;
  }
  const counts = new Map<string, number>();
  column.dictionary.forEach((label, code) => {
    if (tally[code]! > 0) counts.set(label, tally[code]!);
  });
  return counts;
}

function distinctSorted(sorted: Float64Array): number {
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  return distinct;
}

/** Why a kind cannot be applied to a column, or null when it can. */
export function kindRefusal(info: Pick<ReferenceColumnInfo, 'name' | 'inferredKind' | 'distinct'>, kind: ColumnKind): string | null {
  if (kind === info.inferredKind) return null;
  if (kind === 'numeric') return `Column "${info.name}" holds values that are not numbers, so it cannot be numeric.`;
  if (info.distinct > MAX_CATEGORIES) return `Column "${info.name}" has ${info.distinct} distinct values; a categorical column may have at most ${MAX_CATEGORIES}.`;
  return null;
}

export class ReferenceError extends Error {
  readonly column?: string;
  constructor(message: string, column?: string) {
    super(message);
    this.column = column;
  }
}

export function profileReference(table: ParsedTable, roles: ReferenceRoles): ReferenceBuild {
  const names = new Set(table.columns.map((c) => c.name));
  for (const [role, name] of [['prediction', roles.prediction], ['label', roles.label]] as const) {
    if (name !== undefined && !names.has(name)) throw new ReferenceError(`The ${role} column "${name}" is not in the upload.`, name);
  }
  if (roles.prediction !== undefined && roles.prediction === roles.label) throw new ReferenceError('The prediction and the label must be different columns.', roles.label);
  const kinds = new Map(Object.entries(roles.kinds ?? {}));
  for (const name of kinds.keys()) {
    if (!names.has(name)) throw new ReferenceError(`Column "${name}" is not in the upload.`, name);
  }
  const columns: ReferenceColumnInfo[] = [];
  const data: ReferenceColumnData[] = [];
  for (const column of table.columns) {
    const role = column.name === roles.prediction ? 'prediction' : column.name === roles.label ? 'label' : 'feature';
    const info: ReferenceColumnInfo = { name: column.name, kind: column.kind, inferredKind: column.kind, role, missing: column.missing, distinct: 0 };
    if (column.kind === 'numeric') {
      const sorted = sortFinite(column.values);
      info.distinct = distinctSorted(sorted);
      info.min = sorted[0];
      info.max = sorted[sorted.length - 1];
      info.mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
      data.push({ name: column.name, sorted, counts: countNumbers(sorted) });
    } else {
      const counts = countCategories(column);
      info.distinct = counts.size;
      // fromEntries defines keys as own properties, so even a category named `__proto__` is kept.
      data.push({ name: column.name, sorted: null, counts: Object.fromEntries(counts) });
    }
    const wanted = kinds.get(column.name);
    if (wanted) {
      const refusal = kindRefusal(info, wanted);
      if (refusal) throw new ReferenceError(refusal, column.name);
      info.kind = wanted;
    }
    columns.push(info);
  }
  return { rowCount: table.rowCount, columns, data };
}
