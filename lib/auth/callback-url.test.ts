import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from './callback-url';

describe('safeCallbackUrl', () => {
  it('keeps same-site paths', () => {
    expect(safeCallbackUrl('/models/iris?tab=versions')).toBe('/models/iris?tab=versions');
  });

  it.each([['https://evil.example'], ['//evil.example'], ['/\\evil.example'], [null], ['/login']])('falls back for %j', (value) => {
    expect(safeCallbackUrl(value)).toBe('/');
  });
});
