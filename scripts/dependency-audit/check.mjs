/**
 * The offline half of the dependency audit: the lockfile's production packages against the
 * advisories reviewed by hand, for machines where npm's advisory endpoint cannot be reached.
 */

const SEVERE = new Set(['high', 'critical']);

/** Semver order, pre-releases included (`5.0.0-beta.9` < `5.0.0-beta.32` < `5.0.0`). */
export function compareVersions(a, b) {
  const [coreA, preA] = splitVersion(a);
  const [coreB, preB] = splitVersion(b);
  for (let i = 0; i < 3; i += 1) {
    if (coreA[i] !== coreB[i]) return coreA[i] < coreB[i] ? -1 : 1;
  }
  if (preA.length === 0 || preB.length === 0) return Math.sign(preB.length - preA.length);
  for (let i = 0; i < Math.min(preA.length, preB.length); i += 1) {
    const order = compareIdentifiers(preA[i], preB[i]);
    if (order !== 0) return order;
  }
  return Math.sign(preA.length - preB.length);
}

function splitVersion(version) {
  const match = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+.*)?$/.exec(version);
  if (!match) throw new Error(`Not a semver version: ${version}`);
  return [[Number(match[1]), Number(match[2]), Number(match[3])], match[4] ? match[4].split('.') : []];
}

function compareIdentifiers(a, b) {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b)) return Math.sign(Number(a) - Number(b));
  if (numeric.test(a) !== numeric.test(b)) return numeric.test(a) ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every copy a production install gets: lockfile v3 entries not marked dev-only, keyed by install path. */
export function productionPackages(lockfile) {
  return Object.entries(lockfile.packages ?? {})
    .filter(([where, entry]) => where.includes('node_modules/') && !entry.dev && entry.version)
    .map(([where, entry]) => ({ name: where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length), version: entry.version, where }));
}

/** Copies older than the first patched version of a reviewed advisory. */
export function floorViolations(lockfile, advisories) {
  const installed = productionPackages(lockfile);
  return advisories.flatMap((advisory) =>
    installed
      .filter((copy) => copy.name === advisory.package && compareVersions(copy.version, advisory.patched) < 0)
      .map((copy) => ({ ...advisory, installed: copy.version, where: copy.where })),
  );
}

/**
 * What `npm audit --json` says: `unavailable` with the reason when the endpoint refused (the JSON is
 * then the error), else the high and critical findings.
 */
export function readAuditReport(report) {
  if (!report || typeof report !== 'object' || !report.vulnerabilities) {
    return { unavailable: report?.message ?? 'npm audit gave no report' };
  }
  const severe = Object.values(report.vulnerabilities)
    .filter((finding) => SEVERE.has(finding.severity))
    .map((finding) => ({
      package: finding.name,
      severity: finding.severity,
      advisories: finding.via.filter((via) => typeof via === 'object').map((via) => `${via.title} (${via.url})`),
    }));
  return { severe };
}
