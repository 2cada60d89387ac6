import { CsvParser } from './csv-parser';
import { JsonParser } from './json-parser';
import { type ExpectedColumn, IngestError, type ParsedTable, type TableFormat, type TableParser } from './types';
import { skipBom } from './utf8';

export * from './types';
export { sortFinite } from './radix-sort';

/**
 * A streaming parser for a monitoring upload: push the bytes in chunks of any size, then `finish`.
 * With `expected` (a batch checked against the reference schema) columns keep the reference's kinds;
 * without it (a reference upload) each column's kind is inferred. Bad input throws `IngestError`.
 */
export function createTableParser(options: { format: TableFormat; expected?: ExpectedColumn[] }): TableParser {
  const { format, expected } = options;
  if (format !== 'csv' && format !== 'json' && format !== 'ndjson') throw new IngestError(`Unknown upload format "${format}".`);
  const inner = format === 'csv' ? new CsvParser(expected) : new JsonParser(format, expected);
  const input = skipBom((chunk) => inner.push(chunk));
  return {
    push(chunk: Uint8Array): void {
      input.push(chunk);
    },
    finish(): ParsedTable {
      input.flush();
      return inner.finish();
    },
  };
}
