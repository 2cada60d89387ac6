import { describe, it, expect } from 'vitest';
import { parseCsvRecords } from './csv-records';

describe('parseCsvRecords', () => {
  it('types numbers, keeps dates and words as text and reads empty fields as null', () => {
    const text = 'date,precipitation,wind,weather\r\n2012-01-01,0.0,-4.7,drizzle\r\n2012-01-02,10.9,,rain\r\n';
    expect(parseCsvRecords(text)).toEqual([
      { date: '2012-01-01', precipitation: 0, wind: -4.7, weather: 'drizzle' },
      { date: '2012-01-02', precipitation: 10.9, wind: null, weather: 'rain' },
    ]);
  });

  it('refuses quoted fields and ragged lines instead of misreading them', () => {
    expect(() => parseCsvRecords('name\n"a, b"\n')).toThrow(/quoted/);
    expect(() => parseCsvRecords('a,b\n1\n')).toThrow(/line 2/);
  });
});
