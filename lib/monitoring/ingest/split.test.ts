import { describe, expect, it } from 'vitest';
import type { ExpectedColumn, TableFormat } from './types';
import { parse, parseChunks, random, randomPieces, snapshot, thrown } from './test-support';

const encode = (text: string) => new TextEncoder().encode(text);

/** Parses `text` whole, byte by byte and in random pieces, and checks every result (or error) is the same. */
function expectSplitInvariant(text: string, options: { format?: TableFormat; expected?: ExpectedColumn[] }, seed: number) {
  const bytes = encode(text);
  const whole = thrown(() => parse(bytes, options)) ?? snapshot(parse(bytes, options));
  const next = random(seed);
  const splits: Uint8Array[][] = [Array.from(bytes, (byte) => Uint8Array.of(byte))];
  for (let i = 0; i < 30; i++) splits.push(randomPieces(bytes, next, 1 + Math.floor(next() * 64)));
  for (const pieces of splits) {
    expect(thrown(() => parseChunks(pieces, options)) ?? snapshot(parseChunks(pieces, options))).toEqual(whole);
  }
  return whole;
}

/** A random CSV cell: numbers in several spellings, missing tokens, quoted text with commas, quotes, line breaks, emoji. */
function randomCell(next: () => number): string {
  const pick = Math.floor(next() * 10);
  if (pick < 3) return (next() * 2000 - 1000).toFixed(Math.floor(next() * 4));
  if (pick === 3) return ['', 'NA', ' null ', 'NaN'][Math.floor(next() * 4)]!;
  if (pick === 4) return ['1e-3', '+2', '.5', '5.', '007'][Math.floor(next() * 5)]!;
  if (pick === 5) return `"q${Math.floor(next() * 5)}, ""x""\r\nü${next() < 0.5 ? '🌍' : ''}"`;
  return ['cat', 'chat', 'çà', '日本', 'a"b'][Math.floor(next() * 5)]! + Math.floor(next() * 4);
}

function randomCsv(next: () => number, rows: number, lineEnd: () => string): string {
  let text = next() < 0.5 ? '\uFEFF' : '';
  text += 'n,"x, y",c,d' + lineEnd();
  for (let r = 0; r < rows; r++) {
    const n = next() < 0.1 ? ['', 'NA', ' nan'][Math.floor(next() * 3)] : (next() * 100).toFixed(2);
    text += `${n},${randomCell(next)},${randomCell(next)},${randomCell(next)}${lineEnd()}`;
    if (next() < 0.05) text += lineEnd();
  }
  return text;
}

describe('results do not depend on how the bytes are cut into chunks', () => {
  it('CSV with quotes, CRLF, blank lines, BOM and multi-byte text, with and without a schema', () => {
    const next = random(11);
    const lineEnds = [() => '\n', () => '\r\n', () => ['\n', '\r\n', '\r'][Math.floor(next() * 3)]!];
    for (let i = 0; i < 6; i++) {
      const text = (i === 5 ? '\r\n\n' : '') + randomCsv(next, 60, lineEnds[i % 3]!) + (i % 2 ? '' : '1,2,3,4');
      const inferred = expectSplitInvariant(text, {}, i);
      expect(inferred).toHaveProperty('rowCount');
      const expected: ExpectedColumn[] = [
        { name: 'n', kind: 'numeric' },
        { name: 'x, y', kind: 'categorical' },
        { name: 'c', kind: 'categorical' },
        { name: 'd', kind: 'categorical' },
      ];
      expect(expectSplitInvariant(text, { expected }, 100 + i)).toHaveProperty('rowCount');
    }
  });

  it('CSV errors: ragged rows, bad values, bad quotes', () => {
    const expected: ExpectedColumn[] = [
      { name: 'a', kind: 'numeric' },
      { name: 'b', kind: 'categorical' },
    ];
    const cases = [
      'a,b\n1,x\n2,y,3\n4,z\n',
      'a,b\n1,x\n2\n',
      'a,b\n1,x\n2,y\nabc,z,extra\n',
      'a,b\n1,x\n2,"y"z\n',
      'a,b\n1,x\n2,"open\n',
      'a,b\n1,x\n1e,y\n',
      'a,b,c\n1,x,y\n1\n2,3\n',
    ];
    cases.forEach((text, i) => expect(expectSplitInvariant(text, { expected }, 200 + i)).toHaveProperty('message'));
  });

  it('JSON arrays and ndjson', () => {
    const next = random(12);
    const objects = Array.from({ length: 80 }, (_, i) =>
      JSON.stringify({ n: i % 7 === 0 ? null : next() * 10, s: `v${Math.floor(next() * 5)} ,]}"\\🌍`, ...(i % 5 ? { b: next() < 0.5 } : {}) }),
    );
    objects[0] = JSON.stringify({ n: 1, s: 'first', b: true });
    expect(expectSplitInvariant(` [\n${objects.join(' ,\n')}\n] `, { format: 'json' }, 300)).toHaveProperty('rowCount', 80);
    expect(expectSplitInvariant(`${objects.join('\r\n')}\n\n`, { format: 'ndjson' }, 301)).toHaveProperty('rowCount', 80);
    expect(expectSplitInvariant(`[${objects.slice(0, 10).join(',')},{"n": {"x": 1}}]`, { format: 'json' }, 302)).toHaveProperty('row', 11);
  });
});
