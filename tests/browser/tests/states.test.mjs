// What the page says when things go wrong or slowly: the daemon stopped
// mid-session, a slow answer, a query the daemon cannot read.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDaemonAndBrowser } from '../support/suite.mjs';
import { visit, ready, screenshot, text } from '../support/browser.mjs';

const env = withDaemonAndBrowser();

test('a slow answer shows a spinner after a short delay, then the results', async () => {
  const page = await visit(env, `/?q=budget`);
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/api/search?*', async (route) => { await held; await route.continue(); });
  await page.fill('#q', 'housing');
  await page.press('#q', 'Enter');
  await page.locator('.loading-indicator').waitFor({ state: 'visible', timeout: 3000 });
  assert.equal(await page.getAttribute('#main', 'aria-busy'), 'true');
  assert.match(await text(page, '.loading-indicator'), /Searching/);
  release();
  await ready(page);
  assert.ok(!(await page.locator('.loading-indicator').isVisible()));
  const api = await env.daemon.api('/api/search?q=housing');
  assert.match(await text(page, '#results-summary'), new RegExp(`^${api.total} items for .housing.`));
});

test('a query the daemon cannot read shows its message', async () => {
  const page = await visit(env, `/?q=%22unbalanced`);
  const response = await fetch(`${env.daemon.base}/api/search?q=%22unbalanced`);
  const body = await response.json();
  assert.equal(response.status, 400);
  assert.equal(await text(page, '.error-message'), body.error.message);
});

test('the daemon stopped mid-session shows a clear error, not stale results', async () => {
  const page = await visit(env, `/?q=transport`);
  await env.daemon.stop();
  await page.fill('#q', 'budget');
  await page.press('#q', 'Enter');
  await page.waitForURL(/q=budget/);
  await ready(page);
  const alert = page.locator('.error-state[role=alert]');
  assert.match(await alert.innerText(), /search service isn’t responding/);
  assert.ok(await page.locator('[data-retry]').isVisible());
  assert.ok(!(await page.locator('#results').isVisible()), 'the old results are hidden');
  await screenshot(page, 'error-state');
});
