/** Tags as people type them in a form: `key=value` or a bare `key`, separated by commas or new lines. */
export function parseTagText(text: string): Record<string, string> {
  const tags: Record<string, string> = {};
  for (const part of text.split(/[,\n]/)) {
    const trimmed = part.trim();
    if (!trimmed) continue;
    const eq = trimmed.indexOf('=');
    const key = (eq === -1 ? trimmed : trimmed.slice(0, eq)).trim();
    tags[key] = eq === -1 ? '' : trimmed.slice(eq + 1).trim();
  }
  return tags;
}

export function formatTagText(tags: Record<string, string>): string {
  return Object.entries(tags)
    .map(([key, value]) => (value ? `${key}=${value}` : key))
    .join(', ');
}
