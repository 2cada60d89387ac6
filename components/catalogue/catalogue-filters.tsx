'use client';

import Link from 'next/link';
import { useRef } from 'react';
import { Button, buttonVariants } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { NativeSelect } from '@/components/ui/native-select';

interface Option {
  value: string;
  label: string;
}

interface Props {
  values: Record<string, string | undefined>;
  owners: Option[];
  teams: Option[];
  tags: Option[];
  tasks: Option[];
  risks: Option[];
}

/** A plain GET form, so every view is a URL and works without JavaScript; selects apply on change. */
export function CatalogueFilters({ values, owners, teams, tags, tasks, risks }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const submit = () => form.current?.requestSubmit();
  const select = (name: string, label: string, options: Option[]) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`filter-${name}`} className="text-xs font-medium text-muted-fg">
        {label}
      </label>
      <NativeSelect id={`filter-${name}`} name={name} defaultValue={values[name] ?? ''} onChange={submit} className="min-w-36">
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
  return (
    <form ref={form} method="get" action="/models" role="search" aria-label="Filter models" className="flex flex-wrap items-end gap-3">
      <div className="flex min-w-64 flex-1 flex-col gap-1">
        <label htmlFor="filter-q" className="text-xs font-medium text-muted-fg">
          Search
        </label>
        <Input id="filter-q" type="search" name="q" defaultValue={values.q ?? ''} placeholder="Name, description or tag" />
      </div>
      {select('owner', 'Owner', owners)}
      {select('team', 'Team', teams)}
      {select('tag', 'Tag', tags)}
      {select('task', 'Task', tasks)}
      {select('risk', 'Risk tier', risks)}
      {select('has', 'Has', [
        { value: 'production', label: 'A production version' },
        { value: 'champion', label: 'A champion alias' },
      ])}
      {values.sort && <input type="hidden" name="sort" value={values.sort} />}
      {values.dir && <input type="hidden" name="dir" value={values.dir} />}
      <div className="flex gap-2">
        <Button type="submit">Apply</Button>
        <Link href="/models" className={buttonVariants({ variant: 'ghost' })}>
          Reset
        </Link>
      </div>
    </form>
  );
}
