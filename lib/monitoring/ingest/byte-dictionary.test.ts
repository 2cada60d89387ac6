import { describe, expect, it } from 'vitest';
import { ByteDictionary } from './byte-dictionary';
import { parse } from './test-support';

const encode = (text: string) => new TextEncoder().encode(text);

describe('ByteDictionary', () => {
  it('gives equal bytes the same code wherever they lie, and decodes each category once', () => {
    const dictionary = new ByteDictionary();
    const first = encode('xx,héllo,🌍,');
    const second = encode('héllo🌍');
    expect(dictionary.intern(first, 3, 9)).toBe(0);
    expect(dictionary.intern(first, 10, 14)).toBe(1);
    expect(dictionary.intern(second, 0, 6)).toBe(0);
    expect(dictionary.intern(second, 6, 10)).toBe(1);
    expect(dictionary.intern(first, 0, 0)).toBe(2);
    expect(dictionary.values).toEqual(['héllo', '🌍', '']);
  });

  it('reads a field up to its delimiter, and adds nothing for a field cut short', () => {
    const dictionary = new ByteDictionary();
    const bytes = encode('abc,de\r\nfg');
    expect(dictionary.internField(bytes, 0, bytes.length)).toBe(0);
    expect(dictionary.fieldStop).toBe(3);
    expect(dictionary.internField(bytes, 4, bytes.length)).toBe(1);
    expect(dictionary.fieldStop).toBe(6);
    expect(dictionary.internField(bytes, 8, bytes.length)).toBe(-1);
    expect(dictionary.values).toEqual(['abc', 'de']);
  });

  it('tells apart short and long keys that differ in one byte, in length or only in a leading NUL', () => {
    const dictionary = new ByteDictionary();
    const keys = ['a', '\0a', 'a\0', 'abcdefgh', 'abcdefgi', 'abcdefghi', 'abcdefghj', 'xbcdefghi', 'a-long-category-name-1', 'a-long-category-name-2', ''];
    const codes = keys.map((key) => {
      const bytes = encode(`,${key},`);
      return dictionary.intern(bytes, 1, bytes.length - 1);
    });
    expect(codes).toEqual(keys.map((_, i) => i));
    const again = keys.map((key) => {
      const bytes = encode(`${key},`);
      return dictionary.internField(bytes, 0, bytes.length);
    });
    expect(again).toEqual(codes);
    expect(dictionary.values).toEqual(keys);
  });

  it('holds a million distinct values, short and long, including ones that differ only in length or order', () => {
    const dictionary = new ByteDictionary();
    const count = 1_000_000;
    const keys = Array.from({ length: count }, (_, i) => (i % 2 ? `id${i}` : `a-longer-key-${i}`));
    const bytes = encode(keys.join(''));
    let at = 0;
    const ends: number[] = [];
    for (const key of keys) ends.push((at += key.length));
    let wrong = 0;
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < count; i++) if (dictionary.intern(bytes, i === 0 ? 0 : ends[i - 1]!, ends[i]!) !== i) wrong++;
    }
    expect(wrong).toBe(0);
    expect(dictionary.values.length).toBe(count);
    expect(dictionary.values[123_457]).toBe('id123457');
    expect(dictionary.values[123_456]).toBe('a-longer-key-123456');
  });
});

describe('categorical columns in an upload', () => {
  it('code categories in order of first appearance, with many distinct values', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => `v${i % 150_000}`);
    const table = parse(`c\n${rows.join('\n')}\n`);
    const column = table.columns[0]!;
    if (column.kind !== 'categorical') throw new Error('categorical expected');
    expect(column.dictionary.length).toBe(150_000);
    expect(column.dictionary[149_999]).toBe('v149999');
    expect(column.codes[150_001]).toBe(1);
  });
});
