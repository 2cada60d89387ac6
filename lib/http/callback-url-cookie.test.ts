import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Auth.js's own cookie parser (not among its package exports): what ours must agree with.
import { parse as authJsParse } from '../../node_modules/@auth/core/lib/vendored/cookie.js';
import { brokenCallbackCookies, cookieHeaderWithout, cookieValues, expiringCookies } from './callback-url-cookie';

const ORIGIN = 'http://localhost:3000';

describe('brokenCallbackCookies', () => {
  it.each([
    ['a NUL byte', 'authjs.callback-url=%00'],
    ['a value that does not decode, which Auth.js keeps raw', 'authjs.callback-url=%ZZ'],
    ['a broken first copy, which Auth.js reads, before a good one', 'authjs.callback-url=%00; authjs.callback-url=/ok'],
    ['a name with blanks around it, which Auth.js trims', ' authjs.callback-url =%00'],
    ['no URL at all', 'x=1; authjs.callback-url=not%20a%20url'],
  ])('finds %s', (_what, header) => {
    expect(brokenCallbackCookies(header, ORIGIN)).toEqual(['authjs.callback-url']);
  });

  it.each([
    ['a path', 'authjs.callback-url=%2Fmodels%3Ftab%3Dversions'],
    ['an absolute URL', '__Secure-authjs.callback-url=https%3A%2F%2Fmodels.example.com%2F'],
    ['a good first copy before a broken one, which Auth.js never reads', 'authjs.callback-url=/ok; authjs.callback-url=%00'],
    ['an empty value', 'authjs.callback-url='],
    ['no callback cookie', 'authjs.session-token=opaque'],
  ])('leaves %s alone', (_what, header) => {
    expect(brokenCallbackCookies(header, ORIGIN)).toEqual([]);
  });

  it('reads every cookie header exactly as Auth.js does', () => {
    const blank = fc.constantFrom('', ' ', '\t', '  ');
    const name = fc.oneof(fc.constantFrom('authjs.callback-url', '__Secure-authjs.callback-url', 'authjs.session-token'), fc.string({ maxLength: 6 }));
    const value = fc.oneof(fc.constantFrom('%00', '%ZZ', '%E0%A4%A', '/ok', 'https%3A%2F%2Fx.example', '"quoted"', ''), fc.string({ maxLength: 12 }));
    const pair = fc.tuple(blank, name, blank, value, blank).map(([a, n, b, v, c]) => `${a}${n}${b}=${v}${c}`);
    const header = fc.array(fc.oneof(pair, fc.string({ maxLength: 5 })), { maxLength: 6 }).map((parts) => parts.join(';'));
    fc.assert(
      fc.property(header, (text) => {
        const theirs = authJsParse(text) as Record<string, string>;
        const ours = cookieValues(text);
        expect(Object.fromEntries(ours)).toEqual({ ...theirs });
      }),
      { numRuns: 2000, seed: 7 },
    );
  });
});

describe('cookieHeaderWithout', () => {
  it('drops every copy of the names, however spaced, and keeps every other pair as sent', () => {
    expect(cookieHeaderWithout('a=%41; authjs.callback-url=%00;authjs.callback-url=/ok; b=2', ['authjs.callback-url'])).toBe('a=%41; b=2');
    expect(cookieHeaderWithout(' authjs.callback-url =%00; s=opaque', ['authjs.callback-url'])).toBe('s=opaque');
  });
});

describe('expiringCookies', () => {
  it('expires each cookie on the path Auth.js set it, keeping the Secure a __Secure- name requires', () => {
    expect(expiringCookies(['authjs.callback-url', '__Secure-authjs.callback-url'])).toEqual([
      'authjs.callback-url=; Path=/; Max-Age=0; SameSite=Lax',
      '__Secure-authjs.callback-url=; Path=/; Max-Age=0; SameSite=Lax; Secure',
    ]);
  });
});
