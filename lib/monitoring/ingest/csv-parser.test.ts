import { describe, expect, it } from 'vitest';
import { IngestError } from './index';
import type { ExpectedColumn } from './types';
import { parse, thrown, values } from './test-support';

const expected: ExpectedColumn[] = [
  { name: 'temp', kind: 'numeric' },
  { name: 'city', kind: 'categorical' },
  { name: 'label', kind: 'numeric', optional: true },
];

describe('CSV syntax', () => {
  it('reads quoted fields with commas, line breaks and doubled quotes', () => {
    const table = parse('name,note\n"Smith, J","said ""hi""\nthen left"\nplain,"x"\n');
    expect(table.rowCount).toBe(2);
    expect(values(table.columns[0])).toEqual(['Smith, J', 'plain']);
    expect(values(table.columns[1])).toEqual(['said "hi"\nthen left', 'x']);
  });

  it('reads CRLF, a BOM, blank lines and a missing final line break', () => {
    const table = parse('\uFEFFa,b\r\n1,x\r\n\r\n\n2,y\r\n3,"z\r\nw"');
    expect(table.columns.map((column) => column.name)).toEqual(['a', 'b']);
    expect(values(table.columns[0])).toEqual([1, 2, 3]);
    expect(values(table.columns[1])).toEqual(['x', 'y', 'z\r\nw']);
  });

  it('treats a lone CR as a line break and a quote inside an unquoted field as text', () => {
    const table = parse('\r\r\na,b\r\r1,x"y\r2,z');
    expect(values(table.columns[0])).toEqual([1, 2]);
    expect(values(table.columns[1])).toEqual(['x"y', 'z']);
  });

  it('trims header names and keeps values as written', () => {
    const table = parse(' a , b\n1, x \n');
    expect(table.columns.map((column) => column.name)).toEqual(['a', 'b']);
    expect(values(table.columns[1])).toEqual([' x ']);
  });

  it('names the data row that has the wrong number of fields', () => {
    const rows = ['a,b,c,d,e,f', ...Array.from({ length: 6 }, (_, i) => `${i},1,2,3,4,5`), '1,2,3,4,5', '1,2,3,4,5,6'];
    const error = thrown(() => parse(rows.join('\n')));
    expect(error).toMatchObject({ name: 'IngestError', message: 'Row 7 has 5 fields; the header has 6.', row: 7 });
    expect(thrown(() => parse('a,b\n1,2,3\n'))).toMatchObject({ message: 'Row 1 has 3 fields; the header has 2.', row: 1 });
    expect(thrown(() => parse('a,b\n1\n'))).toMatchObject({ message: 'Row 1 has 1 field; the header has 2.', row: 1 });
    // A short row must not borrow fields from the next one.
    expect(thrown(() => parse('a,b,c\n1\n2,3\n'))).toMatchObject({ message: 'Row 1 has 1 field; the header has 3.', row: 1 });
  });

  it('counts data rows without the header or blank lines', () => {
    expect(thrown(() => parse('a,b\n\n1,2\n\n1,2,3\n'))).toMatchObject({ row: 2 });
  });

  it('refuses bad quoting', () => {
    expect(thrown(() => parse('a,b\n1,"x"y\n'))).toMatchObject({ message: 'Row 1 has text after a closing quote.', row: 1 });
    expect(thrown(() => parse('a,b\n1,2\n3,"open\n'))).toMatchObject({ message: 'Row 2 has a quoted field that is never closed.', row: 2 });
  });

  it('refuses empty and repeated header names', () => {
    expect(thrown(() => parse('a,,b\n1,2,3\n'))).toMatchObject({ message: 'The header has an empty column name (position 2).' });
    expect(thrown(() => parse('a, a ,b,b\n1,2,3,4\n'))).toMatchObject({ message: 'The header repeats columns "a", "b".', column: 'a' });
  });

  it('refuses an upload without data rows', () => {
    for (const text of ['', '\n\n', 'a,b\n', 'a,b\r\n\r\n', '\uFEFF']) {
      expect(thrown(() => parse(text)), JSON.stringify(text)).toMatchObject({ name: 'IngestError', message: 'The upload has no data rows.' });
    }
  });

  it('throws IngestError instances', () => {
    expect(() => parse('a\n')).toThrow(IngestError);
  });
});

describe('CSV against an expected schema', () => {
  it('parses numeric columns into numbers and categorical ones into codes, numbers as their text', () => {
    const table = parse('city,temp,label\nOslo,-1.5e-3,1\nRome,.5,0\nOslo,5.,\n10,+3,1\n', { expected });
    expect(table.columns.map((column) => [column.name, column.kind])).toEqual([['city', 'categorical'], ['temp', 'numeric'], ['label', 'numeric']]);
    expect(values(table.columns[1])).toEqual([-0.0015, 0.5, 5, 3]);
    expect(values(table.columns[0])).toEqual(['Oslo', 'Rome', 'Oslo', '10']);
    const city = table.columns[0]!;
    if (city.kind !== 'categorical') throw new Error('categorical expected');
    expect(city.dictionary).toEqual(['Oslo', 'Rome', '10']);
    expect(Array.from(city.codes)).toEqual([0, 1, 0, 2]);
    expect(table.columns[2]).toMatchObject({ missing: 1 });
  });

  it('lets an optional column be absent', () => {
    const table = parse('temp,city\n1,a\n', { expected });
    expect(table.columns.map((column) => column.name)).toEqual(['temp', 'city']);
  });

  it('lists missing and extra columns', () => {
    expect(thrown(() => parse('label,x\n1,2\n', { expected }))).toMatchObject({ message: 'The upload lacks columns "temp", "city".', column: 'temp' });
    expect(thrown(() => parse('temp,city,x,y\n1,a,2,3\n', { expected }))).toMatchObject({
      message: 'The upload has columns "x", "y", which the reference does not.',
      column: 'x',
    });
  });

  it('names the row and column of a value that is not a number', () => {
    const rows = ['temp,city', ...Array.from({ length: 11 }, () => '1,a'), 'abc,a', '2,b'];
    expect(thrown(() => parse(rows.join('\n'), { expected }))).toMatchObject({
      name: 'IngestError',
      message: 'Row 12, column "temp": "abc" is not a number.',
      row: 12,
      column: 'temp',
    });
    for (const text of ['Infinity', 'inf', '0x10', '1,5', '"1e400"', '1 2']) {
      const error = thrown(() => parse(`temp,city\n${text.includes(',') ? `"${text}"` : text},a\n`, { expected }));
      expect(error, text).toMatchObject({ row: 1, column: 'temp' });
    }
  });

  it('reads every missing-value spelling as missing, in both kinds of column', () => {
    const tokens = ['', ' ', 'NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', 'None', ' NA ', '""', '"null"'];
    const text = `temp,city\n${tokens.map((token) => `${token},${token}`).join('\n')}\n1,x\n`;
    const table = parse(text, { expected });
    expect(values(table.columns[0])).toEqual([...tokens.map(() => null), 1]);
    expect(values(table.columns[1])).toEqual([...tokens.map(() => null), 'x']);
    expect(table.columns.map((column) => column.missing)).toEqual([tokens.length, tokens.length]);
  });

  it('keeps look-alikes of missing tokens as values', () => {
    const table = parse('city\nNan\nNULLS\nnone\nNo\n', { expected: [{ name: 'city', kind: 'categorical' }] });
    expect(values(table.columns[0])).toEqual(['Nan', 'NULLS', 'none', 'No']);
  });
});
