import 'server-only';
import bcrypt from 'bcryptjs';

const COST = 11;
// Compared against when the account does not exist, so an unknown email costs as much time as a wrong password.
const DUMMY_HASH = bcrypt.hashSync('modelboard-dummy-password', COST);

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export async function verifyPassword(password: string, hash: string | null): Promise<boolean> {
  const ok = await bcrypt.compare(password, hash ?? DUMMY_HASH);
  return ok && hash !== null;
}
