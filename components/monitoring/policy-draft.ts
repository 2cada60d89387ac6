import { METHOD_RULES, type DriftMethod, type MonitoringPolicy } from '@/lib/monitoring/policy';
import type { ColumnKindName, ReferenceColumnInfo } from '@/lib/monitoring/types';
import type { FieldErrors } from './request';

/** A method and threshold as the form holds them: '' is "not set", so the next level down (type, then default) applies. */
export interface MethodDraft {
  method: DriftMethod | '';
  threshold: string;
}

export interface PolicyDraft {
  types: Record<ColumnKindName, MethodDraft>;
  columns: Record<string, MethodDraft>;
  critical: string[];
  datasetDriftShare: string;
  performance: Record<string, { min: string; max: string }>;
}

type Setting = MonitoringPolicy['columns'][string] | undefined;

const text = (value: number | undefined) => (value === undefined ? '' : String(value));
const methodDraft = (setting: Setting): MethodDraft => ({ method: setting?.method ?? '', threshold: text(setting?.threshold) });

/** The methods that can judge a column of this kind (a z-test only a column of exactly two values, when that is known). */
export const methodsFor = (kind: ColumnKindName, distinct?: number): DriftMethod[] =>
  (Object.keys(METHOD_RULES) as DriftMethod[]).filter((m) => METHOD_RULES[m].kinds.includes(kind) && (m !== 'ztest' || distinct === undefined || distinct === 2));

/** The fields of the form: every reference column and every metric, plus any metric the policy already bounds. */
export function draftOf(policy: MonitoringPolicy, columns: ReferenceColumnInfo[], metrics: string[]): PolicyDraft {
  return {
    types: { numeric: methodDraft(policy.types.numeric), categorical: methodDraft(policy.types.categorical) },
    columns: Object.fromEntries(columns.map((c) => [c.name, methodDraft(policy.columns[c.name])])),
    critical: policy.critical.filter((name) => columns.some((c) => c.name === name)),
    datasetDriftShare: String(policy.datasetDriftShare),
    performance: Object.fromEntries(
      [...new Set([...metrics, ...Object.keys(policy.performance)])].map((m) => [m, { min: text(policy.performance[m]?.min), max: text(policy.performance[m]?.max) }]),
    ),
  };
}

/**
 * The draft as a policy, or the fields whose text is not a number. Settings for columns the current
 * reference lacks are kept as they were: the form cannot show them, and a new reference may bring them back.
 */
export function policyOf(draft: PolicyDraft, original: MonitoringPolicy): { policy: MonitoringPolicy; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const number = (value: string, key: string): number | undefined => {
    if (value.trim() === '') return undefined;
    const parsed = Number(value);
    if (!Number.isFinite(parsed)) errors[key] = ['Enter a number.'];
    return parsed;
  };
  const setting = (d: MethodDraft, key: string) => {
    const threshold = number(d.threshold, `${key}.threshold`);
    return d.method === '' && threshold === undefined ? undefined : { ...(d.method ? { method: d.method } : {}), ...(threshold === undefined ? {} : { threshold }) };
  };
  const shown = (name: string) => Object.hasOwn(draft.columns, name);
  const entries = <T>(pairs: [string, T | undefined][]) => Object.fromEntries(pairs.filter((pair): pair is [string, T] => pair[1] !== undefined));
  const share = number(draft.datasetDriftShare, 'datasetDriftShare');
  if (draft.datasetDriftShare.trim() === '') errors.datasetDriftShare = ['Enter a share between 0 and 1.'];
  const policy: MonitoringPolicy = {
    types: entries([
      ['numeric', setting(draft.types.numeric, 'types.numeric')],
      ['categorical', setting(draft.types.categorical, 'types.categorical')],
    ]),
    columns: {
      ...Object.fromEntries(Object.entries(original.columns).filter(([name]) => !shown(name))),
      ...entries(Object.entries(draft.columns).map(([name, d]) => [name, setting(d, `columns.${name}`)])),
    },
    critical: [...original.critical.filter((name) => !shown(name)), ...draft.critical],
    datasetDriftShare: share ?? original.datasetDriftShare,
    performance: entries(
      Object.entries(draft.performance).map(([metric, d]) => {
        const min = number(d.min, `performance.${metric}.min`);
        const max = number(d.max, `performance.${metric}.max`);
        return [metric, min === undefined && max === undefined ? undefined : { ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) }];
      }),
    ),
  };
  return { policy, errors };
}

/** The error keys the form shows next to a field; any other key is listed with the form's message. */
export function placedErrorKeys(draft: PolicyDraft): Set<string> {
  const pair = (path: string) => [path, `${path}.method`, `${path}.threshold`];
  return new Set([
    ...pair('types.numeric'),
    ...pair('types.categorical'),
    ...Object.keys(draft.columns).flatMap((name) => pair(`columns.${name}`)),
    ...Object.keys(draft.performance).flatMap((metric) => [`performance.${metric}`, `performance.${metric}.min`, `performance.${metric}.max`]),
    'datasetDriftShare',
    'critical',
  ]);
}
