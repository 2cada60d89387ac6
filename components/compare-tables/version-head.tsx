import { TableHead } from '@/components/ui/table';
import type { ComparedVersion } from '@/lib/compare/types';

/** A column header per version, with its chart colour so tables and charts read together. */
export function VersionHeads({ versions, baseline }: { versions: ComparedVersion[]; baseline: number }) {
  return versions.map((v, i) => (
    <TableHead key={v.ref} className="text-right">
      <span className="inline-flex items-center gap-1.5">
        <span aria-hidden className="inline-block size-2.5 rounded-full" style={{ background: v.color }} />
        {v.label}
        {i === baseline && <span className="text-xs font-normal text-muted-fg">(baseline)</span>}
      </span>
    </TableHead>
  ));
}
