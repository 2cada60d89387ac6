import { requestJson } from '@/components/monitoring/request';
import type { PaletteResults } from '@/lib/search/palette';

/** The palette's TanStack Query keys and URL, in one place. */
export const paletteKeys = {
  search: (q: string) => ['palette', 'search', q] as const,
};

export const paletteUrl = (q: string) => `/api/v1/search/palette?${new URLSearchParams({ q })}`;

export const fetchPalette = (q: string) => requestJson<PaletteResults>(paletteUrl(q));

