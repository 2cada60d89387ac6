/**
 * `npm run deps:audit`: `npm audit --omit=dev`, failing on any high or critical finding. Where npm's
 * advisory endpoint cannot be reached, says so and checks the lockfile against the advisories
 * reviewed by hand instead (scripts/dependency-audit/reviewed-advisories.json).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { floorViolations, readAuditReport } from './dependency-audit/check.mjs';

const root = new URL('..', import.meta.url);
const readJson = (relative) => JSON.parse(readFileSync(new URL(relative, root), 'utf8'));

function liveAudit() {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { cwd: root, encoding: 'utf8' });
  try {
    return readAuditReport(JSON.parse(run.stdout));
  } catch {
    return { unavailable: (run.stderr || 'npm audit printed no JSON').trim().split('\n').at(-1) };
  }
}

function offlineCheck() {
  const reviewed = readJson('scripts/dependency-audit/reviewed-advisories.json');
  const violations = floorViolations(readJson('package-lock.json'), reviewed.advisories);
  for (const v of violations) console.error(`${v.package} ${v.installed} (${v.where}) is older than ${v.patched}, which fixes ${v.id} (${v.severity}): ${v.title}`);
  if (violations.length > 0) return 1;
  console.log(`Offline check: no production package is older than the fix of any of the ${reviewed.advisories.length} high or critical advisories reviewed on ${reviewed.reviewedOn}. Advisories published after that date are not covered.`);
  return 0;
}

const live = liveAudit();
if ('unavailable' in live) {
  console.warn(`npm audit could not run: ${live.unavailable}`);
  process.exitCode = offlineCheck();
} else if (live.severe.length > 0) {
  for (const finding of live.severe) console.error(`${finding.severity}: ${finding.package}\n  ${finding.advisories.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log('npm audit --omit=dev: no high or critical finding.');
}
