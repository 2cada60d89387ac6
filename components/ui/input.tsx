import type { ComponentProps } from 'react';
import { cn } from './cn';

/**
 * Shared look of text-like form controls. The border uses muted-fg rather than the
 * border token so the control's edge keeps 3:1 contrast (WCAG 1.4.11) in both themes.
 */
export const controlStyles = cn(
  'w-full rounded-md border border-muted-fg/70 bg-card px-3 text-sm text-fg placeholder:text-muted-fg',
  'focus-visible:outline-2 focus-visible:outline-offset-0 focus-visible:outline-ring',
  'disabled:cursor-not-allowed disabled:opacity-50',
  'aria-invalid:border-danger',
);

export function Input({ className, type = 'text', ...props }: ComponentProps<'input'>) {
  return <input type={type} className={cn(controlStyles, 'h-10 py-2', className)} {...props} />;
}
