import { beforeAll, describe, it, expect } from 'vitest';
import { trainDemoModels } from './index';
import type { DemoModel } from './types';

const NOW = Date.UTC(2025, 5, 1);
const CARD_SECTIONS = ['overview', 'intendedUse', 'outOfScope', 'trainingData', 'evaluationData', 'limitations', 'ethicalConsiderations', 'caveats'] as const;

let first: DemoModel[] = [];
let second: DemoModel[] = [];

function modelNamed(models: DemoModel[], name: string): DemoModel {
  const model = models.find((candidate) => candidate.name === name);
  if (!model) throw new Error(`${name} was not trained`);
  return model;
}

function bestMetric(model: DemoModel, metric: string): number {
  return model.versions[model.bestVersionIndex ?? -1]?.metrics[metric] ?? Number.NaN;
}

// Two full trainings take several seconds of CPU (the forests most), well past Vitest's 10 s hook default on a busy machine.
beforeAll(async () => {
  first = await trainDemoModels({ now: NOW });
  second = await trainDemoModels({ now: NOW });
}, 120_000);

describe('trainDemoModels', () => {
  it('trains at least four uniquely and validly named models of both tasks with 3–6 versions each', () => {
    expect(first.length).toBeGreaterThanOrEqual(4);
    expect(new Set(first.map((model) => model.name)).size).toBe(first.length);
    expect(new Set(first.map((model) => model.task))).toEqual(new Set(['classification', 'regression']));
    for (const model of first) {
      expect(model.name).toMatch(/^[A-Za-z0-9._-]{1,128}$/);
      expect(model.versions.length).toBeGreaterThanOrEqual(3);
      expect(model.versions.length).toBeLessThanOrEqual(6);
    }
  });

  it('reaches the expected quality on held-out data', () => {
    expect(bestMetric(modelNamed(first, 'iris-species-classifier'), 'accuracy')).toBeGreaterThan(0.85);
    expect(bestMetric(modelNamed(first, 'car-mpg-regressor'), 'r2')).toBeGreaterThan(0.6);
    expect(bestMetric(modelNamed(first, 'penguin-body-mass-regressor'), 'r2')).toBeGreaterThan(0.6);
    expect(bestMetric(modelNamed(first, 'seattle-weather-classifier'), 'accuracy')).toBeGreaterThan(0.75);
  });

  it('attaches production monitoring data to the weather model only, for its best version', () => {
    const monitored = first.filter((model) => model.monitoring);
    expect(monitored.map((model) => model.name)).toEqual(['seattle-weather-classifier']);
    expect(monitored[0]?.monitoring?.versionIndex).toBe(monitored[0]?.bestVersionIndex);
  });

  it('gives the versions of a model honestly different results', () => {
    for (const model of first) {
      const distinct = new Set(model.versions.map((version) => JSON.stringify(version.metrics)));
      expect(distinct.size).toBeGreaterThanOrEqual(3);
    }
  });

  it('describes every split with a 64-hex sha256 that is identical across calls', () => {
    const hashes = (models: DemoModel[]) => models.flatMap((m) => m.versions.flatMap((v) => v.datasets.map((d) => d.contentHash)));
    expect(hashes(first).length).toBeGreaterThan(0);
    for (const hash of hashes(first)) expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashes(second)).toEqual(hashes(first));
    for (const version of first.flatMap((model) => model.versions)) {
      expect(version.datasets.map((dataset) => dataset.role)).toEqual(['training', 'evaluation']);
      for (const dataset of version.datasets) expect(dataset.location).toMatch(/^npm:[a-z-]+@\d+\.\d+\.\d+.*#(train|test)$/);
    }
  });

  it('is deterministic apart from measured durations', () => {
    const stable = (models: DemoModel[]) =>
      models.map((model) => ({
        card: model.card,
        monitoring: model.monitoring,
        versions: model.versions.map((v) => ({ params: v.params, metrics: v.metrics, start: v.startTime, artifact: v.artifact.content.toString('base64') })),
      }));
    expect(stable(second)).toEqual(stable(first));
  });

  it('records integer-step histories of 20–200 points with increasing timestamps inside the run', () => {
    const histories = first.flatMap((model) => model.versions.flatMap((version) => Object.values(version.metricHistories).map((points) => ({ version, points }))));
    expect(histories.length).toBeGreaterThan(0);
    for (const { version, points } of histories) {
      expect(points.length).toBeGreaterThanOrEqual(20);
      expect(points.length).toBeLessThanOrEqual(200);
      points.forEach((point, i) => {
        expect(Number.isInteger(point.step)).toBe(true);
        expect(point.timestamp).toBeGreaterThanOrEqual(version.startTime);
        expect(point.timestamp).toBeLessThanOrEqual(version.endTime);
        if (i > 0) expect(point.timestamp).toBeGreaterThan(points[i - 1]?.timestamp ?? Infinity);
      });
    }
  });

  it('ends each history at the final metric of the same name', () => {
    for (const version of first.flatMap((model) => model.versions)) {
      for (const [name, points] of Object.entries(version.metricHistories)) {
        const final = version.metrics[name];
        if (final !== undefined) expect(points.at(-1)?.value).toBeCloseTo(final, 12);
      }
    }
  });

  it('ships parseable mljs artifacts, signatures and past run times', () => {
    for (const version of first.flatMap((model) => model.versions)) {
      expect(version.artifact).toMatchObject({ fileName: 'model.json', format: 'mljs-json' });
      expect(JSON.parse(version.artifact.content.toString('utf8'))).toHaveProperty('model');
      expect(version.inputSignature.length).toBeGreaterThan(0);
      expect(version.outputSignature).toHaveLength(1);
      expect(version.startTime).toBeLessThan(version.endTime);
      expect(version.endTime).toBeLessThan(NOW);
    }
  });

  it('fills most model-card sections and leaves two or three empty on purpose', () => {
    for (const model of first) {
      const empty = CARD_SECTIONS.filter((section) => !model.card[section]?.trim());
      expect(empty.length).toBeGreaterThanOrEqual(2);
      expect(empty.length).toBeLessThanOrEqual(3);
    }
  });
});
