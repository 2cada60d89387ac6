import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditFiltersForm } from '@/components/audit/audit-filters-form';
import { AuditTable } from '@/components/audit/audit-table';
import { Alert } from '@/components/ui/alert';
import { buttonVariants } from '@/components/ui/button';
import { pageData } from '@/lib/actions/page-data';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/session';
import { listAudit, verifyAuditUseCase } from '@/lib/audit/queries';

export const metadata: Metadata = { title: 'Audit log' };

const FILTERS = ['actor', 'action', 'entityType', 'entityId', 'from', 'to'] as const;

export default async function AuditPage({ searchParams }: PageProps<'/audit'>) {
  const actor = await requireActor();
  const params = await searchParams;
  const one = (name: string) => {
    const value = params[name];
    return (Array.isArray(value) ? value[0] : value) ?? '';
  };
  const filters = Object.fromEntries(FILTERS.map((name) => [name, one(name)]));
  const page = pageData(() => listAudit(actor, { ...filters, before: one('before') }));
  const verification = one('verify') === '1' ? pageData(() => verifyAuditUseCase(actor)) : null;
  const query = (extra: Record<string, string>) => new URLSearchParams(Object.entries({ ...filters, ...extra }).filter(([, v]) => v !== '')).toString();

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">Audit log</h1>
          <p className="text-sm text-muted-fg">Every change, newest first. Rows are hash-chained and append-only.</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <a className={buttonVariants({ variant: 'outline', size: 'sm' })} href={`/api/v1/audit?${query({ format: 'csv' })}`}>
            Export CSV
          </a>
          <a className={buttonVariants({ variant: 'outline', size: 'sm' })} href={`/api/v1/audit?${query({ format: 'jsonl' })}`}>
            Export JSON Lines
          </a>
          {can(actor.role, 'audit:verify') && (
            <Link className={buttonVariants({ size: 'sm' })} href={`/audit?${query({ verify: '1' })}`}>
              Verify the chain
            </Link>
          )}
        </div>
      </div>
      {verification && (
        <Alert variant={verification.ok ? 'success' : 'danger'} role="status">
          {verification.ok
            ? `The chain verifies: ${verification.rows} rows, ${verification.checkpoints} signed checkpoints${verification.legacyRows ? `, ${verification.legacyRows} rows from before the chain` : ''}.`
            : `Verification failed at row ${verification.problem?.seq ?? '?'}: ${verification.problem?.reason}`}
        </Alert>
      )}
      <AuditFiltersForm values={filters} />
      <AuditTable entries={page.entries} />
      {page.next !== null && (
        <Link className="text-sm underline" href={`/audit?${query({ before: String(page.next) })}`}>
          Older entries
        </Link>
      )}
    </div>
  );
}
