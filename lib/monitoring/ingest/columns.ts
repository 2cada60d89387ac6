import { CategoricalColumn } from './categorical-column';
import type { ColumnBuilder } from './column-builder';
import { InferredColumn } from './inferred-column';
import { NumericColumn } from './numeric-column';
import { type ExpectedColumn, IngestError, type ParsedTable } from './types';

const quoted = (names: string[]) => names.map((name) => `"${name}"`).join(', ');
const plural = (count: number, noun: string) => (count === 1 ? noun : `${noun}s`);

/**
 * One builder per header name, in header order. With `expected` (a batch checked against the
 * reference schema) the header must hold every required column and nothing else, and each column
 * keeps the reference's kind; without it (a reference upload) each column's kind is inferred.
 */
export function createColumns(names: string[], expected: ExpectedColumn[] | undefined): ColumnBuilder[] {
  const empty = names.flatMap((name, index) => (name === '' ? [index + 1] : []));
  if (empty.length > 0) {
    throw new IngestError(`The header has an empty column name (${plural(empty.length, 'position')} ${empty.join(', ')}).`);
  }
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const name of names) (seen.has(name) ? repeated : seen).add(name);
  if (repeated.size > 0) {
    const list = [...repeated];
    throw new IngestError(`The header repeats ${plural(list.length, 'column')} ${quoted(list)}.`, { column: list[0] });
  }
  if (!expected) return names.map((name) => new InferredColumn(name));

  const kinds = new Map(expected.map((column) => [column.name, column.kind]));
  const absent = expected.filter((column) => !column.optional && !seen.has(column.name)).map((column) => column.name);
  if (absent.length > 0) {
    throw new IngestError(`The upload lacks ${plural(absent.length, 'column')} ${quoted(absent)}.`, { column: absent[0] });
  }
  const extra = names.filter((name) => !kinds.has(name));
  if (extra.length > 0) {
    throw new IngestError(`The upload has ${plural(extra.length, 'column')} ${quoted(extra)}, which the reference does not.`, {
      column: extra[0],
    });
  }
  return names.map((name) => (kinds.get(name) === 'numeric' ? new NumericColumn(name) : new CategoricalColumn(name)));
}

export function finishTable(columns: ColumnBuilder[] | null, rowCount: number): ParsedTable {
  if (columns === null || rowCount === 0) throw new IngestError('The upload has no data rows.');
  return { rowCount, columns: columns.map((column) => column.finish(rowCount)) };
}
