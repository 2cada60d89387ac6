'use client';

import { useState, useTransition } from 'react';
import { RelativeTime } from '@/components/relative-time';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ActionResult } from '@/lib/actions/result';
import type { TokenDto } from '@/lib/tokens/tokens';

const STATUS_VARIANT = { active: 'success', expired: 'warning', revoked: 'outline' } as const;

export function TokenTable({ tokens, revoke }: { tokens: TokenDto[]; revoke: (id: number) => Promise<ActionResult> }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const onRevoke = (id: number) =>
    startTransition(async () => {
      const result = await revoke(id);
      setError(result.ok ? null : result.message);
    });
  return (
    <>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>Name</TableHead>
            <TableHead>Token</TableHead>
            <TableHead>Created</TableHead>
            <TableHead>Expires</TableHead>
            <TableHead>Last used</TableHead>
            <TableHead>Status</TableHead>
            <TableHead>
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {tokens.map((t) => (
            <TableRow key={t.id} data-testid={`token-${t.name}`}>
              <TableCell className="font-medium">{t.name}</TableCell>
              <TableCell className="font-mono text-xs">mb_{t.prefix}_…</TableCell>
              <TableCell>
                <RelativeTime ms={t.createdAt} />
              </TableCell>
              <TableCell>{t.expiresAt ? <RelativeTime ms={t.expiresAt} /> : 'never'}</TableCell>
              <TableCell>{t.lastUsedAt ? <RelativeTime ms={t.lastUsedAt} /> : 'never'}</TableCell>
              <TableCell>
                <Badge variant={STATUS_VARIANT[t.status]}>{t.status}</Badge>
              </TableCell>
              <TableCell>
                {t.status !== 'revoked' && (
                  <Button size="sm" variant="danger" disabled={pending} onClick={() => onRevoke(t.id)}>
                    Revoke
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <p aria-live="polite" className="text-sm text-danger">
        {error}
      </p>
    </>
  );
}
