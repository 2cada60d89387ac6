'use client';

import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import type { HistoryAxis } from '@/lib/compare/types';
import { fromLocalInput, toLocalInput } from './time-format';

interface Props {
  axis: HistoryAxis;
  from: number | null;
  to: number | null;
  /** Null ends are open: from the first or to the last point. */
  onZoom: (from: number | null, to: number | null) => void;
}

/** The keyboard way to zoom (dragging across the chart needs a mouse), and the way back out. */
export function ZoomForm({ axis, from, to, onZoom }: Props) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const isTime = axis === 'time';
  const unit = isTime ? 'time' : 'step';
  const shown = (x: number | null) => (x === null ? '' : isTime ? toLocalInput(x) : String(x));
  const read = (entry: FormDataEntryValue | null) => {
    const text = String(entry ?? '').trim();
    return text === '' ? null : isTime ? fromLocalInput(text) : Number(text);
  };

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const lo = read(data.get('from'));
    const hi = read(data.get('to'));
    if ([lo, hi].some((x) => x !== null && !Number.isFinite(x))) return setError(`Enter a ${unit} or leave the field empty.`);
    if (lo !== null && hi !== null && lo >= hi) return setError('“From” must be before “To”.');
    setError(null);
    onZoom(lo, hi);
  }

  const field = (name: 'from' | 'to', value: number | null) => (
    <div className="grid gap-1">
      <Label htmlFor={`${id}-${name}`}>{`${name === 'from' ? 'From' : 'To'} ${unit}`}</Label>
      <Input
        id={`${id}-${name}`}
        name={name}
        type={isTime ? 'datetime-local' : 'number'}
        step={isTime ? 0.001 : 'any'}
        defaultValue={shown(value)}
        className={isTime ? 'h-8 w-60' : 'h-8 w-28'}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    </div>
  );

  // Keyed by the window so the fields show a range chosen by dragging.
  return (
    <form key={`${axis}:${from}:${to}`} onSubmit={submit} className="mb-2 flex flex-wrap items-end gap-2 text-sm" aria-label="Zoom range">
      {field('from', from)}
      {field('to', to)}
      <Button type="submit" variant="outline" size="sm">
        Apply
      </Button>
      <Button type="button" variant="ghost" size="sm" onClick={() => onZoom(null, null)} disabled={from === null && to === null}>
        Reset zoom
      </Button>
      <p id={`${id}-error`} role="alert" className="basis-full text-xs text-danger empty:hidden">
        {error}
      </p>
    </form>
  );
}
