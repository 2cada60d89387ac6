import { ArrowDown, ArrowUp } from 'lucide-react';
import Link from 'next/link';
import { RelativeTime } from '@/components/relative-time';
import { Badge } from '@/components/ui/badge';
import { ComparePickCell, ComparePickHead, ComparePicker } from '@/components/compare-tables/compare-picker';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { CatalogueRow } from '@/lib/registry/catalogue';

type Sort = 'name' | 'updated' | 'versions';

interface Props {
  rows: CatalogueRow[];
  sort: Sort;
  dir: 'asc' | 'desc';
  sortHref: (sort: Sort, dir: 'asc' | 'desc') => string;
}

function SortHeader({ label, column, sort, dir, sortHref }: { label: string; column: Sort } & Omit<Props, 'rows'>) {
  const active = sort === column;
  const next = active && dir === 'desc' ? 'asc' : active ? 'desc' : column === 'name' ? 'asc' : 'desc';
  const Icon = dir === 'asc' ? ArrowUp : ArrowDown;
  return (
    <TableHead aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <Link href={sortHref(column, next)} className="inline-flex items-center gap-1 hover:underline">
        {label}
        {active && <Icon className="size-3.5" aria-hidden />}
        <span className="sr-only">, sort {next === 'asc' ? 'ascending' : 'descending'}</span>
      </Link>
    </TableHead>
  );
}

/** Ticking models and pressing "Compare latest versions" opens `/compare` with their newest versions. */
export function CatalogueTable({ rows, ...sorting }: Props) {
  return (
    <ComparePicker submitLabel="Compare latest versions">
      <Table>
        <TableHeader>
          <TableRow>
            <ComparePickHead />
            <SortHeader label="Name" column="name" {...sorting} />
            <TableHead>Owner</TableHead>
            <TableHead>Latest</TableHead>
            <TableHead>Aliases</TableHead>
            <SortHeader label="Versions" column="versions" {...sorting} />
            <SortHeader label="Last updated" column="updated" {...sorting} />
            <TableHead>Tags</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.id}>
              <ComparePickCell value={row.latestVersion === null ? null : `${row.name}@${row.latestVersion}`} label={`Compare the latest version of ${row.name}`} />
              <TableCell>
                <Link href={`/models/${encodeURIComponent(row.name)}`} className="font-medium text-primary hover:underline">
                  {row.name}
                </Link>
                <div className="mt-0.5 flex flex-wrap items-center gap-1.5 whitespace-nowrap text-xs text-muted-fg">
                  <span>{row.taskType}</span>·<span>{row.riskTier} risk</span>
                  {row.hasProduction && <Badge variant="success">in production</Badge>}
                </div>
              </TableCell>
              <TableCell>
                {row.ownerName}
                {row.team && <div className="text-xs text-muted-fg">{row.team}</div>}
              </TableCell>
              <TableCell>
                {row.latestVersion === null ? (
                  <span className="text-muted-fg">none</span>
                ) : (
                  <Link href={`/models/${encodeURIComponent(row.name)}/versions/${row.latestVersion}`} className="hover:underline">
                    v{row.latestVersion}
                  </Link>
                )}
              </TableCell>
              <TableCell>
                <div className="flex flex-wrap gap-1">
                  {row.aliases.map((a) => (
                    <Badge key={a.alias} variant="secondary">
                      @{a.alias} → v{a.version}
                    </Badge>
                  ))}
                </div>
              </TableCell>
              <TableCell className="tabular-nums">{row.versionCount}</TableCell>
              <TableCell className="whitespace-nowrap">
                <RelativeTime ms={row.updatedAt} />
              </TableCell>
              <TableCell>
                <div className="flex flex-wrap gap-1">
                  {Object.entries(row.tags).map(([key, value]) => (
                    <Badge key={key} variant="outline">
                      {value ? `${key}: ${value}` : key}
                    </Badge>
                  ))}
                </div>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ComparePicker>
  );
}
