import fc from 'fast-check';
import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it } from 'vitest';
import { GET, POST } from '@/app/api/auth/[...nextauth]/route';
import { captureLogOutput } from '@/lib/testing/log-output';
import { withTempWorkspace } from '@/lib/testing/temp-workspace';
import { insertUser } from '@/lib/users/use-cases';
import { contentDigest } from './digest';
import { junkContentType, junkString, junkText } from './junk';
import { fuzzOptions } from './options';

/**
 * Auth.js's own routes (sign-in, session, CSRF token, sign-out), which the other fuzz targets leave
 * out because they answer in Auth.js's shapes, not ours. Junk must never be a 5xx, never send the
 * browser to another origin, never leak a stack, and never get as far as a password check.
 */

const ORIGIN = 'http://localhost';
const EMAIL = 'grace@example.com';
const PASSWORD = 'correct horse battery';

const ACTIONS = ['providers', 'csrf', 'session', 'signin', 'signin/credentials', 'signout', 'callback/credentials', 'callback/github', 'error', 'verify-request', 'webauthn-options/credentials'];
/** Where an attacker would like a sign-in to land: other origins, protocol-relative and script URLs. */
const HOSTILE_TARGETS = ['https://evil.example/steal', '//evil.example', '/\\evil.example', '\\\\evil.example', 'javascript:alert(1)', 'http://localhost.evil.example/', 'http://localhost@evil.example/'];

/** Headers carry only bytes a browser would send: lone surrogates become U+FFFD, then percent-encoding. */
const headerSafe = (value: string) => encodeURIComponent(Buffer.from(value, 'utf8').toString('utf8'));

const target = fc.oneof(fc.constantFrom(...HOSTILE_TARGETS), junkString);
const field = fc.oneof(target, fc.constant(EMAIL), fc.constant(PASSWORD));
const form = fc
  .dictionary(fc.oneof(fc.constantFrom('email', 'password', 'csrfToken', 'callbackUrl', 'redirect', 'json'), junkString), field, { maxKeys: 6 })
  .map((fields) => new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, Buffer.from(v, 'utf8').toString('utf8')])).toString());
const body = fc.oneof(
  form.map((text) => ({ text, contentType: 'application/x-www-form-urlencoded' })),
  fc.record({ text: junkText, contentType: junkContentType }),
);
/** Cookie values as sent, unencoded: what a crafted header can carry that a browser-set cookie would not. */
const rawCookieValue = fc.string({ unit: fc.constantFrom('%', 'Z', '0', 'E', 'A', '/', 'h', ':', '"', ' ', '\t', '=', 'x'), maxLength: 12 });
const cookieName = fc.constantFrom('authjs.session-token', 'authjs.csrf-token', 'authjs.callback-url', '__Secure-authjs.callback-url', '__Secure-authjs.session-token', 'authjs.session-token.0');
// Repeated names and blanks around them included: Auth.js reads the first copy, trimmed.
const cookie = fc
  .array(fc.tuple(fc.constantFrom('', ' ', '\t'), cookieName, fc.oneof(junkString.map(headerSafe), rawCookieValue)), { maxLength: 4 })
  .map((jar) => jar.map(([blank, name, value]) => `${blank}${name}${blank}=${value}`).join('; '));

const call = fc.record({
  method: fc.constantFrom('GET', 'POST'),
  action: fc.oneof({ arbitrary: fc.constantFrom(...ACTIONS), weight: 4 }, { arbitrary: junkString.map(headerSafe), weight: 1 }),
  query: fc.option(fc.dictionary(fc.constantFrom('callbackUrl', 'error', 'csrf', 'json'), target, { maxKeys: 2 }), { nil: undefined }),
  body,
  cookie,
});

interface Answer {
  status: number;
  location: string | null;
  text: string;
  setCookies: string[];
}

