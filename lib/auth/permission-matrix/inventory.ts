import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './http';

const SOURCE = /\.(ts|tsx|js|jsx|mjs)$/;
const SKIPPED = new Set(['node_modules', '.next', '.git']);

/** Source files under a top-level folder, as repo-relative paths with forward slashes. */
export function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory() && !SKIPPED.has(entry.name)) walk(rel);
      else if (entry.isFile() && SOURCE.test(entry.name)) out.push(rel);
    }
  };
  walk(folder);
  return out.sort();
}

export const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** Comments out of the way, so an example in a doc comment is not taken for an export. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** Every name a module exports as a value, whatever the syntax; types and interfaces are not values. */
export function exportedValues(text: string): string[] {
  const source = code(text);
  const names = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:async\s+)?(?:function\*?|const|let|var|class)\s+([A-Za-z_$][\w$]*)/g)) names.add(m[1]!);
  for (const m of source.matchAll(/export\s+(?:const|let|var)\s*\{([^}]*)\}\s*=/g)) {
    for (const part of m[1]!.split(',')) {
      const name = part.split(':').pop()!.split('=')[0]!.trim();
      if (name) names.add(name);
    }
  }
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of m[1]!.split(',')) {
      if (/^\s*type\s/.test(part)) continue;
      const name = part.split(/\s+as\s+/).pop()!.trim();
      if (name) names.add(name);
    }
  }
  if (/export\s+default\b/.test(source)) names.add('default');
  if (/export\s+\*/.test(source)) names.add('*');
  return [...names].sort();
}

export const HTTP_METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH', 'DELETE'];
const WRITES = ['POST', 'PUT', 'PATCH', 'DELETE'];
/** Where our own REST routes live, from the repository root. */
export const V1 = 'app/api/v1/';

/** `app/**\/route.*` files with those of `methods` each one exports (every HTTP method by default). */
export function routeMethods(methods: readonly string[] = HTTP_METHODS): { file: string; methods: string[] }[] {
  return sourceFiles('app')
    .filter((file) => /\/route\.[jt]sx?$/.test(file))
    .map((file) => ({ file, methods: exportedValues(read(file)).filter((name) => methods.includes(name)) }))
    .filter((r) => r.methods.length > 0);
}

/** `app/**\/route.*` files with the write methods each one exports. */
export const mutatingRoutes = () => routeMethods(WRITES);

const DIRECTIVE = /^(?:\s*(?:\/\/.*|\/\*[\s\S]*?\*\/))*\s*['"]use server['"]/;

/** Files whose first statement is `'use server'`, and files that use the directive anywhere else (inline actions). */
export function serverActionFiles(): { modules: string[]; inline: string[] } {
  const files = ['app', 'components', 'lib'].flatMap(sourceFiles).filter((file) => !file.startsWith('lib/auth/permission-matrix/'));
  const users = files.filter((file) => /['"]use server['"]/.test(read(file)));
  return { modules: users.filter((file) => DIRECTIVE.test(read(file))), inline: users.filter((file) => !DIRECTIVE.test(read(file))) };
}
