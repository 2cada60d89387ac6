import { EmptyState } from '@/components/ui/empty-state';

/** A chart's place when there is nothing to draw: its title, and in words why the chart is missing. */
export function ChartEmpty({ title, message, testId }: { title: string; message: string; testId?: string }) {
  return (
    <figure data-testid={testId} className="min-w-0 rounded-lg border border-border bg-card p-3">
      <figcaption className="mb-2 font-medium">{title}</figcaption>
      <EmptyState title="No data yet" description={message} className="p-6" />
    </figure>
  );
}
