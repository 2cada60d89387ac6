import { cva, type VariantProps } from 'class-variance-authority';
import { CircleAlertIcon, CircleCheckIcon, InfoIcon, TriangleAlertIcon } from 'lucide-react';
import type { ComponentProps, ReactNode } from 'react';
import { cn } from './cn';

const alertVariants = cva('flex gap-3 rounded-md border border-l-4 border-border bg-card p-4 text-sm text-fg', {
  variants: {
    variant: {
      info: 'border-l-primary [&>svg]:text-primary',
      success: 'border-l-success [&>svg]:text-success',
      warning: 'border-l-warning [&>svg]:text-warning',
      danger: 'border-l-danger [&>svg]:text-danger',
    },
  },
  defaultVariants: { variant: 'info' },
});

const icons = { info: InfoIcon, success: CircleCheckIcon, warning: TriangleAlertIcon, danger: CircleAlertIcon };

type AlertProps = Omit<ComponentProps<'div'>, 'title'> &
  VariantProps<typeof alertVariants> & {
    title?: ReactNode;
  };

export function Alert({ variant, title, className, children, ...props }: AlertProps) {
  const Icon = icons[variant ?? 'info'];
  return (
    // Errors interrupt (role=alert); everything else waits politely (role=status).
    <div role={variant === 'danger' ? 'alert' : 'status'} className={cn(alertVariants({ variant }), className)} {...props}>
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div className="grid gap-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className="text-muted-fg">{children}</div> : null}
      </div>
    </div>
  );
}
