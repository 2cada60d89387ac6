import fc from 'fast-check';

/** Code units that break naive handling: lone surrogates, NUL, BOM, bidi override, path and pattern characters. */
const NASTY_UNITS = ['\uD800', '\uDFFF', '\u0000', '\uFEFF', '\u202E', '\u200B', 'é', '😀', '/', '\\', '%', '.', '*', '_', "'", '"', '<', '\n', ' '];

/** Strings people and scripts get wrong: numbers in disguise, traversal, SQL and LIKE patterns, empty and blank. */
const NASTY_STRINGS = [
  '', ' ', '\t\n', 'null', 'undefined', 'true', 'NaN', 'Infinity', '-Infinity', '-0', '0', '-1', '1e309', '1e-400', '9007199254740993', '0x1f', '1.5', ' 7', '07',
  '%00', '..%2F..%2Fetc%2Fpasswd', '../../etc/passwd', '%', '%%', '%E0%A4%A', '_%', '.*', "'; DROP TABLE users; --", '__proto__', 'constructor',
  'a\u0000b', '\uD800', 'x\uDFFFy', '<script>alert(1)</script>', '@champion', 'churn', 'sandbox',
];

/** Rarely, a string of 10 KB to 1 MB (JSON bodies are limited to 1 MiB, so some of these are 413s). */
const huge = fc
  .tuple(fc.constantFrom(10_000, 100_000, 1_000_000), fc.constantFrom('x', 'é', '\u0000', '😀', '\uD800', '9'))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)));

export const junkString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 4 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: fc.constantFrom(...NASTY_UNITS), maxLength: 30 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 200, maxLength: 400 }), weight: 1 },
  { arbitrary: huge, weight: 1 },
);

export const BOUNDARY_NUMBERS = [0, -0, 1, -1, 0.5, 2 ** 31, 2 ** 32, -(2 ** 31), 2 ** 53 - 1, 2 ** 53 + 1, -(2 ** 53 + 1), Number.MAX_VALUE, Number.MIN_VALUE, 1e308, -1e308];

export const junkNumber: fc.Arbitrary<number> = fc.oneof(fc.constantFrom(...BOUNDARY_NUMBERS), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }));

/**
 * Numbers JSON.stringify cannot write: they travel as a marked string that `jsonText` puts back
 * bare, so the server's parser sees `1e400` or `-0` as written.
 */
const RAW_NUMBERS = ['1e400', '-1e400', '-0', '1E-400', '9007199254740993', '-9007199254740993', '123456789012345678901234567890', '0.1e1'];
const rawNumber = fc.constantFrom(...RAW_NUMBERS).map((text) => `@@${text}@@`);

export const jsonText = (value: unknown): string => JSON.stringify(value).replace(/"@@([-+.\deE]+)@@"/g, '$1');

/** Keys that tempt prototype pollution or collide with object methods, beside ordinary junk. */
const junkKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', '', ' ', 'name', 'id', 'version'), fc.string({ unit: 'binary', maxLength: 12 }));

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: junkString, weight: 4 },
  { arbitrary: junkNumber, weight: 3 },
  { arbitrary: rawNumber, weight: 1 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constant(null), weight: 2 },
);

/** Any JSON value: wrong types, nulls, nested arrays and objects a few levels deep. */
export const junkValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { arbitrary: leaf, weight: 5 },
    { arbitrary: fc.array(tie('value'), { maxLength: 4 }), weight: 1 },
    { arbitrary: fc.dictionary(junkKey, tie('value'), { maxKeys: 4 }), weight: 1 },
  ),
})).value;

/** A JSON object shaped like `sample`: some fields dropped, some turned to junk, some unknown ones added. */
export function mutatedObject(sample: Record<string, unknown>): fc.Arbitrary<Record<string, unknown>> {
  const keys = Object.keys(sample);
  const field = keys.length > 0 ? fc.oneof(fc.constantFrom(...keys), junkKey) : junkKey;
  return fc.tuple(fc.subarray(keys), fc.array(fc.tuple(field, junkValue), { maxLength: 4 })).map(([kept, junk]) => {
    const out: Record<string, unknown> = Object.fromEntries(kept.map((key) => [key, sample[key]]));
    // defineProperty so that `__proto__` becomes an own field, as JSON.parse makes it on the server.
    for (const [key, value] of junk) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    return out;
  });
}

/** Bodies that are not JSON objects at all: broken syntax, deep nesting, binary, a BOM before valid JSON. */
export const junkText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('{', '{"a":', '[', 'undefined', "{'a':1}", '{"a":1,}', 'NaN', '\uFEFF{}', '\u0000', 'a=1&b=2', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\n1\r\n--x--'),
  fc.constantFrom(2_000, 100_000).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`),
  fc.constantFrom(2_000).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  junkValue.map(jsonText),
  junkString,
);

export const junkContentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-16',
  'text/plain',
  'text/csv',
  'application/octet-stream',
  'multipart/form-data; boundary=x',
  'application/x-www-form-urlencoded',
  'application/x-ndjson',
  '',
  'x/y; charset="',
);
