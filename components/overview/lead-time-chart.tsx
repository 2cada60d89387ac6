'use client';

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/components/compare/chart-frame';
import { gridProps, tick, tooltipProps } from '@/components/compare/chart-theme';
import type { LeadTimeWeek } from '@/lib/overview/types';
import { ChartEmpty } from './chart-empty';
import { formatLeadTime, formatWeek, formatWeekLong, overviewChartId } from './overview-format';

const TITLE = 'Approval lead time';
const COLOR = 'var(--primary)';

/** Median hours from request to decision per week; weeks without a decision are gaps, not zeros, so nobody reads them as instant. */
export function LeadTimeChart({ weeks }: { weeks: LeadTimeWeek[] }) {
  const decided = weeks.filter((w) => w.medianHours !== null);
  if (decided.length === 0) {
    return <ChartEmpty title={TITLE} testId="chart-lead-time" message="No promotion request was approved or rejected in the last 26 weeks." />;
  }
  const decisions = decided.reduce((n, w) => n + w.decisions, 0);
  const latest = decided.at(-1)!;
  const summary = `Line chart of the median hours from promotion request to decision, per week of decision, over the last ${weeks.length} weeks: ${decisions} ${decisions === 1 ? 'decision' : 'decisions'} in ${decided.length} ${decided.length === 1 ? 'week' : 'weeks'}; latest median ${formatLeadTime(latest.medianHours!)} in the ${formatWeekLong(latest.weekStart)}.`;
  return (
    <ChartFrame
      id={overviewChartId('lead-time')}
      testId="chart-lead-time"
      title={TITLE}
      meta={`median hours from request to decision · ${decisions} ${decisions === 1 ? 'decision' : 'decisions'}, last ${weeks.length} weeks (UTC)`}
      summary={summary}
      height={200}
      legend={[{ key: 'median', label: 'median lead time', color: COLOR, note: 'per week of decision' }]}
      table={() => ({
        head: ['Week', 'Decisions', 'Median lead time'],
        rows: weeks.map((w) => ({ key: String(w.weekStart), cells: [formatWeekLong(w.weekStart), w.decisions, w.medianHours === null ? '—' : formatLeadTime(w.medianHours)] })),
      })}
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={weeks} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid {...gridProps} />
          <XAxis dataKey="weekStart" tick={tick} tickFormatter={formatWeek} minTickGap={24} />
          <YAxis domain={[0, 'auto']} width={40} tick={tick} />
          <Tooltip
            {...tooltipProps}
            labelFormatter={(ms) => formatWeekLong(Number(ms))}
            formatter={(value, _name, item) => [`${formatLeadTime(Number(value))} (${(item.payload as LeadTimeWeek).decisions} decided)`, 'median']}
          />
          <Line dataKey="medianHours" stroke={COLOR} strokeWidth={1.5} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
