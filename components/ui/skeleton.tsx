import type { ComponentProps } from 'react';
import { cn } from './cn';

/** Decorative loading placeholder; mark the loading region with aria-busy instead of labelling this. */
export function Skeleton({ className, ...props }: ComponentProps<'div'>) {
  return (
    <div
      aria-hidden
      className={cn('animate-pulse rounded-md bg-muted motion-reduce:animate-none', className)}
      {...props}
    />
  );
}
