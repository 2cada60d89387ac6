import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // `server-only` throws outside React Server Components; tests run lib/ directly in Node.
      'server-only': path.resolve(import.meta.dirname, 'scripts/empty-module.mjs'),
    },
  },
  test: {
    include: ['{app,lib,db,components,scripts}/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 60_000,
    // next-auth imports `next/server` without an extension, which only a bundler resolves.
    server: { deps: { inline: ['next-auth', '@auth/core'] } },
  },
});
