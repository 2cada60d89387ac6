'use client';

import { useState } from 'react';
import { CartesianGrid, LabelList, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis, type LabelProps } from 'recharts';
import { formatMetric } from '@/components/format';
import type { ComparedVersion, MetricRow } from '@/lib/compare/types';
import { ChartFrame } from './chart-frame';
import { axisLabel, gridProps, tick, tooltipProps } from './chart-theme';
import { MetricSelect } from './metric-select';

interface Props {
  versions: ComparedVersion[];
  metrics: MetricRow[];
}

const hint = (metric: MetricRow) => `${metric.key} (${metric.direction === 'higher' ? '↑' : '↓'} better)`;

/** Any two metrics against each other, one point per version: where gaining on one costs the other. */
export function TradeoffScatter({ versions, metrics }: Props) {
  const [keys, setKeys] = useState({ x: metrics[0]?.key, y: metrics[1]?.key });
  // A metric picked earlier may be gone after the comparison changed; fall back to the defaults.
  const xMetric = metrics.find((m) => m.key === keys.x) ?? metrics[0];
  const yMetric = metrics.find((m) => m.key === keys.y) ?? metrics[1];
  if (!xMetric || !yMetric) {
    return <p className="text-sm text-muted-fg">The trade-off view needs two metrics that the compared versions logged; they have {metrics.length}.</p>;
  }

  const points = versions.map((version, i) => ({ version, x: xMetric.values[i] ?? null, y: yMetric.values[i] ?? null }));
  const drawn = points.flatMap((p) => (p.x === null || p.y === null ? [] : [{ ...p, x: p.x, y: p.y, label: p.version.label }]));
  const missing = points.filter((p) => p.x === null || p.y === null).map((p) => p.version.label);
  const title = `Trade-off: ${yMetric.key} against ${xMetric.key}`;
  const options = metrics.map((m) => m.key);

  return (
    <ChartFrame
      id="compare-tradeoff"
      testId="tradeoff-scatter"
      title={title}
      meta={missing.length > 0 ? `Not drawn (a metric is missing): ${missing.join(', ')}` : undefined}
      controls={
        <div className="mb-2 flex flex-wrap gap-3">
          <MetricSelect label="X axis" value={xMetric.key} options={options} onChange={(x) => setKeys({ ...keys, x })} />
          <MetricSelect label="Y axis" value={yMetric.key} options={options} onChange={(y) => setKeys({ ...keys, y })} />
        </div>
      }
      summary={`Scatter of ${hint(yMetric)} against ${hint(xMetric)}: ${drawn.map((p) => `${p.label} at ${formatMetric(p.x)}, ${formatMetric(p.y)}`).join('; ') || 'no version has both values'}.`}
      height={320}
      legend={versions.map((v) => ({ key: v.ref, label: v.label, color: v.color }))}
      table={() => ({
        head: ['Version', xMetric.key, yMetric.key],
        rows: points.map((p) => ({ key: p.version.ref, cells: [p.version.label, ...[p.x, p.y].map((v) => (v === null ? '—' : formatMetric(v)))] })),
      })}
    >
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 20, right: 24, bottom: 16, left: 8 }} accessibilityLayer={false}>
          <CartesianGrid {...gridProps} />
          <XAxis type="number" dataKey="x" name={xMetric.key} domain={['auto', 'auto']} padding={{ left: 40, right: 40 }} tick={tick} tickFormatter={formatMetric} label={axisLabel(hint(xMetric), 'insideBottom')} height={40} />
          <YAxis type="number" dataKey="y" name={yMetric.key} domain={['auto', 'auto']} padding={{ top: 24, bottom: 12 }} tick={tick} tickFormatter={formatMetric} label={axisLabel(hint(yMetric), 'insideLeft')} width={72} />
          <ZAxis range={[90, 90]} />
          <Tooltip {...tooltipProps} cursor={{ strokeDasharray: '3 3', stroke: 'var(--muted-fg)' }} formatter={(value) => formatMetric(Number(value))} />
          {drawn.map((p) => (
            <Scatter key={p.version.ref} name={p.label} data={[p]} fill={p.version.color} stroke="var(--card)" isAnimationActive={false}>
              <LabelList dataKey="label" content={PointLabel} />
            </Scatter>
          ))}
        </ScatterChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

/** The version above its dot on one line; the default label wraps at spaces to the dot's width. */
function PointLabel({ x, y, width, value }: LabelProps) {
  return (
    <text x={Number(x) + Number(width ?? 0) / 2} y={Number(y) - 6} textAnchor="middle" fill="var(--fg)" fontSize={11}>
      {value}
    </text>
  );
}
