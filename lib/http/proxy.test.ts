import { unstable_doesMiddlewareMatch as matches, unstable_getResponseFromNextConfig as fromNextConfig } from 'next/experimental/testing/server';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import proxy, { config } from '@/proxy';
import nextConfig from '@/next.config.js';

const SESSION = { cookie: 'authjs.session-token=opaque' };

function call(path: string, headers: Record<string, string> = {}) {
  return proxy(new NextRequest(`http://localhost:3000${path}`, { headers }));
}

/** What the proxy hands on to Next.js as the request's headers. */
const forwarded = (response: Response, name: string) => response.headers.get(`x-middleware-request-${name}`);
const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];

describe('the proxy', () => {
  it('still sends a signed-out visitor of a page to the sign-in page, with the security headers', () => {
    const response = call('/models/churn?tab=versions');
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toBe('http://localhost:3000/login?callbackUrl=%2Fmodels%2Fchurn%3Ftab%3Dversions');
    expect(call('/').headers.get('location')).toBe('http://localhost:3000/login');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('lets the sign-in page and public files through without a session', () => {
    for (const path of ['/login', '/login?callbackUrl=%2Fmodels', '/icon.svg', '/favicon.ico', '/robots.txt', '/logo.png']) {
      const response = call(path);
      expect(response.headers.get('location'), path).toBeNull();
      expect(response.headers.get('x-middleware-next'), path).toBe('1');
      expect(nonceOf(response.headers.get('content-security-policy')), path).toBeTruthy();
    }
  });

  it('gives a page a fresh nonce, on the response CSP and on the request Next.js renders from', () => {
    const [first, second] = [call('/models', SESSION), call('/models', SESSION)];
    const csp = first.headers.get('content-security-policy');
    const nonce = nonceOf(csp);
    expect(nonce).toBeTruthy();
    expect(csp).not.toContain('unsafe-eval');
    expect(forwarded(first, 'content-security-policy')).toBe(csp);
    expect(forwarded(first, 'x-nonce')).toBe(nonce);
    expect(nonceOf(second.headers.get('content-security-policy'))).not.toBe(nonce);
  });

  it('forwards and echoes a request id, reusing a sane incoming one and replacing anything else', () => {
    const reused = call('/login', { 'x-request-id': 'lb-1234.abc_DEF' });
    expect(reused.headers.get('x-request-id')).toBe('lb-1234.abc_DEF');
    expect(forwarded(reused, 'x-request-id')).toBe('lb-1234.abc_DEF');
    const replaced = call('/models', { ...SESSION, 'x-request-id': 'evil value\twith spaces' });
    const id = replaced.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(forwarded(replaced, 'x-request-id')).toBe(id);
  });

  it('keeps the other request headers Next.js needs, such as the cookie', () => {
    expect(forwarded(call('/models', SESSION), 'cookie')).toBe(SESSION.cookie);
  });

  it('asks browsers to upgrade insecure requests only when the page came over HTTPS', () => {
    expect(call('/models', SESSION).headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    expect(call('/models', { ...SESSION, 'x-forwarded-proto': 'https' }).headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    expect(proxy(new NextRequest('https://models.example.com/login')).headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
  });

  it('hides a callback-url cookie Auth.js would refuse from the page, and has the browser forget it', () => {
    const response = call('/models', { cookie: 'authjs.session-token=opaque; authjs.callback-url=%ZZ' });
    expect(forwarded(response, 'cookie')).toBe('authjs.session-token=opaque');
    expect(response.headers.getSetCookie()).toEqual(['authjs.callback-url=; Path=/; Max-Age=0; SameSite=Lax']);
    const signedOut = call('/login', { cookie: 'authjs.callback-url=%00' });
    expect(forwarded(signedOut, 'cookie')).toBe('');
    expect(signedOut.headers.getSetCookie()).toHaveLength(1);
    const fine = call('/models', { cookie: 'authjs.session-token=opaque; authjs.callback-url=%2Fmodels' });
    expect(forwarded(fine, 'cookie')).toBe('authjs.session-token=opaque; authjs.callback-url=%2Fmodels');
    expect(fine.headers.getSetCookie()).toEqual([]);
  });

  it('runs on pages, the sign-in page and public files, never on API routes or hashed build assets', () => {
    for (const url of ['/', '/models', '/login', '/icon.svg', '/nowhere', '/api']) expect(matches({ config, url }), url).toBe(true);
    for (const url of ['/api/health', '/api/v1/models', '/api/2.0/mlflow/runs/log-batch', '/ajax-api/2.0/mlflow/runs/get', '/_next/static/chunks/main.js', '/_next/image?url=%2Ficon.svg&w=64&q=75']) {
      expect(matches({ config, url }), url).toBe(false);
    }
  });
});

describe('the headers in next.config.js', () => {
  it('put the fixed security headers on every path, static files and 404s included', async () => {
    for (const url of ['http://localhost/_next/static/chunks/main.js', 'http://localhost/no/such/page', 'http://localhost/api/v1/models']) {
      const { headers } = await fromNextConfig({ url, nextConfig });
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('DENY');
      expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(headers.get('permissions-policy')).toContain('camera=()');
      expect(headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(headers.get('strict-transport-security')).toBeNull();
    }
  });

  it('add HSTS, pages included, when a TLS-terminating proxy says the request was HTTPS', async () => {
    for (const [url, proto] of [['http://localhost/_next/static/chunks/main.js', 'https'], ['http://localhost/models', 'https, http'], ['http://localhost/login', 'HTTPS']]) {
      const { headers } = await fromNextConfig({ url: url!, nextConfig, headers: { 'x-forwarded-proto': proto! } });
      expect(headers.get('strict-transport-security'), url).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    }
  });
});
