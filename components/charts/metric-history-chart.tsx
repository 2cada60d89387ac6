'use client';

import { formatMetric } from '@/components/format';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

interface Props {
  metric: string;
  totalPoints: number;
  points: { step: number; value: number }[];
}

const TABLE_ROWS = 200;

/** One metric's history by step, with its numbers available as a table for screen readers and copying. */
export function MetricHistoryChart({ metric, totalPoints, points }: Props) {
  const shown = points.length < totalPoints ? `${points.length} of ${totalPoints.toLocaleString('en')} points, extremes kept` : `${totalPoints} points`;
  return (
    <figure className="rounded-lg border border-border bg-card p-3" data-testid={`metric-chart-${metric}`}>
      <figcaption className="mb-2 flex items-baseline justify-between gap-2">
        <span className="font-medium">{metric}</span>
        <span className="text-xs text-muted-fg">{shown}</span>
      </figcaption>
      <div role="img" aria-label={`Line chart of ${metric} by step`} className="h-48">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
            <XAxis dataKey="step" type="number" domain={['dataMin', 'dataMax']} tick={{ fontSize: 11, fill: 'var(--muted-fg)' }} />
            <YAxis domain={['auto', 'auto']} width={56} tick={{ fontSize: 11, fill: 'var(--muted-fg)' }} tickFormatter={formatMetric} />
            <Tooltip
              contentStyle={{ background: 'var(--card)', border: '1px solid var(--border)', color: 'var(--fg)' }}
              labelFormatter={(step) => `step ${step}`}
              formatter={(value) => [formatMetric(Number(value)), metric]}
            />
            <Line type="monotone" dataKey="value" stroke="var(--primary)" strokeWidth={2} dot={points.length < 30} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <details className="mt-2 text-xs">
        <summary className="cursor-pointer text-muted-fg">Data table</summary>
        <table className="mt-1 w-full tabular-nums">
          <thead>
            <tr className="text-left">
              <th scope="col">Step</th>
              <th scope="col">{metric}</th>
            </tr>
          </thead>
          <tbody>
            {points.slice(0, TABLE_ROWS).map((p) => (
              <tr key={`${p.step}-${p.value}`}>
                <td>{p.step}</td>
                <td>{formatMetric(p.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {points.length > TABLE_ROWS && <p className="text-muted-fg">First {TABLE_ROWS} rows shown.</p>}
      </details>
    </figure>
  );
}
