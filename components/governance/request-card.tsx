'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { ActionButton } from '@/components/action-button';
import { Markdown } from '@/components/markdown';
import { RelativeTime } from '@/components/relative-time';
import { Badge } from '@/components/ui/badge';
import type { ActionResult } from '@/lib/actions/result';
import type { CommentDto } from '@/lib/discussion/comments';
import type { RequestDetail, RequestDto } from '@/lib/governance/request-queries';
import { DecisionForm } from './decision-form';
import { GateList } from './gate-list';
import { RequestDiscussion } from './request-discussion';
import { RequestMetrics } from './request-metrics';
import { RequestModelCard } from './request-model-card';
import { RequestStatusBadge } from './request-status-badge';
import type { ReviewActions } from './review-actions';

interface Props {
  request: RequestDto;
  initialDetail?: RequestDetail;
  initialComments?: CommentDto[];
  /** The reader's role may decide requests; whether they may decide this one is `request.decideBlocker`. */
  canDecide: boolean;
  canComment: boolean;
  actions: ReviewActions;
  onResult: (result: ActionResult) => void;
}

function Section({ title, id, children }: { title: string; id: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2">
      <h3 id={id} className="text-sm font-semibold">
        {title}
      </h3>
      {children}
    </section>
  );
}

/** One request in the queue: what is asked and why, the evidence, the discussion and the decision. */
export function RequestCard({ request: r, initialDetail, initialComments, canDecide, canComment, actions, onResult }: Props) {
  const key = `request-${r.id}`;
  const versionHref = `/models/${encodeURIComponent(r.model)}/versions/${r.version}`;
  const approvers = r.reviews.filter((v) => v.decision === 'approve');
  // Only someone who may decide sees the buttons; anyone else reads why not (the server refuses them regardless).
  const showForm = r.status === 'pending' && canDecide && r.decideBlocker === null;
  const cancel = async () => {
    const result = await actions.cancel(r.id);
    onResult(result);
    return result.ok ? { ok: true as const } : result;
  };
  return (
    <article id={key} aria-labelledby={`${key}-title`} data-testid="request-card" className="scroll-mt-20 space-y-4 rounded-lg border border-border bg-card p-5 shadow-sm">
      <header className="space-y-2">
        <div className="flex flex-wrap items-center gap-2">
          <h2 id={`${key}-title`} className="text-lg font-semibold">
            <Link href={`/models/${encodeURIComponent(r.model)}`} className="hover:underline">
              {r.model}
            </Link>{' '}
            ·{' '}
            <Link href={versionHref} className="hover:underline">
              version {r.version}
            </Link>
          </h2>
          <span className="text-sm text-muted-fg">#{r.id}</span>
          {r.targetStage && <Badge variant="default">to {r.targetStage}</Badge>}
          {r.alias && <Badge variant="secondary">@{r.alias}</Badge>}
          <Badge variant={r.riskTier === 'high' ? 'danger' : r.riskTier === 'medium' ? 'warning' : 'outline'}>{r.riskTier} risk</Badge>
          {r.status !== 'pending' && <RequestStatusBadge status={r.status} />}
        </div>
        <p className="text-sm text-muted-fg">
          Requested by <span className="font-medium text-fg">{r.requester}</span> <RelativeTime ms={r.createdAt} /> · {r.status === 'expired' ? 'expired' : 'expires'}{' '}
          <RelativeTime ms={r.expiresAt} /> · now in {r.versionStage}
        </p>
      </header>
      <Markdown>{r.justification}</Markdown>
      <div className="grid gap-5 lg:grid-cols-2">
        <Section title={`Approvals: ${r.approvals} of ${r.requiredApprovals}`} id={`${key}-approvals`}>
          {approvers.length === 0 ? (
            <p className="text-sm text-muted-fg">No approvals yet.</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {approvers.map((v) => (
                <li key={v.reviewer}>
                  <span className="font-medium">{v.reviewer}</span> approved <RelativeTime ms={v.createdAt} />
                  {v.comment && `: ${v.comment}`}
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title="Gates" id={`${key}-gates`}>
          <GateList gates={r.gates} label={`Gates of request #${r.id}`} />
        </Section>
      </div>
      <Section title="Metrics against production, and the model card" id={`${key}-metrics`}>
        <RequestMetrics requestId={r.id} version={r.version} initial={initialDetail} />
        <RequestModelCard requestId={r.id} initial={initialDetail} />
      </Section>
      <div className="grid gap-5 lg:grid-cols-2">
        <Section title="Discussion" id={`${key}-discussion`}>
          <RequestDiscussion requestId={r.id} initial={initialComments} add={canComment ? (prev, data) => actions.comment(r.id, prev, data) : null} />
        </Section>
        <Section title="Decision" id={`${key}-decision-heading`}>
          {r.decideBlocker && (
            <p role="note" className="rounded-md border border-l-4 border-border border-l-warning p-3 text-sm font-medium">
              {r.decideBlocker}
            </p>
          )}
          {showForm && <DecisionForm requestId={r.id} decide={(prev, data) => actions.decide(r.id, prev, data)} onResult={onResult} />}
          {r.canCancel && <ActionButton action={cancel} label="Cancel request" pendingLabel="Cancelling…" size="sm" />}
        </Section>
      </div>
    </article>
  );
}
