const SPACE = 32;
const TAB = 9;

/** Spellings of "no value", compared after trimming spaces; all start with N or n. */
const TOKENS = ['NA', 'N/A', 'NaN', 'nan', 'null', 'NULL', 'None'].map((token) => Array.from(token, (c) => c.charCodeAt(0)));

/** Whether a field is empty, blank, or one of the missing-value tokens. */
export function isMissing(bytes: Uint8Array, start: number, end: number): boolean {
  let b = 0;
  while (start < end && ((b = bytes[start]!) === SPACE || b === TAB)) start++;
  while (end > start && ((b = bytes[end - 1]!) === SPACE || b === TAB)) end--;
  const length = end - start;
  if (length === 0) return true;
  // Most values fail here, before any token is compared.
  const first = bytes[start];
  if (length > 4 || (first !== 78 && first !== 110)) return false;
  for (const token of TOKENS) {
    if (token.length !== length) continue;
    let i = 0;
    while (i < length && token[i] === bytes[start + i]) i++;
    if (i === length) return true;
  }
  return false;
}
