import type { SignatureColumn } from '@/lib/registry/version-detail';

export function SignatureTable({ title, columns }: { title: string; columns: SignatureColumn[] }) {
  return (
    <div>
      <h3 className="mb-1 text-sm font-semibold">{title}</h3>
      {columns.length === 0 ? (
        <p className="text-sm text-muted-fg">Not recorded.</p>
      ) : (
        <ul className="flex flex-wrap gap-1.5 text-xs">
          {columns.map((c) => (
            <li key={c.name} className="rounded border border-border px-1.5 py-0.5 font-mono">
              {c.name}: <span className="text-muted-fg">{c.type}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
