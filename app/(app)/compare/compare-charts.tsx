'use client';

import { HistoryChart, type FetchHistoryWindow } from '@/components/compare/history-chart';
import type { ComparedVersion, HistoryWindow } from '@/lib/compare/types';

/**
 * The history charts need a function that fetches a finer window when the user zooms; functions cannot
 * cross from a server component, so this client shell builds it over `/api/v1/compare/history`.
 */
export function HistoryCharts({ versions, windows }: { versions: ComparedVersion[]; windows: HistoryWindow[] }) {
  const fetchWindow: FetchHistoryWindow = async ({ metric, axis, from, to, points }) => {
    const params = new URLSearchParams(versions.map((v) => ['v', v.ref]));
    params.set('metric', metric);
    params.set('axis', axis);
    params.set('points', String(points));
    if (from !== null) params.set('from', String(from));
    if (to !== null) params.set('to', String(to));
    const response = await fetch(`/api/v1/compare/history?${params}`);
    const body = await response.json();
    if (!response.ok) throw new Error(body.error?.message ?? 'Could not load the history.');
    return body.window as HistoryWindow;
  };
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {windows.map((w) => (
        <HistoryChart key={w.metric} versions={versions} metric={w.metric} initial={w} fetchWindow={fetchWindow} />
      ))}
    </div>
  );
}
