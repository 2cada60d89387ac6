import { formatMetric } from '@/components/format';
import { tooltipProps } from './chart-theme';
import { nearestPoint } from './history-data';
import type { DrawnLine } from './history-lines';

type TooltipLine = DrawnLine & { label: string };

interface Props {
  /** The x under the pointer. */
  x: number;
  /** Where that x is drawn, in pixels from the chart's left edge. */
  left: number;
  /** Whether to open to the left of the pointer, as on the right half of the chart. */
  flip: boolean;
  lines: TooltipLine[];
  smoothing: boolean;
  formatX: (x: number) => string;
}

/**
 * Each version's value at the hovered x: its nearest sampled point, found in the line's own data,
 * since every version is sampled at its own x values. A version with no point there is left out.
 * Drawn over the chart rather than by Recharts' Tooltip, which indexes every point of every line
 * each time a line mounts: seconds of work for ten long histories.
 */
export function HistoryTooltip({ x, left, flip, lines, smoothing, formatX }: Props) {
  const rows = lines.flatMap((line) => {
    const point = nearestPoint(line.data, x);
    return point ? [{ line, value: smoothing ? (point.s ?? point.v) : point.v }] : [];
  });
  return (
    <div
      aria-hidden
      data-testid="history-tooltip"
      className="pointer-events-none absolute top-2 z-10 rounded-md px-2.5 py-1.5 shadow-sm"
      style={{ ...tooltipProps.contentStyle, left: left + 12, transform: flip ? 'translateX(calc(-100% - 24px))' : undefined }}
    >
      <p style={tooltipProps.labelStyle}>{formatX(x)}</p>
      <ul>
        {rows.map(({ line, value }) => (
          <li key={line.ref} className="flex items-center gap-1.5" style={tooltipProps.itemStyle}>
            <span aria-hidden className="inline-block size-2 rounded-full" style={{ background: line.color }} />
            {line.label}: {formatMetric(value)}
          </li>
        ))}
      </ul>
    </div>
  );
}
