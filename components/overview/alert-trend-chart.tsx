'use client';

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/components/compare/chart-frame';
import { gridProps, tick, tooltipProps } from '@/components/compare/chart-theme';
import type { AlertWeek } from '@/lib/overview/types';
import { ChartEmpty } from './chart-empty';
import { formatWeek, formatWeekLong, overviewChartId } from './overview-format';

const TITLE = 'Alerts opened and resolved';
const OPENED = 'var(--danger)';
const RESOLVED = 'var(--success)';

/** Opened next to resolved per week: a backlog grows wherever the red bar outruns the green one. */
export function AlertTrendChart({ weeks }: { weeks: AlertWeek[] }) {
  const opened = weeks.reduce((n, w) => n + w.opened, 0);
  const resolved = weeks.reduce((n, w) => n + w.resolved, 0);
  if (opened + resolved === 0) {
    return <ChartEmpty title={TITLE} testId="chart-alerts" message="No monitoring alert was opened or resolved in the last 26 weeks." />;
  }
  const summary = `Bar chart of monitoring alerts per week over the last ${weeks.length} weeks: ${opened} opened and ${resolved} resolved in all.`;
  return (
    <ChartFrame
      id={overviewChartId('alerts')}
      testId="chart-alerts"
      title={TITLE}
      meta={`${opened} opened, ${resolved} resolved · per week, last ${weeks.length} weeks (UTC)`}
      summary={summary}
      height={200}
      legend={[
        { key: 'opened', label: 'opened', color: OPENED },
        { key: 'resolved', label: 'resolved', color: RESOLVED },
      ]}
      table={() => ({ head: ['Week', 'Opened', 'Resolved'], rows: weeks.map((w) => ({ key: String(w.weekStart), cells: [formatWeekLong(w.weekStart), w.opened, w.resolved] })) })}
    >
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={weeks} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid {...gridProps} vertical={false} />
          <XAxis dataKey="weekStart" tick={tick} tickFormatter={formatWeek} minTickGap={24} />
          <YAxis allowDecimals={false} width={40} tick={tick} />
          <Tooltip {...tooltipProps} labelFormatter={(ms) => formatWeekLong(Number(ms))} />
          <Bar dataKey="opened" name="opened" fill={OPENED} isAnimationActive={false} />
          <Bar dataKey="resolved" name="resolved" fill={RESOLVED} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
