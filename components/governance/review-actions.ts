import type { ActionResult } from '@/lib/actions/result';

/** The reviews page's server actions, handed down from the page; each names the request it acts on. */
export interface ReviewActions {
  decide: (requestId: number, prev: ActionResult, formData: FormData) => Promise<ActionResult>;
  cancel: (requestId: number) => Promise<ActionResult>;
  comment: (requestId: number, prev: ActionResult, formData: FormData) => Promise<ActionResult>;
}
