import { Badge } from '@/components/ui/badge';
import { RelativeTime } from '@/components/relative-time';
import type { DeploymentDto } from '@/lib/governance/deployments';

/** The traffic split as one bar: the champion's share in the primary colour, the challenger's in the warning one. */
function WeightBar({ champion, challenger, weight }: { champion: number; challenger: number | null; weight: number }) {
  const label = challenger === null ? `Version ${champion} serves 100 %` : `Version ${champion} serves ${100 - weight} %, version ${challenger} serves ${weight} %`;
  return (
    <div className="space-y-1.5">
      <div role="img" aria-label={label} className="flex h-3 w-full overflow-hidden rounded-full bg-muted">
        <div className="h-full bg-primary" style={{ width: `${100 - weight}%` }} />
        {challenger !== null && <div className="h-full bg-warning" style={{ width: `${weight}%` }} />}
      </div>
      <div className="flex justify-between text-sm">
        <span>
          <span aria-hidden className="mr-1.5 inline-block size-2.5 rounded-full bg-primary" />
          Champion v{champion} · {100 - weight} %
        </span>
        {challenger !== null && (
          <span>
            <span aria-hidden className="mr-1.5 inline-block size-2.5 rounded-full bg-warning" />
            Challenger v{challenger} · {weight} %
          </span>
        )}
      </div>
    </div>
  );
}

/** What serves in each environment right now. */
export function DeploymentLive({ deployments }: { deployments: DeploymentDto[] }) {
  return (
    <ul className="grid gap-4 md:grid-cols-2" aria-label="Live deployments">
      {deployments.map((d) => (
        <li key={d.id} className="space-y-3 rounded-lg border border-border p-4">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h3 className="font-semibold">{d.environment}</h3>
            {d.kind === 'rollback' && <Badge variant="warning">rolled back</Badge>}
          </div>
          <WeightBar champion={d.championVersion} challenger={d.challengerVersion} weight={d.challengerWeight} />
          <p className="truncate font-mono text-xs" title={d.endpoint}>
            {d.endpoint}
          </p>
          <p className="text-sm text-muted-fg">
            {d.createdBy ?? 'Unknown'} · <RelativeTime ms={d.createdAt} />
            {d.note && ` · ${d.note}`}
          </p>
        </li>
      ))}
    </ul>
  );
}
