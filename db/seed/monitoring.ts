import { alertActionUseCase } from '@/lib/monitoring/alert-use-cases';
import { listAlerts } from '@/lib/monitoring/alert-queries';
import { ingestBatchUseCase } from '@/lib/monitoring/batches';
import { submitLabelsUseCase } from '@/lib/monitoring/labels';
import { setMonitoringPolicyUseCase } from '@/lib/monitoring/policy-store';
import { uploadReferenceUseCase } from '@/lib/monitoring/references';
import type { Actor } from '@/lib/auth/actor';
import type { DemoModel } from './train';

async function* once(text: string) {
  yield new Uint8Array(Buffer.from(text));
}

/**
 * Feeds a demo model's monthly production batches through the same use cases the API calls: the
 * reference it was trained on, each month's rows with the model's predictions, then that month's
 * true weather as late labels. Drift and alerts come from the data, not from invented numbers.
 */
export async function seedMonitoring(owner: Actor, reviewer: Actor, model: DemoModel): Promise<void> {
  const plan = model.monitoring;
  if (!plan) return;
  const target = { modelName: model.name, version: plan.versionIndex + 1 };
  setMonitoringPolicyUseCase(owner, model.name, { critical: ['prediction'], performance: { accuracy: { min: 0.7 } } });
  await uploadReferenceUseCase(owner, { ...target, format: 'csv', body: once(plan.reference), prediction: plan.predictionColumn, label: plan.labelColumn });
  for (const batch of plan.batches) {
    const report = await ingestBatchUseCase(owner, { ...target, format: 'csv', body: once(batch.csv), observedAt: batch.observedAt });
    await submitLabelsUseCase(owner, { ...target, batchId: report.id, format: 'csv', body: once(batch.labels) });
  }
  // One alert in each state, so the alerts page shows the whole life of an alert.
  const [first, second] = listAlerts(reviewer, { model: model.name, status: 'open' });
  if (first) alertActionUseCase(reviewer, first.id, 'acknowledge', { comment: 'Seasonal shift: checking with the data team whether last winter looked the same.' });
  if (second) alertActionUseCase(reviewer, second.id, 'resolve', { comment: 'Expected seasonal drift; the policy threshold stays.' });
}
