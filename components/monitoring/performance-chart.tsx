'use client';

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/components/compare/chart-frame';
import { gridProps, tick, tooltipProps } from '@/components/compare/chart-theme';
import { LocalTime } from '@/components/compare/local-time';
import { formatMetric } from '@/components/format';
import { EmptyState } from '@/components/ui/empty-state';
import type { MonitoringPolicy } from '@/lib/monitoring/policy';
import type { PerformanceTimeline } from '@/lib/monitoring/types';
import { BatchDot, CURRENT_COLOR, DRIFT_COLOR, formatObserved, monitoringChartId, timeTickFormatter } from './chart-parts';

type Bounds = MonitoringPolicy['performance'][string];
type MetricSeries = PerformanceTimeline['metrics'][number];

interface Props {
  timeline: PerformanceTimeline;
  /** The policy's bounds per metric, drawn dotted; points outside them are marked. */
  bounds?: MonitoringPolicy['performance'];
}

const EVALUATION_COLOR = 'var(--fg)';

/** Each metric measured on the labelled batches over time, against the value the version scored in its own evaluation. */
export function PerformanceChart({ timeline, bounds = {} }: Props) {
  const metrics = timeline.metrics.filter((m) => m.points.length > 0);
  if (metrics.length === 0) {
    return <EmptyState title="No performance yet" description="Upload the labels of a batch (its true outcomes) to measure how the model does in production." />;
  }
  return (
    <div className="grid gap-3 md:grid-cols-2">
      {metrics.map((series) => (
        <MetricChart key={series.metric} series={series} bounds={bounds[series.metric] ?? {}} />
      ))}
    </div>
  );
}

function MetricChart({ series, bounds }: { series: MetricSeries; bounds: Bounds }) {
  const { metric, evaluation } = series;
  const outside = (value: number) => (bounds.min !== undefined && value < bounds.min) || (bounds.max !== undefined && value > bounds.max);
  const rows = series.points.map((p) => ({ x: p.observedAt, batchId: p.batchId, value: p.value, flagged: outside(p.value) })).sort((a, b) => a.x - b.x);
  const formatX = timeTickFormatter(rows.map((r) => r.x));
  const breaches = rows.filter((r) => r.flagged).length;
  const latest = rows.at(-1);
  const limits = (['min', 'max'] as const).flatMap((bound) => (bounds[bound] === undefined ? [] : [{ bound, value: bounds[bound] }]));
  const summary =
    `Line chart of ${metric} in ${rows.length} labelled batches over time` +
    (latest ? `, latest ${formatMetric(latest.value)}` : '') +
    (evaluation === null ? '' : `; the evaluation scored ${formatMetric(evaluation)}`) +
    limits.map((l) => `; ${l.bound} ${formatMetric(l.value)}`).join('') +
    (breaches > 0 ? `; ${breaches} outside the bounds.` : '.');

  return (
    <ChartFrame
      id={monitoringChartId('performance', metric)}
      testId={`performance-${metric}`}
      title={metric}
      meta={evaluation === null ? 'The version logged no evaluation value for this metric.' : `Evaluation: ${formatMetric(evaluation)}`}
      summary={summary}
      height={220}
      legend={[
        { key: 'value', label: 'production', color: CURRENT_COLOR },
        ...(evaluation === null ? [] : [{ key: 'evaluation', label: 'evaluation', color: EVALUATION_COLOR, note: 'dashed' }]),
        ...(limits.length === 0 ? [] : [{ key: 'bounds', label: 'policy bounds', color: DRIFT_COLOR, note: 'dotted; points outside are filled' }]),
      ]}
      table={() => ({
        head: ['Batch', 'Observed', metric, 'Within bounds'],
        rows: rows.map((r) => ({
          key: String(r.batchId),
          cells: [r.batchId, <LocalTime key="at" ms={r.x} format={formatObserved} />, formatMetric(r.value), limits.length === 0 ? '' : r.flagged ? 'no' : 'yes'],
        })),
      })}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid {...gridProps} />
          <XAxis dataKey="x" type="number" scale="time" domain={['dataMin', 'dataMax']} padding={{ left: 12, right: 12 }} tick={tick} tickFormatter={formatX} />
          <YAxis domain={['auto', 'auto']} width={56} tick={tick} tickFormatter={formatMetric} />
          <Tooltip
            {...tooltipProps}
            labelFormatter={(x, payload) => `Batch ${payload[0]?.payload.batchId ?? ''} · ${formatObserved(Number(x))}`}
            formatter={(value) => [formatMetric(Number(value)), metric]}
          />
          {evaluation !== null && <ReferenceLine y={evaluation} stroke={EVALUATION_COLOR} strokeDasharray="6 4" ifOverflow="extendDomain" />}
          {limits.map((l) => (
            <ReferenceLine key={l.bound} y={l.value} stroke={DRIFT_COLOR} strokeDasharray="2 3" ifOverflow="extendDomain" />
          ))}
          <Line dataKey="value" name={metric} stroke={CURRENT_COLOR} strokeWidth={1.5} dot={BatchDot} activeDot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
