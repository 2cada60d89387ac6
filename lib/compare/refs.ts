import { AppError } from '@/lib/errors';

const MAX_COMPARED = 10;

export interface VersionRefInput {
  modelName: string;
  version: number;
}

const REF = /^([A-Za-z0-9._-]{1,128})@([1-9]\d{0,8})$/;

/**
 * The versions in a compare URL (`?v=churn@3&v=churn@4`), in order and without repeats. Anything that is
 * not 2–10 well-formed refs is a `bad_request` whose message the page shows as it is.
 */
export function parseVersionRefs(raw: string | string[] | undefined): VersionRefInput[] {
  const list = (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((r) => r.split(',')).map((r) => r.trim()).filter(Boolean);
  const malformed = list.filter((r) => !REF.test(r));
  if (malformed.length > 0) throw new AppError('bad_request', 'compare', `Not a version reference: ${malformed.map((r) => `"${r}"`).join(', ')}. Use model@version, e.g. churn@3.`);
  const unique = [...new Set(list)];
  if (unique.length < 2) throw new AppError('bad_request', 'compare', 'Pick at least two versions to compare.');
  if (unique.length > MAX_COMPARED) throw new AppError('bad_request', 'compare', `Compare at most ${MAX_COMPARED} versions at a time; ${unique.length} were picked.`);
  return unique.map((r) => {
    const [, modelName, version] = REF.exec(r) as unknown as [string, string, string];
    return { modelName, version: Number(version) };
  });
}

export const refOf = (v: VersionRefInput) => `${v.modelName}@${v.version}`;

/** Loads each ref; the unknown ones are named together in one not-found message instead of failing on the first. */
export function resolveRefs<T>(refs: readonly VersionRefInput[], load: (ref: VersionRefInput) => T): T[] {
  const missing: string[] = [];
  const loaded = refs.flatMap((ref) => {
    try {
      return [load(ref)];
    } catch (error) {
      if (!(error instanceof AppError && error.kind === 'not_found')) throw error;
      missing.push(refOf(ref));
      return [];
    }
  });
  if (missing.length > 0) throw new AppError('not_found', 'compare', `No such version: ${missing.join(', ')}.`);
  return loaded;
}
