import { formatMetric } from '@/components/format';
import { RelativeTime } from '@/components/relative-time';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { VersionDetail } from '@/lib/registry/version-detail';

function duration(start: number, end: number | null): string {
  if (end === null) return 'still running';
  if (end - start < 1000) return `${end - start} ms`;
  const s = Math.round((end - start) / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

export function RunSummary({ run }: { run: NonNullable<VersionDetail['run']> }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Training run</CardTitle>
        <CardDescription>
          {run.name} in {run.experiment} · {run.status.toLowerCase()} · started <RelativeTime ms={run.startTime} /> · {duration(run.startTime, run.endTime)}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-6 md:grid-cols-2">
        <section aria-label="Parameters">
          <h3 className="mb-2 text-sm font-semibold">Parameters</h3>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Name</TableHead>
                <TableHead>Value</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {run.params.map((p) => (
                <TableRow key={p.key}>
                  <TableCell className="font-mono text-xs">{p.key}</TableCell>
                  <TableCell className="break-all font-mono text-xs">{p.value}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
        <section aria-label="Final metrics">
          <h3 className="mb-2 text-sm font-semibold">Final metrics</h3>
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>Metric</TableHead>
                <TableHead className="text-right">Value</TableHead>
                <TableHead className="text-right">Step</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {run.metrics.map((m) => (
                <TableRow key={m.key}>
                  <TableCell className="font-mono text-xs">{m.key}</TableCell>
                  <TableCell className="text-right tabular-nums" data-testid={`metric-${m.key}`}>
                    {formatMetric(m.value)}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">{m.step}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      </CardContent>
    </Card>
  );
}
