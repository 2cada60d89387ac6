// No `server-only` here: receivers (and our Playwright receiver) verify with this same code.
import crypto from 'node:crypto';

export const HEADERS = {
  id: 'Modelboard-Webhook-Id',
  timestamp: 'Modelboard-Webhook-Timestamp',
  event: 'Modelboard-Webhook-Event',
  signature: 'Modelboard-Webhook-Signature',
} as const;

/** Five minutes either way: enough for clock drift, short enough that a captured request cannot be replayed later. */
const DEFAULT_TOLERANCE_SECONDS = 300;

function hmac(secret: string, deliveryId: string, timestamp: number | string, body: string): Buffer {
  return crypto.createHmac('sha256', secret).update(`${deliveryId}.${timestamp}.${body}`).digest();
}

/** The `Modelboard-Webhook-Signature` value: `v1=` and the hex HMAC-SHA256 of `${deliveryId}.${timestamp}.${body}`. */
export function signWebhook(secret: string, deliveryId: string, timestamp: number, body: string): string {
  return `v1=${hmac(secret, deliveryId, timestamp, body).toString('hex')}`;
}

export interface VerifyInput {
  secret: string;
  /** The raw header values and the raw body, exactly as received (parse the JSON only after verifying). */
  id: string | null | undefined;
  timestamp: string | null | undefined;
  signature: string | null | undefined;
  body: string;
  toleranceSeconds?: number;
  now?: number;
}

/** True when one of the header's `v1=` signatures matches and the timestamp is within the tolerance. */
export function verifyWebhookSignature({ secret, id, timestamp, signature, body, toleranceSeconds = DEFAULT_TOLERANCE_SECONDS, now = Date.now() }: VerifyInput): boolean {
  if (!id || !timestamp || !signature || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(now / 1000 - Number(timestamp)) > toleranceSeconds) return false;
  const expected = hmac(secret, id, timestamp, body);
  return signature
    .split(/[\s,]+/)
    .filter((part) => part.startsWith('v1='))
    .some((part) => {
      const given = Buffer.from(part.slice(3), 'hex');
      return given.length === expected.length && crypto.timingSafeEqual(given, expected);
    });
}
