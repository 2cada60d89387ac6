/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Artifact uploads stream through route handlers; server actions only carry small forms.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: '2mb' } },
  serverExternalPackages: ['better-sqlite3'],
};

module.exports = nextConfig;
