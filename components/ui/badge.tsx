import { cva, type VariantProps } from 'class-variance-authority';
import type { ComponentProps } from 'react';
import { cn } from './cn';

// Status colours are solid with bg-coloured text: tinted backgrounds drop below 4.5:1 in the light theme.
export const badgeVariants = cva(
  'inline-flex items-center gap-1 rounded-full border border-transparent px-2.5 py-0.5 text-xs font-medium whitespace-nowrap',
  {
    variants: {
      variant: {
        default: 'bg-primary text-primary-fg',
        secondary: 'bg-muted text-fg',
        success: 'bg-success text-bg',
        warning: 'bg-warning text-bg',
        danger: 'bg-danger text-danger-fg',
        outline: 'border-border text-fg',
      },
    },
    defaultVariants: { variant: 'default' },
  },
);

export type BadgeProps = ComponentProps<'span'> & VariantProps<typeof badgeVariants>;

export function Badge({ className, variant, ...props }: BadgeProps) {
  return <span className={cn(badgeVariants({ variant }), className)} {...props} />;
}
