import { Badge } from '@/components/ui/badge';

export function WebhookActiveBadge({ active }: { active: boolean }) {
  return active ? <Badge variant="success">active</Badge> : <Badge variant="outline">disabled</Badge>;
}