async function send(method: string, path: string, init: { body?: string; contentType?: string; cookie?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (init.contentType) headers['content-type'] = init.contentType;
  if (init.cookie) headers.cookie = init.cookie;
  const request = new NextRequest(`${ORIGIN}${path}`, { method, headers, body: method === 'POST' ? init.body : undefined });
  const response = await (method === 'POST' ? POST : GET)(request);
  return { status: response.status, location: response.headers.get('location'), text: await response.text(), setCookies: response.headers.getSetCookie() };
}

/** What holds for every answer, junk or not. */
function expectSafeAnswer(answer: Answer, what: string): void {
  const detail = `${what} → ${answer.status} ${answer.location ?? ''} ${answer.text.slice(0, 300)}`;
  expect(answer.status, detail).toBeLessThan(500);
  if (answer.location !== null) expect(new URL(answer.location, ORIGIN).origin, detail).toBe(ORIGIN);
  expect(answer.text, detail).not.toMatch(/\bat .+\.(?:js|ts):\d+/);
}

const sessionIssued = (answer: Answer) => answer.setCookies.some((c) => /^(?:__Secure-)?authjs\.session-token=[^;]+/.test(c));

/** A CSRF token and its cookie, as the sign-in page gets them: a POST carrying both gets past Auth.js's check. */
async function csrfPair(): Promise<{ token: string; cookie: string }> {
  const answer = await send('GET', '/api/auth/csrf');
  const { csrfToken } = JSON.parse(answer.text) as { csrfToken: string };
  return { token: csrfToken, cookie: answer.setCookies.map((c) => c.split(';')[0]).join('; ') };
}

describe("Auth.js's own routes", () => {
  withTempWorkspace();
  // Every refused junk call is a log line; the assertions below are what matters here.
  captureLogOutput();
  beforeEach(async () => {
    await insertUser({ email: EMAIL, name: 'Grace', password: PASSWORD, role: 'reviewer' }, null);
  });

  it('answer junk without a 5xx, a foreign redirect or a stack, and without it reaching a password check', async () => {
    await fc.assert(
      fc.asyncProperty(call, async ({ method, action, query, body, cookie }) => {
        const search = query ? `?${new URLSearchParams(Object.entries(query).map(([k, v]) => [k, Buffer.from(v, 'utf8').toString('utf8')]))}` : '';
        const before = contentDigest();
        const answer = await send(method, `/api/auth/${action}${search}`, { body: body.text, contentType: body.contentType, cookie });
        expectSafeAnswer(answer, `${method} ${action}`);
        expect(sessionIssued(answer), `${method} ${action} issued a session`).toBe(false);
        // Without a CSRF token minted by us, nothing is counted, audited or stored.
        expect(contentDigest(), `${method} ${action} changed the database`).toEqual(before);
      }),
      fuzzOptions('auth routes: junk', 250),
    );
  });

  it('answer junk credentials carrying a valid CSRF token without a 5xx or a foreign redirect, and never sign anyone in', async () => {
    const credentials = fc.record({ email: fc.oneof(fc.constant(EMAIL), junkString), password: junkString, callbackUrl: target });
    await fc.assert(
      fc.asyncProperty(credentials, async (fields) => {
        const { token, cookie } = await csrfPair();
        const form = new URLSearchParams(Object.entries({ ...fields, csrfToken: token }).map(([k, v]) => [k, Buffer.from(v, 'utf8').toString('utf8')]));
        const answer = await send('POST', '/api/auth/callback/credentials', { body: form.toString(), contentType: 'application/x-www-form-urlencoded', cookie });
        expectSafeAnswer(answer, `sign-in as ${JSON.stringify(fields.email).slice(0, 40)}`);
        expect(sessionIssued(answer)).toBe(false);
      }),
      fuzzOptions('auth routes: credentials', 40),
    );
  });

  it('drops a callback URL that is no URL instead of answering 500, keeping the other cookies (regression)', async () => {
    const { token, cookie } = await csrfPair();
    const form = new URLSearchParams({ email: EMAIL, password: PASSWORD, csrfToken: token });
    const signedIn = await send('POST', '/api/auth/callback/credentials', { body: form.toString(), contentType: 'application/x-www-form-urlencoded', cookie });
    const session = signedIn.setCookies.find((c) => c.startsWith('authjs.session-token='))!.split(';')[0];
    const cases: [string, string][] = [
      ['/api/auth/session', `authjs.callback-url=%00; ${session}`],
      ['/api/auth/session?callbackUrl=%00', session!],
      ['/api/auth/session', `${session}; __Secure-authjs.callback-url=not%20a%20url`],
      ['/api/auth/session', `authjs.callback-url=%ZZ; ${session}`],
      ['/api/auth/session', `authjs.callback-url=%00; authjs.callback-url=/ok; ${session}`],
      ['/api/auth/session', ` authjs.callback-url =%00; ${session}`],
    ];
    for (const [path, jar] of cases) {
      const answer = await send('GET', path, { cookie: jar });
      expect(answer.status, `${path} with ${jar.slice(0, 40)}`).toBe(200);
      expect(JSON.parse(answer.text), path).toMatchObject({ user: { email: EMAIL } });
      if (jar.includes('callback-url')) expect(answer.setCookies.some((c) => /callback-url=; Path=\/; Max-Age=0/.test(c)), jar).toBe(true);
    }
  });

  it('is not vacuous: the same request with the right password and a hostile callback signs in and stays on our origin', async () => {
    const { token, cookie } = await csrfPair();
    const form = new URLSearchParams({ email: EMAIL, password: PASSWORD, csrfToken: token, callbackUrl: 'https://evil.example/steal' });
    const answer = await send('POST', '/api/auth/callback/credentials', { body: form.toString(), contentType: 'application/x-www-form-urlencoded', cookie });
    expect(sessionIssued(answer)).toBe(true);
    expectSafeAnswer(answer, 'a real sign-in');
  });
});
