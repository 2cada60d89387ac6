import type { ComponentProps } from 'react';
import { cn } from './cn';
import { controlStyles } from './input';

/** A styled native <select>: keyboard, screen-reader and mobile pickers work out of the box. */
export function NativeSelect({ className, ...props }: ComponentProps<'select'>) {
  return <select className={cn(controlStyles, 'h-10 py-2', className)} {...props} />;
}
