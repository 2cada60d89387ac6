import Link from 'next/link';
import type { OverviewCounts } from '@/lib/overview/types';

interface Tile {
  key: string;
  label: string;
  value: number;
  detail: string;
  href: string;
}

function tiles(c: OverviewCounts): Tile[] {
  const alerts = c.openAlerts.warning + c.openAlerts.critical;
  return [
    { key: 'models', label: 'Models', value: c.models, detail: 'registered in the catalogue', href: '/models' },
    { key: 'versions', label: 'Versions this month', value: c.versionsThisMonth, detail: 'registered since the 1st (UTC)', href: '/models?sort=updated' },
    { key: 'production', label: 'In production', value: c.inProduction, detail: 'models with a production version', href: '/models?has=production' },
    { key: 'pending', label: 'Pending approvals', value: c.pendingApprovals, detail: 'promotion requests awaiting a decision', href: '/reviews' },
    { key: 'alerts', label: 'Open alerts', value: alerts, detail: `${c.openAlerts.critical} critical · ${c.openAlerts.warning} warning`, href: '/alerts?status=unresolved' },
  ];
}

/** The headline numbers; each tile is a link to the page that lists what it counts. */
export function CountCards({ counts }: { counts: OverviewCounts }) {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      {tiles(counts).map((t) => (
        <li key={t.key} className={t.key === 'alerts' ? 'col-span-2 sm:col-span-1' : undefined}>
          <Link
            href={t.href}
            data-testid={`count-${t.key}`}
            className="flex h-full flex-col gap-1 rounded-lg border border-border bg-card p-4 shadow-sm hover:bg-muted/50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-ring"
          >
            <span className="text-sm text-muted-fg">{t.label}</span>
            <span className="text-3xl font-semibold tabular-nums">{t.value.toLocaleString('en')}</span>
            <span className="text-xs text-muted-fg">{t.detail}</span>
          </Link>
          {t.key === 'alerts' && counts.openAlerts.critical > 0 && (
            <Link href="/alerts?status=unresolved&severity=critical" className="mt-1 inline-block text-xs text-danger underline-offset-2 hover:underline">
              See the critical ones
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
