'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';

/** `badges` render inside their link, so a count becomes part of the link's accessible name. */
export function AppNav({ links, badges = {} }: { links: { href: string; label: string }[]; badges?: Record<string, ReactNode> }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex min-w-0 items-center gap-1 overflow-x-auto">
      {links.map((link) => {
        const active = pathname === link.href || pathname.startsWith(`${link.href}/`);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? 'page' : undefined}
            className={cn('whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium text-muted-fg hover:bg-muted hover:text-fg', active && 'bg-muted text-fg')}
          >
            {link.label}
            {badges[link.href]}
          </Link>
        );
      })}
    </nav>
  );
}
