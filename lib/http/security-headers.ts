/**
 * Security headers the proxy adds to pages per request. Pure and free of `server-only`, because
 * proxy.ts imports it. The headers that never vary (nosniff, frame options, referrer and permissions
 * policies, HSTS, and the CSP of everything that is not a page) come from next.config.js, so API
 * answers and static files, which skip the proxy, carry them too.
 */

/** 128 random bits, base64: unguessable, and fresh for every page render. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/** `next start` speaks plain HTTP; TLS ends at a proxy in front that says so in X-Forwarded-Proto. */
export function arrivedOverHttps(protocol: string, forwardedProto: string | null): boolean {
  return protocol === 'https:' || forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https';
}

interface PageCspOptions {
  https: boolean;
  /** React's development build reconstructs server stacks with eval; production never needs it. */
  development?: boolean;
}

/**
 * Scripts run only with this render's nonce ('strict-dynamic' lets those load their own chunks).
 * Styles keep 'unsafe-inline': Radix and Recharts position elements with inline style attributes,
 * which a nonce cannot cover, and style injection cannot run code.
 */
export function pageCsp(nonce: string, { https, development = false }: PageCspOptions): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    // Chart downloads rasterise an SVG through a blob: URL.
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only over HTTPS: on plain HTTP it would rewrite our own asset URLs to an https: that is not served.
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}
