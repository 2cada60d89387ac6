import type { Metadata } from 'next';
import { CreateTokenForm } from '@/components/tokens/create-token-form';
import { TokenTable } from '@/components/tokens/token-table';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { requireActor } from '@/lib/auth/session';
import { listOwnTokens } from '@/lib/tokens/tokens';
import { createTokenAction, revokeTokenAction } from './actions';

export const metadata: Metadata = { title: 'API tokens' };

export default async function TokensPage() {
  const actor = await requireActor();
  const tokens = listOwnTokens(actor);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">API tokens</h1>
      <Card>
        <CardHeader>
          <CardTitle>New token</CardTitle>
          <CardDescription>A token acts as you, with your role, from scripts and CI. Only a hash of it is stored.</CardDescription>
        </CardHeader>
        <CardContent>
          <CreateTokenForm action={createTokenAction} />
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>Your tokens</CardTitle>
        </CardHeader>
        <CardContent>
          {tokens.length === 0 ? (
            <p className="text-sm text-muted-fg">No tokens yet. Create one above to call the API from a script.</p>
          ) : (
            <TokenTable tokens={tokens} revoke={revokeTokenAction} />
          )}
        </CardContent>
      </Card>
    </div>
  );
}
