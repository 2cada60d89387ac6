'use client';

import { useState, useTransition } from 'react';
import { FormStatus } from '@/components/form-status';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import type { ActionResult } from '@/lib/actions/result';
import { SecretReveal } from './secret-reveal';

export function RotateSecretDialog({ rotate }: { rotate: () => Promise<ActionResult<string>> }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<string> | null>(null);
  const secret = result?.ok ? result.data : undefined;
  return (
    <Dialog onOpenChange={() => setResult(null)}>
      <DialogTrigger asChild>
        <Button variant="outline">Rotate secret</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{secret ? 'Your new signing secret' : 'Rotate the signing secret?'}</DialogTitle>
          <DialogDescription>
            {secret
              ? 'The old secret no longer signs anything. Give this one to the receiver now.'
              : 'The current secret stops working at once: every delivery from now on, retries included, is signed with the new one.'}
          </DialogDescription>
        </DialogHeader>
        {secret ? <SecretReveal secret={secret} /> : result && <FormStatus state={result} />}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="outline">{secret ? 'Done' : 'Cancel'}</Button>
          </DialogClose>
          {!secret && (
            <Button variant="danger" disabled={pending} onClick={() => startTransition(async () => setResult(await rotate()))}>
              {pending ? 'Rotating…' : 'Rotate secret'}
            </Button>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
