import 'server-only';
import { authorize, type Actor } from '@/lib/auth/actor';
import { AppError, type FieldErrors } from '@/lib/errors';
import { parseGateLines } from './metric-gate-lines';
import { setPolicyUseCase, type ApprovalPolicy } from './policy';

/** The policy editor's fields as the form sends them: numbers as text, checkboxes present or not, metric gates one per line. */
export interface PolicyFormFields {
  requiredApprovals: string;
  expiryHours: string;
  cardComplete: boolean;
  lineage: boolean;
  noCriticalAlert: boolean;
  metrics: string;
}

/** Blank is not zero: it is missing. */
const whole = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

/** The schema's complaints about `gates.metrics.<i>` name the editor's line instead, under its one "metrics" field. */
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

/** The page's policy editor: the same use case as the API, with errors pointing at the editor's lines. */
export function setPolicyFromFormUseCase(actor: Actor, modelName: string, form: PolicyFormFields): ApprovalPolicy {
  authorize(actor, 'policy:manage', 'policy');
  const { gates, errors } = parseGateLines(form.metrics);
  if (errors.length > 0) throw new AppError('bad_request', 'policy', 'Some fields need attention.', { metrics: errors });
  const input = {
    requiredApprovals: whole(form.requiredApprovals),
    expiryHours: whole(form.expiryHours),
    gates: { cardComplete: form.cardComplete, lineage: form.lineage, noCriticalAlert: form.noCriticalAlert, metrics: gates.map((g) => g.gate) },
  };
  try {
    return setPolicyUseCase(actor, modelName, input);
  } catch (error) {
    if (!(error instanceof AppError) || !error.fieldErrors) throw error;
    throw new AppError(error.kind, error.surface, error.message, withLines(error.fieldErrors, gates.map((g) => g.line)), error.location);
  }
}
