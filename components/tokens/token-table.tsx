import { ActionButton } from '@/components/action-button';
import { RelativeTime } from '@/components/relative-time';
import { Badge } from '@/components/ui/badge';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ActionResult } from '@/lib/actions/result';
import type { TokenDto } from '@/lib/tokens/tokens';

const STATUS_VARIANT = { active: 'success', expired: 'warning', revoked: 'outline' } as const;

export function TokenTable({ tokens, revoke }: { tokens: TokenDto[]; revoke: (id: number) => Promise<ActionResult> }) {
  return (
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
              {t.status !== 'revoked' && <ActionButton action={revoke.bind(null, t.id)} label="Revoke" pendingLabel="Revoking…" variant="danger" size="sm" />}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
