import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { parseFilter } from './filter';

describe('parseFilter', () => {
  it('reads equality and LIKE clauses joined by AND', () => {
    expect(parseFilter(`name = 'iris' and run_id="abc"`, ['name', 'run_id'])).toEqual([
      { field: 'name', op: '=', value: 'iris' },
      { field: 'run_id', op: '=', value: 'abc' },
    ]);
    expect(parseFilter("name ILIKE 'car-%'", ['name'])).toEqual([{ field: 'name', op: 'ILIKE', value: 'car-%' }]);
    expect(parseFilter('', ['name'])).toEqual([]);
  });

  it.each([["name > 'a'"], ["tags.x = 'y'"], ["name = 'a' OR name = 'b'"], ['name = unquoted']])('refuses %j', (filter) => {
    expect(() => parseFilter(filter, ['name'])).toThrow(AppError);
  });
});
