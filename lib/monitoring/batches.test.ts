import { describe, expect, it } from 'vitest';
import { makeActor, tableCounts, withTempWorkspace } from '@/lib/testing/temp-workspace';
import { expectAppError } from '@/lib/testing/expect-app-error';
import { chunked, monitoredVersion, table } from '@/lib/testing/monitoring-tables';
import { createModelUseCase } from '@/lib/registry/models';
import { createVersionUseCase } from '@/lib/registry/versions';
import { getBatchReport, ingestBatchUseCase, listBatches } from './batches';
import { submitLabelsUseCase } from './labels';
import { setMonitoringPolicyUseCase } from './policy-store';
import { getReference, setReferenceColumnKindUseCase, uploadReferenceUseCase } from './references';
import { getDriftTimeline, getPerformanceTimeline } from './timelines';
import { tableFormat } from './upload-input';

withTempWorkspace();

const batch = (ds: Awaited<ReturnType<typeof makeActor>>, csv: string, observedAt?: string) =>
  ingestBatchUseCase(ds, { modelName: 'm', version: 1, format: 'csv', body: chunked(csv), observedAt });

describe('reference data', () => {
  it('infers kinds, records roles and counts missing values', async () => {
    const ds = await makeActor('data_scientist');
    createModelUseCase(ds, { name: 'm', taskType: 'classification' });
    createVersionUseCase(ds, 'm', {});
    const reference = await uploadReferenceUseCase(ds, {
      modelName: 'm',
      version: 1,
      format: 'csv',
      body: chunked(table({ rows: 300, seed: 2, missingIncome: 0.1, label: true })),
      prediction: 'prediction',
      label: 'label',
    });
    expect(reference.rowCount).toBe(300);
    const byName = Object.fromEntries(reference.columns.map((c) => [c.name, c]));
    expect(byName.age).toMatchObject({ kind: 'numeric', role: 'feature', missing: 0 });
    expect(byName.color).toMatchObject({ kind: 'categorical', distinct: 3 });
    expect(byName.prediction).toMatchObject({ role: 'prediction', kind: 'categorical' });
    expect(byName.label).toMatchObject({ role: 'label' });
    expect(byName.income!.missing).toBeGreaterThan(10);
    expect(byName.age!.min).toBeGreaterThanOrEqual(20);
    expect(getReference(ds, 'm', 1)?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('overrides a kind only where the values allow it', async () => {
    const { ds } = await monitoredVersion();
    const error = await expectAppError(() => setReferenceColumnKindUseCase(ds, 'm', 1, 'color', { kind: 'numeric' }));
    expect(error.message).toMatch(/not numbers/);
    // 500 distinct ages fit the 1,000 categories a numeric column keeps.
    const reference = setReferenceColumnKindUseCase(ds, 'm', 1, 'age', { kind: 'categorical' });
    expect(reference.columns.find((c) => c.name === 'age')).toMatchObject({ kind: 'categorical', inferredKind: 'numeric' });
  });

  it('refuses a prediction column the upload does not have, storing nothing', async () => {
    const ds = await makeActor('data_scientist');
    createModelUseCase(ds, { name: 'm', taskType: 'classification' });
    createVersionUseCase(ds, 'm', {});
    const before = tableCounts();
    const error = await expectAppError(() => uploadReferenceUseCase(ds, { modelName: 'm', version: 1, format: 'csv', body: chunked(table({ rows: 10, seed: 1 })), prediction: 'score' }));
    expect(error.status).toBe(400);
    expect(error.location).toEqual({ column: 'score', row: undefined });
    expect(tableCounts()).toEqual(before);
  });
});

describe('names that are also JavaScript property names', () => {
  it('keeps a category called __proto__ and refuses formats and kinds named after Object members', async () => {
    const ds = await makeActor('data_scientist');
    createModelUseCase(ds, { name: 'm', taskType: 'classification' });
    createVersionUseCase(ds, 'm', {});
    const csv = 'constructor,kind\n1,__proto__\n2,toString\n3,__proto__\n';
    const reference = await uploadReferenceUseCase(ds, { modelName: 'm', version: 1, format: 'csv', body: chunked(csv), kinds: { constructor: 'categorical' } });
    expect(reference.columns.map((c) => [c.name, c.kind, c.distinct])).toEqual([['constructor', 'categorical', 3], ['kind', 'categorical', 2]]);
    const same = await batch(ds, csv);
    expect(same.columns.find((c) => c.name === 'kind')).toMatchObject({ unseen: [], drifted: false });
    expect((await expectAppError(() => tableFormat('constructor', null))).status).toBe(400);
    expect(tableFormat(null, 'toString')).toBe('csv');
  });
});

describe('production batches', () => {
  it('reports no drift for data like the reference and drift for a shifted feature', async () => {
    const { ds } = await monitoredVersion();
    const calm = await batch(ds, table({ rows: 400, seed: 3 }), '2024-01-01T00:00:00Z');
    expect(calm.columns.map((c) => c.name).sort()).toEqual(['age', 'color', 'income', 'prediction']);
    expect(calm.columns.find((c) => c.name === 'age')).toMatchObject({ method: 'ks', drifted: false });
    expect(calm.datasetDrift).toBe(false);
    expect(calm.observedAt).toBe(Date.parse('2024-01-01T00:00:00Z'));

    const shifted = await batch(ds, table({ rows: 400, seed: 4, shift: 15 }));
    const age = shifted.columns.find((c) => c.name === 'age')!;
    expect(age.drifted).toBe(true);
    expect(age.value).toBeLessThan(1e-6);
    expect(age.distribution.kind).toBe('histogram');
    expect(shifted.columns.find((c) => c.name === 'color')).toMatchObject({ method: 'chisquare', drifted: false });
    expect(listBatches(ds, 'm', 1).map((b) => b.id)).toEqual([shifted.id, calm.id]);
    expect(getBatchReport(ds, 'm', 1, shifted.id).columns).toEqual(shifted.columns);
  });

  it('counts a category the reference never had as drift and compares missing rates', async () => {
    const { ds } = await monitoredVersion();
    const report = await batch(ds, table({ rows: 400, seed: 5, colors: ['red', 'green', 'blue', 'purple'], missingIncome: 0.3 }));
    const color = report.columns.find((c) => c.name === 'color')!;
    expect(color).toMatchObject({ drifted: true, unseen: ['purple'] });
    const income = report.columns.find((c) => c.name === 'income')!;
    expect(income.missingRate).toBeGreaterThan(0.2);
    expect(income.referenceMissingRate).toBe(0);
  });

  it('judges by the model policy and stores the policy with the report', async () => {
    const { ds } = await monitoredVersion();
    setMonitoringPolicyUseCase(ds, 'm', { columns: { age: { method: 'wasserstein', threshold: 0.05 } }, datasetDriftShare: 0.25 });
    const report = await batch(ds, table({ rows: 400, seed: 6, shift: 5 }));
    expect(report.columns.find((c) => c.name === 'age')).toMatchObject({ method: 'wasserstein', threshold: 0.05, drifted: true });
    expect(report.policy.datasetDriftShare).toBe(0.25);
    expect(report.datasetDrift).toBe(true);
  });

  it.each([
    ['a ragged row', 'age,income,color,prediction\n30,40000,red,yes\n31,41000,red\n', { row: 2 }],
    ['a missing column', 'age,income,prediction\n30,40000,yes\n', { column: 'color' }],
    ['an extra column', 'age,income,color,prediction,zip\n30,40000,red,yes,98101\n', { column: 'zip' }],
    ['a value of the wrong type', 'age,income,color,prediction\n30,40000,red,yes\nold,41000,red,no\n', { row: 2, column: 'age' }],
    ['an empty batch', 'age,income,color,prediction\n', {}],
  ])('refuses %s with a 400 naming where, storing nothing', async (_case, csv, location) => {
    const { ds } = await monitoredVersion();
    const before = tableCounts();
    const error = await expectAppError(() => batch(ds, csv));
    expect(error.status).toBe(400);
    expect(error.location).toMatchObject(location);
    expect(tableCounts()).toEqual(before);
  });

  it('refuses a batch for a version without a reference, and one over the size limit with a 413', async () => {
    const { ds } = await monitoredVersion();
    createVersionUseCase(ds, 'm', {});
    const before = tableCounts();
    const none = await expectAppError(() => ingestBatchUseCase(ds, { modelName: 'm', version: 2, format: 'csv', body: chunked(table({ rows: 5, seed: 1 })) }));
    expect(none.status).toBe(400);
    expect(none.message).toMatch(/no reference/);
    const declared = await expectAppError(() => ingestBatchUseCase(ds, { modelName: 'm', version: 1, format: 'csv', body: chunked(''), declaredSize: 10 * 1024 ** 3 }));
    expect(declared.status).toBe(413);
    process.env.MONITORING_MAX_BYTES = '2000';
    try {
      const streamed = await expectAppError(() => batch(ds, table({ rows: 200, seed: 1 })));
      expect(streamed.status).toBe(413);
    } finally {
      delete process.env.MONITORING_MAX_BYTES;
    }
    expect(tableCounts()).toEqual(before);
  });

  it('is refused to viewers and to data scientists who do not own the model', async () => {
    await monitoredVersion();
    for (const actor of [await makeActor('viewer'), await makeActor('data_scientist', 'other-team')]) {
      expect((await expectAppError(() => batch(actor, table({ rows: 5, seed: 1 })))).status).toBe(403);
    }
  });
});

describe('performance', () => {
  it('scores labels sent with the batch, or later for the kept predictions', async () => {
    const { ds } = await monitoredVersion();
    const withLabels = await batch(ds, table({ rows: 400, seed: 7, label: true }));
    const accuracy = withLabels.performance!.find((p) => p.metric === 'accuracy')!;
    expect(accuracy.value).toBeGreaterThan(0.7);
    expect(accuracy.value).toBeLessThan(0.9);

    const csv = table({ rows: 300, seed: 8, label: true });
    const lines = csv.trim().split('\n').map((l) => l.split(','));
    const unlabeled = lines.map((cells) => cells.slice(0, 4).join(',')).join('\n');
    const labels = lines.map((cells, i) => (i === 0 ? 'label' : cells[4])).join('\n');
    const later = await batch(ds, unlabeled);
    expect(later.performance).toBeNull();
    const scored = await submitLabelsUseCase(ds, { modelName: 'm', version: 1, batchId: later.id, format: 'csv', body: chunked(labels) });
    const expected = lines.slice(1).filter((cells) => cells[3] === cells[4]).length / 300;
    expect(scored.performance!.find((p) => p.metric === 'accuracy')!.value).toBeCloseTo(expected, 12);
    expect(getPerformanceTimeline(ds, 'm', 1).metrics.find((m) => m.metric === 'accuracy')!.points).toHaveLength(2);

    const blank = await batch(ds, `${lines[0]!.join(',')}\n${lines.slice(1).map((cells) => [...cells.slice(0, 4), ''].join(',')).join('\n')}`);
    expect(blank.performance).toBeNull();
    const late = await submitLabelsUseCase(ds, { modelName: 'm', version: 1, batchId: blank.id, format: 'csv', body: chunked(labels) });
    expect(late.performance!.find((p) => p.metric === 'accuracy')!.value).toBeCloseTo(expected, 12);

    const short = await expectAppError(() => submitLabelsUseCase(ds, { modelName: 'm', version: 1, batchId: later.id, format: 'csv', body: chunked('label\nyes\n') }));
    expect(short.message).toMatch(/1 rows; the batch has 300/);
  });

  it('draws each column per batch on the drift timeline', async () => {
    const { ds } = await monitoredVersion();
    await batch(ds, table({ rows: 200, seed: 3 }), '2024-01-01');
    await batch(ds, table({ rows: 200, seed: 10, shift: 20 }), '2024-02-01');
    const timeline = getDriftTimeline(ds, 'm', 1);
    expect(timeline.batches.map((b) => b.observedAt)).toEqual([Date.parse('2024-01-01'), Date.parse('2024-02-01')]);
    const age = timeline.columns.find((c) => c.name === 'age')!;
    expect(age).toMatchObject({ method: 'ks', measures: 'pvalue', drifted: [false, true] });

    // A new method for the column: its line shows only figures of that method, never p-values as distances.
    setMonitoringPolicyUseCase(ds, 'm', { columns: { age: { method: 'wasserstein' } } });
    await batch(ds, table({ rows: 200, seed: 11 }), '2024-03-01');
    const changed = getDriftTimeline(ds, 'm', 1).columns.find((c) => c.name === 'age')!;
    expect(changed).toMatchObject({ method: 'wasserstein', measures: 'distance', thresholds: [0.1, 0.1, 0.1] });
    expect(changed.values.slice(0, 2)).toEqual([null, null]);
    expect(changed.values[2]).toBeLessThan(0.1);
  });

  it('refuses a p-value threshold of 1 or more', async () => {
    const { ds } = await monitoredVersion();
    const error = await expectAppError(() => setMonitoringPolicyUseCase(ds, 'm', { columns: { age: { method: 'ks', threshold: 7 } } }));
    expect(error.fieldErrors?.['columns.age.threshold']).toBeDefined();
  });
});
