import 'server-only';
import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { authenticate, recordSignIn } from '@/lib/users/use-cases';
import { authConfig } from './auth.config';

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials) {
        const actor = await authenticate(credentials);
        recordSignIn(credentials, actor);
        if (!actor) return null;
        return { id: String(actor.id), email: actor.email, name: actor.name, role: actor.role };
      },
    }),
  ],
});
