import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { parseOrderBy } from './order-by';
import { EXPERIMENT_SEARCH, MODEL_SEARCH, RUN_SEARCH, VERSION_SEARCH } from './search-specs';

describe('parseOrderBy', () => {
  it('reads names with an optional ASC or DESC, ascending by default', () => {
    expect(parseOrderBy(['metrics.accuracy DESC', 'attributes.start_time', 'params.`lr` asc', 'tags."my tag" desc'], RUN_SEARCH.order)).toEqual([
      { entity: 'metric', key: 'accuracy', ascending: false },
      { entity: 'attribute', key: 'start_time', ascending: true },
      { entity: 'param', key: 'lr', ascending: true },
      { entity: 'tag', key: 'my tag', ascending: false },
    ]);
    expect(parseOrderBy('timestamp DESC', MODEL_SEARCH.order)).toEqual([{ entity: 'attribute', key: 'last_updated_timestamp', ascending: false }]);
    expect(parseOrderBy(['version_number', 'creation_timestamp DESC'], VERSION_SEARCH.order)).toHaveLength(2);
    expect(parseOrderBy(['experiment_id DESC'], EXPERIMENT_SEARCH.order)).toEqual([{ entity: 'attribute', key: 'experiment_id', ascending: false }]);
    expect(parseOrderBy(undefined, RUN_SEARCH.order)).toEqual([]);
  });

  it.each([
    [['name sideways'], MODEL_SEARCH, /Invalid order_by clause 'name sideways'\. Could not be parsed: unexpected "sideways" at character 6/],
    [['name ASC DESC'], MODEL_SEARCH, /unexpected "DESC"/],
    [['DESC'], MODEL_SEARCH, /Could not be parsed: expected one of name, last_updated_timestamp/],
    [[''], MODEL_SEARCH, /Could not be parsed/],
    [['creation_timestamp'], MODEL_SEARCH, /Invalid attribute key 'creation_timestamp'/],
    [['metrics.acc DESC'], VERSION_SEARCH, /Model versions cannot be searched by metrics/],
    [['name', 'name DESC'], MODEL_SEARCH, /`order_by` contains duplicate fields/],
    [['timestamp', 'last_updated_timestamp'], MODEL_SEARCH, /duplicate fields/],
    [[1], RUN_SEARCH, /order_by must be a list of at most 20 strings/],
    [{ name: 'ASC' }, RUN_SEARCH, /order_by must be a list/],
    [Array.from({ length: 21 }, () => 'start_time'), RUN_SEARCH, /at most 20/],
  ])('refuses %j', (orderBy, spec, message) => {
    expect(() => parseOrderBy(orderBy, spec.order)).toThrow(AppError);
    expect(() => parseOrderBy(orderBy, spec.order)).toThrow(message);
  });
});
