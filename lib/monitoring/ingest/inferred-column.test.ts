import { describe, expect, it } from 'vitest';
import { parse, random, values } from './test-support';

describe('column kinds inferred from a reference upload', () => {
  it('makes a column numeric when every present value is a finite number', () => {
    const table = parse('a,b\n1,-1.5e-3\nNA,.5\n3,\n');
    expect(table.columns.map((column) => column.kind)).toEqual(['numeric', 'numeric']);
    expect(values(table.columns[0])).toEqual([1, null, 3]);
    expect(values(table.columns[1])).toEqual([-0.0015, 0.5, null]);
    expect(table.columns.map((column) => column.missing)).toEqual([1, 1]);
  });

  it('makes a column categorical when any value is not a number', () => {
    const table = parse('a\nx\ny\nx\n');
    expect(table.columns[0]).toMatchObject({ kind: 'categorical', dictionary: ['x', 'y'], missing: 0 });
  });

  it('makes a column with no value at all categorical', () => {
    const table = parse('a,b\n,1\nNA,2\n');
    expect(table.columns[0]).toMatchObject({ kind: 'categorical', dictionary: [], missing: 2 });
    expect(Array.from((table.columns[0] as { codes: Int32Array }).codes)).toEqual([-1, -1]);
  });

  it('keeps every value\'s original text when a numeric-looking column turns categorical', () => {
    const written = ['1.50', '007', '+2', '-0', '-0.0', '1e3', '.5', '5.', ' 12 ', '0.1234567890123456', '3', '1.5', '123456789012345678', '-0.25'];
    const table = parse(`a\n${written.join('\n')}\nNA\nabc\n1.50\n`);
    expect(table.columns[0]!.kind).toBe('categorical');
    expect(values(table.columns[0])).toEqual([...written, null, 'abc', '1.50']);
    expect((table.columns[0] as { dictionary: string[] }).dictionary.length).toBe(written.length + 1);
  });

  it('turns categorical on the last row as well as the first', () => {
    const next = random(7);
    const numbers = Array.from({ length: 5000 }, () => (next() * 100).toFixed(Math.floor(next() * 4)));
    const late = parse(`a\n${numbers.join('\n')}\nlate\n`);
    expect(values(late.columns[0])).toEqual([...numbers, 'late']);
    const early = parse(`a\nearly\n${numbers.join('\n')}\n`);
    expect(values(early.columns[0])).toEqual(['early', ...numbers]);
  });

  it('reads JSON numbers as numbers, and as their shortest text if the column turns categorical', () => {
    const numeric = parse('[{"a": 1.5}, {"a": null}, {"a": "2"}]', { format: 'json' });
    expect(numeric.columns[0]).toMatchObject({ kind: 'numeric', missing: 1 });
    expect(values(numeric.columns[0])).toEqual([1.5, null, 2]);
    const mixed = parse('[{"a": 1.50}, {"a": 1e21}, {"a": true}, {"a": "07"}]', { format: 'json' });
    expect(values(mixed.columns[0])).toEqual(['1.5', '1e+21', 'true', '07']);
  });
});
