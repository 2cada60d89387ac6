import type { Metadata } from 'next';
import Link from 'next/link';
import { RetentionForm } from '@/components/admin/retention-form';
import { formatBytes } from '@/components/format';
import { RelativeTime } from '@/components/relative-time';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { pageData } from '@/lib/actions/page-data';
import { requireActor } from '@/lib/auth/session';
import { listRetiredVersions } from '@/lib/registry/retired-versions';
import { purgeRetiredArtifactsAction } from './actions';

export const metadata: Metadata = { title: 'Retention' };

export default async function RetentionPage() {
  const actor = await requireActor();
  const retired = pageData(() => listRetiredVersions(actor));
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Retention</h1>
        <p className="text-sm text-muted-fg">Retired versions keep their artifacts, downloadable, until the retention rule deletes them. Every purge is recorded in the audit log.</p>
      </div>
      <Card>
        <CardHeader>
          <CardTitle>Apply the retention rule</CardTitle>
          <CardDescription>Deletes the stored files of versions retired at least this many days ago. Files another version still uses stay.</CardDescription>
        </CardHeader>
        <CardContent>
          <RetentionForm action={purgeRetiredArtifactsAction} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Retired versions</CardTitle>
        </CardHeader>
        <CardContent>
          {retired.length === 0 ? (
            <EmptyState title="No retired version yet" description="Versions retired from their version page appear here with their files." />
          ) : (
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>Version</TableHead>
                  <TableHead>Retired</TableHead>
                  <TableHead>Reason</TableHead>
                  <TableHead className="text-right">Files</TableHead>
                  <TableHead>Artifacts</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {retired.map((r) => (
                  <TableRow key={`${r.model}@${r.version}`}>
                    <TableCell>
                      <Link className="underline-offset-2 hover:underline" href={`/models/${encodeURIComponent(r.model)}/versions/${r.version}`}>
                        {r.model} v{r.version}
                      </Link>
                    </TableCell>
                    <TableCell>
                      <RelativeTime ms={r.retiredAt} />
                    </TableCell>
                    <TableCell className="max-w-md whitespace-normal">{r.reason}</TableCell>
                    <TableCell className="text-right tabular-nums">{r.files}</TableCell>
                    <TableCell>{r.artifactsPurgedAt === null ? `kept (${formatBytes(r.bytes)})` : <>deleted <RelativeTime ms={r.artifactsPurgedAt} /></>}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </div>
  );
}
