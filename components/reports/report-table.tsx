import type { ReactNode } from 'react';

/** A plain bordered table that reads the same on screen and on paper. */
export function ReportTable({ head, rows, caption }: { head: string[]; rows: ReactNode[][]; caption: string }) {
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col" className="border-b border-border py-1 pr-3 text-left font-medium">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, i) => (
          <tr key={i} className="break-inside-avoid">
            {cells.map((cell, j) => (
              <td key={j} className="border-b border-border/60 py-1 pr-3 align-top">
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
