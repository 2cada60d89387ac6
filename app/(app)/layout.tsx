import Link from 'next/link';
import type { ReactNode } from 'react';
import { AlertsNavBadge } from '@/components/alerts/alerts-nav-badge';
import { ReviewsNavBadge } from '@/components/governance/reviews-nav-badge';
import { AppNav } from '@/components/shell/app-nav';
import { UserMenu } from '@/components/shell/user-menu';
import { can, ROLE_LABELS } from '@/lib/auth/permissions';
import { requireActor } from '@/lib/auth/session';
import { pendingRequestCount } from '@/lib/governance/request-queries';
import { alertCounts } from '@/lib/monitoring/alert-queries';
import { signOutAction } from '../login/actions';

export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await requireActor();
  const reviewer = can(actor.role, 'approval:decide');
  const links = [
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
      <header className="sticky top-0 z-30 border-b border-border bg-card/95 backdrop-blur">
        <div className="mx-auto flex h-14 max-w-7xl items-center gap-3 px-4 sm:gap-6">
          <Link href="/models" className="font-semibold tracking-tight">
            Modelboard
          </Link>
          <AppNav
            links={links}
            badges={{
              '/alerts': <AlertsNavBadge initial={alertCounts(actor)} className="ml-1.5" />,
              ...(reviewer && { '/reviews': <ReviewsNavBadge initial={pendingRequestCount(actor)} className="ml-1.5" /> }),
            }}
          />
          <div className="ml-auto">
            <UserMenu name={actor.name} email={actor.email} role={ROLE_LABELS[actor.role]} signOut={signOutAction} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
