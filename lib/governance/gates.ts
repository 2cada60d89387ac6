import 'server-only';
import { and, count, eq, ne } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { modelCards, monitoringAlerts, versionDatasets, type GateResult, type GateSettings, type VersionRow } from '@/db/schema';
import { evaluationMetrics } from '@/lib/monitoring/batch-store';
import { CARD_SECTION_INFO, completeness, MODEL_CARD_SECTIONS, type ModelCardSections } from '@/lib/registry/card-sections';

const EMPTY_CARD = Object.fromEntries(MODEL_CARD_SECTIONS.map((s) => [s, ''])) as ModelCardSections;

function cardGate(versionId: number): GateResult {
  const row = getDb().select().from(modelCards).where(eq(modelCards.versionId, versionId)).get();
  const { missing, total } = completeness(row ?? EMPTY_CARD);
  if (missing.length === 0) return { gate: 'card', passed: true, reason: `All ${total} model card sections are filled.` };
  const names = missing.map((s) => CARD_SECTION_INFO[s].title).join(', ');
  return { gate: 'card', passed: false, reason: `The model card is missing ${missing.length} of ${total} sections: ${names}.` };
}

function lineageGate(version: Pick<VersionRow, 'id' | 'codeCommit' | 'runId'>): GateResult {
  const datasets = getDb().select({ n: count() }).from(versionDatasets).where(eq(versionDatasets.versionId, version.id)).get()?.n ?? 0;
  const gaps = [
    ...(datasets === 0 ? ['no dataset is linked'] : []),
    ...(version.codeCommit || version.runId !== null ? [] : ['neither a code commit nor a training run is recorded']),
  ];
  if (gaps.length === 0) return { gate: 'lineage', passed: true, reason: `${datasets} dataset${datasets > 1 ? 's' : ''} and the code that trained it are recorded.` };
  return { gate: 'lineage', passed: false, reason: `Lineage is incomplete: ${gaps.join(' and ')}.` };
}

function alertGate(versionId: number): GateResult {
  const open = getDb()
    .select({ message: monitoringAlerts.message })
    .from(monitoringAlerts)
    .where(and(eq(monitoringAlerts.versionId, versionId), eq(monitoringAlerts.severity, 'critical'), ne(monitoringAlerts.status, 'resolved')))
    .all();
  if (open.length === 0) return { gate: 'alerts', passed: true, reason: 'No critical monitoring alert is open.' };
  return { gate: 'alerts', passed: false, reason: `${open.length} critical alert${open.length > 1 ? 's are' : ' is'} not resolved: ${open[0]!.message}` };
}

const format = (n: number) => (Number.isInteger(n) ? String(n) : n.toPrecision(4).replace(/\.?0+$/, ''));

function metricGates(runId: number | null, gates: GateSettings['metrics']): GateResult[] {
  const values = evaluationMetrics(runId, gates.map((g) => g.metric));
  return gates.map(({ metric, comparator, value }) => {
    const gate = `metric:${metric} ${comparator}`;
    const actual = values.get(metric);
    if (actual === undefined) return { gate, passed: false, reason: `${metric} is not logged for this version (needs ${comparator} ${format(value)}).` };
    const passed = comparator === '>=' ? actual >= value : actual <= value;
    const sign = passed ? comparator.replace('>=', '≥').replace('<=', '≤') : comparator === '>=' ? '<' : '>';
    return { gate, passed, reason: `${metric} is ${format(actual)} ${sign} ${format(value)}.` };
  });
}

/** Every enabled gate's verdict with a reason a reviewer can act on; read inside the caller's transaction. */
export function evaluateGates(version: Pick<VersionRow, 'id' | 'codeCommit' | 'runId'>, settings: GateSettings): GateResult[] {
  return [
    ...(settings.cardComplete ? [cardGate(version.id)] : []),
    ...(settings.lineage ? [lineageGate(version)] : []),
    ...(settings.noCriticalAlert ? [alertGate(version.id)] : []),
    ...metricGates(version.runId, settings.metrics),
  ];
}

export const failedGates = (results: GateResult[]) => results.filter((r) => !r.passed);
