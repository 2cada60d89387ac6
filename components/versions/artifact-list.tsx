'use client';

import { useState, useTransition } from 'react';
import { formatBytes } from '@/components/format';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ActionResult } from '@/lib/actions/result';

interface Artifact {
  id: number;
  fileName: string;
  sha256: string;
  size: number;
}

type Verdict = { ok: boolean; actual: string | null };

export function ArtifactList({ artifacts, verify }: { artifacts: Artifact[]; verify: (id: number) => Promise<ActionResult<Verdict>> }) {
  const [results, setResults] = useState<Record<number, Verdict | string>>({});
  const [pending, startTransition] = useTransition();
  const check = (id: number) =>
    startTransition(async () => {
      const result = await verify(id);
      setResults((r) => ({ ...r, [id]: result.ok && result.data ? result.data : result.ok ? 'No result.' : result.message }));
    });
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>File</TableHead>
          <TableHead>Size</TableHead>
          <TableHead>sha256</TableHead>
          <TableHead>Integrity</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {artifacts.map((a) => {
          const result = results[a.id];
          return (
            <TableRow key={a.id}>
              <TableCell>
                <a href={`/api/v1/artifacts/${a.id}`} className="font-medium text-primary hover:underline" download>
                  {a.fileName}
                </a>
              </TableCell>
              <TableCell className="tabular-nums">{formatBytes(a.size)}</TableCell>
              <TableCell className="font-mono text-xs" title={a.sha256}>
                {a.sha256.slice(0, 16)}…
              </TableCell>
              <TableCell aria-live="polite">
                {result === undefined ? (
                  <Button size="sm" variant="outline" onClick={() => check(a.id)} disabled={pending}>
                    Check integrity
                  </Button>
                ) : typeof result === 'string' ? (
                  <Badge variant="danger">{result}</Badge>
                ) : result.ok ? (
                  <Badge variant="success">Intact: hash matches</Badge>
                ) : (
                  <Badge variant="danger">{result.actual ? 'Corrupted: hash differs' : 'Missing file'}</Badge>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
