import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { parseFilter } from './filter';
import { EXPERIMENT_SEARCH, MODEL_SEARCH, RUN_SEARCH, VERSION_SEARCH } from './search-specs';

const runs = (filter: string) => parseFilter(filter, RUN_SEARCH.filter);

function refusal(filter: unknown, spec = RUN_SEARCH.filter): string {
  try {
    parseFilter(filter, spec);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).kind).toBe('bad_request');
    return (error as AppError).message;
  }
  throw new Error(`accepted ${String(filter)}`);
}

describe('parseFilter: the forms MLflow accepts', () => {
  it('reads comparisons joined by AND in any case, with or without spaces', () => {
    expect(parseFilter(`name = 'iris' and run_id="abc" AND version_number>=2`, VERSION_SEARCH.filter)).toEqual([
      { entity: 'attribute', key: 'name', op: '=', value: 'iris' },
      { entity: 'attribute', key: 'run_id', op: '=', value: 'abc' },
      { entity: 'attribute', key: 'version_number', op: '>=', value: 2 },
    ]);
    expect(parseFilter("name ilike 'car-%' And name like 'Car%'", MODEL_SEARCH.filter).map((c) => c.op)).toEqual(['ILIKE', 'LIKE']);
    expect(parseFilter('', MODEL_SEARCH.filter)).toEqual([]);
    expect(parseFilter('   ', MODEL_SEARCH.filter)).toEqual([]);
    expect(parseFilter(null, MODEL_SEARCH.filter)).toEqual([]);
  });

  it('takes every entity prefix and its alternate spellings', () => {
    const spelled = ['attributes.status', 'attribute.status', 'attr.status', 'run.status', 'status'].map((name) => runs(`${name} = 'FINISHED'`)[0]);
    expect(new Set(spelled.map((c) => `${c?.entity}:${c?.key}`))).toEqual(new Set(['attribute:status']));
    expect(runs("metric.a > 1 and metrics.b < 2 and param.c = 'x' and params.d = 'x' and parameter.e = 'x' and tag.f = 'x' and tags.g = 'x'").map((c) => `${c.entity}:${c.key}`)).toEqual([
      'metric:a',
      'metric:b',
      'param:c',
      'param:d',
      'param:e',
      'tag:f',
      'tag:g',
    ]);
  });

  it('quotes keys with dots, spaces and dashes in backticks or double quotes', () => {
    expect(runs("tags.`my.key` = 'a' and metrics.\"val loss\" <= 0.5 and params.`learning-rate` != '1' and params.a.b = 'c'")).toEqual([
      { entity: 'tag', key: 'my.key', op: '=', value: 'a' },
      { entity: 'metric', key: 'val loss', op: '<=', value: 0.5 },
      { entity: 'param', key: 'learning-rate', op: '!=', value: '1' },
      { entity: 'param', key: 'a.b', op: '=', value: 'c' },
    ]);
    expect(parseFilter(`"name" = 'x'`, MODEL_SEARCH.filter)[0]).toMatchObject({ entity: 'attribute', key: 'name' });
  });

  it('unescapes doubled and backslashed quotes in strings', () => {
    expect(runs(`tags.a = 'it''s' and tags.b = 'it\\'s' and tags.c = "say ""hi""" and tags.d = "a \\"b\\""`).map((c) => c.value)).toEqual(["it's", "it's", 'say "hi"', 'a "b"']);
  });

  it('reads negative, decimal and exponent numbers', () => {
    expect(runs('metrics.a > -1 and metrics.b < 1.5 and metrics.c >= 1e3 and metrics.d <= -2.5E-3 and metrics.e = .5 and metrics.f != +4').map((c) => c.value)).toEqual([
      -1, 1.5, 1000, -0.0025, 0.5, 4,
    ]);
  });

  it('reads lists for IN and NOT IN, and MLflow aliases of attributes', () => {
    expect(runs("run_id IN ('a', 'b') and run_id not in ('c')")).toEqual([
      { entity: 'attribute', key: 'run_id', op: 'IN', value: ['a', 'b'] },
      { entity: 'attribute', key: 'run_id', op: 'NOT IN', value: ['c'] },
    ]);
    expect(parseFilter("run_id IN ('a')", VERSION_SEARCH.filter)[0]?.value).toEqual(['a']);
    expect(runs("created > 0 and attributes.`run name` = 'rf'").map((c) => c.key)).toEqual(['start_time', 'run_name']);
    expect(parseFilter("source = 's3://x'", VERSION_SEARCH.filter)[0]?.key).toBe('source_path');
    expect(parseFilter("creation_time > 5 and tags.team = 'crm'", EXPERIMENT_SEARCH.filter)).toHaveLength(2);
  });
});

