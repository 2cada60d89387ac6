'use client';

import { useId } from 'react';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';

interface Props {
  label: string;
  value: string;
  options: string[];
  onChange: (metric: string) => void;
}

/** A labelled choice of metric, as the trade-off and trend charts offer. */
export function MetricSelect({ label, value, options, onChange }: Props) {
  const id = useId();
  return (
    <div className="grid w-48 gap-1 text-sm">
      <Label htmlFor={id}>{label}</Label>
      <NativeSelect id={id} className="h-8 py-1" value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
