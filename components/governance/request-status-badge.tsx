import { Badge } from '@/components/ui/badge';
import type { EffectiveStatus } from '@/lib/governance/request-queries';

const VARIANT = { pending: 'warning', approved: 'success', rejected: 'danger', cancelled: 'outline', expired: 'secondary' } as const satisfies Record<EffectiveStatus, string>;

export function RequestStatusBadge({ status }: { status: EffectiveStatus }) {
  return <Badge variant={VARIANT[status]}>{status}</Badge>;
}

/** What a request asks for, e.g. "production and @champion". */
export function requestTarget(request: { targetStage: string | null; alias: string | null }): string {
  return [request.targetStage, request.alias && `@${request.alias}`].filter(Boolean).join(' and ');
}
