import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { authorize, type Actor } from '@/lib/auth/actor';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { clearFailures } from '@/lib/auth/throttle/failures';
import { AppError, conflict, notFound, parseInput, routeId } from '@/lib/errors';
import { toActor, toUserDto, type UserDto } from './dto';
import { findUserByEmail } from './queries';
import { createUserSchema, credentialsSchema, updateUserSchema } from './schemas';

/** Checks a password without revealing whether the account exists; a deactivated account cannot sign in. */
export async function authenticate(input: unknown): Promise<Actor | null> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) return null;
  const row = findUserByEmail(parsed.data.email);
  const ok = await verifyPassword(parsed.data.password, row?.passwordHash ?? null);
  return ok && row && row.active ? toActor(row) : null;
}

/**
 * An interactive sign-in, for the audit log: who signed in, or which account (or unknown address) a
 * failed attempt named, and why it failed (`throttled` comes from the sign-in throttle, with its
 * scope). API calls with Basic credentials authenticate per request and are not sign-ins.
 */
export function recordSignIn(input: unknown, actor: Actor | null, throttled?: { scope: string }): void {
  const email = credentialsSchema.shape.email.safeParse((input as { email?: unknown } | null)?.email);
  getDb().transaction((tx) => {
    if (actor) {
      recordAudit(tx, { actorId: actor.id, action: 'auth.sign_in', entityType: 'user', entityId: actor.id });
      return;
    }
    const account = email.success ? findUserByEmail(email.data) : undefined;
    recordAudit(tx, {
      actorId: null,
      action: 'auth.sign_in_failed',
      entityType: account ? 'user' : 'email',
      entityId: account?.id ?? (email.success ? email.data : 'invalid'),
      after: throttled ? { reason: 'throttled', scope: throttled.scope } : { reason: account && !account.active ? 'deactivated' : 'credentials' },
    });
  });
}

/** Writes a user without an acting user (first admin from the environment, demo seeding). */
export async function insertUser(input: unknown, actorId: number | null): Promise<UserDto> {
  const data = parseInput(createUserSchema, input, 'user');
  const passwordHash = await hashPassword(data.password);
  const db = getDb();
  return db.transaction((tx) => {
    if (tx.select({ id: users.id }).from(users).where(eq(users.email, data.email)).get()) {
      throw conflict('user', 'A user with this email already exists.', { email: ['A user with this email already exists.'] });
    }
    const row = tx
      .insert(users)
      .values({ email: data.email, name: data.name, passwordHash, role: data.role, team: data.team ?? null })
      .returning()
      .get();
    const dto = toUserDto(row);
    recordAudit(tx, { actorId: actorId ?? row.id, action: 'user.create', entityType: 'user', entityId: row.id, after: dto });
    return dto;
  });
}

export async function createUserUseCase(actor: Actor, input: unknown): Promise<UserDto> {
  authorize(actor, 'user:manage', 'user');
  return insertUser(input, actor.id);
}

export function updateUserUseCase(actor: Actor, rawUserId: unknown, input: unknown): UserDto {
  authorize(actor, 'user:manage', 'user');
  const userId = routeId(rawUserId, 'user', 'No such user.');
  const data = parseInput(updateUserSchema, input, 'user');
  if (userId === actor.id && (data.active === false || (data.role && data.role !== 'admin'))) {
    throw new AppError('bad_request', 'user', 'You cannot demote or deactivate yourself; ask another admin.');
  }
  return getDb().transaction((tx) => {
    const before = tx.select().from(users).where(eq(users.id, userId)).get();
    if (!before) throw notFound('user', 'No such user.');
    const row = tx
      .update(users)
      .set({ role: data.role ?? before.role, team: data.team === undefined ? before.team : data.team, active: data.active ?? before.active, updatedAt: Date.now() })
      .where(eq(users.id, userId))
      .returning()
      .get();
    // An admin reactivating a user vouches for them, so guesses against the account stop counting.
    if (!before.active && row.active) clearFailures(tx, row.email);
    recordAudit(tx, { actorId: actor.id, action: 'user.update', entityType: 'user', entityId: userId, before: toUserDto(before), after: toUserDto(row) });
    return toUserDto(row);
  });
}

/** `ADMIN_EMAIL` + `ADMIN_PASSWORD` create the first admin of a workspace that has none. */
export async function ensureAdminFromEnv(env: Record<string, string | undefined> = process.env): Promise<UserDto | null> {
  const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = env;
  if (!email || !password) return null;
  const hasAdmin = getDb().select({ id: users.id }).from(users).where(eq(users.role, 'admin')).get();
  if (hasAdmin) return null;
  return insertUser({ email, password, name: env.ADMIN_NAME || 'Administrator', role: 'admin' }, null);
}
