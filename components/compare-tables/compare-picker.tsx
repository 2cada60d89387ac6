import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { TableCell, TableHead } from '@/components/ui/table';

/**
 * A plain GET form around a table: ticked rows become `?v=model@version` on `/compare`, so the
 * comparison's URL can be shared and picking works without JavaScript.
 */
export function ComparePicker({ children, submitLabel, canSubmit = true }: { children: ReactNode; submitLabel: string; canSubmit?: boolean }) {
  return (
    <form action="/compare" method="get" className="space-y-3">
      {children}
      {canSubmit && (
        <Button type="submit" variant="outline" size="sm">
          {submitLabel}
        </Button>
      )}
    </form>
  );
}

export function ComparePickHead() {
  return (
    <TableHead>
      <span className="sr-only">Compare</span>
    </TableHead>
  );
}

/** The row's checkbox; `value` is `model@version`, or nothing to leave the row unpickable. */
export function ComparePickCell({ value, label }: { value: string | null; label: string }) {
  return (
    <TableCell className="w-8">
      {value && <input type="checkbox" name="v" value={value} aria-label={label} className="size-4 accent-[var(--primary)]" />}
    </TableCell>
  );
}
