import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withTempWorkspace } from '@/lib/testing/temp-workspace';
import { decryptSecret, encryptSecret, newSigningSecret } from './secret-box';
import { signWebhook, verifyWebhookSignature } from './signature';

withTempWorkspace();

const secret = 'whsec_test';
const id = '3f1c0c4e-7e0b-4f57-9a55-2a1a4c1f2d10';
const now = 1_800_000_000_000;
const timestamp = now / 1000;
const body = '{"type":"model.created"}';

describe('webhook signatures', () => {
  it('signs `${id}.${timestamp}.${body}` with HMAC-SHA256 and verifies it', () => {
    const signature = signWebhook(secret, id, timestamp, body);
    const expected = crypto.createHmac('sha256', secret).update(`${id}.${timestamp}.${body}`).digest('hex');
    expect(signature).toBe(`v1=${expected}`);
    expect(verifyWebhookSignature({ secret, id, timestamp: String(timestamp), signature, body, now })).toBe(true);
    expect(verifyWebhookSignature({ secret, id, timestamp: String(timestamp), signature: `v1=${'0'.repeat(64)} ${signature}`, body, now })).toBe(true);
  });

  it('rejects a tampered body, id, timestamp or signature, and the wrong secret', () => {
    const signature = signWebhook(secret, id, timestamp, body);
    const ok = { secret, id, timestamp: String(timestamp), signature, body, now };
    expect(verifyWebhookSignature({ ...ok, body: body.replace('created', 'deleted') })).toBe(false);
    expect(verifyWebhookSignature({ ...ok, id: crypto.randomUUID() })).toBe(false);
    expect(verifyWebhookSignature({ ...ok, timestamp: String(timestamp + 1) })).toBe(false);
    expect(verifyWebhookSignature({ ...ok, signature: signature.slice(0, -2) })).toBe(false);
    expect(verifyWebhookSignature({ ...ok, signature: `v0=${signature.slice(3)}` })).toBe(false);
    expect(verifyWebhookSignature({ ...ok, secret: 'whsec_other' })).toBe(false);
    expect(verifyWebhookSignature({ ...ok, signature: null })).toBe(false);
    expect(verifyWebhookSignature({ ...ok, timestamp: '1e9' })).toBe(false);
  });

  it('refuses a timestamp outside the allowed clock skew, both ways', () => {
    const signature = signWebhook(secret, id, timestamp, body);
    const at = (ms: number, toleranceSeconds?: number) => verifyWebhookSignature({ secret, id, timestamp: String(timestamp), signature, body, now: ms, toleranceSeconds });
    expect(at(now + 299_000)).toBe(true);
    expect(at(now - 299_000)).toBe(true);
    expect(at(now + 301_000)).toBe(false);
    expect(at(now - 301_000)).toBe(false);
    expect(at(now + 30_000, 10)).toBe(false);
  });

  it('keeps secrets encrypted with AES-256-GCM and notices tampering', () => {
    const plain = newSigningSecret();
    expect(plain).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const stored = encryptSecret(plain);
    expect(stored).not.toContain(plain.slice(6));
    expect(encryptSecret(plain)).not.toBe(stored);
    expect(decryptSecret(stored)).toBe(plain);
    const [v, iv, tag, data] = stored.split('.');
    const flipped = Buffer.from(data!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => decryptSecret([v, iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
    expect(() => decryptSecret('garbage')).toThrow();
  });
});
