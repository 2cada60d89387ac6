import 'server-only';
import crypto from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';

const VERSION = 'v1';
let derived: { from: string; key: Buffer } | undefined;

/** A key for webhook secrets alone, so a leak of one use of the auth secret does not expose the other. */
function key(): Buffer {
  const secret = authSecret();
  if (derived?.from !== secret) {
    derived = { from: secret, key: Buffer.from(crypto.hkdfSync('sha256', secret, 'modelboard', 'webhook-signing-secret/v1', 32)) };
  }
  return derived.key;
}

export function newSigningSecret(): string {
  return `whsec_${crypto.randomBytes(32).toString('base64url')}`;
}

/** AES-256-GCM as `v1.<iv>.<tag>.<ciphertext>` (base64url): the tag makes a tampered row fail instead of signing with garbage. */
export function encryptSecret(plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key(), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), body].map((part) => (typeof part === 'string' ? part : part.toString('base64url'))).join('.');
}

export function decryptSecret(stored: string): string {
  const [version, iv, tag, body] = stored.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) throw new Error('unreadable webhook secret');
  const decipher = crypto.createDecipheriv('aes-256-gcm', key(), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
