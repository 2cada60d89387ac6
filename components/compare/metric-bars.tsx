'use client';

import { Bar, BarChart, CartesianGrid, LabelList, Rectangle, ResponsiveContainer, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { formatMetric } from '@/components/format';
import type { ComparedVersion, Direction, MetricRow } from '@/lib/compare/types';
import { ChartFrame, chartId } from './chart-frame';
import { gridProps, tick, tooltipProps } from './chart-theme';

interface Props {
  versions: ComparedVersion[];
  metrics: MetricRow[];
}

interface BarRow {
  label: string;
  color: string;
  value: number | null;
  best: boolean;
  /** The bar's end label: the value, starred when it is the best. */
  text: string;
}

const BAR_HEIGHT = 28;
const directionText = (direction: Direction) => (direction === 'higher' ? 'higher is better' : 'lower is better');

/** One small bar chart per metric, a bar per version in the version's colour, the best bar starred and outlined. */
export function MetricBars({ versions, metrics }: Props) {
  if (metrics.length === 0) return <p className="text-sm text-muted-fg">These versions have no metric to chart.</p>;
  return (
    <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
      {metrics.map((metric) => (
        <MetricBarChart key={metric.key} versions={versions} metric={metric} />
      ))}
    </div>
  );
}

function MetricBarChart({ versions, metric }: { versions: ComparedVersion[]; metric: MetricRow }) {
  const rows: BarRow[] = versions.map((version, i) => {
    const value = metric.values[i] ?? null;
    const best = metric.best.includes(i);
    return { label: version.label, color: version.color, value, best, text: value === null ? 'not logged' : `${formatMetric(value)}${best ? ' ★' : ''}` };
  });
  const title = `${metric.key} (${directionText(metric.direction)})`;
  const bestLabels = rows.filter((row) => row.best).map((row) => row.label);
  const summary =
    `Bar chart of ${title}: ${rows.map((row) => `${row.label} ${row.text.replace(' ★', '')}`).join(', ')}.` +
    (bestLabels.length > 0 ? ` Best: ${bestLabels.join(', ')}.` : '');
  return (
    <ChartFrame
      id={chartId('bars', metric.key)}
      testId={`metric-bars-${metric.key}`}
      title={title}
      summary={summary}
      height={40 + rows.length * BAR_HEIGHT}
      table={() => ({
        head: ['Version', metric.key, 'Best'],
        rows: rows.map((row) => ({ key: row.label, cells: [row.label, row.value === null ? '—' : formatMetric(row.value), row.best ? '★ best' : ''] })),
      })}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 72, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid {...gridProps} horizontal={false} />
          <XAxis type="number" tick={tick} tickFormatter={formatMetric} />
          <YAxis type="category" dataKey="label" width={112} tick={tick} interval={0} />
          <Tooltip {...tooltipProps} cursor={{ fill: 'var(--muted)' }} formatter={(_value, _name, item) => [(item.payload as BarRow).text, metric.key]} />
          <Bar dataKey="value" shape={VersionBar} isAnimationActive={false}>
            <LabelList dataKey="text" position="right" fill="var(--fg)" fontSize={11} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

/** The version's colour; the best bar also gets an outline in the text colour, so it stands out without relying on hue. */
function VersionBar(props: BarShapeProps) {
  const row = props.payload as BarRow;
  return <Rectangle {...props} fill={row.color} stroke={row.best ? 'var(--fg)' : 'none'} strokeWidth={row.best ? 2 : 0} />;
}
