'use client';

import { useId, useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { Label } from '@/components/ui/label';
import { NativeSelect } from '@/components/ui/native-select';
import type { DriftTimeline } from '@/lib/monitoring/types';
import { DriftColumnChart } from './drift-column-chart';

const ALL = '';

/** The drift statistic of every column over the version's batches, as small multiples, or one column at a time. */
export function DriftTimelineChart({ timeline }: { timeline: DriftTimeline }) {
  const id = useId();
  const [shown, setShown] = useState(ALL);
  if (timeline.batches.length === 0 || timeline.columns.length === 0) {
    return <EmptyState title="No drift history yet" description="Each uploaded batch adds a point per column here." />;
  }
  const columns = shown === ALL ? timeline.columns : timeline.columns.filter((c) => c.name === shown);
  return (
    <div className="space-y-3">
      <div className="grid w-64 gap-1 text-sm">
        <Label htmlFor={id}>Column</Label>
        <NativeSelect id={id} className="h-8 py-1" value={shown} onChange={(e) => setShown(e.target.value)}>
          <option value={ALL}>All columns ({timeline.columns.length})</option>
          {timeline.columns.map((c) => (
            <option key={c.name} value={c.name}>
              {c.name}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className={shown === ALL ? 'grid gap-3 md:grid-cols-2 xl:grid-cols-3' : undefined}>
        {columns.map((column) => (
          <DriftColumnChart key={column.name} column={column} batches={timeline.batches} height={shown === ALL ? 180 : 300} />
        ))}
      </div>
    </div>
  );
}
