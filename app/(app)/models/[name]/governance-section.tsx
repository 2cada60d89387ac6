import { PolicyForm } from '@/components/governance/policy-form';
import { PolicySummary } from '@/components/governance/policy-summary';
import { ProtectedAliasesForm } from '@/components/governance/protected-aliases-form';
import { StageHistory } from '@/components/governance/stage-history';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import type { Actor } from '@/lib/auth/actor';
import { can } from '@/lib/auth/permissions';
import { stageHistory } from '@/lib/governance/history';
import { getPolicy, MAX_APPROVALS, MAX_EXPIRY_HOURS, MIN_APPROVALS } from '@/lib/governance/policy';
import { listProtectedAliases } from '@/lib/governance/protected-aliases';
import type { ModelDto } from '@/lib/registry/models';
import { aliasProtectionAction, setPolicyAction } from './governance-actions';

interface Props {
  actor: Actor;
  model: ModelDto;
  aliases: { alias: string; version: number }[];
}

/** The model's approval policy, protected aliases and stage history. */
export function GovernanceSection({ actor, model, aliases }: Props) {
  const policy = getPolicy(actor, model.name);
  const governs = can(actor.role, 'policy:manage');
  return (
    <section aria-labelledby="governance" className="space-y-4">
      <h2 id="governance" className="text-xl font-semibold tracking-tight">
        Governance
      </h2>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle as="h3">Approval policy</CardTitle>
            <CardDescription>What a promotion request needs before staging, production or a protected alias changes.</CardDescription>
          </CardHeader>
          <CardContent>
            {governs ? (
              <PolicyForm
                policy={policy}
                tier={model.riskTier}
                limits={{ minApprovals: MIN_APPROVALS[model.riskTier], maxApprovals: MAX_APPROVALS, maxExpiryHours: MAX_EXPIRY_HOURS }}
                action={setPolicyAction.bind(null, model.name)}
              />
            ) : (
              <PolicySummary policy={policy} tier={model.riskTier} />
            )}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle as="h3">Protected aliases</CardTitle>
            <CardDescription>They move only through an approved promotion request.</CardDescription>
          </CardHeader>
          <CardContent>
            <ProtectedAliasesForm
              aliases={listProtectedAliases(actor, model.name)}
              targets={Object.fromEntries(aliases.map((a) => [a.alias, a.version]))}
              canManage={governs}
              action={aliasProtectionAction.bind(null, model.name)}
            />
          </CardContent>
        </Card>
      </div>
      <Card>
        <CardHeader>
          <CardTitle as="h3">Stage history</CardTitle>
        </CardHeader>
        <CardContent>
          <StageHistory transitions={stageHistory(actor, model.name)} showVersion />
        </CardContent>
      </Card>
    </section>
  );
}
