'use server';

import { revalidatePath } from 'next/cache';
import { parseGateLines } from '@/components/governance/metric-gate-lines';
import { formObject, withActor } from '@/lib/actions/with-actor';
import type { ActionResult } from '@/lib/actions/result';
import { AppError, type FieldErrors } from '@/lib/errors';
import { setPolicyUseCase } from '@/lib/governance/policy';
import { setAliasProtectionUseCase } from '@/lib/governance/protected-aliases';

const refresh = (modelName: string) => revalidatePath(`/models/${encodeURIComponent(modelName)}`, 'layout');

/** A number field as the schema wants it: blank is not zero, it is missing. */
const whole = (value: FormDataEntryValue | null) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN);

/** The schema's complaints about `gates.metrics.<i>` name the editor's line instead, under the one "metrics" field. */
function withLines(errors: FieldErrors | undefined, lines: number[]): FieldErrors | undefined {
  if (!errors) return errors;
  const out: FieldErrors = {};
  for (const [key, messages] of Object.entries(errors)) {
    const match = /^gates\.metrics(?:\.(\d+))?/.exec(key);
    if (!match) out[key] = messages;
    else (out.metrics ??= []).push(...messages.map((m) => (match[1] === undefined ? m : `Line ${lines[Number(match[1])]}: ${m}`)));
  }
  return out;
}

export async function setPolicyAction(modelName: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  if (formData.get('intent') === 'reset') {
    const result = await withActor((actor) => setPolicyUseCase(actor, modelName, null), "The policy follows the risk tier's defaults again.");
    if (result.ok) refresh(modelName);
    return result.ok ? { ok: true, message: result.message } : result;
  }
  const { gates, errors } = parseGateLines(String(formData.get('metrics') ?? ''));
  const result = await withActor((actor) => {
    if (errors.length > 0) throw new AppError('bad_request', 'policy', 'Some fields need attention.', { metrics: errors });
    const input = {
      requiredApprovals: whole(formData.get('requiredApprovals')),
      expiryHours: whole(formData.get('expiryHours')),
      gates: {
        cardComplete: formData.has('cardComplete'),
        lineage: formData.has('lineage'),
        noCriticalAlert: formData.has('noCriticalAlert'),
        metrics: gates.map((g) => g.gate),
      },
    };
    return setPolicyUseCase(actor, modelName, input);
  }, 'Approval policy saved.');
  if (!result.ok) return { ...result, fieldErrors: withLines(result.fieldErrors, gates.map((g) => g.line)) };
  refresh(modelName);
  return { ok: true, message: result.message };
}

export async function aliasProtectionAction(modelName: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  const { intent, alias } = formObject(formData);
  const result = await withActor((actor) => setAliasProtectionUseCase(actor, modelName, { alias }, intent !== 'release'));
  if (!result.ok) return result;
  refresh(modelName);
  const done = result.data!;
  return { ok: true, message: done.protected ? `@${done.alias} is protected: it now moves only through an approved request.` : `@${done.alias} is released: it can be set directly again.` };
}
