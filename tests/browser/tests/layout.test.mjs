// Phone width: one column, no sideways scrolling, filters behind a button.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDaemonAndBrowser } from '../support/suite.mjs';
import { openPage, visit, ready, screenshot, text } from '../support/browser.mjs';

const env = withDaemonAndBrowser();

const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

for (const [name, url] of [['results', '/?q=budget'], ['item', '/?view=item&id=']]) {
  test(`phone width (375px): ${name} view fits with no horizontal overflow`, async () => {
    const page = await openPage(env.browser, env.daemon.base, { width: 375, height: 740 });
    let target = url;
    if (name === 'item') target += (await env.daemon.api('/api/search?q=budget')).results[0].item.id;
    await page.goto(env.daemon.base + target);
    await ready(page);
    assert.equal(await overflow(page), 0);
    const card = await page.locator(name === 'item' ? '.item-header' : '.result').first().boundingBox();
    assert.ok(card.width <= 375 && card.x >= 0, JSON.stringify(card));
  });
}

test('phone width: the filters open from a button and work', async () => {
  const page = await visit(env, `/?q=budget`, { width: 375, height: 740 });
  assert.ok(!(await page.locator('#filters').isVisible()), 'filters start folded away');
  assert.ok(await page.locator('.result').first().isVisible(), 'results come first');
  await screenshot(page, 'phone-results');
  await page.click('#filters-toggle');
  assert.equal(await page.getAttribute('#filters-toggle', 'aria-expanded'), 'true');
  await page.locator('#facet-portfolio').waitFor({ state: 'visible' });
  assert.equal(await overflow(page), 0);
  await page.locator('#facet-portfolio').scrollIntoViewIfNeeded();
  await screenshot(page, 'phone-filters');
  await page.check('#facet-portfolio input[value=Housing]');
  await page.waitForURL(/portfolio=Housing/);
  await ready(page);
  const api = await env.daemon.api('/api/search?q=budget&portfolio=Housing');
  assert.match(await text(page, '#results-summary'), new RegExp(`^${api.total} item`));
  assert.match(await text(page, '#filters-toggle'), /Filters \(1\)/);
  assert.equal(await overflow(page), 0);
});
