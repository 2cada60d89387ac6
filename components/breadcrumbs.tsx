import Link from 'next/link';
import { Fragment } from 'react';

/** Links to each parent page, ending with the current one. */
export function Breadcrumbs({ trail, current }: { trail: { href: string; label: string }[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-muted-fg">
      {trail.map((item) => (
        <Fragment key={item.href}>
          <Link href={item.href} className="hover:underline">
            {item.label}
          </Link>
          {' / '}
        </Fragment>
      ))}
      <span aria-current="page">{current}</span>
    </nav>
  );
}
