'use client';

import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/components/compare/chart-frame';
import { gridProps, tick, tooltipProps } from '@/components/compare/chart-theme';
import type { ProductionWeek } from '@/lib/overview/types';
import { ChartEmpty } from './chart-empty';
import { formatWeek, formatWeekLong, overviewChartId } from './overview-format';

const TITLE = 'Models in production';
const COLOR = 'var(--primary)';

/** How many models were live at the end of each week: the step shows when one went live or was withdrawn. */
export function ProductionTrendChart({ weeks }: { weeks: ProductionWeek[] }) {
  if (weeks.every((w) => w.models === 0)) {
    return <ChartEmpty title={TITLE} testId="chart-production" message="No model has had a version in production in the last 26 weeks. Promote a version to production and it is counted here." />;
  }
  const latest = weeks.at(-1)!;
  const peak = Math.max(...weeks.map((w) => w.models));
  const summary = `Step chart of the number of models in production at the end of each of the last ${weeks.length} weeks, from ${weeks[0]!.models} in the ${formatWeekLong(weeks[0]!.weekStart)} to ${latest.models} now; at most ${peak}.`;
  return (
    <ChartFrame
      id={overviewChartId('production')}
      testId="chart-production"
      title={TITLE}
      meta={`${latest.models} now · end of each week, last ${weeks.length} weeks (UTC)`}
      summary={summary}
      height={200}
      legend={[{ key: 'models', label: 'models with a production version', color: COLOR }]}
      table={() => ({ head: ['Week', 'Models in production'], rows: weeks.map((w) => ({ key: String(w.weekStart), cells: [formatWeekLong(w.weekStart), w.models] })) })}
    >
      <ResponsiveContainer width="100%" height="100%">
        <AreaChart data={weeks} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid {...gridProps} />
          <XAxis dataKey="weekStart" tick={tick} tickFormatter={formatWeek} minTickGap={24} />
          <YAxis allowDecimals={false} domain={[0, 'auto']} width={40} tick={tick} />
          <Tooltip {...tooltipProps} labelFormatter={(ms) => formatWeekLong(Number(ms))} formatter={(value) => [value, 'models in production']} />
          <Area dataKey="models" type="stepAfter" stroke={COLOR} fill={COLOR} fillOpacity={0.15} strokeWidth={1.5} isAnimationActive={false} />
        </AreaChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
