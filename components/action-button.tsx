'use client';

import { useState, useTransition } from 'react';
import { useSuccessToast } from '@/components/toast/use-success-toast';
import { Button, type ButtonProps } from '@/components/ui/button';
import type { ActionResult } from '@/lib/actions/result';

interface Props {
  action: () => Promise<ActionResult>;
  label: string;
  pendingLabel: string;
  variant?: ButtonProps['variant'];
  size?: ButtonProps['size'];
}

/** A button that runs one server action: a refusal shows next to it, a success in a toast. */
export function ActionButton({ action, label, pendingLabel, variant = 'outline', size }: Props) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult | null>(null);
  useSuccessToast(result);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <Button type="button" variant={variant} size={size} disabled={pending} onClick={() => startTransition(async () => setResult(await action()))}>
        {pending ? pendingLabel : label}
      </Button>
      <span aria-live="polite" className="text-sm text-danger">
        {result && !result.ok && result.message}
      </span>
    </span>
  );
}
