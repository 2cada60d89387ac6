import type { Stage } from '@/db/schema';
import type { PaletteResults } from '@/lib/search/palette';
import { modelHref, versionHref } from '@/components/links';
import type { CommandPage } from './command-pages';

export type CommandGroupName = 'Pages' | 'Models' | 'Versions';

export interface CommandOption {
  /** Where the option leads; unique across groups, so it also keys the option. */
  href: string;
  label: string;
  detail: string;
  stage?: Stage;
}

export interface CommandGroup {
  name: CommandGroupName;
  options: CommandOption[];
}

/** Pages whose label or path holds every typed term; all of them before anything is typed. */
export function matchingPages(pages: CommandPage[], text: string): CommandPage[] {
  const terms = text.toLowerCase().split(/\s+/).filter(Boolean);
  return pages.filter((page) => terms.every((term) => `${page.label} ${page.href}`.toLowerCase().includes(term)));
}

function modelDetail(latest: number | null, production: number | null): string {
  if (latest === null) return 'no versions yet';
  return production === null ? `latest v${latest}` : `latest v${latest} · v${production} in production`;
}

/**
 * The non-empty groups in display order. Versions come only from `iris@3`-style queries, and then
 * they are what was asked for, so they lead and Enter opens the best one straight away.
 */
export function commandGroups(pages: CommandPage[], results: PaletteResults | undefined, text: string): CommandGroup[] {
  const pageGroup: CommandGroup = {
    name: 'Pages',
    options: matchingPages(pages, text).map((p) => ({ href: p.href, label: p.label, detail: p.href })),
  };
  const models: CommandGroup = {
    name: 'Models',
    options: (results?.models ?? []).map((m) => ({ href: modelHref(m.name), label: m.name, detail: modelDetail(m.latestVersion, m.productionVersion) })),
  };
  const versions: CommandGroup = {
    name: 'Versions',
    options: (results?.versions ?? []).map((v) => ({ href: versionHref(v.model, v.version), label: `${v.model} v${v.version}`, detail: '', stage: v.stage })),
  };
  const ordered = versions.options.length > 0 ? [versions, models, pageGroup] : [pageGroup, models, versions];
  return ordered.filter((g) => g.options.length > 0);
}
