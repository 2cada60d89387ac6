import type { Role } from '@/db/schema';
import { can } from '@/lib/auth/permissions';

export interface CommandPage {
  href: string;
  label: string;
}

/**
 * The palette's pages: the header's navigation links (already filtered by the layout's permission
 * checks, so the two never disagree) plus the pages reached from elsewhere, each behind the
 * permission its page checks. Compare follows Models and Tokens follows API, as people look for them.
 */
export function commandPages(navLinks: CommandPage[], role: Role): CommandPage[] {
  const extras: { after: string; page: CommandPage; allowed: boolean }[] = [
    { after: '/models', page: { href: '/compare', label: 'Compare' }, allowed: can(role, 'read') },
    { after: '/api-docs', page: { href: '/settings/tokens', label: 'Tokens' }, allowed: can(role, 'token:own') },
  ];
  const pages = [...navLinks];
  for (const { after, page, allowed } of extras) {
    if (!allowed || pages.some((p) => p.href === page.href)) continue;
    const at = pages.findIndex((p) => p.href === after);
    pages.splice(at === -1 ? pages.length : at + 1, 0, page);
  }
  return pages;
}
