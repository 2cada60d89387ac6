import { Badge } from '@/components/ui/badge';
import type { AlertKind, AlertSeverity, AlertStatus } from '@/lib/monitoring/types';

export const KIND_LABELS: Record<AlertKind, string> = { dataset_drift: 'Dataset drift', feature_drift: 'Column drift', performance: 'Performance' };
export const SEVERITY_LABELS: Record<AlertSeverity, string> = { warning: 'Warning', critical: 'Critical' };
export const STATUS_LABELS: Record<AlertStatus | 'unresolved', string> = { unresolved: 'Unresolved', open: 'Open', acknowledged: 'Acknowledged', resolved: 'Resolved' };

const SEVERITY_VARIANT = { warning: 'warning', critical: 'danger' } as const;
const STATUS_VARIANT = { open: 'default', acknowledged: 'secondary', resolved: 'outline' } as const;

export function SeverityBadge({ severity }: { severity: AlertSeverity }) {
  return <Badge variant={SEVERITY_VARIANT[severity]}>{SEVERITY_LABELS[severity]}</Badge>;
}

export function AlertStatusBadge({ status }: { status: AlertStatus }) {
  return <Badge variant={STATUS_VARIANT[status]}>{STATUS_LABELS[status]}</Badge>;
}
