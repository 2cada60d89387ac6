'use client';

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/components/compare/chart-frame';
import { gridProps, tick, tooltipProps } from '@/components/compare/chart-theme';
import { logTicks } from '@/components/compare/history-data';
import { LocalTime } from '@/components/compare/local-time';
import type { DriftTimeline } from '@/lib/monitoring/types';
import { BatchDot, CURRENT_COLOR, DRIFT_COLOR, formatObserved, monitoringChartId, timeTickFormatter } from './chart-parts';
import { METHOD_LABELS, formatStatistic } from './monitoring-format';

type TimelineColumn = DriftTimeline['columns'][number];

/** A p-value of 0 has no place on a log axis, so it is drawn at this floor; the table keeps the true value. */
const P_FLOOR = 1e-12;
const MAX_LOG_TICKS = 5;

interface Row {
  x: number;
  batchId: number;
  value: number | null;
  /** Where the point is drawn. */
  y: number | null;
  threshold: number;
  flagged: boolean;
}

/** Powers of ten from the lowest value up to 1, thinned (always keeping 1) so a small chart stays legible. */
function pValueTicks(lowest: number): number[] {
  const all = logTicks([Number.isFinite(lowest) && lowest > 0 ? Math.min(lowest, 0.01) : 0.01, 1]);
  const step = Math.ceil(all.length / MAX_LOG_TICKS);
  return all.filter((_, i) => (all.length - 1 - i) % step === 0);
}

/** One column's drift statistic per batch over time, its threshold dashed and the drifted batches marked. */
export function DriftColumnChart({ column, batches, height = 180 }: { column: TimelineColumn; batches: DriftTimeline['batches']; height?: number }) {
  const pvalue = column.measures === 'pvalue';
  const rows: Row[] = batches
    .map((batch, i) => {
      const value = column.values[i] ?? null;
      const y = value === null ? null : pvalue ? Math.max(value, P_FLOOR) : value;
      return { x: batch.observedAt, batchId: batch.id, value, y, threshold: column.thresholds[i] ?? Number.NaN, flagged: column.drifted[i] ?? false };
    })
    .sort((a, b) => a.x - b.x);
  const thresholds = [...new Set(rows.map((r) => r.threshold).filter(Number.isFinite))];
  const yTicks = pvalue ? pValueTicks(Math.min(...rows.flatMap((r) => (r.y === null ? [] : [r.y])), ...thresholds)) : undefined;
  const statistic = pvalue ? 'p-value' : 'distance';
  const drifted = rows.filter((r) => r.flagged).length;
  const latest = rows.at(-1);
  const formatX = timeTickFormatter(rows.map((r) => r.x));
  const title = `${column.name} · ${METHOD_LABELS[column.method]}`;
  const summary =
    `Line chart of the ${statistic} of ${column.name} in ${rows.length} batches over time${pvalue ? ' on a log scale' : ''}; ${drifted} drifted.` +
    (latest && latest.value !== null ? ` Latest: ${formatStatistic(latest.value)} against a threshold of ${formatStatistic(latest.threshold)}.` : '');

  return (
    <ChartFrame
      id={monitoringChartId('drift', column.name)}
      testId={`drift-timeline-${column.name}`}
      title={title}
      meta={`${drifted} of ${rows.length} batches drifted`}
      summary={summary}
      height={height}
      legend={[
        { key: 'value', label: statistic, color: CURRENT_COLOR },
        { key: 'threshold', label: 'threshold', color: DRIFT_COLOR, note: 'dashed' },
        { key: 'drifted', label: 'drifted batch', color: DRIFT_COLOR, note: 'filled dot' },
      ]}
      table={() => ({
        head: ['Batch', 'Observed', statistic, 'Threshold', 'Drifted'],
        rows: rows.map((r) => ({
          key: String(r.batchId),
          cells: [r.batchId, <LocalTime key="at" ms={r.x} format={formatObserved} />, r.value === null ? 'no values' : formatStatistic(r.value), formatStatistic(r.threshold), r.flagged ? 'yes' : 'no'],
        })),
        note: pvalue ? `p-values below ${P_FLOOR} are drawn at ${P_FLOOR}.` : undefined,
      })}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid {...gridProps} />
          <XAxis dataKey="x" type="number" scale="time" domain={['dataMin', 'dataMax']} padding={{ left: 12, right: 12 }} tick={tick} tickFormatter={formatX} />
          {pvalue ? (
            <YAxis scale="log" domain={[yTicks?.[0] ?? P_FLOOR, 1]} ticks={yTicks} allowDataOverflow width={56} tick={tick} tickFormatter={formatStatistic} />
          ) : (
            <YAxis domain={[0, 'auto']} width={56} tick={tick} tickFormatter={formatStatistic} />
          )}
          <Tooltip
            {...tooltipProps}
            labelFormatter={(x, payload) => `Batch ${payload[0]?.payload.batchId ?? ''} · ${formatObserved(Number(x))}`}
            formatter={(value, name, item) => {
              const row = item.payload as Row;
              return name === 'threshold' ? [formatStatistic(row.threshold), 'threshold'] : [row.value === null ? 'no values' : formatStatistic(row.value), statistic];
            }}
          />
          {thresholds.length === 1 ? (
            <ReferenceLine y={thresholds[0]} stroke={DRIFT_COLOR} strokeDasharray="5 4" ifOverflow="extendDomain" />
          ) : (
            // The policy changed between batches: the threshold steps with it.
            <Line dataKey="threshold" name="threshold" type="stepAfter" stroke={DRIFT_COLOR} strokeDasharray="5 4" dot={false} activeDot={false} isAnimationActive={false} />
          )}
          <Line dataKey="y" name={statistic} stroke={CURRENT_COLOR} strokeWidth={1.5} dot={BatchDot} activeDot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
