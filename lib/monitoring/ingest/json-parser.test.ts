import { describe, expect, it } from 'vitest';
import type { ExpectedColumn } from './types';
import { parse, thrown, values } from './test-support';

const expected: ExpectedColumn[] = [
  { name: 'temp', kind: 'numeric' },
  { name: 'city', kind: 'categorical' },
];

describe.each(['json', 'ndjson'] as const)('%s', (format) => {
  const rows = (...objects: string[]) => (format === 'json' ? `[${objects.join(',\n')}]` : `${objects.join('\n')}\n`);

  it('takes the columns from the first object and reads a left-out key as missing', () => {
    const table = parse(rows('{"temp": 1.5, "city": "Oslo", "ok": true}', '{"city": "Rome", "ok": false}', '{"ok": null, "temp": -2, "city": null}'), { format });
    expect(table.rowCount).toBe(3);
    expect(table.columns.map((column) => [column.name, column.kind])).toEqual([['temp', 'numeric'], ['city', 'categorical'], ['ok', 'categorical']]);
    expect(values(table.columns[0])).toEqual([1.5, null, -2]);
    expect(values(table.columns[1])).toEqual(['Oslo', 'Rome', null]);
    expect(values(table.columns[2])).toEqual(['true', 'false', null]);
  });

  it('refuses a key the first object did not have', () => {
    expect(thrown(() => parse(rows('{"temp": 1}', '{"temp": 2}', '{"temp": 3, "wind": 4}'), { format }))).toMatchObject({
      name: 'IngestError',
      row: 3,
      column: 'wind',
    });
  });

  it('refuses nested objects and arrays, naming row and column', () => {
    expect(thrown(() => parse(rows('{"temp": 1, "city": "a"}', '{"temp": 2, "city": {"name": "b"}}'), { format }))).toMatchObject({
      message: 'Row 2, column "city": nested objects and arrays are not allowed.',
      row: 2,
      column: 'city',
    });
    expect(thrown(() => parse(rows('{"temp": [1, 2]}'), { format }))).toMatchObject({ row: 1, column: 'temp' });
  });

  it('checks values against the expected kinds; numbers in a categorical column become their text', () => {
    const table = parse(rows('{"temp": 3, "city": 10}', '{"temp": "4.5", "city": "x"}'), { format, expected });
    expect(values(table.columns[0])).toEqual([3, 4.5]);
    expect(values(table.columns[1])).toEqual(['10', 'x']);
    expect(thrown(() => parse(rows('{"temp": 1, "city": "a"}', '{"temp": true, "city": "b"}'), { format, expected }))).toMatchObject({
      message: 'Row 2, column "temp": "true" is not a number.',
      row: 2,
      column: 'temp',
    });
    expect(thrown(() => parse(rows('{"temp": 1}'), { format, expected }))).toMatchObject({ column: 'city' });
  });

  it('refuses rows that are not objects or not JSON', () => {
    expect(thrown(() => parse(rows('{"a": 1}', '[1, 2]'), { format }))).toMatchObject({ message: 'Row 2 is not a JSON object.', row: 2 });
    expect(thrown(() => parse(rows('{"a": 1}', '{"a": }'), { format }))).toMatchObject({ message: 'Row 2 is not valid JSON.', row: 2 });
  });

  it('keeps strings with brackets, commas, escapes and multi-byte text intact', () => {
    const table = parse(rows('{"s": "a,]}\\"[{\\\\", "n": 1}', '{"s": "héllo 🌍", "n": 2}'), { format });
    expect(values(table.columns[0])).toEqual(['a,]}"[{\\', 'héllo 🌍']);
  });

  it('refuses an upload without rows', () => {
    for (const text of ['', format === 'json' ? '[]' : '\n\n', format === 'json' ? ' [ ] ' : ' \n']) {
      expect(thrown(() => parse(text, { format })), JSON.stringify(text)).toMatchObject({ message: 'The upload has no data rows.' });
    }
  });
});

describe('json array framing', () => {
  it('refuses what is not one array of objects', () => {
    expect(thrown(() => parse('{"a": 1}', { format: 'json' }))).toMatchObject({ message: 'A JSON upload must be an array of objects.' });
    expect(thrown(() => parse('[{"a": 1}', { format: 'json' }))).toMatchObject({ message: 'The JSON array is never closed.' });
    expect(thrown(() => parse('[{"a": 1}] x', { format: 'json' }))).toMatchObject({ message: 'The JSON array is followed by more text.' });
    expect(thrown(() => parse('[{"a": 1},]', { format: 'json' }))).toMatchObject({ name: 'IngestError' });
    expect(thrown(() => parse('[{"a": 1},,{"a": 2}]', { format: 'json' }))).toMatchObject({ name: 'IngestError' });
  });

  it('accepts a BOM and whitespace around the array', () => {
    expect(parse('\uFEFF \n[ {"a": 1} , {"a": 2} ]\n', { format: 'json' }).rowCount).toBe(2);
  });
});

describe('ndjson lines', () => {
  it('ignores blank lines and CRLF endings, and counts rows without them', () => {
    expect(parse('{"a": 1}\r\n\r\n  \n{"a": 2}\r\n', { format: 'ndjson' }).rowCount).toBe(2);
    expect(thrown(() => parse('{"a": 1}\r\n\r\n  \n{"a": 2}\r\n{"a": {}}', { format: 'ndjson' }))).toMatchObject({ row: 3, column: 'a' });
  });
});
