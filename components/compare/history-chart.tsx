'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceArea, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatMetric } from '@/components/format';
import type { ComparedVersion, HistoryAxis, HistoryWindow } from '@/lib/compare/types';
import { ChartFrame, chartId } from './chart-frame';
import { gridProps, tick, tooltipProps } from './chart-theme';
import { HistoryControls, type HistorySettings } from './history-controls';
import { allPositive, describeWindow, mergeSeries, pointsNote, rawKey, smoothKey } from './history-data';
import { LocalTime } from './local-time';
import { formatDateTime, formatTimeTick } from './time-format';
import { ZoomForm } from './zoom-form';

export type FetchHistoryWindow = (query: { metric: string; axis: HistoryAxis; from: number | null; to: number | null; points: number }) => Promise<HistoryWindow>;

interface Props {
  versions: ComparedVersion[];
  metric: string;
  initial: HistoryWindow;
  fetchWindow: FetchHistoryWindow;
}

const TABLE_ROWS = 200;
const HEIGHT = 288;
const lineProps = { type: 'linear', dot: false, connectNulls: true, isAnimationActive: false, strokeWidth: 1.5 } as const;

/** About two points per pixel of plot width, rounded so small resizes do not refetch. */
const pointsFor = (width: number | null) => (width ? Math.min(8000, Math.max(200, Math.round((width * 2) / 100) * 100)) : 1000);

/**
 * Overlaid histories of one metric, one line per version. Zooming (drag across the chart, or the
 * from/to fields) and switching the x axis ask the server for that window, downsampled to the
 * chart's width, so the browser never holds a whole history.
 */
export function HistoryChart({ versions, metric, initial, fetchWindow }: Props) {
  const [settings, setSettings] = useState<HistorySettings>({ axis: initial.axis, scale: 'linear', smoothing: 0 });
  const [range, setRange] = useState({ from: initial.from, to: initial.to });
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  const measure = useCallback((node: HTMLDivElement) => {
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? null));
    observer.observe(node);
    return () => observer.disconnect();
  }, []);

  const { axis } = settings;
  const points = pointsFor(width);
  const isInitial = axis === initial.axis && range.from === initial.from && range.to === initial.to;
  const query = useQuery({
    queryKey: ['compare-history', metric, axis, range.from, range.to, versions.map((v) => v.ref), points],
    queryFn: () => fetchWindow({ metric, axis, from: range.from, to: range.to, points }),
    initialData: isInitial ? initial : undefined,
    // Keep drawing the last window while the next one loads.
    placeholderData: keepPreviousData,
  });
  // Axis, window and zoom text follow the data on screen, not the request in flight.
  const shown = query.data ?? initial;
  const rows = useMemo(() => mergeSeries(shown.series, settings.smoothing), [shown.series, settings.smoothing]);
  const canLog = allPositive(shown.series);
  const smoothing = settings.smoothing > 0;
  const byRef = new Map(versions.map((v) => [v.ref, v]));
  const lines = shown.series.map((s, i) => ({ ...s, i, label: byRef.get(s.ref)?.label ?? s.ref, color: byRef.get(s.ref)?.color ?? 'var(--primary)' }));
  const windowText = describeWindow(shown.axis, shown.from, shown.to);
  const isTime = shown.axis === 'time';
  const span = (rows.at(-1)?.x ?? 0) - (rows[0]?.x ?? 0);
  const formatX = (x: number) => (isTime ? formatTimeTick(x, span) : x.toLocaleString('en'));

  const change = (next: Partial<HistorySettings>) => {
    if (next.axis && next.axis !== axis) setRange({ from: null, to: null });
    setSettings({ ...settings, ...next });
  };
  const endDrag = () => {
    if (drag && drag.start !== drag.end) setRange({ from: Math.min(drag.start, drag.end), to: Math.max(drag.start, drag.end) });
    setDrag(null);
  };

  return (
    <ChartFrame
      id={chartId('history', metric)}
      testId={`history-chart-${metric}`}
      title={`${metric} history`}
      meta={
        <>
          <span data-testid={`history-window-${metric}`}>{windowText}</span>
          <span role="status" className="ml-2">
            {query.isFetching ? 'Loading…' : query.isError ? `Could not load this window: ${query.error.message}` : ''}
          </span>
        </>
      }
      controls={
        <>
          <HistoryControls settings={settings} onChange={change} canLog={canLog} />
          <ZoomForm axis={shown.axis} from={shown.from} to={shown.to} onZoom={(from, to) => setRange({ from, to })} />
        </>
      }
      summary={`Line chart of ${metric} by ${isTime ? 'wall time' : 'step'}, ${windowText}: ${lines.map((l) => `${l.label} ends at ${formatMetric(l.points.at(-1)?.value ?? Number.NaN)}`).join('; ')}.`}
      height={HEIGHT}
      busy={query.isFetching}
      legend={lines.map((l) => ({ key: l.ref, label: l.label, color: l.color, note: pointsNote(l) }))}
      table={{
        head: [isTime ? 'Time' : 'Step', ...lines.map((l) => l.label)],
        rows: rows.slice(0, TABLE_ROWS).map((row) => ({
          key: String(row.x),
          cells: [isTime ? <LocalTime ms={row.x} format={formatDateTime} /> : row.x, ...lines.map((l) => (row[rawKey(l.i)] === undefined ? '' : formatMetric(row[rawKey(l.i)] ?? 0)))],
        })),
        note: rows.length > TABLE_ROWS ? `First ${TABLE_ROWS} of ${rows.length.toLocaleString('en')} rows shown.` : undefined,
      }}
    >
      <div ref={measure} className="h-full cursor-crosshair select-none">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={rows}
            margin={{ top: 4, right: 12, bottom: 0, left: 0 }}
            accessibilityLayer={false}
            onMouseDown={(state) => state.activeLabel !== undefined && setDrag({ start: Number(state.activeLabel), end: Number(state.activeLabel) })}
            onMouseMove={(state) => drag && state.activeLabel !== undefined && setDrag({ ...drag, end: Number(state.activeLabel) })}
            onMouseUp={endDrag}
            onMouseLeave={() => setDrag(null)}
          >
            <CartesianGrid {...gridProps} />
            <XAxis dataKey="x" type="number" domain={[shown.from ?? 'dataMin', shown.to ?? 'dataMax']} allowDataOverflow tick={tick} tickFormatter={formatX} />
            <YAxis scale={canLog ? settings.scale : 'linear'} domain={['auto', 'auto']} width={56} tick={tick} tickFormatter={formatMetric} />
            <Tooltip {...tooltipProps} labelFormatter={(x) => (isTime ? formatDateTime(Number(x)) : `step ${Number(x).toLocaleString('en')}`)} formatter={(value) => formatMetric(Number(value))} />
            {lines.map((l) => [
              <Line key={`raw-${l.ref}`} dataKey={rawKey(l.i)} name={l.label} stroke={l.color} strokeOpacity={smoothing ? 0.25 : 1} tooltipType={smoothing ? 'none' : undefined} {...lineProps} />,
              smoothing && <Line key={`smooth-${l.ref}`} dataKey={smoothKey(l.i)} name={`${l.label} (smoothed)`} stroke={l.color} {...lineProps} />,
            ])}
            {drag && <ReferenceArea x1={drag.start} x2={drag.end} fill="var(--primary)" fillOpacity={0.15} stroke="var(--primary)" />}
          </LineChart>
        </ResponsiveContainer>
      </div>
    </ChartFrame>
  );
}
