import { Badge } from '@/components/ui/badge';

const VARIANT = {
  development: 'secondary',
  staging: 'warning',
  production: 'success',
  archived: 'outline',
  retired: 'outline',
} as const;

export function StageBadge({ stage }: { stage: keyof typeof VARIANT }) {
  return <Badge variant={VARIANT[stage]}>{stage}</Badge>;
}
