'use client';

import { memo, type MouseEvent } from 'react';
import { usePlotArea, useXAxisInverseScale, useXAxisScale, useYAxisScale } from 'recharts';
import type { LinePoint } from './history-data';

export interface DrawnLine {
  ref: string;
  color: string;
  data: LinePoint[];
}

type Scale = (value: number) => number | undefined;

/** An SVG path through the points, skipping any the scale cannot place (such as 0 on a log axis). */
function pathOf(points: readonly LinePoint[], x: Scale, y: Scale, smoothed: boolean): string {
  const parts: string[] = [];
  for (const p of points) {
    const px = x(p.x);
    const py = y(smoothed ? (p.s ?? p.v) : p.v);
    if (px === undefined || py === undefined || !Number.isFinite(px) || !Number.isFinite(py)) continue;
    parts.push(`${parts.length ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`);
  }
  return parts.join('');
}

/**
 * Every version's line, drawn as one SVG path each through the chart's own scales. Recharts' <Line>
 * builds several objects per point and rebuilds them as each line registers; for ten lines of a long
 * history that was most of a second per chart, while a path string costs a few milliseconds.
 */
export const HistoryLines = memo(function HistoryLines({ lines, smoothing }: { lines: DrawnLine[]; smoothing: boolean }) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!x || !y) return null;
  const stroke = { fill: 'none', strokeWidth: 1.5, strokeLinejoin: 'round', strokeLinecap: 'round' } as const;
  return (
    <g aria-hidden>
      {lines.map((line) => (
        <g key={line.ref} data-series={line.ref}>
          <path className="history-line" d={pathOf(line.data, x, y, false)} stroke={line.color} strokeOpacity={smoothing ? 0.25 : 1} {...stroke} />
          {smoothing && <path className="history-line-smoothed" d={pathOf(line.data, x, y, true)} stroke={line.color} {...stroke} />}
        </g>
      ))}
    </g>
  );
});

interface PointerProps {
  /** The hovered x, drawn as a dashed cursor line. */
  cursor: number | null;
  /** The range being dragged across, drawn as a shaded band. */
  band: { start: number; end: number } | null;
  /** The x value under the pointer and its pixel position from the chart's left edge, or null when it leaves (which cancels a drag). */
  onHover: (at: { x: number; left: number } | null) => void;
  onPress: (x: number) => void;
  onRelease: () => void;
}

/**
 * A transparent layer over the plot area that reports the x under the pointer, for the tooltip and
 * drag-to-zoom, with the cursor and the dragged band drawn beneath it: anything drawn above would
 * take the pointer from the layer and end the hover it shows.
 */
export function PointerLayer({ cursor, band, onHover, onPress, onRelease }: PointerProps) {
  const area = usePlotArea();
  const invert = useXAxisInverseScale();
  const scale = useXAxisScale();
  if (!area || !invert || !scale) return null;
  const px = (x: number) => scale(x) ?? area.x;
  const [bandFrom, bandTo] = band ? [Math.min(px(band.start), px(band.end)), Math.max(px(band.start), px(band.end))] : [0, 0];
  const at = (event: MouseEvent<SVGRectElement>) => {
    const svg = event.currentTarget.ownerSVGElement?.getBoundingClientRect();
    const left = event.clientX - (svg?.left ?? 0);
    // Steps and wall times (ms) are whole numbers.
    return { x: Math.round(Number(invert(left))), left };
  };
  return (
    <g>
      {cursor !== null && <line x1={px(cursor)} x2={px(cursor)} y1={area.y} y2={area.y + area.height} stroke="var(--muted-fg)" strokeDasharray="3 3" pointerEvents="none" />}
      {band && <rect x={bandFrom} y={area.y} width={bandTo - bandFrom} height={area.height} fill="var(--primary)" fillOpacity={0.15} stroke="var(--primary)" pointerEvents="none" />}
      <rect
        x={area.x}
        y={area.y}
        width={area.width}
        height={area.height}
        fill="transparent"
        data-testid="history-pointer"
        onMouseMove={(event) => onHover(at(event))}
        onMouseDown={(event) => onPress(at(event).x)}
        onMouseUp={onRelease}
        onMouseLeave={() => onHover(null)}
      />
    </g>
  );
}
