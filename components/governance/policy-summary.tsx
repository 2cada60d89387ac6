import type { RiskTier } from '@/db/schema';
import type { ApprovalPolicy } from '@/lib/governance/policy';

/** `72` reads "3 days", `5` reads "5 hours". */
export const formatHours = (h: number) => (h % 24 === 0 ? `${h / 24} day${h === 24 ? '' : 's'}` : `${h} hour${h === 1 ? '' : 's'}`);

/** The policy in one sentence, e.g. "Follows the high-risk defaults: 2 approvals, requests expire after 3 days; gates: …". */
export function policySentence(policy: ApprovalPolicy, tier: RiskTier): string {
  const { gates } = policy;
  const checks = [
    gates.cardComplete && 'a complete model card',
    gates.lineage && 'recorded lineage',
    gates.noCriticalAlert && 'no open critical alert',
    ...gates.metrics.map((m) => `${m.metric} ${m.comparator} ${m.value}`),
  ].filter(Boolean);
  const lead = policy.source === 'tier' ? `Follows the ${tier}-risk defaults` : 'Set for this model';
  const approvals = `${policy.requiredApprovals} approval${policy.requiredApprovals === 1 ? '' : 's'}`;
  return `${lead}: ${approvals}, requests expire after ${formatHours(policy.expiryHours)}; ${checks.length === 0 ? 'no gates' : `gates: ${checks.join(', ')}`}.`;
}

export function PolicySummary({ policy, tier }: { policy: ApprovalPolicy; tier: RiskTier }) {
  return (
    <p className="text-sm" data-testid="policy-summary">
      {policySentence(policy, tier)}
    </p>
  );
}
