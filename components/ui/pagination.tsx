import { ChevronLeftIcon, ChevronRightIcon } from 'lucide-react';
import Link from 'next/link';
import { buttonVariants } from './button';
import { cn } from './cn';

type PaginationProps = {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  className?: string;
};

/** First, last and the current page's neighbours, with null marking a skipped run. */
function visiblePages(page: number, pageCount: number): (number | null)[] {
  const wanted = [...new Set([1, page - 1, page, page + 1, pageCount])]
    .filter((p) => p >= 1 && p <= pageCount)
    .sort((a, b) => a - b);
  const result: (number | null)[] = [];
  let previous = 0;
  for (const p of wanted) {
    // A gap of one page is shown as that page: an ellipsis would take the same room.
    if (p - previous === 2) result.push(previous + 1);
    else if (p - previous > 2) result.push(null);
    result.push(p);
    previous = p;
  }
  return result;
}

export function Pagination({ page, pageCount, hrefFor, className }: PaginationProps) {
  if (pageCount <= 1) return null;
  const current = Math.min(Math.max(1, page), pageCount);
  const step = buttonVariants({ variant: 'ghost', size: 'sm' });

  return (
    <nav aria-label="Pagination" className={cn('flex justify-center', className)}>
      <ul className="flex flex-wrap items-center gap-1">
        <li>
          {current > 1 ? (
            <Link href={hrefFor(current - 1)} rel="prev" className={step}>
              <ChevronLeftIcon aria-hidden /> Previous
            </Link>
          ) : (
            <span aria-disabled="true" className={step}>
              <ChevronLeftIcon aria-hidden /> Previous
            </span>
          )}
        </li>
        {visiblePages(current, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden className="px-2 text-muted-fg">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                href={hrefFor(p)}
                aria-label={`Page ${p}`}
                aria-current={p === current ? 'page' : undefined}
                className={cn(
                  buttonVariants({ variant: p === current ? 'outline' : 'ghost', size: 'sm' }),
                  'min-w-8 px-2',
                )}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        <li>
          {current < pageCount ? (
            <Link href={hrefFor(current + 1)} rel="next" className={step}>
              Next <ChevronRightIcon aria-hidden />
            </Link>
          ) : (
            <span aria-disabled="true" className={step}>
              Next <ChevronRightIcon aria-hidden />
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}
