import { requestJson } from '@/components/monitoring/request';
import type { CommentDto } from '@/lib/discussion/comments';
import type { RequestDetail, RequestDto } from '@/lib/governance/request-queries';
import { requestCommentsUrl, requestCountUrl, requestsUrl, requestUrl, type RequestListStatus } from './query-keys';

export const fetchRequests = (status: RequestListStatus) => requestJson<{ requests: RequestDto[] }>(requestsUrl(status)).then((r) => r.requests);

export const fetchPendingCount = () => requestJson<{ pending: number }>(requestCountUrl).then((r) => r.pending);

export const fetchRequest = (id: number) => requestJson<{ request: RequestDetail }>(requestUrl(id)).then((r) => r.request);

export const fetchRequestComments = (id: number) => requestJson<{ comments: CommentDto[] }>(requestCommentsUrl(id)).then((r) => r.comments);
