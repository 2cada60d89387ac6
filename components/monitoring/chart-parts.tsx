import type { DotItemDotProps } from 'recharts';
import { formatDate } from '@/components/compare/time-format';

/** An element id for a monitoring chart; the export buttons find the chart through it, and ids may not contain spaces. */
export const monitoringChartId = (kind: string, key: string) => `monitoring-${kind}-${key.replace(/[^\w-]/g, '_')}`;

export const REFERENCE_COLOR = 'var(--muted-fg)';
export const CURRENT_COLOR = 'var(--primary)';
export const DRIFT_COLOR = 'var(--danger)';

const dayAndTime = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
const exact = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** When a batch was observed, in tooltips and data tables. */
export const formatObserved = (ms: number): string => exact.format(new Date(ms));

/** Tick labels for a time axis over the given observation times: dates, or day and time when the batches span less than a week. */
export function timeTickFormatter(times: number[]): (ms: number) => string {
  const span = times.length > 0 ? Math.max(...times) - Math.min(...times) : 0;
  return span >= 7 * 24 * 3600_000 ? formatDate : (ms) => dayAndTime.format(new Date(ms));
}

/** A batch's point on a timeline: filled in the drift colour when it crossed its threshold or bound, small and hollow otherwise. */
export function BatchDot({ cx, cy, payload, index }: DotItemDotProps) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null;
  return (payload as { flagged?: boolean }).flagged ? (
    <circle key={index} cx={cx} cy={cy} r={5} fill={DRIFT_COLOR} stroke="var(--card)" strokeWidth={1.5} />
  ) : (
    <circle key={index} cx={cx} cy={cy} r={3} fill="var(--card)" stroke={CURRENT_COLOR} strokeWidth={1.5} />
  );
}
