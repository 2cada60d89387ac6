import { RandomForestClassifier } from 'ml-random-forest';
import { beforeAll, describe, it, expect } from 'vitest';
import { numericDrift } from '@/lib/monitoring/drift';
import { parseCsvRecords } from '../csv-records';
import { loadSeattleWeather } from '../source-data';
import type { DemoModel, DemoMonitoring } from '../types';
import { DEPLOYED_ON, splitSeattleWeather, trainSeattleWeatherClassifier } from './seattle-weather-classifier';

const FEATURES = ['precipitation', 'temp_max', 'temp_min', 'wind'];
const CLASSES = ['drizzle', 'fog', 'rain', 'snow', 'sun'];

let model: DemoModel;
let monitoring: DemoMonitoring;

beforeAll(() => {
  model = trainSeattleWeatherClassifier({ now: Date.UTC(2025, 5, 1), slot: 5 });
  if (!model.monitoring) throw new Error('the weather model has no monitoring data');
  monitoring = model.monitoring;
}, 60_000);

const column = (csv: string, name: string) => parseCsvRecords(csv).map((row) => row[name]);
const numbers = (csv: string, name: string) => column(csv, name).map(Number);

function batch(month: string) {
  const found = monitoring.batches.find((candidate) => candidate.month === month);
  if (!found) throw new Error(`no batch for ${month}`);
  return found;
}

describe('splitSeattleWeather', () => {
  it('trains and evaluates on 2012–2013 only and keeps every later day for production', () => {
    const { rows } = loadSeattleWeather();
    const { train, test, production } = splitSeattleWeather(rows);
    expect(DEPLOYED_ON).toBe('2014-01-01');
    for (const row of [...train, ...test]) expect(row.date.slice(0, 4)).toMatch(/^201[23]$/);
    for (const row of production) expect(row.date.slice(0, 4)).toMatch(/^201[45]$/);
    expect(train.length + test.length).toBe(731);
    expect(production).toHaveLength(730);
    expect(new Set([...train, ...test].map((row) => row.date)).size).toBe(731);
  });
});

describe('trainSeattleWeatherClassifier', () => {
  it('scores every version with the four metrics monitoring computes, all within [0, 1]', () => {
    expect(model.versions.length).toBeGreaterThanOrEqual(2);
    for (const version of model.versions) {
      expect(Object.keys(version.metrics).sort()).toEqual(['accuracy', 'f1_macro', 'precision_macro', 'recall_macro']);
      for (const value of Object.values(version.metrics)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });

  it('monitors the production (best) version against a reference small enough for KS and chi-square', () => {
    expect(monitoring.versionIndex).toBe(model.bestVersionIndex);
    const reference = parseCsvRecords(monitoring.reference);
    expect(Object.keys(reference[0] ?? {})).toEqual([...FEATURES, 'prediction', 'label']);
    expect(reference.length).toBeLessThanOrEqual(1000);
    expect(reference.length).toBe(model.versions[0]?.datasets.find((dataset) => dataset.role === 'training')?.rowCount);
  });

  it('replays 2014–2015 as 24 monthly batches of one row per day, labels kept apart', () => {
    const months = Array.from({ length: 24 }, (_, i) => `${2014 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    expect(monitoring.batches.map((entry) => entry.month)).toEqual(months);
    monitoring.batches.forEach((entry, i) => {
      const year = 2014 + Math.floor(i / 12);
      const days = new Date(Date.UTC(year, (i % 12) + 1, 0)).getUTCDate();
      const rows = parseCsvRecords(entry.csv);
      expect(entry.observedAt).toBe(Date.UTC(year, i % 12, 1));
      expect(rows).toHaveLength(days);
      expect(Object.keys(rows[0] ?? {})).toEqual([...FEATURES, 'prediction']);
      expect(column(entry.labels, 'label')).toHaveLength(days);
    });
  });

  it('writes only known classes, predicted by the monitored version itself', () => {
    const labels = monitoring.batches.flatMap((entry) => column(entry.labels, 'label'));
    const predictions = [monitoring.reference, ...monitoring.batches.map((entry) => entry.csv)].flatMap((csv) => column(csv, 'prediction'));
    expect(new Set(labels).size).toBeGreaterThan(1);
    for (const value of [...labels, ...predictions, ...column(monitoring.reference, 'label')]) expect(CLASSES).toContain(value);

    const artifact = JSON.parse(model.versions[monitoring.versionIndex]?.artifact.content.toString('utf8') ?? '{}') as {
      estimator: string;
      classes: string[];
      model: Parameters<typeof RandomForestClassifier.load>[0];
    };
    expect(artifact.estimator).toBe('RandomForestClassifier');
    const forest = RandomForestClassifier.load(artifact.model);
    const july = parseCsvRecords(batch('2014-07').csv);
    const replayed = forest.predict(july.map((row) => FEATURES.map((name) => Number(row[name]))));
    expect(replayed.map((code) => artifact.classes[code])).toEqual(july.map((row) => row.prediction));
  });

  it('drifts for real: winter temperatures leave the training range, while spring and autumn rain does not', () => {
    const ks = (month: string, feature: string) => numericDrift(numbers(monitoring.reference, feature), numbers(batch(month).csv, feature)).ks;
    expect(ks('2014-01', 'temp_max').pvalue).toBeLessThanOrEqual(0.05);
    // A month's temperatures span a narrow band of the yearly range, so even spring months drift on temp_max;
    // the distance grows towards midwinter and midsummer, which is the seasonal signal rather than noise.
    expect(ks('2014-01', 'temp_max').statistic).toBeGreaterThan(ks('2014-04', 'temp_max').statistic);
    expect(ks('2014-07', 'temp_max').statistic).toBeGreaterThan(ks('2014-10', 'temp_max').statistic);
    const shoulderMonths = monitoring.batches.map((entry) => entry.month).filter((month) => /-(0[345]|09|1[01])$/.test(month));
    expect(shoulderMonths.some((month) => ks(month, 'precipitation').pvalue > 0.05 && ks(month, 'wind').pvalue > 0.05)).toBe(true);
  });
});
