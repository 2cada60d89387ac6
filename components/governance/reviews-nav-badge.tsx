'use client';

import { useQuery } from '@tanstack/react-query';
import { cn } from '@/components/ui/cn';
import { fetchPendingCount } from './requests-api';
import { requestKeys } from './query-keys';

const POLL_MS = 15_000;

/**
 * How many promotion requests wait for a decision, next to the Reviews link; hidden at zero.
 * The number is for the eye; screen readers hear the sentence, which becomes part of the link's name.
 */
export function ReviewsNavBadge({ initial, className }: { initial: number; className?: string }) {
  const { data: pending } = useQuery({ queryKey: requestKeys.count, queryFn: fetchPendingCount, initialData: initial, refetchInterval: POLL_MS });
  if (pending === 0) return null;
  return (
    <span
      data-testid="reviews-nav-badge"
      className={cn('inline-flex min-w-5 items-center justify-center rounded-full bg-primary px-1.5 text-xs leading-5 font-semibold tabular-nums text-primary-fg', className)}
    >
      <span aria-hidden>{pending > 99 ? '99+' : pending}</span>
      <span className="sr-only">
        {pending} pending request{pending === 1 ? '' : 's'}
      </span>
    </span>
  );
}
