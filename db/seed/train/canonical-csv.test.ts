import { describe, it, expect } from 'vitest';
import { describeSplit, sha256Hex, toCanonicalCsv } from './canonical-csv';

describe('toCanonicalCsv', () => {
  it('writes a header, LF line ends, a final LF and quotes only where needed', () => {
    const csv = toCanonicalCsv(['name', 'mpg', 'note'], [
      ['ford "pinto"', 25, null],
      ['amc, hornet', 18.5, true],
    ]);
    expect(csv).toBe('name,mpg,note\n"ford ""pinto""",25,\n"amc, hornet",18.5,true\n');
  });

  it('refuses non-finite numbers instead of writing NaN into a hashed file', () => {
    expect(() => toCanonicalCsv(['x'], [[Number.NaN]])).toThrow(RangeError);
  });
});

describe('describeSplit', () => {
  it('hashes the canonical text with sha256', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const dataset = describeSplit({
      name: 'toy-train',
      version: '1.0.0',
      role: 'training',
      location: 'npm:toy@1.0.0#train',
      columns: ['x'],
      rows: [[1], [2]],
    });
    expect(dataset).toEqual({
      name: 'toy-train',
      version: '1.0.0',
      role: 'training',
      contentHash: sha256Hex('x\n1\n2\n'),
      rowCount: 2,
      location: 'npm:toy@1.0.0#train',
    });
  });
});
