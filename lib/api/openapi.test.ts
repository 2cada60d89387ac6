import { describe, expect, it } from 'vitest';
import { ENDPOINTS, openApiDocument } from './openapi';

const routeModules = import.meta.glob(['/app/api/v1/**/route.ts', '/app/api/health/route.ts', '/app/api/ready/route.ts']);

describe('OpenAPI document', () => {
  it('describes only handlers that exist, with the exported method', async () => {
    for (const e of ENDPOINTS) {
      const file = `/app${e.path.replace(/\{(\w+)\}/g, '[$1]')}/route.ts`;
      const load = routeModules[file];
      expect(load, file).toBeDefined();
      const handlers = (await load!()) as Record<string, unknown>;
      expect(typeof handlers[e.method.toUpperCase()], `${e.method} ${e.path}`).toBe('function');
    }
  });

  it('derives request bodies from the zod schemas', () => {
    const doc = openApiDocument();
    expect(doc.openapi).toBe('3.1.0');
    const create = doc.paths['/api/v1/models']?.post as { requestBody: { content: { 'application/json': { schema: { required: string[]; additionalProperties?: boolean; properties: Record<string, { pattern?: string }> } } } } };
    const body = create.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(expect.arrayContaining(['name', 'taskType']));
    expect(body.properties.name?.pattern).toBe('^[A-Za-z0-9._-]{1,128}$');
    expect(body.additionalProperties).toBe(false);
    const search = doc.paths['/api/v1/models']?.get as { parameters: { name: string }[] };
    expect(search.parameters.map((p) => p.name)).toEqual(expect.arrayContaining(['q', 'risk', 'cursor', 'limit']));
  });

  it('describes user management with the fields its use cases accept, and no way to delete a user', () => {
    type Body = { requestBody: { content: { 'application/json': { schema: { required?: string[]; properties: Record<string, unknown> } } } } };
    const paths = openApiDocument().paths;
    const body = (path: string, method: string) => (paths[path]?.[method] as Body).requestBody.content['application/json'].schema;
    expect(body('/api/v1/users', 'post').required?.sort()).toEqual(['email', 'name', 'password', 'role']);
    expect(Object.keys(body('/api/v1/users/{id}', 'patch').properties).sort()).toEqual(['active', 'role', 'team']);
    expect(Object.keys(paths['/api/v1/users/{id}'] ?? {}).sort()).toEqual(['get', 'patch']);
  });
});
