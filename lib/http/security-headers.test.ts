import { describe, expect, it } from 'vitest';
import { echoingRequestId } from '@/lib/api/traced';
import { requestIdFrom, withRequestIdHeader } from './request-id';
import { arrivedOverHttps, createNonce, pageCsp } from './security-headers';

function directives(csp: string): Map<string, string> {
  return new Map(csp.split('; ').map((d) => [d.split(' ')[0]!, d.slice(d.indexOf(' ') + 1)]));
}

describe('pageCsp', () => {
  it('lets only scripts carrying the nonce run, and never eval in production', () => {
    const csp = directives(pageCsp('abc123==', { https: false }));
    expect(csp.get('script-src')).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'self'");
    expect(csp.get('form-action')).toBe("'self'");
    expect(pageCsp('abc123==', { https: true })).not.toContain('unsafe-eval');
    expect(pageCsp('abc123==', { https: false, development: true })).toContain("'unsafe-eval'");
  });

  it('keeps inline styles allowed without a style nonce, which would switch unsafe-inline off', () => {
    expect(directives(pageCsp('n', { https: false })).get('style-src')).toBe("'self' 'unsafe-inline'");
  });

  it('upgrades insecure requests only for pages served over HTTPS', () => {
    expect(pageCsp('n', { https: true })).toContain('upgrade-insecure-requests');
    expect(pageCsp('n', { https: false })).not.toContain('upgrade-insecure-requests');
  });
});

describe('createNonce', () => {
  it('is 128 random bits in base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});

describe('arrivedOverHttps', () => {
  it('trusts the URL scheme or the first X-Forwarded-Proto hop', () => {
    expect(arrivedOverHttps('https:', null)).toBe(true);
    expect(arrivedOverHttps('http:', 'https')).toBe(true);
    expect(arrivedOverHttps('http:', 'HTTPS, http')).toBe(true);
    expect(arrivedOverHttps('http:', 'http')).toBe(false);
    expect(arrivedOverHttps('http:', 'http, https')).toBe(false);
    expect(arrivedOverHttps('http:', null)).toBe(false);
  });
});

describe('requestIdFrom', () => {
  it('keeps a sane incoming id', () => {
    for (const id of ['abc', 'req-1.2_3', 'a'.repeat(64), '0f8fad5b-d9cb-469f-a165-70867728950e']) expect(requestIdFrom(id)).toBe(id);
  });

  it('replaces a missing, long or unsafe id with a fresh UUID, never echoing it', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const id of [null, '', 'a'.repeat(65), 'has space', 'line\nbreak', '<script>', 'ü']) {
      const result = requestIdFrom(id);
      expect(result).toMatch(uuid);
      expect(result).not.toBe(id);
    }
    expect(requestIdFrom(null)).not.toBe(requestIdFrom(null));
  });
});

describe('echoing the request id', () => {
  it('sets it on a response, copying one whose headers are immutable', async () => {
    expect(withRequestIdHeader(Response.json({}), 'a1').headers.get('x-request-id')).toBe('a1');
    const redirect = withRequestIdHeader(Response.redirect('http://localhost/elsewhere', 307), 'a2');
    expect(redirect.status).toBe(307);
    expect(redirect.headers.get('location')).toBe('http://localhost/elsewhere');
    expect(redirect.headers.get('x-request-id')).toBe('a2');
  });

  it('wraps a route handler so its answers carry the caller’s id or a fresh one', async () => {
    const handler = echoingRequestId((request: Request, suffix: string) => new Response(`${new URL(request.url).pathname}${suffix}`));
    const reused = await handler(new Request('http://localhost/x', { headers: { 'x-request-id': 'caller-1' } }), '!');
    expect(reused.headers.get('x-request-id')).toBe('caller-1');
    expect(await reused.text()).toBe('/x!');
    expect((await handler(new Request('http://localhost/x', { headers: { 'x-request-id': 'bad id' } }), '')).headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
