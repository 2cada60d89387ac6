import type { Metadata } from 'next';
import { connection } from 'next/server';
import { Suspense } from 'react';
import { AlertTrendChart } from '@/components/overview/alert-trend-chart';
import { CountCards } from '@/components/overview/count-cards';
import { EmptyOverview } from '@/components/overview/empty-overview';
import { HealthTable } from '@/components/overview/health-table';
import { LeadTimeChart } from '@/components/overview/lead-time-chart';
import { ChartSkeleton, CountsSkeleton, TableSkeleton } from '@/components/overview/overview-skeletons';
import { ProductionTrendChart } from '@/components/overview/production-trend-chart';
import { pageData } from '@/lib/actions/page-data';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/session';
import { alertsPerWeek } from '@/lib/overview/alert-trend';
import { approvalLeadTime } from '@/lib/overview/approval-lead-time';
import { isWorkspaceEmpty, overviewCounts } from '@/lib/overview/counts';
import { productionHealth } from '@/lib/overview/production-health';
import { productionOverTime } from '@/lib/overview/production-trend';

export const metadata: Metadata = { title: 'Overview' };

/*
 * One async component per card, each behind its own Suspense. SQLite reads are synchronous, so each
 * card first waits for the request (`connection()`): the page and its skeletons go out at once, and
 * the cards stream in one by one instead of the slowest query holding back the whole page.
 */
async function Counts({ actor }: { actor: Actor }) {
  await connection();
  return <CountCards counts={pageData(() => overviewCounts(actor))} />;
}

async function ProductionTrend({ actor }: { actor: Actor }) {
  await connection();
  return <ProductionTrendChart weeks={pageData(() => productionOverTime(actor))} />;
}

async function AlertTrend({ actor }: { actor: Actor }) {
  await connection();
  return <AlertTrendChart weeks={pageData(() => alertsPerWeek(actor))} />;
}

async function LeadTime({ actor }: { actor: Actor }) {
  await connection();
  return <LeadTimeChart weeks={pageData(() => approvalLeadTime(actor))} />;
}

async function Health({ actor }: { actor: Actor }) {
  await connection();
  return <HealthTable health={pageData(() => productionHealth(actor))} />;
}

export default async function OverviewPage() {
  const actor = await requireActor();
  const empty = pageData(() => isWorkspaceEmpty(actor));
  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Overview</h1>
        <p className="text-sm text-muted-fg">Which models are live, how they are doing, and what is waiting for a decision.</p>
      </div>
      {empty ? (
        <EmptyOverview canCreate={can(actor.role, 'model:create')} />
      ) : (
        <>
          <section aria-labelledby="overview-counts">
            <h2 id="overview-counts" className="sr-only">
              At a glance
            </h2>
            <Suspense fallback={<CountsSkeleton />}>
              <Counts actor={actor} />
            </Suspense>
          </section>
          <section aria-labelledby="overview-trends" className="space-y-3">
            <h2 id="overview-trends" className="text-lg font-semibold">
              Last 26 weeks
            </h2>
            <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
              <Suspense fallback={<ChartSkeleton label="models in production" />}>
                <ProductionTrend actor={actor} />
              </Suspense>
              <Suspense fallback={<ChartSkeleton label="alerts per week" />}>
                <AlertTrend actor={actor} />
              </Suspense>
              <Suspense fallback={<ChartSkeleton label="approval lead time" />}>
                <LeadTime actor={actor} />
              </Suspense>
            </div>
          </section>
          <section aria-labelledby="overview-health" className="space-y-3">
            <h2 id="overview-health" className="text-lg font-semibold">
              Production health
            </h2>
            <Suspense fallback={<TableSkeleton />}>
              <Health actor={actor} />
            </Suspense>
          </section>
        </>
      )}
    </div>
  );
}
