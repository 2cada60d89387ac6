import { ArrowRight, Database, FlaskConical, GitCommit, Package } from 'lucide-react';
import type { ReactNode } from 'react';
import type { VersionDetail } from '@/lib/registry/version-detail';

function Node({ icon, title, children, testId }: { icon: ReactNode; title: string; children: ReactNode; testId?: string }) {
  return (
    <div className="min-w-0 rounded-lg border border-border bg-card p-3 text-sm shadow-sm" data-testid={testId}>
      <div className="mb-1 flex items-center gap-1.5 font-medium">
        {icon}
        {title}
      </div>
      <div className="space-y-0.5 text-xs text-muted-fg">{children}</div>
    </div>
  );
}

const Arrow = () => <ArrowRight className="mx-auto size-5 shrink-0 rotate-90 text-muted-fg md:rotate-0" aria-hidden />;
const short = (hash: string) => `${hash.slice(0, 12)}…`;

/** Data and code flow left to right into the run, and the run into this version. */
export function LineageGraph({ detail }: { detail: VersionDetail }) {
  const icon = (Icon: typeof Database) => <Icon className="size-4 text-primary" aria-hidden />;
  return (
    <div className="grid items-center gap-3 md:grid-cols-[1fr_auto_1fr_auto_1fr]" role="group" aria-label="Lineage: inputs, run, version">
      <div className="space-y-2">
        {detail.datasets.map((d) => (
          <Node key={`${d.role}-${d.name}-${d.version}`} icon={icon(Database)} title={`${d.name}@${d.version}`} testId="lineage-dataset">
            <div>
              <span className="font-medium text-fg">{d.role}</span>
              {d.rowCount !== null && ` · ${d.rowCount.toLocaleString('en')} rows`}
            </div>
            <div className="font-mono" title={d.contentHash}>
              sha256 {short(d.contentHash)}
            </div>
            {d.location && <div className="truncate" title={d.location}>{d.location}</div>}
          </Node>
        ))}
        {detail.code.repository && (
          <Node icon={icon(GitCommit)} title="Code">
            <div className="truncate" title={detail.code.repository}>
              {detail.code.repository}
            </div>
            {detail.code.commit && <div className="font-mono">commit {detail.code.commit.slice(0, 12)}</div>}
          </Node>
        )}
        {detail.datasets.length === 0 && !detail.code.repository && <p className="text-sm text-muted-fg">No datasets or code recorded.</p>}
      </div>
      <Arrow />
      {detail.run ? (
        <Node icon={icon(FlaskConical)} title={`Run ${detail.run.name}`}>
          <div>experiment {detail.run.experiment}</div>
          <div className="font-mono">{detail.run.uuid}</div>
          <div>{detail.run.status.toLowerCase()}</div>
        </Node>
      ) : (
        <p className="text-sm text-muted-fg">No run recorded.</p>
      )}
      <Arrow />
      <Node icon={icon(Package)} title={`${detail.modelName} v${detail.version}`}>
        <div>stage {detail.stage}</div>
        {detail.artifact.sha256 && <div className="font-mono">artifact {short(detail.artifact.sha256)}</div>}
        {detail.aliases.length > 0 && <div>{detail.aliases.map((a) => `@${a}`).join(' ')}</div>}
      </Node>
    </div>
  );
}
