'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useOptimistic, useTransition } from 'react';
import { CartesianGrid, LabelList, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import { formatMetric } from '@/components/format';
import type { TrendPoint } from '@/lib/compare/types';
import { ChartFrame, chartId } from './chart-frame';
import { gridProps, tick, tooltipProps } from './chart-theme';
import { LocalTime } from './local-time';
import { MetricSelect } from './metric-select';
import { formatDate } from './time-format';

interface Props {
  modelName: string;
  metric: string;
  metricOptions: string[];
  points: TrendPoint[];
  /** The compared versions of this model, drawn larger in their colours from the other charts, by version number. */
  colors: Partial<Record<number, string>>;
}

interface TrendRow {
  x: number;
  value: number;
  label: string;
  color: string | null;
}

/** A metric across every version of a model, in the order they were created. */
export function TrendChart({ modelName, metric, metricOptions, points, colors }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  // The select shows the new choice at once while the server renders its points.
  const [shownMetric, showMetric] = useOptimistic(metric);

  /** The choice goes to the URL (`?trend=`), so the server renders the new metric's points. */
  function choose(next: string) {
    const params = new URLSearchParams(searchParams.toString());
    params.set('trend', next);
    startTransition(() => {
      showMetric(next);
      router.replace(`${pathname}?${params.toString()}`, { scroll: false });
    });
  }

  const rows: TrendRow[] = points
    .flatMap((p) => (p.value === null ? [] : [{ x: p.createdAt, value: p.value, label: `v${p.version}`, color: colors[p.version] ?? null }]))
    .sort((a, b) => a.x - b.x);
  const title = `${metric} across the versions of ${modelName}`;

  return (
    <ChartFrame
      id={chartId('trend', `${modelName}-${metric}`)}
      testId="trend-chart"
      title={title}
      meta={`${rows.length} of ${points.length} versions logged ${metric}; the compared ones are drawn larger.`}
      busy={pending}
      controls={
        <div className="mb-2">
          <MetricSelect label="Metric" value={shownMetric} options={metricOptions} onChange={choose} />
        </div>
      }
      summary={rows.length === 0 ? `No version of ${modelName} logged ${metric}.` : `Line chart of ${title} by creation date: ${rows.map((r) => `${r.label} ${formatMetric(r.value)}`).join(', ')}.`}
      height={260}
      table={() => ({
        head: ['Version', 'Created', metric, 'In comparison'],
        rows: rows.map((r) => ({ key: r.label, cells: [r.label, <LocalTime key="created" ms={r.x} format={formatDate} />, formatMetric(r.value), r.color ? 'yes' : ''] })),
      })}
    >
      {rows.length === 0 ? (
        <p className="grid h-full place-items-center text-sm text-muted-fg">No version of {modelName} logged {metric}.</p>
      ) : (
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 20, right: 24, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid {...gridProps} />
            <XAxis dataKey="x" type="number" scale="time" domain={['dataMin', 'dataMax']} padding={{ left: 16, right: 16 }} tick={tick} tickFormatter={formatDate} />
            <YAxis domain={['auto', 'auto']} width={56} tick={tick} tickFormatter={formatMetric} />
            <Tooltip {...tooltipProps} labelFormatter={(x, payload) => `${payload[0]?.payload.label ?? ''} · ${formatDate(Number(x))}`} formatter={(value) => [formatMetric(Number(value)), metric]} />
            <Line dataKey="value" stroke="var(--muted-fg)" strokeWidth={1.5} dot={VersionDot} activeDot={false} isAnimationActive={false}>
              <LabelList dataKey="label" position="top" offset={10} fill="var(--fg)" fontSize={11} />
            </Line>
          </LineChart>
        </ResponsiveContainer>
      )}
    </ChartFrame>
  );
}

/** Compared versions as large dots in their colour, the others as small hollow ones. */
function VersionDot({ cx, cy, payload, index }: DotItemDotProps) {
  const row = payload as TrendRow;
  if (cx === undefined || cy === undefined) return null;
  return row.color ? (
    <circle key={index} cx={cx} cy={cy} r={6} fill={row.color} stroke="var(--fg)" strokeWidth={1.5} />
  ) : (
    <circle key={index} cx={cx} cy={cy} r={3.5} fill="var(--card)" stroke="var(--muted-fg)" strokeWidth={1.5} />
  );
}
