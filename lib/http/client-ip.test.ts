import { describe, expect, it } from 'vitest';
import { clientIp, trustedProxyHops } from './client-ip';

const forwarded = (value: string) => new Headers({ 'x-forwarded-for': value });

describe('clientIp', () => {
  it('takes the rightmost entry by default, which the client cannot write', () => {
    expect(clientIp(forwarded('203.0.113.7'), 1)).toBe('203.0.113.7');
    expect(clientIp(forwarded(' 1.2.3.4 , 203.0.113.7 '), 1)).toBe('203.0.113.7');
    expect(clientIp(forwarded('1.2.3.4, 5.6.7.8, 203.0.113.7'))).toBe('203.0.113.7');
  });

  it('counts trusted proxies from the right', () => {
    const header = forwarded('6.6.6.6, 203.0.113.7, 10.0.0.5');
    expect(clientIp(header, 2)).toBe('203.0.113.7');
    expect(clientIp(header, 3)).toBe('6.6.6.6');
    expect(clientIp(forwarded('2001:db8::1, 10.0.0.5'), 2)).toBe('2001:db8::1');
  });

  it('uses the first entry when there are fewer entries than trusted proxies', () => {
    expect(clientIp(forwarded('203.0.113.7, 10.0.0.5'), 5)).toBe('203.0.113.7');
  });

  it('gives null for a missing or empty entry and caps the length', () => {
    expect(clientIp(new Headers(), 1)).toBeNull();
    expect(clientIp(forwarded('203.0.113.7, '), 1)).toBeNull();
    expect(clientIp(forwarded('x'.repeat(500)), 1)).toHaveLength(64);
  });

  it('reads TRUSTED_PROXY_HOPS, falling back to 1 for anything that is not a whole number of at least 1', () => {
    expect(trustedProxyHops({})).toBe(1);
    expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: ' 2 ' })).toBe(2);
    for (const bad of ['0', '-1', '1.5', 'two', '', '99999']) expect(trustedProxyHops({ TRUSTED_PROXY_HOPS: bad })).toBe(1);
  });
});
