'use client';

import { useState, type ReactNode } from 'react';
import { ChartExport } from './chart-export';
import { VersionLegend, type LegendItem } from './version-legend';

/** An element id from a metric key; keys may contain spaces, which ids may not. */
export const chartId = (kind: string, key: string) => `compare-${kind}-${key.replace(/\s+/g, '_')}`;

interface TableData {
  head: string[];
  /** The first cell of each row heads it, e.g. the version or the step. */
  rows: { key: string; cells: ReactNode[] }[];
  note?: string;
}

interface Props {
  /** Stable element id: the export buttons find the chart through it. */
  id: string;
  testId?: string;
  title: string;
  /** Small text under the title, e.g. the visible window. */
  meta?: ReactNode;
  controls?: ReactNode;
  /** What the chart shows, in words, for screen readers. */
  summary: string;
  height: number;
  legend?: LegendItem[];
  /** Built only when the reader opens the table: a history's table would otherwise cost every page load. */
  table: () => TableData;
  busy?: boolean;
  children: ReactNode;
}

/**
 * The frame of every compare chart: a titled figure with export buttons, the controls outside the
 * chart image (so they stay reachable), an HTML legend, and the numbers as a table fallback.
 */
export function ChartFrame({ id, testId, title, meta, controls, summary, height, legend, table, busy, children }: Props) {
  return (
    <figure id={id} data-testid={testId} aria-busy={busy} className="min-w-0 rounded-lg border border-border bg-card p-3">
      <figcaption className="mb-2 flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <div className="font-medium">{title}</div>
          {meta && <div className="text-xs text-muted-fg">{meta}</div>}
        </div>
        <ChartExport targetId={id} fileName={id} title={title} legend={legend} />
      </figcaption>
      {controls}
      <div role="img" aria-label={summary} style={{ height }} className={busy ? 'opacity-60' : undefined}>
        {children}
      </div>
      {legend && <VersionLegend items={legend} />}
      <DataTable title={title} table={table} />
    </figure>
  );
}

function DataTable({ title, table }: { title: string; table: () => TableData }) {
  const [open, setOpen] = useState(false);
  const data = open ? table() : null;
  return (
    <details className="mt-2 text-xs" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-muted-fg">Data table</summary>
      {data && (
        <>
          <div className="overflow-x-auto">
            <table className="mt-1 w-full tabular-nums">
              <caption className="sr-only">{title}</caption>
              <thead>
                <tr className="text-left">
                  {data.head.map((cell, i) => (
                    <th key={i} scope="col" className="pr-3 font-medium">
                      {cell}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.rows.map((row) => (
                  <tr key={row.key}>
                    {row.cells.map((cell, i) =>
                      i === 0 ? (
                        <th key={i} scope="row" className="pr-3 text-left font-normal">
                          {cell}
                        </th>
                      ) : (
                        <td key={i} className="pr-3">
                          {cell}
                        </td>
                      ),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data.note && <p className="mt-1 text-muted-fg">{data.note}</p>}
        </>
      )}
    </details>
  );
}
