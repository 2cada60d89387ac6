import Link from 'next/link';
import { Button, buttonVariants } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';

const FIELDS = [
  { name: 'actor', label: 'Actor', placeholder: 'name or email', type: 'text' },
  { name: 'action', label: 'Action', placeholder: 'e.g. alert or alert.open', type: 'text' },
  { name: 'entityType', label: 'Entity type', placeholder: 'model, version, user…', type: 'text' },
  { name: 'entityId', label: 'Entity id', placeholder: '', type: 'text' },
  { name: 'from', label: 'From (UTC)', placeholder: '', type: 'date' },
  { name: 'to', label: 'To (UTC)', placeholder: '', type: 'date' },
] as const;

/** A plain GET form: every view of the log is a URL, and the exports take the same filters. */
export function AuditFiltersForm({ values }: { values: Record<string, string> }) {
  return (
    <form method="get" action="/audit" role="search" aria-label="Filter the audit log" className="flex flex-wrap items-end gap-3">
      {FIELDS.map((f) => (
        <div key={f.name} className="flex flex-col gap-1">
          <Label htmlFor={`audit-${f.name}`} className="text-xs text-muted-fg">
            {f.label}
          </Label>
          <Input id={`audit-${f.name}`} name={f.name} type={f.type} placeholder={f.placeholder} defaultValue={values[f.name] ?? ''} className="w-44" />
        </div>
      ))}
      <Button type="submit">Apply</Button>
      <Link href="/audit" className={buttonVariants({ variant: 'ghost' })}>
        Clear
      </Link>
    </form>
  );
}
