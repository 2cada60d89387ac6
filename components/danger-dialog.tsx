'use client';

import type { ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';

interface Props {
  /** What the red trigger button says, e.g. "Delete model". */
  label: string;
  title: string;
  description: string;
  onOpenChange?: (open: boolean) => void;
  /** The confirming form. */
  children: ReactNode;
}

/** An irreversible action behind a red button and a dialog that says what it will do. */
export function DangerDialog({ label, title, description, onOpenChange, children }: Props) {
  return (
    <Dialog onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="danger">{label}</Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {children}
      </DialogContent>
    </Dialog>
  );
}
