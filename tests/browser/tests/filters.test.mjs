// Narrowing: facet checkboxes change counts and results, the quarter chart
// filters, dates and sort land in the URL, and Back restores the search.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDaemonAndBrowser } from '../support/suite.mjs';
import { visit, ready, screenshot, text, eventually } from '../support/browser.mjs';

const env = withDaemonAndBrowser();

const facetCount = (page, facet, value) =>
  page.locator(`#facet-${facet} li:has(input[value="${value}"]) .facet-count`).innerText().then(Number);

test('picking facet values changes the counts and the results; clear one and clear all', async () => {
  const page = await visit(env, `/?q=budget`);
  const unfiltered = await env.daemon.api('/api/search?q=budget');
  const finance = unfiltered.facets.portfolio.find((c) => c.value === 'Finance and Resources');
  assert.equal(await facetCount(page, 'portfolio', 'Finance and Resources'), finance.count);

  await page.check('#facet-portfolio input[value="Finance and Resources"]');
  await page.waitForURL(/portfolio=Finance\+and\+Resources/);
  await ready(page);
  const after1 = await env.daemon.api('/api/search?q=budget&portfolio=Finance+and+Resources');
  assert.equal(after1.total, finance.count);
  assert.match(await text(page, '#results-summary'), new RegExp(`^${after1.total} items`));
  assert.ok(after1.total < unfiltered.total);
  // Other facets now count within the portfolio.
  for (const c of after1.facets.council) assert.equal(await facetCount(page, 'council', c.value), c.count);
  assert.deepEqual(await page.locator('.result-title').allInnerTexts(), after1.results.map((r) => r.item.title));
  assert.ok(await page.locator('#facet-portfolio input[value="Finance and Resources"]').isChecked());
  assert.ok(await page.locator('#facet-portfolio input[value="Finance and Resources"]').evaluate((el) => el === document.activeElement),
    'focus stays on the checkbox after the re-render');
  await screenshot(page, 'facet-applied');

  // A second value of the same facet widens (OR); a value of another narrows (AND).
  await page.check('#facet-portfolio input[value="Housing"]');
  await page.waitForURL(/portfolio=Housing/);
  await ready(page);
  const both = await env.daemon.api('/api/search?q=budget&portfolio=Finance+and+Resources&portfolio=Housing');
  assert.ok(both.total > after1.total);
  assert.match(await text(page, '#results-summary'), new RegExp(`^${both.total} items`));

  await page.click('.chip[aria-label="Remove filter portfolio: Housing"]');
  await page.waitForURL((u) => u.searchParams.getAll('portfolio').join() === 'Finance and Resources');
  await ready(page);
  assert.match(await text(page, '#results-summary'), new RegExp(`^${after1.total} items`));

  await page.click('[data-clear-all]');
  await page.waitForURL((u) => u.search === '?q=budget');
  await ready(page);
  assert.match(await text(page, '#results-summary'), new RegExp(`^${unfiltered.total} items`));
});

test('clicking a bar of the quarter chart filters to that quarter, and again removes it', async () => {
  const page = await visit(env, `/?q=budget`);
  const api = await env.daemon.api('/api/search?q=budget');
  const busiest = [...api.facets.quarter].sort((a, b) => b.count - a.count)[0];
  const bar = page.locator(`.bar[data-quarter="${busiest.value}"]`);
  assert.equal(await bar.getAttribute('aria-label'), `${busiest.value}: ${busiest.count} item${busiest.count === 1 ? '' : 's'}`);
  // The tallest bar is the busiest quarter.
  const height = (loc) => loc.locator('.bar-fill').evaluate((el) => el.getBoundingClientRect().height);
  const heights = await page.locator('.bar').evaluateAll((els) => els.map((b) => b.firstElementChild.getBoundingClientRect().height));
  assert.equal(await height(bar), Math.max(...heights));

  await bar.click();
  await page.waitForURL((u) => u.searchParams.get('quarter') === busiest.value);
  await ready(page);
  const filtered = await env.daemon.api(`/api/search?q=budget&quarter=${encodeURIComponent(busiest.value)}`);
  assert.equal(filtered.total, busiest.count);
  assert.match(await text(page, '#results-summary'), new RegExp(`^${filtered.total} item`));
  const quarters = await page.locator('.result .meta a[href*="quarter="]').allInnerTexts();
  assert.ok(quarters.length && quarters.every((q) => q === busiest.value), quarters.join());
  assert.equal(await page.locator(`.bar[data-quarter="${busiest.value}"]`).getAttribute('aria-pressed'), 'true');

  await page.click(`.bar[data-quarter="${busiest.value}"]`);
  await page.waitForURL((u) => !u.searchParams.has('quarter'));
  await ready(page);
  assert.match(await text(page, '#results-summary'), new RegExp(`^${api.total} items`));
});

test('Back and Forward restore earlier searches and their filters', async () => {
  const page = await visit(env, `/?q=housing`);
  const housing = await env.daemon.api('/api/search?q=housing');
  await page.check('#facet-type input[value=decision]');
  await page.waitForURL(/type=decision/);
  await ready(page);
  await page.fill('#q', 'transport');
  await page.press('#q', 'Enter');
  await page.waitForURL(/q=transport/);
  await ready(page);

  await page.goBack();
  await ready(page);
  assert.equal(new URL(page.url()).search, '?q=housing&type=decision');
  assert.equal(await page.inputValue('#q'), 'housing');
  assert.ok(await page.locator('#facet-type input[value=decision]').isChecked());
  await page.goBack();
  await ready(page);
  assert.match(await text(page, '#results-summary'), new RegExp(`^${housing.total} items for .housing.`));
  assert.deepEqual(await page.locator('.result-title').allInnerTexts(), housing.results.map((r) => r.item.title));
  await page.goForward();
  await ready(page);
  assert.equal(new URL(page.url()).search, '?q=housing&type=decision');
});

test('a date range and the sort order go into the URL and the results', async () => {
  const page = await visit(env, `/?q=budget`);
  await page.fill('input[name=from]', '2023-04-01');
  await page.fill('input[name=to]', '2024-03-31');
  await page.click('button:text("Apply dates")');
  await page.waitForURL(/from=2023-04-01&to=2024-03-31/);
  await ready(page);
  await page.selectOption('select[data-sort]', 'oldest');
  await page.waitForURL(/sort=oldest/);
  await ready(page);
  const api = await env.daemon.api('/api/search?q=budget&from=2023-04-01&to=2024-03-31&sort=oldest');
  assert.match(await text(page, '#results-summary'), new RegExp(`^${api.total} item`));
  const dates = await page.locator('.result .meta time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
  assert.deepEqual(dates, api.results.map((r) => r.item.date));
  assert.ok(dates.every((d) => d >= '2023-04-01' && d <= '2024-03-31'));
  assert.deepEqual(dates, [...dates].sort());
  await eventually(async () => assert.equal(await page.inputValue('input[name=from]'), '2023-04-01'));
});
