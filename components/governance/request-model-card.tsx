'use client';

import { useQuery } from '@tanstack/react-query';
import { ModelCardView } from '@/components/models/model-card-view';
import type { RequestDetail } from '@/lib/governance/request-queries';
import { completeness } from '@/lib/registry/card-sections';
import { requestKeys } from './query-keys';
import { fetchRequest } from './requests-api';

/** The version's model card, folded so the queue stays scannable; it shares the request's cached detail. */
export function RequestModelCard({ requestId, initial }: { requestId: number; initial?: RequestDetail }) {
  const { data } = useQuery({ queryKey: requestKeys.detail(requestId), queryFn: () => fetchRequest(requestId), initialData: initial });
  if (!data) return null;
  const { filled, total } = completeness(data.card);
  return (
    <details className="rounded-md border border-border p-3">
      <summary className="cursor-pointer text-sm font-medium">
        Model card ({filled} of {total} sections written)
      </summary>
      <div className="mt-4">
        <ModelCardView sections={data.card} />
      </div>
    </details>
  );
}
