// Searching: results grouped by item with highlighted passages, shareable
// URLs that render cold, did-you-mean, the Decisions/Actions views, the
// Subscribe and Export links, and the empty state.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDaemonAndBrowser } from '../support/suite.mjs';
import { openPage, visit, ready, screenshot, text, count } from '../support/browser.mjs';

const env = withDaemonAndBrowser();

test('a typed search shows items with highlighted passages, badges and minute numbers', async () => {
  const page = await visit(env, `/`);
  await page.fill('#q', 'SEND transport');
  await page.press('#q', 'Enter');
  await page.waitForURL(/\?q=SEND\+transport$/);
  await ready(page);

  const api = await env.daemon.api('/api/search?q=SEND+transport');
  assert.match(await text(page, '#results-summary'), new RegExp(`^${api.total} items for .SEND transport.`));
  const titles = await page.locator('.result-title').allInnerTexts();
  assert.deepEqual(titles, api.results.map((r) => r.item.title));
  assert.equal(titles[0], 'Home to School Transport for Children with Special Educational Needs and Disabilities');

  const first = page.locator('.result').first();
  const marks = await first.locator('mark').allInnerTexts();
  assert.ok(marks.length >= 3, `marks: ${marks}`);
  // SEND is searched with its expansion too: its words are marked as well,
  // in any form with the same stem ("Education" for "educational").
  for (const m of marks) assert.match(m, /^(sends?|transport\w*|special|educat\w*|needs?|disabilit\w*)$/i);
  assert.match(await first.locator('.meta').innerText(), /Wealdmoor County Council.*10 Mar 2022.*2021\/22 Q4.*Item 27/s);
  assert.equal(await first.locator('a.source-link').getAttribute('href'), api.results[0].item.url);
  const badges = await page.locator('.result .badge').allInnerTexts();
  assert.ok(badges.every((b) => /^(DECISION|ACTION|REQUEST|DISCUSSION)$/i.test(b)), badges.join());
  assert.ok((await page.locator('.passage-link', { hasText: 'Minute 27.1' }).count()) === 1);
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.foreign, []);
  await screenshot(page, 'results');
});

test('a shareable URL with filters and a page renders cold', async () => {
  const page = await openPage(env.browser, env.daemon.base);
  const query = 'q=budget&type=decision&type=discussion&page=2';
  await page.goto(`${env.daemon.base}/?${query}`);
  await ready(page);
  const api = await env.daemon.api(`/api/search?${query}`);
  assert.ok(api.total > 10, 'the corpus has a second page of budget decisions and discussions');
  assert.equal(await page.inputValue('#q'), 'budget');
  assert.match(await text(page, '#results-summary'), new RegExp(`^${api.total} items`));
  assert.deepEqual(await page.locator('.result-title').allInnerTexts(), api.results.map((r) => r.item.title));
  assert.equal(await text(page, '.pagination [aria-current=page]'), '2');
  assert.ok(await page.locator('#facet-type input[value=decision]').isChecked());
  assert.ok(await page.locator('#facet-type input[value=discussion]').isChecked());
  assert.ok(!(await page.locator('#facet-type input[value=request]').isChecked()));
  assert.equal(await count(page, '.tab.is-current'), 0);
  assert.match(await page.title(), /^budget — Minutes Search$/);
});

test('"Did you mean" offers the corrected spelling and follows it', async () => {
  const page = await visit(env, `/?q=transpot`);
  const api = await env.daemon.api('/api/search?q=transpot');
  assert.equal(api.suggestion, 'transport');
  assert.match(await text(page, '.did-you-mean'), /Did you mean\s+transport\?/);
  await page.click('[data-suggestion]');
  await page.waitForURL(/\?q=transport$/);
  await ready(page);
  const fixed = await env.daemon.api('/api/search?q=transport');
  assert.match(await text(page, '#results-summary'), new RegExp(`^${fixed.total} items for .transport.`));
  assert.equal(await count(page, '.did-you-mean'), 0);
});

test('Decisions and Actions are one click, and show only those passages', async () => {
  const page = await visit(env, `/?q=transport`);
  await page.click('.tab:text-is("Decisions")');
  await page.waitForURL(/type=decision/);
  await ready(page);
  const decisions = await env.daemon.api('/api/search?q=transport&type=decision');
  assert.match(await text(page, '#results-summary'), new RegExp(`^${decisions.total} item`));
  assert.deepEqual([...new Set(await page.locator('.result .badge').allInnerTexts())].map((s) => s.toLowerCase()), ['decision']);

  await page.click('.tab:text-is("Actions")');
  await page.waitForURL((u) => u.searchParams.getAll('type').join() === 'action');
  await ready(page);
  const actions = await env.daemon.api('/api/search?q=transport&type=action');
  assert.match(await text(page, '#results-summary'), new RegExp(`^${actions.total} item`));
  assert.deepEqual([...new Set(await page.locator('.result .badge').allInnerTexts())].map((s) => s.toLowerCase()), ['action']);

  await page.click('.tab:text-is("All passages")');
  await page.waitForURL((u) => !u.searchParams.has('type'));
  await ready(page);
  assert.equal(await text(page, '.tab.is-current'), 'All passages');
});

test('Subscribe and Export carry the search to the Atom feed and the CSV', async () => {
  const page = await visit(env, `/?q=budget&portfolio=Finance+and+Resources&page=2`);
  const feed = await page.getAttribute('[data-subscribe]', 'href');
  const csv = await page.getAttribute('[data-export]', 'href');
  assert.equal(feed, '/feed.atom?q=budget&portfolio=Finance+and+Resources');
  assert.equal(csv, '/api/search.csv?q=budget&portfolio=Finance+and+Resources');
  assert.equal(await page.getAttribute('link[rel=alternate]', 'href'), feed);
  const atom = await (await fetch(env.daemon.base + feed)).text();
  assert.match(atom, /<feed[\s>]/);
  const rows = (await (await fetch(env.daemon.base + csv)).text()).trim().split('\n');
  assert.ok(rows.length > 1, 'the CSV has a header and rows');
});

test('no results says so and suggests what to try', async () => {
  const page = await visit(env, `/?q=zebra+crossing+quokka&council=Sallowfield+Parish+Council`);
  const api = await env.daemon.api('/api/search?q=zebra+crossing+quokka&council=Sallowfield+Parish+Council');
  assert.equal(api.total, 0);
  assert.match(await text(page, '.empty-state h2'), /No minutes match .zebra crossing quokka./);
  assert.match(await text(page, '.empty-state'), /Search without filters/);
  assert.equal(await count(page, '.chart'), 0);
  await screenshot(page, 'empty-state');
  await page.click('.empty-state a:text("Search without filters")');
  await page.waitForURL((u) => !u.searchParams.has('council'));
  await ready(page);
  assert.equal(new URL(page.url()).searchParams.get('q'), 'zebra crossing quokka');
});
