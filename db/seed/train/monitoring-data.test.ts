import { describe, it, expect } from 'vitest';
import { buildMonitoring, MAX_REFERENCE_ROWS, type MonitoringSource } from './monitoring-data';

interface Day {
  date: string;
  rain: number;
  label: string;
}

const day = (date: string, rain: number, label: string): Day => ({ date, rain, label });

function source(overrides: Partial<MonitoringSource<Day>> = {}): MonitoringSource<Day> {
  return {
    versionIndex: 1,
    featureNames: ['rain'],
    features: (row) => [row.rain],
    date: (row) => row.date,
    label: (row) => row.label,
    predict: (rows) => rows.map((row) => (row.rain > 0 ? 'wet' : 'dry')),
    reference: [day('2013-06-02', 0, 'dry'), day('2013-06-01', 3.5, 'wet')],
    production: [day('2014-02-01', 0, 'wet'), day('2014-01-31', 1, 'wet'), day('2014-01-01', 0, 'dry')],
    ...overrides,
  };
}

describe('buildMonitoring', () => {
  it('writes the reference in date order with the prediction and the label', () => {
    const monitoring = buildMonitoring(source());
    expect(monitoring).toMatchObject({ versionIndex: 1, predictionColumn: 'prediction', labelColumn: 'label' });
    expect(monitoring.reference).toBe('rain,prediction,label\n3.5,wet,wet\n0,dry,dry\n');
  });

  it('batches production by calendar month, in order, with the labels kept apart', () => {
    const { batches } = buildMonitoring(source());
    expect(batches).toEqual([
      { month: '2014-01', observedAt: Date.UTC(2014, 0, 1), csv: 'rain,prediction\n0,dry\n1,wet\n', labels: 'label\ndry\nwet\n' },
      { month: '2014-02', observedAt: Date.UTC(2014, 1, 1), csv: 'rain,prediction\n0,dry\n', labels: 'label\nwet\n' },
    ]);
  });

  it('refuses a reference too large for the test-based drift defaults and a predictor that skips rows', () => {
    const reference = Array.from({ length: MAX_REFERENCE_ROWS + 1 }, () => day('2013-01-01', 0, 'dry'));
    expect(() => buildMonitoring(source({ reference }))).toThrow(RangeError);
    expect(() => buildMonitoring(source({ predict: () => ['dry'] }))).toThrow(/predictions/);
  });
});
