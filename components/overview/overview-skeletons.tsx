import { Skeleton } from '@/components/ui/skeleton';

/** Placeholders the size of the card they stand in for, so nothing jumps when the data lands. */
export function CountsSkeleton() {
  return (
    <div role="status" aria-busy="true" className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
      <span className="sr-only">Loading counts…</span>
      {Array.from({ length: 5 }, (_, i) => (
        <Skeleton key={i} className="h-[6.5rem]" />
      ))}
    </div>
  );
}

export function ChartSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-busy="true" className="rounded-lg border border-border bg-card p-3">
      <span className="sr-only">Loading {label}…</span>
      <Skeleton className="mb-2 h-5 w-40" />
      <Skeleton className="h-[200px]" />
      <Skeleton className="mt-2 h-4 w-24" />
    </div>
  );
}

export function TableSkeleton() {
  return (
    <div role="status" aria-busy="true" className="space-y-2">
      <span className="sr-only">Loading production health…</span>
      <Skeleton className="h-10" />
      {Array.from({ length: 5 }, (_, i) => (
        <Skeleton key={i} className="h-12" />
      ))}
    </div>
  );
}
