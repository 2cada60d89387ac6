'use client';

import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

/** A signing secret in the one answer that carries it. */
export function SecretReveal({ secret }: { secret: string }) {
  return (
    <div className="space-y-2">
      <label htmlFor="webhook-secret" className="text-sm font-medium">
        Signing secret
      </label>
      <div className="flex gap-2">
        <Input id="webhook-secret" readOnly value={secret} className="font-mono" aria-describedby="webhook-secret-hint" onFocus={(e) => e.currentTarget.select()} />
        <Button type="button" variant="outline" onClick={() => void navigator.clipboard?.writeText(secret)}>
          Copy
        </Button>
      </div>
      <p id="webhook-secret-hint" className="text-xs text-muted-fg">
        Store it with the receiver: it checks <code>Modelboard-Webhook-Signature</code> with it. Modelboard keeps it encrypted and will not show it again.
      </p>
    </div>
  );
}
