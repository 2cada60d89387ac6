import { describe, expect, it } from 'vitest';
import { commandGroups, matchingPages } from './command-options';
import { commandPages } from './command-pages';

const nav = [
  { href: '/', label: 'Overview' },
  { href: '/models', label: 'Models' },
  { href: '/alerts', label: 'Alerts' },
  { href: '/api-docs', label: 'API' },
];

describe('commandPages', () => {
  it('adds Compare after Models and Tokens after API to the links the layout allowed', () => {
    expect(commandPages(nav, 'viewer').map((p) => p.href)).toEqual(['/', '/models', '/compare', '/alerts', '/api-docs', '/settings/tokens']);
    const admin = [...nav, { href: '/admin/users', label: 'Users' }];
    expect(commandPages(admin, 'admin').map((p) => p.label)).toEqual(['Overview', 'Models', 'Compare', 'Alerts', 'API', 'Tokens', 'Users']);
  });
});

describe('commandGroups', () => {
  const pages = commandPages(nav, 'viewer');

  it('matches pages by every term of their label or path', () => {
    expect(matchingPages(pages, '').length).toBe(6);
    expect(matchingPages(pages, 'TOK').map((p) => p.label)).toEqual(['Tokens']);
    expect(matchingPages(pages, 'api docs').map((p) => p.label)).toEqual(['API']);
  });

  it('lists versions first when the query names one, with escaped links', () => {
    const groups = commandGroups(
      pages,
      { models: [{ name: 'iris', latestVersion: 4, productionVersion: 3 }], versions: [{ model: 'iris', version: 3, stage: 'production' }] },
      'iris@3',
    );
    expect(groups.map((g) => g.name)).toEqual(['Versions', 'Models']);
    expect(groups.flatMap((g) => g.options)).toEqual([
      { href: '/models/iris/versions/3', label: 'iris v3', detail: '', stage: 'production' },
      { href: '/models/iris', label: 'iris', detail: 'latest v4 · v3 in production' },
    ]);
    expect(commandGroups(pages, { models: [{ name: 'a.b', latestVersion: null, productionVersion: null }], versions: [] }, 'models').map((g) => g.name)).toEqual(['Pages', 'Models']);
  });
});
