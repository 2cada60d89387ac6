import type { DefaultSession } from 'next-auth';
import type { Role } from '@/db/schema';

declare module 'next-auth' {
  interface User {
    role: Role;
  }
  interface Session {
    user: { id: string; role: Role } & DefaultSession['user'];
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    uid: number;
    role: Role;
    /** When the user signed in (ms): a session never outlives it by more than 12 hours, however often it is renewed. */
    signedInAt?: number;
  }
}
