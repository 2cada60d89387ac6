import 'server-only';
import { csvCell } from '@/lib/csv';
import type { Actor } from '@/lib/auth/actor';
import { parseInput } from '@/lib/errors';
import { modelSearchSchema } from './api-search';
import { searchCatalogue, type CatalogueRow } from './catalogue';

const COLUMNS: [string, (row: CatalogueRow) => string | number | null][] = [
  ['name', (r) => r.name],
  ['description', (r) => r.description],
  ['owner', (r) => r.ownerName],
  ['team', (r) => r.team],
  ['task', (r) => r.taskType],
  ['riskTier', (r) => r.riskTier],
  ['versions', (r) => r.versionCount],
  ['latestVersion', (r) => r.latestVersion],
  ['inProduction', (r) => (r.hasProduction ? 'yes' : 'no')],
  ['aliases', (r) => r.aliases.map((a) => `${a.alias}=v${a.version}`).join('; ')],
  ['tags', (r) => Object.entries(r.tags).map(([k, v]) => (v ? `${k}=${v}` : k)).join('; ')],
  ['updatedAt', (r) => new Date(r.updatedAt).toISOString()],
];

/** Enough for any registry we know of; the export is one response, not a stream. */
const MAX_ROWS = 100_000;

/** The API's filters, strictly: a misspelt value is a 400, never a silent export of everything. */
const exportSchema = modelSearchSchema.omit({ limit: true, cursor: true });

/**
 * The catalogue exactly as filtered and sorted on the page (every page of it), as CSV for a
 * spreadsheet: formula-like cells are defused by `csvCell`.
 */
export function catalogueCsv(actor: Actor, params: Record<string, string>): string {
  const query = parseInput(exportSchema, params, 'catalogue');
  const { rows } = searchCatalogue(actor, { ...query, page: 1, size: 25 }, MAX_ROWS, 0);
  const lines = [COLUMNS.map(([name]) => name).join(','), ...rows.map((row) => COLUMNS.map(([, cell]) => csvCell(cell(row))).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
