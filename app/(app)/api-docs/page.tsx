import type { Metadata } from 'next';
import { Badge } from '@/components/ui/badge';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { ENDPOINTS, openApiDocument } from '@/lib/api/openapi';
import { requireActor } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'API reference' };

const METHOD_VARIANT = { get: 'secondary', post: 'success', put: 'warning', patch: 'warning', delete: 'danger' } as const;

interface BodySchema {
  properties?: Record<string, { type?: string; enum?: string[] }>;
  required?: string[];
}

function bodyFields(path: string, method: string): { name: string; type: string; required: boolean }[] {
  const op = openApiDocument().paths[path]?.[method] as { requestBody?: { content: { 'application/json': { schema: BodySchema } } } } | undefined;
  const schema = op?.requestBody?.content['application/json'].schema;
  return Object.entries(schema?.properties ?? {}).map(([name, s]) => ({
    name,
    type: s.enum ? s.enum.join(' | ') : (s.type ?? 'object'),
    required: schema?.required?.includes(name) ?? false,
  }));
}

export default async function ApiDocsPage() {
  await requireActor();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">API reference</h1>
        <p className="text-sm text-muted-fg">
          Authenticate with <code>Authorization: Bearer &lt;token&gt;</code> (create one under API tokens). Errors are{' '}
          <code>{'{ "error": { "code", "message", "details" } }'}</code>. Machine-readable:{' '}
          <a href="/api/v1/openapi.json" className="text-primary underline">
            OpenAPI 3.1
          </a>
          .
        </p>
      </div>
      {ENDPOINTS.map((e) => {
        const fields = bodyFields(e.path, e.method);
        return (
          <Card key={`${e.method} ${e.path}`}>
            <CardHeader>
              <CardTitle as="h2" className="flex flex-wrap items-center gap-2 font-mono text-sm">
                <Badge variant={METHOD_VARIANT[e.method]}>{e.method.toUpperCase()}</Badge>
                {e.path}
              </CardTitle>
            </CardHeader>
            <CardContent className="space-y-2 text-sm">
              <p>
                {e.summary}. Answers <code>{e.success}</code> on success.
              </p>
              {fields.length > 0 && (
                <ul className="flex flex-wrap gap-1.5 text-xs" aria-label="Body fields">
                  {fields.map((f) => (
                    <li key={f.name} className="rounded border border-border px-1.5 py-0.5 font-mono">
                      {f.name}
                      {f.required && '*'}: <span className="text-muted-fg">{f.type}</span>
                    </li>
                  ))}
                </ul>
              )}
            </CardContent>
          </Card>
        );
      })}
    </div>
  );
}
