/** A formatted timestamp; the server renders it in its own time zone, the browser then in the reader's. */
export function LocalTime({ ms, format }: { ms: number; format: (ms: number) => string }) {
  return (
    <time dateTime={new Date(ms).toISOString()} suppressHydrationWarning>
      {format(ms)}
    </time>
  );
}
