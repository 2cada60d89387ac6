'use client';

import { useQuery } from '@tanstack/react-query';
import { messageOf } from '@/components/monitoring/request';
import { Skeleton } from '@/components/ui/skeleton';
import type { RequestDetail } from '@/lib/governance/request-queries';
import { MetricDeltas } from './metric-deltas';
import { requestKeys } from './query-keys';
import { fetchRequest } from './requests-api';

/** The requested version's metrics against production's: prefetched by the page, fetched for requests that arrived since. */
export function RequestMetrics({ requestId, version, initial }: { requestId: number; version: number; initial?: RequestDetail }) {
  const { data, error } = useQuery({ queryKey: requestKeys.detail(requestId), queryFn: () => fetchRequest(requestId), initialData: initial });
  if (error && !data) return <p className="text-sm text-danger">Could not load the metrics: {messageOf(error)}</p>;
  if (!data) {
    return (
      <div aria-busy className="space-y-2">
        <span className="sr-only">Loading metrics…</span>
        <Skeleton className="h-6 w-full" />
        <Skeleton className="h-6 w-full" />
      </div>
    );
  }
  return <MetricDeltas production={data.comparison.production} version={version} metrics={data.comparison.metrics} />;
}
