/**
 * Wall-time formats of the compare charts, in the reader's time zone. Training runs can log many
 * points per second, so ticks carry as much precision as the visible span needs.
 */
const clock = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
const full = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'short', day: 'numeric', ...clock, second: '2-digit', fractionalSecondDigits: 3 });
const dateOnly = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });
const dayAndMinute = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', ...clock });
const seconds = new Intl.DateTimeFormat('en', { ...clock, second: '2-digit' });
const millis = new Intl.DateTimeFormat('en', { minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3 });

const DAY = 24 * 3600_000;

export const formatDateTime = (ms: number): string => full.format(new Date(ms));

export const formatDate = (ms: number): string => dateOnly.format(new Date(ms));

/** A tick label for an axis whose visible range is `spanMs` wide. */
export function formatTimeTick(ms: number, spanMs: number): string {
  const format = spanMs >= 2 * DAY ? dayAndMinute : spanMs >= 10_000 ? seconds : millis;
  return format.format(new Date(ms));
}

/** The value of a `datetime-local` input (local time, millisecond precision) for a timestamp. */
export function toLocalInput(ms: number): string {
  const shifted = new Date(ms - new Date(ms).getTimezoneOffset() * 60_000);
  return shifted.toISOString().slice(0, 23);
}

/** A `datetime-local` value back to a timestamp; the browser's Date parses it as local time. */
export const fromLocalInput = (value: string): number => new Date(value).getTime();
