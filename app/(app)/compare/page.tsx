import type { Metadata } from 'next';
import Link from 'next/link';
import { Breadcrumbs } from '@/components/breadcrumbs';
import { DiffTable } from '@/components/compare-tables/diff-table';
import { MetricTable } from '@/components/compare-tables/metric-table';
import { SignatureDiff } from '@/components/compare-tables/signature-diff';
import { StageBadge } from '@/components/models/stage-badge';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { requireActor } from '@/lib/auth/session';
import { getComparison } from '@/lib/compare/comparison';
import type { Comparison, Direction } from '@/lib/compare/types';
import { setDirectionAction } from './actions';
import { HistoryCharts } from './compare-charts';
import { MetricBars } from '@/components/compare/metric-bars';
import { TradeoffScatter } from '@/components/compare/tradeoff-scatter';
import { TrendChart } from '@/components/compare/trend-chart';
import { getHistoryWindow, getMetricTrend } from '@/lib/compare/history';
import { AppError } from '@/lib/errors';

export const metadata: Metadata = { title: 'Compare versions' };

/**
 * Points per line in the windows the page is rendered with: about one per pixel of a half-width
 * chart on a laptop screen. Zooming then asks for about two per pixel of the chart's real width.
 */
const FIRST_WINDOW_POINTS = 600;

type Search = Record<string, string | string[] | undefined>;

function link(search: Search, changes: Record<string, string | null>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(search)) for (const v of Array.isArray(value) ? value : value ? [value] : []) params.append(key, v);
  for (const [key, value] of Object.entries(changes)) {
    params.delete(key);
    if (value !== null) params.set(key, value);
  }
  return `/compare?${params}`;
}

/** A bad pick (unknown, single, too many) is a message with a way back, never an error page. */
function readComparison(search: Search, actor: Awaited<ReturnType<typeof requireActor>>): Comparison | string {
  try {
    return getComparison(actor, search.v, typeof search.base === 'string' ? search.base : undefined);
  } catch (error) {
    if (error instanceof AppError && (error.kind === 'bad_request' || error.kind === 'not_found')) return error.message;
    throw error;
  }
}

