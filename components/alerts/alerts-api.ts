import { requestJson } from '@/components/monitoring/request';
import type { AlertCounts, AlertFilters, AlertSummary } from '@/lib/monitoring/types';
import { alertActionUrl, alertCountsUrl, alertsUrl, type AlertAction } from './query-keys';

export interface AlertList {
  alerts: AlertSummary[];
  counts: AlertCounts;
}

export const fetchAlerts = (filters: AlertFilters) => requestJson<AlertList>(alertsUrl(filters));

export const fetchAlertCounts = () => requestJson<AlertCounts>(alertCountsUrl);

/** An empty comment is left out: only resolving needs one, and the server says so if it is missing. */
export const postAlertAction = (id: number, action: AlertAction, comment: string) =>
  requestJson<{ alert: AlertSummary }>(alertActionUrl(id, action), { method: 'POST', body: comment ? { comment } : {} });
