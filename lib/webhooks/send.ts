import 'server-only';
import { HEADERS, signWebhook } from './signature';

export interface SendResult {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
  responseMs: number | null;
}

const SNIPPET = 200;

function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `No response within ${timeoutMs / 1000} s.`;
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  const detail = cause?.code ?? cause?.message;
  return `${error instanceof Error ? error.message : String(error)}${detail ? ` (${detail})` : ''}`;
}

/** What an error answer said, briefly: enough to debug the receiver from the delivery log. */
async function failureText(response: Response): Promise<string> {
  if (response.status >= 300 && response.status < 400) {
    return `HTTP ${response.status}: redirects are not followed${response.headers.get('location') ? ` (to ${response.headers.get('location')})` : ''}.`;
  }
  const body = (await response.text().catch(() => '')).trim().replace(/\s+/g, ' ');
  return `HTTP ${response.status}${body ? `: ${body.slice(0, SNIPPET)}` : ''}`;
}

/**
 * One signed POST. Signed at send time (not at enqueue), so a retry carries a fresh timestamp that
 * passes the receiver's replay window, and a rotated secret applies at once.
 */
export async function postDelivery(
  job: { uuid: string; url: string; eventType: string; payload: string },
  secret: string,
  timestamp: number,
  timeoutMs: number,
): Promise<SendResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(job.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Modelboard-Webhooks/1',
        [HEADERS.id]: job.uuid,
        [HEADERS.timestamp]: String(timestamp),
        [HEADERS.event]: job.eventType,
        [HEADERS.signature]: signWebhook(secret, job.uuid, timestamp, job.payload),
      },
      body: job.payload,
    });
    if (response.ok) {
      await response.body?.cancel();
      return { ok: true, statusCode: response.status, error: null, responseMs: elapsed() };
    }
    return { ok: false, statusCode: response.status, error: await failureText(response), responseMs: elapsed() };
  } catch (error) {
    return { ok: false, statusCode: null, error: describe(error, timeoutMs), responseMs: null };
  }
}
