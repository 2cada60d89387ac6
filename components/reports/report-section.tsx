import type { ReactNode } from 'react';

/** A report section that starts a printed page only when it must, and never splits its heading from its content. */
export function ReportSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-3 break-inside-avoid-page print:break-inside-auto">
      <h2 className="border-b border-border pb-1 text-lg font-semibold break-after-avoid">{title}</h2>
      {children}
    </section>
  );
}
