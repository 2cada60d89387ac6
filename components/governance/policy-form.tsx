'use client';

import { useActionState } from 'react';
import { FormStatus } from '@/components/form-status';
import { Button } from '@/components/ui/button';
import { Field, fieldA11y } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import type { RiskTier } from '@/db/schema';
import { idle, type ActionResult } from '@/lib/actions/result';
import type { ApprovalPolicy } from '@/lib/governance/policy';
import { formatGateLines } from '@/lib/governance/metric-gate-lines';
import { PolicySummary } from './policy-summary';
import { submitWithSubmitter } from './submit-with-submitter';

interface Props {
  policy: ApprovalPolicy;
  tier: RiskTier;
  limits: { minApprovals: number; maxApprovals: number; maxExpiryHours: number };
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
}

const CHECKS = [
  { name: 'cardComplete', label: 'Model card complete: every section filled' },
  { name: 'lineage', label: 'Lineage recorded: a dataset and the code commit or training run' },
  { name: 'noCriticalAlert', label: 'No open critical monitoring alert' },
] as const;

/** The admin's editor for a model's approval policy; "Reset" returns it to its risk tier's defaults. */
export function PolicyForm({ policy, tier, limits, action }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  return (
    <div className="space-y-4">
      <PolicySummary policy={policy} tier={tier} />
      {/* Keyed by the saved policy, so the fields show what the server kept after a save or a reset. */}
      <form key={JSON.stringify(policy)} noValidate onSubmit={submitWithSubmitter(formAction)} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="policy-approvals" label="Required approvals" hint={`${limits.minApprovals} to ${limits.maxApprovals} for a ${tier}-risk model.`} error={errors.requiredApprovals}>
            <Input
              {...fieldA11y('policy-approvals', errors.requiredApprovals, { name: 'requiredApprovals', hint: true })}
              type="number"
              min={limits.minApprovals}
              max={limits.maxApprovals}
              defaultValue={policy.requiredApprovals}
            />
          </Field>
          <Field id="policy-expiry" label="Expiry (hours)" hint={`A request lapses after this long: 1 to ${limits.maxExpiryHours}.`} error={errors.expiryHours}>
            <Input {...fieldA11y('policy-expiry', errors.expiryHours, { name: 'expiryHours', hint: true })} type="number" min={1} max={limits.maxExpiryHours} defaultValue={policy.expiryHours} />
          </Field>
        </div>
        <fieldset className="grid gap-2">
          <legend className="mb-1 text-sm font-medium">Gates</legend>
          {CHECKS.map((c) => (
            <label key={c.name} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name={c.name} defaultChecked={policy.gates[c.name]} className="size-4 accent-primary focus-visible:outline-2 focus-visible:outline-ring" />
              {c.label}
            </label>
          ))}
        </fieldset>
        <Field
          id="policy-metrics"
          label="Metric gates"
          hint="One per line, as the version's run logs it: accuracy >= 0.9 or rmse <= 3.5."
          error={errors.metrics}
        >
          <Textarea {...fieldA11y('policy-metrics', errors.metrics, { name: 'metrics', hint: true })} defaultValue={formatGateLines(policy.gates.metrics)} rows={3} className="font-mono" />
        </Field>
        <div className="flex flex-wrap gap-2">
          <Button type="submit" name="intent" value="save" disabled={pending}>
            {pending ? 'Saving…' : 'Save policy'}
          </Button>
          <Button type="submit" name="intent" value="reset" variant="outline" disabled={pending || policy.source === 'tier'}>
            Reset to tier defaults
          </Button>
        </div>
      </form>
      <FormStatus state={state} />
    </div>
  );
}
