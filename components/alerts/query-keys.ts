import type { AlertFilters, AlertKind, AlertSeverity, AlertStatus } from '@/lib/monitoring/types';

/**
 * The alerts' URLs (page and API) and TanStack Query keys, in one place so the server page, the table
 * and the navigation badge agree. Every key starts with `alertKeys.all`, so invalidating it refreshes them all.
 */
export const alertKeys = {
  all: ['alerts'] as const,
  list: (filters: AlertFilters) => ['alerts', 'list', filters] as const,
  counts: ['alerts', 'counts'] as const,
};

export type AlertAction = 'acknowledge' | 'resolve' | 'retraining';

export const ALERTS_PAGE = '/alerts';
export const alertCountsUrl = '/api/v1/alerts/counts';
export const alertActionUrl = (id: number, action: AlertAction) => `/api/v1/alerts/${id}/${action}`;

export const STATUS_FILTERS = ['unresolved', 'open', 'acknowledged', 'resolved'] as const satisfies readonly (AlertStatus | 'unresolved')[];
export const SEVERITIES = ['warning', 'critical'] as const satisfies readonly AlertSeverity[];
export const KINDS = ['dataset_drift', 'feature_drift', 'performance'] as const satisfies readonly AlertKind[];
/** In the page's URL, since no status there means the unresolved alerts. */
export const ANY_STATUS = 'all';

type SearchParams = URLSearchParams | Record<string, string | string[] | undefined>;

function param(params: SearchParams, name: string): string {
  const value = params instanceof URLSearchParams ? params.get(name) : params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
}

const oneOf = <T extends string>(options: readonly T[], value: string): value is T => (options as readonly string[]).includes(value);

/** The filters a page URL names: no status means the unresolved alerts (the ones that need someone), `status=all` every one. */
export function alertFiltersFrom(params: SearchParams): AlertFilters {
  const [status, severity, kind, model] = ['status', 'severity', 'kind', 'model'].map((name) => param(params, name)) as [string, string, string, string];
  const filters: AlertFilters = {};
  if (status !== ANY_STATUS) filters.status = oneOf(STATUS_FILTERS, status) ? status : 'unresolved';
  if (oneOf(SEVERITIES, severity)) filters.severity = severity;
  if (oneOf(KINDS, kind)) filters.kind = kind;
  // Longer than any model name can be: it matches nothing, so it is not a filter.
  if (model && model.length <= 128) filters.model = model;
  return filters;
}

/** The API's list URL; without a status it lists every alert. */
export function alertsUrl(filters: AlertFilters): string {
  const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
  return `/api/v1/alerts${query.size > 0 ? `?${query}` : ''}`;
}

/** The alerts page for these filters. */
export function alertsPagePath(filters: AlertFilters): string {
  const query = new URLSearchParams({ status: filters.status ?? ANY_STATUS });
  for (const name of ['severity', 'kind', 'model'] as const) if (filters[name]) query.set(name, filters[name]);
  return `${ALERTS_PAGE}?${query}`;
}
