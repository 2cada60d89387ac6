'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { ModelForm } from './model-form';
import type { ComponentProps } from 'react';

type Props = Omit<ComponentProps<typeof ModelForm>, 'submitLabel'>;

export function EditModelDialog(props: Props) {
  const [open, setOpen] = useState(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline">Edit details</Button>
      </DialogTrigger>
      <DialogContent className="max-h-[90vh] overflow-y-auto sm:max-w-2xl">
        <DialogHeader>
          <DialogTitle>Edit model details</DialogTitle>
          <DialogDescription>The name cannot change; everything else can.</DialogDescription>
        </DialogHeader>
        <ModelForm {...props} submitLabel="Save changes" />
      </DialogContent>
    </Dialog>
  );
}
