// The item page (whole item, passages in order, per-passage anchors, query
// words highlighted, facets as links) and the councillor page.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDaemonAndBrowser } from '../support/suite.mjs';
import { openPage, visit, ready, screenshot, text } from '../support/browser.mjs';

const env = withDaemonAndBrowser();

const inViewport = (loc) => loc.evaluate((el) => {
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight + 1 && r.height > 0;
});

test('a passage link from the results opens the item and lands on that passage', async () => {
  const page = await visit(env, `/?q=SEND+transport`);
  const api = await env.daemon.api('/api/search?q=SEND+transport');
  const hit = api.results[0];
  const passage = hit.passages.find((p) => p.minute === '27.1');
  await page.click(`.passage-link:text-is("Minute 27.1")`);
  await page.waitForURL((u) => u.searchParams.get('view') === 'item' && u.hash === `#p${passage.ordinal}`);
  await ready(page);

  const item = await env.daemon.api(`/api/items/${hit.item.id}`);
  assert.equal(await text(page, 'h1#item-title'), item.item.title);
  const anchors = await page.locator('.item-passage').evaluateAll((els) => els.map((e) => e.id));
  assert.deepEqual(anchors, item.passages.map((p) => p.anchor));
  const target = page.locator(`#p${passage.ordinal}`);
  assert.ok(await inViewport(target), 'the linked passage is scrolled into view');
  assert.match(await target.getAttribute('class'), /is-target/);
  assert.ok(await target.evaluate((el) => el === document.activeElement), 'focus is on the passage');
  assert.match(await target.innerText(), /Minute 27\.1/);
  const marks = await target.locator('mark').allInnerTexts();
  assert.ok(marks.some((m) => /^transport$/i.test(m)) && marks.some((m) => m === 'SEND'), marks.join());
  // Its facets are links into searches and councillor pages.
  assert.equal(await page.getAttribute('.item-facets a:text-is("Learning and Skills")', 'href'), '/?portfolio=Learning+and+Skills');
  assert.equal(await page.getAttribute('.item-facets a:text-is("Duncan Ferrier")', 'href'), '/?view=councillor&id=duncan-ferrier');
  await screenshot(page, 'item-page');

  // Back returns to the same search.
  await page.goBack();
  await ready(page);
  assert.equal(new URL(page.url()).search, '?q=SEND+transport');
  assert.match(await text(page, '#results-summary'), new RegExp(`^${api.total} items`));
});

test('an item link opened cold lands on its anchor', async () => {
  const page = await openPage(env.browser, env.daemon.base, { width: 1024, height: 600 });
  const found = await env.daemon.api('/api/search?q=councillor:yates&type=decision');
  const hit = found.results[0];
  const p = hit.passages[0];
  await page.goto(`${env.daemon.base}/?view=item&id=${hit.item.id}#p${p.ordinal}`);
  await ready(page);
  const target = page.locator(`#p${p.ordinal}`);
  assert.ok(await inViewport(target));
  assert.match(await target.innerText(), /DECISION/i);
  assert.match(await target.innerText(), /Yates/);
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 0, 'the page scrolled down to a late passage');
});

test('the councillor page lists portfolios, decisions and actions naming them', async () => {
  const page = await visit(env, `/?q=SEND+transport`);
  // From the results, via the item page, to the councillor.
  await page.click('.result-title a >> nth=0');
  await ready(page);
  await page.click('.item-facets a:text-is("Duncan Ferrier")');
  await page.waitForURL(/view=councillor&id=duncan-ferrier/);
  await ready(page);
  const api = await env.daemon.api('/api/councillors/duncan-ferrier');
  assert.equal(await text(page, 'h1#councillor-name'), api.name);
  const portfolios = await page.locator('.item-facets dt:text-is("Portfolios") + dd a').allInnerTexts();
  assert.deepEqual(portfolios.map((s) => s.replace(/\s+\d+$/, '')), api.portfolios.map((p) => p.value));
  const decisions = page.locator('section[aria-labelledby=decisions-title] .result-title');
  assert.deepEqual(await decisions.allInnerTexts(), api.decisions.map((h) => h.item.title));
  const actions = page.locator('section[aria-labelledby=actions-title] .result-title');
  assert.deepEqual(await actions.allInnerTexts(), api.actions.map((h) => h.item.title));
  const dates = await page.locator('section[aria-labelledby=decisions-title] .meta time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
});

test('Yates: cold councillor page with the Staffordshire decision and action', async () => {
  const page = await visit(env, `/?view=councillor&id=yates`);
  const api = await env.daemon.api('/api/councillors/yates');
  assert.equal(await text(page, 'h1#councillor-name'), 'Yates');
  assert.match(await text(page, '.councillor-page .meta'), new RegExp(`${api.decisions.length} decision.*${api.actions.length} action`, 's'));
  assert.match(await text(page, 'section[aria-labelledby=decisions-title]'), /Staffordshire County Council/);
  assert.match(await text(page, 'section[aria-labelledby=actions-title] .snippet'), /Councillor Yates/);
  await screenshot(page, 'councillor-page');
  await page.click('a:text("Search everything naming Yates")');
  await ready(page);
  const search = await env.daemon.api('/api/search?councillor=yates');
  assert.match(await text(page, '#results-summary'), new RegExp(`^${search.total} item`));
});

test('an unknown item says it was not found', async () => {
  const page = await visit(env, `/?view=item&id=nope`);
  assert.match(await text(page, '.error-state'), /Not found/);
});
