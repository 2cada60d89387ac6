'use client';

import { useId } from 'react';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import type { HistoryAxis } from '@/lib/compare/types';

type YScale = 'linear' | 'log';

export interface HistorySettings {
  axis: HistoryAxis;
  scale: YScale;
  smoothing: number;
}

interface Props {
  settings: HistorySettings;
  onChange: (change: Partial<HistorySettings>) => void;
  /** False when a value is 0 or negative, which a log axis cannot place. */
  canLog: boolean;
}

/** X axis, y scale and smoothing of a history chart. */
export function HistoryControls({ settings, onChange, canLog }: Props) {
  const id = useId();
  return (
    <div className="mb-2 flex flex-wrap items-end gap-3 text-sm">
      <div className="grid gap-1">
        <Label htmlFor={`${id}-axis`}>X axis</Label>
        <NativeSelect id={`${id}-axis`} className="h-8 w-32 py-1" value={settings.axis} onChange={(e) => onChange({ axis: e.target.value as HistoryAxis })}>
          <option value="step">Step</option>
          <option value="time">Wall time</option>
        </NativeSelect>
      </div>
      <div className="grid gap-1">
        <Label htmlFor={`${id}-scale`}>Y scale</Label>
        <NativeSelect
          id={`${id}-scale`}
          className="h-8 w-28 py-1"
          value={canLog ? settings.scale : 'linear'}
          onChange={(e) => onChange({ scale: e.target.value as YScale })}
          aria-describedby={canLog ? undefined : `${id}-log-hint`}
        >
          <option value="linear">Linear</option>
          <option value="log" disabled={!canLog}>
            Log
          </option>
        </NativeSelect>
      </div>
      <div className="grid gap-1">
        <Label htmlFor={`${id}-smoothing`}>Smoothing</Label>
        <div className="flex h-8 items-center gap-2">
          <input
            id={`${id}-smoothing`}
            type="range"
            min={0}
            max={0.99}
            step={0.01}
            value={settings.smoothing}
            onChange={(e) => onChange({ smoothing: Number(e.target.value) })}
            className="w-32 accent-primary"
          />
          <output htmlFor={`${id}-smoothing`} className="w-8 text-xs tabular-nums text-muted-fg">
            {settings.smoothing.toFixed(2)}
          </output>
        </div>
      </div>
      {!canLog && (
        <p id={`${id}-log-hint`} className="pb-1.5 text-xs text-muted-fg">
          Log scale is off: some values are 0 or below.
        </p>
      )}
    </div>
  );
}
