'use client';

import { useActionState, useState } from 'react';
import { FormStatus } from '@/components/form-status';
import { keepInputSubmit } from '@/components/keep-input-submit';
import { Button } from '@/components/ui/button';
import { Field, fieldA11y } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';
import { idle, type ActionResult } from '@/lib/actions/result';

interface Props {
  /** Versions in staging or production, newest first. */
  versions: { version: number; stage: string }[];
  /** Environments deployed before, offered as suggestions. */
  environments: string[];
  environmentRule: string;
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
}

export function DeployForm({ versions, environments, environmentRule, action }: Props) {
  const [state, formAction, pending] = useActionState(action, idle);
  const [challenger, setChallenger] = useState('');
  const errors = state.ok ? {} : (state.fieldErrors ?? {});
  const champions = versions.filter((v) => v.stage === 'production');
  return (
    <form noValidate className="space-y-4" onSubmit={keepInputSubmit(formAction)}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="deploy-environment" label="Environment" hint={environmentRule} error={errors.environment}>
          <Input {...fieldA11y('deploy-environment', errors.environment, { name: 'environment', hint: true })} list="deploy-environments" placeholder="production" maxLength={40} required />
        </Field>
        <datalist id="deploy-environments">
          {environments.map((e) => (
            <option key={e} value={e} />
          ))}
        </datalist>
        <Field id="deploy-endpoint" label="Endpoint" hint="The http(s) URL that serves this environment." error={errors.endpoint}>
          <Input {...fieldA11y('deploy-endpoint', errors.endpoint, { name: 'endpoint', hint: true })} type="url" placeholder="https://serving.example.com/predict" maxLength={500} required />
        </Field>
        <Field id="deploy-champion" label="Champion" hint="Only a version in production can be the champion." error={errors.championVersion}>
          <NativeSelect {...fieldA11y('deploy-champion', errors.championVersion, { name: 'championVersion', hint: true })}>
            {champions.map((v) => (
              <option key={v.version} value={v.version}>
                Version {v.version}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field id="deploy-challenger" label="Challenger (A/B test)" hint="A staging version that gets a share of the traffic." error={errors.challengerVersion}>
          <NativeSelect
            {...fieldA11y('deploy-challenger', errors.challengerVersion, { name: 'challengerVersion', hint: true })}
            value={challenger}
            onChange={(e) => setChallenger(e.target.value)}
          >
            <option value="">No challenger</option>
            {versions.map((v) => (
              <option key={v.version} value={v.version}>
                Version {v.version} ({v.stage})
              </option>
            ))}
          </NativeSelect>
        </Field>
        {challenger !== '' && (
          <Field id="deploy-weight" label="Challenger traffic (%)" hint="1–99; the champion serves the rest." error={errors.challengerWeight}>
            <Input {...fieldA11y('deploy-weight', errors.challengerWeight, { name: 'challengerWeight', hint: true })} type="number" min={1} max={99} defaultValue={10} required />
          </Field>
        )}
        <Field id="deploy-note" label="Note" hint="Optional: why, or a ticket." error={errors.note} className="sm:col-span-2">
          <Input {...fieldA11y('deploy-note', errors.note, { name: 'note', hint: true })} maxLength={2000} />
        </Field>
      </div>
      <FormStatus state={state} />
      <Button type="submit" disabled={pending}>
        {pending ? 'Deploying…' : 'Record deployment'}
      </Button>
    </form>
  );
}
