import { useEffect } from 'react';
import type { ActionResult } from '@/lib/actions/result';
import { showToast } from './store';

// A result is toasted once, even when the form showing it re-renders or remounts after a refresh.
const toasted = new WeakSet<ActionResult>();

/** Toasts the success message of a form's latest result; failures stay next to the form. */
export function useSuccessToast(result: ActionResult | null): void {
  useEffect(() => {
    if (!result?.ok || !result.message || toasted.has(result)) return;
    toasted.add(result);
    showToast(result.message);
  }, [result]);
}