describe('parseFilter: what it refuses, pointing at the problem', () => {
  it.each([
    ["name = 'a' OR name = 'b'", /'OR' at character 12\. .*OR is not supported/, MODEL_SEARCH.filter],
    ["(name = 'a')", /Unexpected "\(" at character 1: expected a name/, MODEL_SEARCH.filter],
    ["name = 'a", /Unterminated string starting at character 8/, MODEL_SEARCH.filter],
    ['tags.`a = 1', /Unterminated backtick-quoted name/, MODEL_SEARCH.filter],
    ["name = 'a'; drop table x", /Unexpected character ";" at character 11/, MODEL_SEARCH.filter],
    ["tags.my-key = 'a'", /Unexpected character "-" at character 8; .*backticks, e\.g\. tags\.`my-key`/, RUN_SEARCH.filter],
    ['metrics.a > 1e999', /Invalid number "1e999"/, RUN_SEARCH.filter],
    ['name =', /Unexpected end of the filter at character 7: expected a quoted string/, MODEL_SEARCH.filter],
    ["name 'a'", /Unexpected "'a'" at character 6: expected a comparator/, MODEL_SEARCH.filter],
    ['name = iris', /Expected a quoted value at character 8, found iris/, MODEL_SEARCH.filter],
    ["name = 'a' 'b'", /Unexpected "'b'" at character 12: expected AND or the end/, MODEL_SEARCH.filter],
    ["name = 'a' AND", /Unexpected end of the filter .*expected a name/, MODEL_SEARCH.filter],
    ["name <> 'a'", /Unknown comparator "<>" .*use !=/, MODEL_SEARCH.filter],
    ["name == 'a'", /Unknown comparator "==" .*use =/, MODEL_SEARCH.filter],
    ["name NOT LIKE 'a%'", /NOT works only as NOT IN/, MODEL_SEARCH.filter],
    ["name IS NULL", /expected a comparator/, MODEL_SEARCH.filter],
    ['metrics.a > 1abc', /Invalid number "1abc"/, RUN_SEARCH.filter],
    ['tags. = 1', /Expected a name after "\."/, RUN_SEARCH.filter],
    ["foo = 'a'", /Invalid attribute key 'foo' specified at character 1\. Valid keys for registered models are name, tags\.<key>/, MODEL_SEARCH.filter],
    ["bogus.x = 'a'", /Invalid entity type 'bogus'/, RUN_SEARCH.filter],
    ['metrics.acc > 1', /Registered models cannot be searched by metrics/, MODEL_SEARCH.filter],
    ["params.x = 'a'", /Model versions cannot be searched by params/, VERSION_SEARCH.filter],
    ["datasets.name = 'a'", /by dataset is not supported/, RUN_SEARCH.filter],
    ["metrics.acc LIKE '0%'", /Invalid comparator 'LIKE' for metric 'acc'.*use one of =, !=, <, <=, >, >=/, RUN_SEARCH.filter],
    ["name > 'a'", /Invalid comparator '>' for attribute 'name'/, MODEL_SEARCH.filter],
    ["tags.x IN ('a')", /Invalid comparator 'IN' for tag 'x'/, RUN_SEARCH.filter],
    ["status IN ('A')", /Invalid comparator 'IN' for attribute 'status'/, RUN_SEARCH.filter],
    ["run_id NOT IN ('a')", /Invalid comparator 'NOT IN'/, VERSION_SEARCH.filter],
    ["metrics.acc > '0.5'", /Expected a numeric value for metric 'acc' at character 15, found '0.5'/, RUN_SEARCH.filter],
    ["start_time > '5'", /Expected a numeric value for attribute 'start_time'/, RUN_SEARCH.filter],
    ['tags.x = 5', /Expected a quoted string value for tag 'x'/, RUN_SEARCH.filter],
    ['version_number LIKE 1', /Invalid comparator 'LIKE'/, VERSION_SEARCH.filter],
    ["run_id IN 'a'", /IN needs a list of quoted strings/, RUN_SEARCH.filter],
    ["run_id = ('a')", /works only with IN or NOT IN/, RUN_SEARCH.filter],
    ['run_id IN ()', /Empty list/, RUN_SEARCH.filter],
    ["run_id IN ('a', 1)", /Unexpected "1" .*expected a quoted string in the list/, RUN_SEARCH.filter],
    ["run_id IN ('a' 'b')", /expected "," or "\)" in the list/, RUN_SEARCH.filter],
  ])('%j', (filter, message, spec) => {
    expect(refusal(filter, spec)).toMatch(message);
  });

  it('refuses filters that are not strings or are too long', () => {
    expect(refusal(42)).toMatch(/must be a string/);
    expect(refusal(`name = '${'a'.repeat(1000)}'`, MODEL_SEARCH.filter)).toMatch(/at most 1,000 characters/);
  });
});
