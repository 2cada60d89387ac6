'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/components/ui/cn';

export function AppNav({ links }: { links: { href: string; label: string }[] }) {
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
          </Link>
        );
      })}
    </nav>
  );
}
