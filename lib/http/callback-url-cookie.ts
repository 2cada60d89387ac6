/**
 * Auth.js answers 500 on every route, and its `auth()` treats the user as signed out, when its
 * callback-url cookie holds something that is no http(s) URL: it takes that for a broken server
 * configuration. Such a cookie can only be crafted (a NUL byte, `%ZZ`, or one set from a sibling
 * domain), so the proxy and the Auth.js route drop it before Auth.js reads the cookies, and ask the
 * browser to forget it. Pure and free of `server-only`, because proxy.ts imports it.
 */
export const CALLBACK_URL_COOKIES = ['authjs.callback-url', '__Secure-authjs.callback-url'];

/** Auth.js's own test: an absolute http(s) URL, or a path on our origin. */
export function isHttpTarget(value: string, origin: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith('/') ? origin : undefined).protocol);
  } catch {
    return false;
  }
}

const trimBlanks = (text: string) => text.replace(/^[ \t]+|[ \t]+$/g, '');

function decoded(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A `name=value` segment's name as Auth.js's cookie parser reads it: trimmed of blanks. */
const nameOf = (segment: string) => trimBlanks(segment.slice(0, segment.indexOf('=')));

/** The header's pairs as Auth.js reads them: names and values trimmed of blanks, values decoded when they can be. */
function pairs(header: string): { name: string; value: string }[] {
  return header
    .split(';')
    .filter((segment) => segment.includes('='))
    .map((segment) => ({ name: nameOf(segment), value: decoded(trimBlanks(segment.slice(segment.indexOf('=') + 1))) }));
}

/** Each cookie's value as Auth.js sees it: the first pair of a repeated name wins. */
export function cookieValues(header: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const { name, value } of pairs(header)) if (!values.has(name)) values.set(name, value);
  return values;
}

/** The callback-url cookies in this Cookie header that Auth.js would refuse. */
export function brokenCallbackCookies(header: string | null, origin: string): string[] {
  const values = cookieValues(header ?? '');
  return CALLBACK_URL_COOKIES.filter((name) => {
    const value = values.get(name);
    return value !== undefined && value !== '' && !isHttpTarget(value, origin);
  });
}

/** The Cookie header without any pair of these names, every other pair as sent. */
export function cookieHeaderWithout(header: string, names: string[]): string {
  return header
    .split(';')
    .filter((segment) => !segment.includes('=') || !names.includes(nameOf(segment)))
    .join(';')
    .trim();
}

/** Set-Cookie values that make the browser forget these cookies (Auth.js sets them on path /). */
export const expiringCookies = (names: string[]): string[] => names.map((name) => `${name}=; Path=/; Max-Age=0; SameSite=Lax${name.startsWith('__Secure-') ? '; Secure' : ''}`);
