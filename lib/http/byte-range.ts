/** A satisfiable single byte range, inclusive at both ends as HTTP writes it. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * Reads a `Range` header against a resource of `size` bytes (RFC 9110 §14). Returns `null` to send the
 * whole resource (no header, a unit other than bytes, several ranges, or syntax we do not honour —
 * ignoring Range is always allowed) and `'unsatisfiable'` for a well-formed range that starts past the end.
 */
export function parseByteRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, first, last] = match as unknown as [string, string, string];
  if (first === '' && last === '') return null;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) return 'unsatisfiable';
    return size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (!Number.isSafeInteger(start) || (last !== '' && Number(last) < start)) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end };
}