export default async function ComparePage({ searchParams }: PageProps<'/compare'>) {
  const actor = await requireActor();
  const search = await searchParams;
  const comparison = readComparison(search, actor);
  if (typeof comparison === 'string') {
    return (
      <div className="space-y-4">
        <Breadcrumbs trail={[{ href: '/models', label: 'Models' }]} current="Compare" />
        <h1 className="text-2xl font-semibold tracking-tight">Compare versions</h1>
        <Alert variant="warning" title="Nothing to compare yet">
          {comparison} Tick two to ten versions in a model’s versions table and press <strong>Compare selected</strong>.
        </Alert>
        <Button asChild variant="outline">
          <Link href="/models">Go to the models</Link>
        </Button>
      </div>
    );
  }
  const { versions, baseline } = comparison;
  const differencesOnly = search.all !== '1';
  const { model: directionModel, editable } = comparison.directions;
  const flip = editable ? (metric: string, direction: Direction) => setDirectionAction.bind(null, directionModel, metric, direction) : undefined;
  const refs = versions.map((v) => v.ref);
  const windows = comparison.historyKeys.map((metric) => getHistoryWindow(actor, refs, { metric, points: FIRST_WINDOW_POINTS }));
  const trendParam = typeof search.trend === 'string' ? search.trend : undefined;
  const trendMetric = comparison.metrics.find((m) => m.key === trendParam)?.key ?? comparison.metrics[0]?.key;
  const shared = comparison.metrics.some((m) => m.best.length > 0);
  return (
    <div className="space-y-6">
      <Breadcrumbs trail={[{ href: '/models', label: 'Models' }]} current="Compare" />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Compare {versions.length} versions</h1>
        <Button asChild variant="outline" size="sm">
          <a href={`/api/v1/compare/csv?${new URLSearchParams(versions.map((v) => ['v', v.ref]))}&base=${encodeURIComponent(versions[baseline]?.ref ?? '')}`} download>
            Export CSV
          </a>
        </Button>
      </div>
      <ul className="flex flex-wrap gap-2" aria-label="Compared versions">
        {versions.map((v, i) => (
          <li key={v.ref} className="flex items-center gap-2 rounded-md border border-border px-2 py-1 text-sm">
            <span aria-hidden className="inline-block size-3 rounded-full" style={{ background: v.color }} />
            <Link href={`/models/${encodeURIComponent(v.modelName)}/versions/${v.version}`} className="font-medium text-primary hover:underline">
              {v.modelName} v{v.version}
            </Link>
            <StageBadge stage={v.stage} />
            {i === baseline ? (
              <span className="text-xs text-muted-fg">baseline</span>
            ) : (
              <Link href={link(search, { base: v.ref })} className="text-xs text-primary hover:underline">
                make baseline<span className="sr-only"> of {`${v.modelName} v${v.version}`}</span>
              </Link>
            )}
          </li>
        ))}
      </ul>

      <Card>
        <CardHeader>
          <CardTitle>Metrics</CardTitle>
          <CardDescription>Deltas are against the baseline; ★ marks the best value of each metric{flip ? '; ⇅ reverses which way a metric is better for this model' : ''}.</CardDescription>
        </CardHeader>
        <CardContent>
          {!shared && <Alert variant="info" className="mb-3">These versions have no metric in common, so there is nothing to rank.</Alert>}
          {comparison.metrics.length > 0 ? <MetricTable comparison={comparison} flip={flip} /> : <p className="text-sm text-muted-fg">None of these versions logged a metric.</p>}
        </CardContent>
      </Card>

      <Card>
        <CardHeader>
          <CardTitle>Charts</CardTitle>
          <CardDescription>Each version keeps its colour in every chart. Drag across a history, or type a range, to zoom; every chart has its data as a table and downloads as SVG or PNG.</CardDescription>
        </CardHeader>
        <CardContent className="space-y-6">
          <MetricBars versions={versions} metrics={comparison.metrics} />
          {windows.length > 0 ? <HistoryCharts versions={versions} windows={windows} /> : <p className="text-sm text-muted-fg">No metric of these versions has a history of more than one point.</p>}
          <div className="grid gap-4 lg:grid-cols-2">
            <TradeoffScatter versions={versions} metrics={comparison.metrics} />
            {trendMetric && (
              <TrendChart
                modelName={directionModel}
                metric={trendMetric}
                metricOptions={comparison.metrics.map((m) => m.key)}
                points={getMetricTrend(actor, directionModel, trendMetric)}
                colors={Object.fromEntries(versions.filter((v) => v.modelName === directionModel).map((v) => [v.version, v.color]))}
              />
            )}
          </div>
        </CardContent>
      </Card>

      <Card>
        <CardHeader className="flex flex-row flex-wrap items-center justify-between gap-2">
          <div>
            <CardTitle>Parameters</CardTitle>
            <CardDescription>{differencesOnly ? 'Only what differs between the versions.' : 'Everything, differences highlighted.'}</CardDescription>
          </div>
          <Link href={link(search, { all: differencesOnly ? '1' : null })} className="text-sm text-primary hover:underline" scroll={false}>
            {differencesOnly ? 'Show all rows' : 'Show differences only'}
          </Link>
        </CardHeader>
        <CardContent className="space-y-6">
          <DiffTable label="Parameters" rows={comparison.params} versions={versions} baseline={baseline} differencesOnly={differencesOnly} />
          <div>
            <h3 className="mb-2 font-medium">Lineage</h3>
            <DiffTable label="Lineage" rows={comparison.lineage} versions={versions} baseline={baseline} differencesOnly={differencesOnly} />
          </div>
          <div>
            <h3 className="mb-2 font-medium">Input signature</h3>
            <SignatureDiff rows={comparison.signature} versions={versions} baseline={baseline} />
          </div>
        </CardContent>
      </Card>
    </div>
  );
}
