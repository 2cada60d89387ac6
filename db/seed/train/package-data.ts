import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const localRequire = createRequire(import.meta.url);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8')) as unknown;
}

/** Walks up from the entry point because some packages (vega-datasets) do not export `./package.json`. */
export function packageRoot(packageName: string): string {
  let directory = path.dirname(localRequire.resolve(packageName));
  for (;;) {
    const manifest = path.join(directory, 'package.json');
    if (existsSync(manifest)) {
      const parsed = readJson(manifest);
      if (isRecord(parsed) && parsed.name === packageName) return directory;
    }
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error(`cannot find the package root of ${packageName}`);
    directory = parent;
  }
}

export function packageVersion(packageName: string): string {
  const manifest = readJson(path.join(packageRoot(packageName), 'package.json'));
  if (!isRecord(manifest) || typeof manifest.version !== 'string') {
    throw new Error(`${packageName} has no version in its package.json`);
  }
  return manifest.version;
}

/** Reads a data file shipped inside an installed package; never touches the network. */
export function readPackageJsonFile(packageName: string, relativePath: string): unknown {
  return readJson(path.join(packageRoot(packageName), relativePath));
}

export function readPackageTextFile(packageName: string, relativePath: string): string {
  return readFileSync(path.join(packageRoot(packageName), relativePath), 'utf8');
}

/** Where a split came from, in the `npm:<package>@<version>/<file>#<split>` form the registry displays. */
export interface PackageSource {
  packageName: string;
  version: string;
  file?: string;
}

export function sourceLocation(source: PackageSource, split: string): string {
  const file = source.file ? `/${source.file}` : '';
  return `npm:${source.packageName}@${source.version}${file}#${split}`;
}
