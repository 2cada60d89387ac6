import { Badge } from '@/components/ui/badge';

/** Drift in words as well as colour: "drift" or "no drift". */
export function DriftBadge({ drifted, noun }: { drifted: boolean; noun?: string }) {
  const what = noun ? `${noun} ` : '';
  return <Badge variant={drifted ? 'danger' : 'success'}>{drifted ? `${what}drift` : `no ${what}drift`}</Badge>;
}
