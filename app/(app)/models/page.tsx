import type { Metadata } from 'next';
import Link from 'next/link';
import { CatalogueFilters } from '@/components/catalogue/catalogue-filters';
import { CatalogueTable } from '@/components/catalogue/catalogue-table';
import { buttonVariants } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/session';
import { catalogueFacets, listCatalogue } from '@/lib/registry/catalogue';
import { catalogueQuerySchema, catalogueSearchParams, sortDirection, type CatalogueQuery } from '@/lib/registry/catalogue-query';
import { RISK_TIERS, TASK_TYPES } from '@/lib/registry/vocabulary';

export const metadata: Metadata = { title: 'Models' };

export default async function ModelsPage({ searchParams }: PageProps<'/models'>) {
  const actor = await requireActor();
  const query = catalogueQuerySchema.parse(await searchParams);
  const result = listCatalogue(actor, query);
  const facets = catalogueFacets(actor);
  const href = (change: Partial<CatalogueQuery>) => `/models?${catalogueSearchParams({ ...query, ...change })}`;
  const exportParams = catalogueSearchParams({ ...query, page: undefined, size: undefined });
  exportParams.set('format', 'csv');
  const filtered = Boolean(query.q || query.owner || query.team || query.tag || query.task || query.risk || query.has);

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Models</h1>
          <p className="text-sm text-muted-fg" aria-live="polite">
            {result.total} {result.total === 1 ? 'model' : 'models'}
            {filtered ? ' match this view' : ' registered'}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <a href={`/api/v1/models?${exportParams}`} className={buttonVariants({ variant: 'outline' })} download>
            Export CSV
          </a>
          {can(actor.role, 'model:create') && (
            <Link href="/models/new" className={buttonVariants()}>
              New model
            </Link>
          )}
        </div>
      </div>
      <CatalogueFilters
        values={{ ...query, owner: query.owner?.toString(), page: undefined, size: undefined } as Record<string, string | undefined>}
        owners={facets.owners.map((o) => ({ value: String(o.id), label: o.name }))}
        teams={facets.teams.map((t) => ({ value: t, label: t }))}
        tags={facets.tagKeys.map((t) => ({ value: t, label: t }))}
        tasks={TASK_TYPES.map((t) => ({ value: t, label: t }))}
        risks={RISK_TIERS.map((r) => ({ value: r, label: r }))}
      />
      {result.rows.length === 0 ? (
        <EmptyState
          title={filtered ? 'No model matches this view' : 'No models yet'}
          description={filtered ? 'Try fewer filters or another search.' : 'Register your first model to start tracking its versions.'}
          action={
            filtered ? (
              <Link href="/models" className={buttonVariants({ variant: 'outline' })}>
                Clear filters
              </Link>
            ) : undefined
          }
        />
      ) : (
        <>
          <CatalogueTable rows={result.rows} sort={query.sort} dir={sortDirection(query)} sortHref={(sort, dir) => href({ sort, dir, page: 1 })} />
          <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => href({ page })} />
        </>
      )}
    </div>
  );
}
