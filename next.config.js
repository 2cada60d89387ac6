/**
 * Headers every response carries, static files and 404s included. The proxy replaces the CSP of
 * pages with one holding a per-request script nonce (same lower-case name, so its value wins).
 */
const SECURITY_HEADERS = [
  { key: 'content-security-policy', value: "default-src 'none'; frame-ancestors 'none'" },
  { key: 'x-content-type-options', value: 'nosniff' },
  { key: 'x-frame-options', value: 'DENY' },
  { key: 'referrer-policy', value: 'strict-origin-when-cross-origin' },
  { key: 'permissions-policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Artifact uploads stream through route handlers; server actions only carry small forms.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '2mb' } },
  serverExternalPackages: ['better-sqlite3'],
  // No page uses next/image. Switched off, /_next/image answers 404 instead of decoding whatever
  // image a caller names: the code behind 2026's worst Next.js advisories (AVIF RCE, optimizer DoS).
  images: { unoptimized: true },
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      // TLS ends at the proxy in front of `next start`; HSTS on plain HTTP would be ignored anyway.
      {
        source: '/:path*',
        has: [{ type: 'header', key: 'x-forwarded-proto', value: '[Hh][Tt][Tt][Pp][Ss](?:,.*)?' }],
        headers: [{ key: 'strict-transport-security', value: 'max-age=63072000; includeSubDomains' }],
      },
    ];
  },
};

module.exports = nextConfig;
