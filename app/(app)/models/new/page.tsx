import type { Metadata } from 'next';
import { forbidden } from 'next/navigation';
import { ModelForm } from '@/components/models/model-form';
import { can } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/session';
import { MODEL_NAME_RULE } from '@/lib/registry/schemas';
import { RISK_TIERS, TASK_TYPES } from '@/lib/registry/vocabulary';
import { createModelAction } from '../actions';

export const metadata: Metadata = { title: 'New model' };

export default async function NewModelPage() {
  const actor = await requireActor();
  if (!can(actor.role, 'model:create')) forbidden();
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Register a model</h1>
      <ModelForm action={createModelAction} taskTypes={TASK_TYPES} riskTiers={RISK_TIERS} nameRule={MODEL_NAME_RULE} submitLabel="Create model" />
    </div>
  );
}
