export interface LegendItem {
  key: string;
  label: string;
  color: string;
  /** Extra text after the label, e.g. how many points are drawn. */
  note?: string;
}

/** An HTML legend, so labels wrap, stay selectable and are read by screen readers outside the chart image. */
export function VersionLegend({ items }: { items: LegendItem[] }) {
  return (
    <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label="Legend">
      {items.map((item) => (
        <li key={item.key} className="flex items-center gap-1.5">
          <span className="inline-block size-2.5 shrink-0 rounded-sm" style={{ background: item.color }} aria-hidden />
          <span>{item.label}</span>
          {item.note && <span className="text-muted-fg">{item.note}</span>}
        </li>
      ))}
    </ul>
  );
}
