/**
 * Reads the plain CSV files some data packages ship (vega-datasets' seattle-weather.csv) into the same
 * shape their JSON files parse to, so one row parser serves both. Only unquoted fields are supported:
 * a quote means the file needs a real CSV parser, and failing loudly beats splitting a field in two.
 */
const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;

function typed(field: string): string | number | null {
  if (field === '') return null;
  return NUMBER.test(field) ? Number(field) : field;
}

export function parseCsvRecords(text: string): Record<string, unknown>[] {
  if (text.includes('"')) throw new Error('quoted CSV fields are not supported');
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line.length > 0);
  if (header === undefined) return [];
  const columns = header.split(',');
  return lines.map((line, i) => {
    const fields = line.split(',');
    if (fields.length !== columns.length) {
      throw new Error(`CSV line ${i + 2} has ${fields.length} fields, the header has ${columns.length}`);
    }
    return Object.fromEntries(columns.map((column, j) => [column, typed(fields[j] as string)]));
  });
}
