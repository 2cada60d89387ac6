/**
 * Formats of the overview. Weeks are UTC buckets, so their labels are printed in UTC too: in a
 * reader's own zone a Monday-00:00-UTC week would start on a Sunday west of Greenwich.
 */
const weekShort = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });
const weekLong = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });

export const formatWeek = (ms: number): string => weekShort.format(new Date(ms));

export const formatWeekLong = (ms: number): string => `week of ${weekLong.format(new Date(ms))}`;

export function formatLeadTime(hours: number): string {
  if (hours < 1) return `${Math.round(hours * 60)} min`;
  return hours >= 48 ? `${(hours / 24).toFixed(1)} days` : `${hours.toFixed(1)} h`;
}

export const overviewChartId = (kind: string) => `overview-${kind}`;
