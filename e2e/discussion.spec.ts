import { expect, test } from '@playwright/test';
import { signIn } from './helpers';

const VERSION = '/models/penguin-species-classifier/versions/2';

test('a reviewer comments on a version in markdown, rewords it, and the page says it was edited', async ({ page }) => {
  await signIn(page, 'reviewer', VERSION);
  const discussion = page.locator('#discussion');
  await discussion.getByLabel('Add a comment').fill('Why does **recall** drop on Gentoo? <script>alert(1)</script>');
  await discussion.getByRole('button', { name: 'Post comment' }).click();
  const comment = discussion.locator('li').last();
  await expect(comment.locator('strong')).toHaveText('recall');
  // Raw HTML is never rendered: the script tag is neither executed nor in the DOM.
  await expect(comment.locator('script')).toHaveCount(0);

  await comment.getByText('Edit (for 10 minutes after posting)').click();
  await comment.getByLabel('Your comment').fill('Why does **recall** drop on Gentoo since v1?');
  await comment.getByRole('button', { name: 'Save' }).click();
  await expect(comment).toContainText('since v1?');
  await expect(comment).toContainText('· edited');
});

test('a viewer reads the discussion but has no comment box', async ({ page }) => {
  await signIn(page, 'viewer', VERSION);
  await expect(page.getByRole('heading', { name: 'Discussion' })).toBeVisible();
  await expect(page.getByLabel('Add a comment')).toHaveCount(0);
});
