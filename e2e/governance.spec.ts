import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn, toast, type DemoRole } from './helpers';

const MODEL = 'penguin-species-classifier';
const VERSION_PAGE = `/models/${MODEL}/versions/3`;

async function as(browser: Browser, role: DemoRole, path: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, role, path);
  return page;
}

test('a data scientist requests production, cannot approve it, a reviewer approves, then rolls it back; the audit log has it all', async ({ browser }) => {
  const ds = await as(browser, 'data_scientist', VERSION_PAGE);
  const promotion = ds.locator('#promotion');
  await expect(promotion.getByText('No critical monitoring alert is open.')).toBeVisible();
  await promotion.getByLabel('Target stage').selectOption('production');
  await promotion.getByLabel('Justification').fill('Same data, tuned **depth**: want it serving instead of v4.');
  await promotion.getByRole('button', { name: 'Request promotion' }).click();
  const sent = toast(ds, /^Request #(\d+) sent: it needs 1 approval\./);
  await expect(sent).toBeVisible();
  const id = /#(\d+)/.exec((await sent.textContent()) ?? '')![1];

  await ds.goto('/reviews');
  const mine = ds.locator(`#request-${id}`);
  await expect(mine.getByRole('note')).toHaveText('You made this request: separation of duties means someone else must decide it.');
  await expect(mine.getByRole('button', { name: 'Approve' })).toHaveCount(0);
  const selfApproval = await ds.request.post(`/api/v1/requests/${id}/decision`, { data: { decision: 'approve' } });
  expect(selfApproval.status()).toBe(403);
  expect((await selfApproval.json()).error.message).toBe('You made this request: separation of duties means someone else must decide it.');

  const reviewer = await as(browser, 'reviewer', '/reviews');
  const card = reviewer.locator(`#request-${id}`);
  await expect(card.getByRole('heading', { name: `${MODEL} · version 3` })).toBeVisible();
  await expect(card.getByText('Approvals: 0 of 1')).toBeVisible();
  await reviewer.screenshot({ path: `${__dirname}/screenshots/reviews.png`, fullPage: false });
  await card.getByText('Model card (0 of 8 sections written)').click();
  await expect(card.getByText('Not written yet.').first()).toBeVisible();
  await card.getByRole('button', { name: 'Reject' }).click();
  await expect(card.getByText('Say why you reject it: the requester needs to know what to fix.')).toBeVisible();
  await card.getByLabel('Review comment').fill('Checked the comparison against v4.');
  await card.getByRole('button', { name: 'Approve' }).click();
  await expect(toast(reviewer, `Request #${id} approved (1 of 1): the promotion is applied.`)).toBeVisible();

  await reviewer.goto(VERSION_PAGE);
  await expect(reviewer.getByRole('heading', { level: 1 }).locator('..')).toContainText('production');
  await expect(reviewer.locator('#stage-history')).toContainText('request');

  await reviewer.goto(`/models/${MODEL}/deployments`);
  await reviewer.getByLabel('Reason').fill('v3 misclassifies Chinstraps in the first live batch.');
  await reviewer.getByRole('button', { name: 'Roll back to v4' }).click();
  await expect(toast(reviewer, /^Rolled back from version 3 to version 4\./)).toBeVisible();
  await expect(reviewer.getByText('No earlier production version is archived, so there is nothing to roll back to.')).toBeVisible();

  const admin = await as(browser, 'admin', '/audit?action=approval');
  const actions = await admin.locator('tbody tr td:nth-child(4)').allTextContents();
  expect(actions).toEqual(expect.arrayContaining(['approval.request', 'approval.decide']));
  await admin.goto('/audit?action=deployment.rollback');
  await expect(admin.locator('tbody tr')).toHaveCount(1);
  await admin.goto('/audit?action=version.stage');
  expect((await admin.locator('tbody tr td:nth-child(4)').allTextContents()).length).toBeGreaterThanOrEqual(4);
});

test('a protected alias cannot be set directly, and a retired version cannot be promoted', async ({ browser }) => {
  const ds = await as(browser, 'data_scientist', `/models/${MODEL}`);
  await ds.getByLabel('Alias', { exact: true }).fill('champion');
  await ds.getByLabel('Version', { exact: true }).selectOption('1');
  await ds.getByRole('button', { name: 'Set alias' }).click();
  await expect(ds.getByText('The alias "champion" is protected: it moves only through an approved promotion request.')).toBeVisible();

  await ds.goto('/models/penguin-body-mass-regressor/versions/3');
  await ds.getByRole('button', { name: 'Retire version' }).click();
  const dialog = ds.getByRole('dialog');
  await dialog.getByLabel('Reason').fill('Trained before the data cleaning fix.');
  await dialog.getByRole('button', { name: 'Retire version' }).click();
  await expect(ds.getByRole('note').filter({ hasText: 'Trained before the data cleaning fix.' })).toBeVisible();
  await expect(ds.locator('#promotion').getByRole('note')).toContainText('Version 3 is retired: retired versions cannot be promoted.');
});

test('the review queue fits a 390-pixel phone without sideways scrolling', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await signIn(page, 'reviewer', '/reviews');
  await expect(page.getByTestId('request-card').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});
