/**
 * The promotion requests' URLs (page and API) and TanStack Query keys, in one place so the reviews
 * page, its cards and the navigation badge agree. Every key starts with `requestKeys.all`, so
 * invalidating it after a decision refreshes them all.
 */
export type RequestListStatus = 'pending' | 'decided';

export const requestKeys = {
  all: ['requests'] as const,
  list: (status: RequestListStatus) => ['requests', 'list', status] as const,
  count: ['requests', 'count'] as const,
  detail: (id: number) => ['requests', 'detail', id] as const,
  comments: (id: number) => ['requests', 'comments', id] as const,
};

export const REVIEWS_PAGE = '/reviews';
export const requestsUrl = (status: RequestListStatus) => `/api/v1/requests?status=${status}`;
export const requestCountUrl = '/api/v1/requests/count';
export const requestUrl = (id: number) => `/api/v1/requests/${id}`;
export const requestCommentsUrl = (id: number) => `/api/v1/requests/${id}/comments`;

/** Where a request is shown: its card in the queue while pending, its row among the decided ones after. */
export const requestHref = (id: number, pending: boolean) => `${REVIEWS_PAGE}${pending ? '' : '?status=decided'}#request-${id}`;

/** How often the queue, its discussions and the decided list refresh while open. */
export const REQUESTS_POLL_MS = 10_000;
