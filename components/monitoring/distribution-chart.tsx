'use client';

import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/components/compare/chart-frame';
import { gridProps, tick, tooltipProps } from '@/components/compare/chart-theme';
import { formatMetric } from '@/components/format';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import type { Distribution } from '@/lib/monitoring/types';
import { CURRENT_COLOR, REFERENCE_COLOR, monitoringChartId } from './chart-parts';
import { formatPercent } from './monitoring-format';

interface Props {
  column: string;
  distribution: Distribution;
  /** The batch drawn as "current", for the title and the export's file name. */
  batchId: number;
}

interface Row {
  /** The axis label: a category, or a bin's lower edge. */
  label: string;
  /** A bin's whole range, for the tooltip and the table. */
  range: string;
  reference: number;
  current: number;
}

const BAR_ROW = 26;

/** Counts as shares of their total, so a small batch and a large reference compare. */
function shares(counts: number[]): number[] {
  const total = counts.reduce((sum, n) => sum + n, 0);
  return counts.map((n) => (total > 0 ? n / total : 0));
}

function rowsOf(distribution: Distribution): Row[] {
  const reference = shares(distribution.reference);
  const current = shares(distribution.current);
  const labels =
    distribution.kind === 'histogram'
      ? distribution.edges.slice(0, -1).map((lo, i) => ({ label: formatMetric(lo), range: `${formatMetric(lo)} – ${formatMetric(distribution.edges[i + 1] ?? lo)}` }))
      : distribution.categories.map((c) => ({ label: c === '' ? '(empty)' : c, range: c === '' ? '(empty)' : c }));
  return labels.map((names, i) => ({ ...names, reference: reference[i] ?? 0, current: current[i] ?? 0 }));
}

/** One column's reference and current distributions as shares: a histogram over the reference's bins, or bars per category. */
export function DistributionChart({ column, distribution, batchId }: Props) {
  const id = useId();
  const [overlaid, setOverlaid] = useState(false);
  const rows = rowsOf(distribution);
  const histogram = distribution.kind === 'histogram';
  const title = `Distribution of ${column}`;
  const layered = histogram && overlaid;
  const summary = `${histogram ? 'Histogram' : 'Bar chart'} of ${column}, share of rows per ${histogram ? 'bin' : 'category'} in the reference and in batch ${batchId}: ${rows
    .map((r) => `${r.range} ${formatPercent(r.reference)} vs ${formatPercent(r.current)}`)
    .join('; ')}.`;
  const bars = [
    { key: 'reference', name: 'reference', color: REFERENCE_COLOR },
    { key: 'current', name: `batch ${batchId}`, color: CURRENT_COLOR },
  ];

  return (
    <ChartFrame
      id={monitoringChartId('distribution', `${column}-${batchId}`)}
      testId={`distribution-${column}`}
      title={title}
      meta={`Reference vs batch ${batchId}, as shares of rows`}
      controls={
        histogram && (
          <div className="mb-2 grid w-44 gap-1 text-sm">
            <Label htmlFor={id}>Bars</Label>
            <NativeSelect id={id} className="h-8 py-1" value={overlaid ? 'overlaid' : 'side'} onChange={(e) => setOverlaid(e.target.value === 'overlaid')}>
              <option value="side">Side by side</option>
              <option value="overlaid">Overlaid</option>
            </NativeSelect>
          </div>
        )
      }
      summary={summary}
      height={histogram ? 240 : 48 + rows.length * BAR_ROW}
      legend={bars.map((b) => ({ key: b.key, label: b.name, color: b.color }))}
      table={() => ({
        head: [histogram ? 'Bin' : 'Category', 'Reference', `Batch ${batchId}`],
        rows: rows.map((r, i) => ({ key: String(i), cells: [r.range, formatPercent(r.reference), formatPercent(r.current)] })),
      })}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout={histogram ? 'horizontal' : 'vertical'} barGap={layered ? 0 : 2} barCategoryGap={histogram ? 2 : '20%'} margin={{ top: 4, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid {...gridProps} vertical={!histogram} horizontal={histogram} />
          {histogram ? (
            <>
              <XAxis dataKey="label" xAxisId="reference" tick={tick} interval="preserveStartEnd" />
              {/* A second, hidden band axis puts the current bars over the reference ones instead of beside them. */}
              <XAxis dataKey="label" xAxisId="current" hide />
              <YAxis tick={tick} width={48} tickFormatter={formatPercent} />
            </>
          ) : (
            <>
              <XAxis type="number" tick={tick} tickFormatter={formatPercent} />
              <YAxis type="category" dataKey="label" width={112} tick={tick} interval={0} />
            </>
          )}
          <Tooltip
            {...tooltipProps}
            cursor={{ fill: 'var(--muted)' }}
            labelFormatter={(label, payload) => (payload[0]?.payload as Row | undefined)?.range ?? String(label)}
            formatter={(value, name) => [formatPercent(Number(value)), name]}
          />
          {bars.map((bar) => (
            <Bar
              key={bar.key}
              dataKey={bar.key}
              name={bar.name}
              fill={bar.color}
              fillOpacity={layered ? 0.55 : 1}
              xAxisId={histogram ? (layered ? bar.key : 'reference') : undefined}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
