import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareVersions, floorViolations, productionPackages, readAuditReport } from './check.mjs';

const readJson = (file: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, file), 'utf8'));

const lockfile = (packages: Record<string, { version: string; dev?: boolean }>) => ({ lockfileVersion: 3, packages: { '': { name: 'app' }, ...packages } });
const advisory = { id: 'GHSA-test', package: 'next', severity: 'high', patched: '16.3.3', title: 'test' };

describe('compareVersions', () => {
  it.each([
    ['16.4.6', '16.3.3', 1],
    ['16.3.3', '16.3.3', 0],
    ['16.2.11', '16.3.3', -1],
    ['16.10.0', '16.9.9', 1],
    ['5.0.0-beta.32', '5.0.0-beta.32', 0],
    ['5.0.0-beta.9', '5.0.0-beta.32', -1],
    ['5.0.0-beta.32', '5.0.0', -1],
    ['5.0.0', '5.0.0-beta.32', 1],
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-1', '1.0.0-alpha', -1],
  ])('%s against %s is %i', (a, b, order) => {
    expect(compareVersions(a, b)).toBe(order);
  });

  it('refuses what is not a version rather than guessing', () => {
    expect(() => compareVersions('latest', '1.0.0')).toThrow(/Not a semver version/);
  });
});

describe('floorViolations', () => {
  it('flags every production copy older than the fix, nested ones included', () => {
    const found = floorViolations(
      lockfile({ 'node_modules/next': { version: '16.2.11' }, 'node_modules/x/node_modules/next': { version: '16.1.0' } }),
      [advisory],
    );
    expect(found.map((v: { where: string; installed: string }) => [v.where, v.installed])).toEqual([
      ['node_modules/next', '16.2.11'],
      ['node_modules/x/node_modules/next', '16.1.0'],
    ]);
  });

  it('passes the patched version and later ones, and ignores dev-only copies', () => {
    const lock = lockfile({ 'node_modules/next': { version: '16.3.3' }, 'node_modules/y/node_modules/next': { version: '15.0.0', dev: true } });
    expect(floorViolations(lock, [advisory])).toEqual([]);
    expect(productionPackages(lock).map((p: { name: string }) => p.name)).toEqual(['next']);
  });
});

describe('readAuditReport', () => {
  it('reports an unreachable advisory endpoint as unavailable, not as a clean audit', () => {
    const refused = { message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405, error: { summary: '' } };
    expect(readAuditReport(refused)).toEqual({ unavailable: refused.message });
  });

  it('keeps only high and critical findings, with their advisories', () => {
    const via = { title: 'Proxy bypass', url: 'https://github.com/advisories/GHSA-x', severity: 'high' };
    const report = {
      auditReportVersion: 2,
      vulnerabilities: {
        next: { name: 'next', severity: 'high', via: [via, 'react'] },
        postcss: { name: 'postcss', severity: 'moderate', via: [{ ...via, severity: 'moderate' }] },
      },
    };
    expect(readAuditReport(report)).toEqual({ severe: [{ package: 'next', severity: 'high', advisories: ['Proxy bypass (https://github.com/advisories/GHSA-x)'] }] });
  });
});

describe('the committed lockfile', () => {
  const reviewed = readJson('reviewed-advisories.json');
  const lock = readJson('../../package-lock.json');

  it('installs no production package older than the fix of a reviewed advisory', () => {
    expect(floorViolations(lock, reviewed.advisories)).toEqual([]);
  });

  it('still installs every package the review covers, so the list does not go stale unnoticed', () => {
    const installed = new Set(productionPackages(lock).map((p: { name: string }) => p.name));
    expect(reviewed.advisories.map((a: { package: string }) => a.package).filter((name: string) => !installed.has(name))).toEqual([]);
  });
});
