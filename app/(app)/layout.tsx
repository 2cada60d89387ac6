import Link from 'next/link';
import type { ReactNode } from 'react';
import { AlertsNavBadge } from '@/components/alerts/alerts-nav-badge';
import { ReviewsNavBadge } from '@/components/governance/reviews-nav-badge';
import { AppNav } from '@/components/shell/app-nav';
import { CommandPalette } from '@/components/shell/command-palette';
import { commandPages } from '@/components/shell/command-pages';
import { UserMenu } from '@/components/shell/user-menu';
import { Toaster } from '@/components/toast/toaster';
import { can, ROLE_LABELS } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/session';
import { pendingRequestCount } from '@/lib/governance/request-queries';
import { alertCounts } from '@/lib/monitoring/alert-queries';
import { signOutAction } from '../login/actions';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const reviewer = can(actor.role, 'approval:decide');
  const links = [
    { href: '/', label: 'Overview' },
    { href: '/models', label: 'Models' },
    { href: '/alerts', label: 'Alerts' },
    ...(reviewer || can(actor.role, 'promotion:request') ? [{ href: '/reviews', label: 'Reviews' }] : []),
    { href: '/api-docs', label: 'API' },
  ];
  if (can(actor.role, 'audit:read')) links.push({ href: '/audit', label: 'Audit' });
  if (can(actor.role, 'user:manage')) links.push({ href: '/admin/users', label: 'Users' });
  if (can(actor.role, 'webhook:manage')) links.push({ href: '/admin/webhooks', label: 'Webhooks' });
  if (can(actor.role, 'retention:purge')) links.push({ href: '/admin/retention', label: 'Retention' });
  return (
    <div className="flex min-h-screen flex-col">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-card focus:p-2">
        Skip to content
      </a>
      <header className="sticky top-0 z-30 border-b border-border bg-card/95 backdrop-blur print:hidden">
        {/* On a phone the links take a second, scrollable row instead of pushing the page sideways. */}
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 sm:h-14 sm:flex-nowrap sm:gap-6 sm:py-0">
          <Link href="/" className="font-semibold tracking-tight">
            Modelboard
          </Link>
          <div className="order-last w-full min-w-0 sm:order-none sm:w-auto sm:flex-1">
            <AppNav
              links={links}
              badges={{
                '/alerts': <AlertsNavBadge initial={alertCounts(actor)} className="ml-1.5" />,
                ...(reviewer && { '/reviews': <ReviewsNavBadge initial={pendingRequestCount(actor)} className="ml-1.5" /> }),
              }}
            />
          </div>
          <div className="ml-auto flex items-center gap-2">
            <CommandPalette pages={commandPages(links, actor.role)} />
            <UserMenu name={actor.name} email={actor.email} role={ROLE_LABELS[actor.role]} signOut={signOutAction} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6 print:max-w-none print:p-0">
        {children}
      </main>
      <Toaster />
    </div>
  );
}
