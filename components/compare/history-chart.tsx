'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { CartesianGrid, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatMetric } from '@/components/format';
import { MAX_WINDOW_POINTS, type ComparedVersion, type HistoryAxis, type HistoryWindow } from '@/lib/compare/types';
import { ChartFrame, chartId } from './chart-frame';
import { gridProps, tick } from './chart-theme';
import { HistoryControls, type HistorySettings } from './history-controls';
import { allPositive, describeWindow, extent, lineData, logTicks, mergeSeries, niceTicks, pointsNote } from './history-data';
import { HistoryLines, PointerLayer } from './history-lines';
import { HistoryTooltip } from './history-tooltip';
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

/** About two points per pixel of plot width, rounded so small resizes do not refetch. */
const pointsFor = (width: number | null) => (width ? Math.min(MAX_WINDOW_POINTS, Math.max(200, Math.round((width * 2) / 100) * 100)) : 1000);

/**
 * Overlaid histories of one metric, one line per version. Zooming (drag across the chart, or the
 * from/to fields) and switching the x axis ask the server for that window, downsampled to the
 * chart's width, so the browser never holds a whole history.
 */
export function HistoryChart({ versions, metric, initial, fetchWindow }: Props) {
  const [settings, setSettings] = useState<HistorySettings>({ axis: initial.axis, scale: 'linear', smoothing: 0 });
  const [range, setRange] = useState({ from: initial.from, to: initial.to });
  const [drag, setDrag] = useState<{ start: number; end: number } | null>(null);
  const [hover, setHover] = useState<{ x: number; left: number } | null>(null);
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
  const data = useMemo(() => lineData(shown.series, settings.smoothing), [shown.series, settings.smoothing]);
  const canLog = allPositive(shown.series);
  const smoothing = settings.smoothing > 0;
  const lines = useMemo(() => {
    const byRef = new Map(versions.map((v) => [v.ref, v]));
    return shown.series.map((s, i) => ({ ...s, data: data[i] ?? [], label: byRef.get(s.ref)?.label ?? s.ref, color: byRef.get(s.ref)?.color ?? 'var(--primary)' }));
  }, [versions, shown.series, data]);
  const windowText = describeWindow(shown.axis, shown.from, shown.to);
  const isTime = shown.axis === 'time';
  const bounds = useMemo(() => extent(data), [data]);
  const logScale = canLog && settings.scale === 'log';
  const yTicks = useMemo(() => (logScale ? logTicks(bounds.y) : niceTicks(bounds.y)), [bounds, logScale]);
  const span = bounds.x[1] - bounds.x[0];
  const formatTooltipX = (x: number) => (isTime ? formatDateTime(x) : `step ${x.toLocaleString('en')}`);
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
      summary={`Line chart of ${metric} by ${isTime ? 'wall time' : 'step'}, ${windowText}: ${lines.map((l) => `${l.label} ends at ${formatMetric(l.value.at(-1) ?? Number.NaN)}`).join('; ')}.`}
      height={HEIGHT}
      busy={query.isFetching}
      legend={lines.map((l) => ({ key: l.ref, label: l.label, color: l.color, note: pointsNote(l) }))}
      table={() => {
        const rows = mergeSeries(shown.series);
        return {
          head: [isTime ? 'Time' : 'Step', ...lines.map((l) => l.label)],
          rows: rows.slice(0, TABLE_ROWS).map((row) => ({
            key: String(row.x),
            cells: [isTime ? <LocalTime ms={row.x} format={formatDateTime} /> : row.x, ...row.values.map((v) => (v === undefined ? '' : formatMetric(v)))],
          })),
          note: rows.length > TABLE_ROWS ? `First ${TABLE_ROWS} of ${rows.length.toLocaleString('en')} rows shown.` : undefined,
        };
      }}
    >
      <div ref={measure} className="relative h-full cursor-crosshair select-none">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart margin={{ top: 4, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
            <CartesianGrid {...gridProps} />
            <XAxis dataKey="x" type="number" allowDecimals={false} domain={[shown.from ?? bounds.x[0], shown.to ?? bounds.x[1]]} allowDataOverflow tick={tick} tickFormatter={formatX} />
            <YAxis
              scale={logScale ? 'log' : 'linear'}
              domain={[yTicks[0] ?? 0, yTicks.at(-1) ?? 1]}
              allowDataOverflow
              ticks={yTicks}
              width={56}
              tick={tick}
              tickFormatter={formatMetric}
            />
            <HistoryLines lines={lines} smoothing={smoothing} />
            <PointerLayer
              cursor={hover && !drag ? hover.x : null}
              band={drag}
              onHover={(at) => {
                setHover(at);
                if (!at) setDrag(null);
                else if (drag) setDrag({ ...drag, end: at.x });
              }}
              onPress={(x) => setDrag({ start: x, end: x })}
              onRelease={endDrag}
            />
          </LineChart>
        </ResponsiveContainer>
        {hover && !drag && <HistoryTooltip x={hover.x} left={hover.left} flip={hover.left > (width ?? 0) / 2} lines={lines} smoothing={smoothing} formatX={formatTooltipX} />}
      </div>
    </ChartFrame>
  );
}
