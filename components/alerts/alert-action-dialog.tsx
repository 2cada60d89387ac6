'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { ApiError } from '@/components/monitoring/request';
import { Alert } from '@/components/ui/alert';
import { Button, type ButtonProps } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { Field, fieldA11y } from '@/components/ui/field';
import { Textarea } from '@/components/ui/textarea';
import type { AlertSummary } from '@/lib/monitoring/types';
import { KIND_LABELS } from './alert-badges';
import { postAlertAction } from './alerts-api';
import { alertKeys, type AlertAction } from './query-keys';

const COPY: Record<AlertAction, { title: string; description: string; comment: string; pending: string; done: string; variant: ButtonProps['variant'] }> = {
  acknowledge: {
    title: 'Acknowledge',
    description: 'Say that someone is on it. The alert stays unresolved until it is resolved.',
    comment: 'Comment (optional)',
    pending: 'Acknowledging…',
    done: 'acknowledged',
    variant: 'outline',
  },
  resolve: {
    title: 'Resolve',
    description: 'Close the alert. If the same problem returns, a new alert opens.',
    comment: 'How was it resolved? (required)',
    pending: 'Resolving…',
    done: 'resolved',
    variant: 'outline',
  },
  retraining: {
    title: 'Request retraining',
    description: "Sends a retraining.requested event, with this alert and the drift of the batch that raised it, to the model's webhooks. The alert itself does not change.",
    comment: 'Comment (optional)',
    pending: 'Requesting…',
    done: 'sent for retraining',
    variant: 'ghost',
  },
};

interface Props {
  alert: AlertSummary;
  action: AlertAction;
  /** Called once the dialog has closed after success, with what happened: the list takes the focus and says it. */
  onDone: (message: string) => void;
}

/** One triage action on one alert: a button, then a dialog for the comment; the alert list and counts refetch after it. */
export function AlertActionDialog({ alert, action, onDone }: Props) {
  const copy = COPY[action];
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const done = useRef<string | null>(null);
  const fieldId = `alert-${alert.id}-${action}-comment`;
  const mutation = useMutation({
    mutationFn: () => postAlertAction(alert.id, action, comment.trim()),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: alertKeys.all });
      done.current = `Alert ${alert.id} ${copy.done}.`;
      setOpen(false);
    },
  });
  const serverError = mutation.error instanceof ApiError ? mutation.error.fieldErrors.comment : undefined;
  const commentError = missing ? 'Say how the alert was resolved.' : serverError;
  const subject = `${KIND_LABELS[alert.kind]}${alert.subject ? `: ${alert.subject}` : ''}`;

  function change(next: boolean) {
    setOpen(next);
    if (!next) return;
    setComment('');
    setMissing(false);
    mutation.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (action === 'resolve' && comment.trim() === '') return setMissing(true);
    mutation.mutate();
  }

  return (
    <Dialog open={open} onOpenChange={change}>
      <DialogTrigger asChild>
        <Button type="button" size="sm" variant={copy.variant} aria-label={`${copy.title} alert ${alert.id}, ${subject}`}>
          {copy.title}
        </Button>
      </DialogTrigger>
      <DialogContent
        onCloseAutoFocus={(event) => {
          if (!done.current) return;
          // The button may be gone (an acknowledged alert has no Acknowledge), so the list takes the focus.
          event.preventDefault();
          onDone(done.current);
          done.current = null;
        }}
      >
        <DialogHeader>
          <DialogTitle>
            {copy.title}: {subject}
          </DialogTitle>
          <DialogDescription>
            {alert.modelName}@{alert.version}. {copy.description}
          </DialogDescription>
        </DialogHeader>
        <form onSubmit={submit} noValidate className="space-y-4">
          <Field id={fieldId} label={copy.comment} error={commentError}>
            <Textarea
              {...fieldA11y(fieldId, commentError, { name: 'comment' })}
              required={action === 'resolve'}
              maxLength={2000}
              value={comment}
              onChange={(e) => {
                setComment(e.target.value);
                setMissing(false);
              }}
            />
          </Field>
          <div aria-live="polite">{mutation.isError && !serverError && <Alert variant="danger">{mutation.error.message}</Alert>}</div>
          <DialogFooter>
            <Button type="submit" disabled={mutation.isPending}>
              {mutation.isPending ? copy.pending : copy.title}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
