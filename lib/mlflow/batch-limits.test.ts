import { describe, expect, it } from 'vitest';
import { checkBatchLimits, type BatchEntities } from './batch-limits';

const batch = (parts: Partial<BatchEntities>): BatchEntities => ({ metrics: [], params: [], tags: [], ...parts });
const many = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => ({ key: `${prefix}${i}`, value: 'v' }));

describe('checkBatchLimits', () => {
  it('accepts a batch at every limit', () => {
    expect(() => checkBatchLimits(batch({ metrics: many(1000, 'm') }))).not.toThrow();
    expect(() => checkBatchLimits(batch({ metrics: many(800, 'm'), params: many(100, 'p'), tags: many(100, 't') }))).not.toThrow();
    expect(() => checkBatchLimits(batch({ params: [{ key: 'k'.repeat(250), value: 'v'.repeat(6000) }], tags: [{ key: 'a/b c-d.e_f', value: 'v'.repeat(5000) }] }))).not.toThrow();
    expect(() => checkBatchLimits(batch({ params: [{ key: 'größe', value: '😀'.repeat(6000) }] }))).not.toThrow();
  });

  it.each([
    [{ metrics: many(1001, 'm') }, 'A batch logging request can contain at most 1000 metrics. Got 1001 metrics. Please split up metrics across multiple requests and try again.'],
    [{ params: many(101, 'p') }, 'A batch logging request can contain at most 100 params. Got 101 params.'],
    [{ tags: many(101, 't') }, 'A batch logging request can contain at most 100 tags. Got 101 tags.'],
    [{ metrics: many(901, 'm'), params: many(100, 'p') }, 'A batch logging request can contain at most 1000 metrics, params, and tags. Got 1001 metrics, params, and tags.'],
    [{ metrics: [{ key: 'm'.repeat(251) }] }, `Metric name '${'m'.repeat(250)}' had length 251, which exceeded length limit of 250`],
    [{ params: [{ key: 'p'.repeat(251), value: '' }] }, 'Param key'],
    [{ params: [{ key: 'p', value: 'v'.repeat(6001) }] }, 'Param value'],
    [{ tags: [{ key: 't'.repeat(251), value: '' }] }, 'Tag key'],
    [{ tags: [{ key: 't', value: 'v'.repeat(5001) }] }, 'had length 5001, which exceeded length limit of 5000'],
    [{ metrics: [{ key: 'a:b' }] }, "Invalid metric name: 'a:b'. Names may only contain alphanumerics"],
    [{ tags: [{ key: '../x', value: '' }] }, "Invalid tag name: '../x'. Names may be treated as files in certain cases"],
    [{ params: [{ key: 'a//b', value: '' }] }, "This name would resolve to 'a/b'"],
    [{ params: [{ key: '/abs', value: '' }] }, "Invalid parameter name: '/abs'"],
    [{ params: [{ key: 'x', value: '1' }, { key: 'x', value: '1' }] }, "Duplicate parameter keys have been submitted: ['x']."],
  ])('refuses %#', (parts, message) => {
    expect(() => checkBatchLimits(batch(parts))).toThrow(message);
  });
});
