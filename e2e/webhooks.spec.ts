import { expect, test } from '@playwright/test';
import { startReceiver } from '../lib/testing/webhook-receiver';
import { verifyWebhookSignature } from '../lib/webhooks/signature';
import { signIn, toast } from './helpers';

test('an admin registers a webhook, sends a test event, and the receiver gets it signed', async ({ page }) => {
  const receiver = await startReceiver(() => 204);
  try {
    await signIn(page, 'admin', '/models');
    await page.getByRole('link', { name: 'Webhooks', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Webhooks' })).toBeVisible();

    await page.getByLabel('Payload URL').fill('ftp://not-http.example.com');
    await page.getByRole('button', { name: 'Add webhook' }).click();
    await expect(page.getByLabel('Payload URL')).toHaveAccessibleDescription(/http:\/\/ or https:\/\//);

    await page.getByLabel('Payload URL').fill(receiver.url);
    await page.getByLabel('Description').fill('e2e receiver');
    // An event nothing emits yet: the test event is the only thing this receiver should get, whatever other specs do.
    await page.getByLabel('All events, including ones added later').uncheck();
    await page.getByLabel('retraining.requested').check();
    await page.getByRole('button', { name: 'Add webhook' }).click();
    const secret = await page.getByLabel('Signing secret').inputValue();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);

    await page.getByRole('link', { name: 'Open the webhook to send a test event' }).click();
    await expect(page.getByRole('heading', { level: 1, name: receiver.url })).toBeVisible();
    await expect(page.getByText('Nothing delivered yet')).toBeVisible();
    expect(await page.content()).not.toContain(secret);

    await page.getByRole('button', { name: 'Send test event' }).click();
    await expect(toast(page, /^Test event queued/)).toBeVisible();
    await expect(async () => {
      await page.reload();
      await expect(page.locator('[data-testid^="delivery-"]').first()).toContainText('succeeded', { timeout: 1000 });
    }).toPass({ timeout: 20_000 });
    const row = page.locator('[data-testid^="delivery-"]').first();
    await expect(row).toContainText('webhook.test');
    await expect(row).toContainText('HTTP 204');

    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    const header = (name: string) => request!.headers[name] as string;
    expect(header('modelboard-webhook-event')).toBe('webhook.test');
    await expect(row).toContainText(header('modelboard-webhook-id'));
    expect(verifyWebhookSignature({ secret, id: header('modelboard-webhook-id'), timestamp: header('modelboard-webhook-timestamp'), signature: header('modelboard-webhook-signature'), body: request!.body })).toBe(true);
    expect(verifyWebhookSignature({ secret: 'whsec_wrong', id: header('modelboard-webhook-id'), timestamp: header('modelboard-webhook-timestamp'), signature: header('modelboard-webhook-signature'), body: request!.body })).toBe(false);
    expect(JSON.parse(request!.body)).toMatchObject({ type: 'webhook.test', actor: { email: 'admin@modelboard.dev' } });

    await page.getByRole('button', { name: 'Delete webhook' }).click();
    await page.getByLabel('Type delete to confirm').fill('delete');
    await page.getByRole('dialog').getByRole('button', { name: 'Delete webhook' }).click();
    await expect(page).toHaveURL(/\/admin\/webhooks$/);
    await expect(page.getByRole('link', { name: receiver.url })).toHaveCount(0);
  } finally {
    await receiver.close();
  }
});

test('webhooks are for admins only', async ({ page }) => {
  await signIn(page, 'data_scientist');
  await expect(page.getByRole('link', { name: 'Webhooks' })).toHaveCount(0);
  expect((await page.goto('/admin/webhooks'))?.status()).toBe(403);
  expect((await page.request.get('/api/v1/webhooks')).status()).toBe(403);
});
