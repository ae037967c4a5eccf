// Keyboard-only use: the search box's suggestions (ARIA combobox), the skip
// link, facets and results reachable with Tab, and a visible focus ring.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withDaemonAndBrowser } from '../support/suite.mjs';
import { visit, ready, text, eventually } from '../support/browser.mjs';

const env = withDaemonAndBrowser();

const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { id: el.id, tag: el.tagName, text: el.innerText?.trim() || '', value: el.value || '', outline: getComputedStyle(el).outlineStyle };
});

test('keyboard only: type, arrow to a suggestion, Enter, then Tab into the results', async () => {
  const page = await visit(env, `/`);
  // The first Tab reaches the skip link, the next ones the brand and the search box.
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).text, 'Skip to results');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).id, 'q');

  await page.keyboard.type('SEND tra', { delay: 30 });
  const api = await env.daemon.api('/api/suggest?q=SEND+tra&limit=8');
  await page.locator('#suggestions').waitFor({ state: 'visible' });
  assert.equal(await page.getAttribute('#q', 'aria-expanded'), 'true');
  const labels = await page.locator('#suggestions [role=option] .suggestion-label').allInnerTexts();
  assert.deepEqual(labels, api.suggestions.map((s) => s.label));
  const strayText = await page.locator('#suggestions').evaluate((el) =>
    [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim()).map((n) => n.textContent));
  assert.deepEqual(strayText, [], 'the listbox holds only its options');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getAttribute('#q', 'aria-activedescendant'), 'suggestion-1');
  assert.equal(await page.getAttribute('#suggestion-1', 'aria-selected'), 'true');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.getAttribute('#q', 'aria-activedescendant'), 'suggestion-0');
  const chosen = api.suggestions[0].value;
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('q') === chosen);
  await ready(page);
  assert.equal(chosen, 'send transport');
  const results = await env.daemon.api(`/api/search?q=${encodeURIComponent(chosen)}`);
  assert.match(await text(page, '#results-summary'), new RegExp(`^${results.total} items`));
  assert.equal(await page.getAttribute('#q', 'aria-expanded'), 'false');

  // Tab onwards reaches the facet checkboxes, with a visible focus ring; Space ticks one.
  let state;
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    state = await focused(page);
    if (state.tag === 'INPUT' && state.value === 'discussion') break;
  }
  assert.equal(state.value, 'discussion', 'a facet checkbox is reachable by Tab');
  assert.notEqual(state.outline, 'none');
  await page.keyboard.press('Space');
  await page.waitForURL(/type=discussion/);
  await ready(page);
  assert.ok(await page.locator('#facet-type input[value=discussion]').isChecked());
  assert.equal((await focused(page)).value, 'discussion', 'focus survives the re-render');
});

test('Escape closes the suggestions; picking a councillor suggestion filters by them', async () => {
  const page = await visit(env, `/`);
  await page.focus('#q');
  await page.keyboard.type('yat', { delay: 30 });
  await page.locator('#suggestions').waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await eventually(async () => assert.equal(await page.getAttribute('#q', 'aria-expanded'), 'false'));
  await page.keyboard.type('e', { delay: 30 });
  await page.locator('#suggestions').waitFor({ state: 'visible' });
  const api = await env.daemon.api('/api/suggest?q=yate&limit=8');
  const index = api.suggestions.findIndex((s) => s.kind === 'councillor' && s.label === 'Yates');
  assert.ok(index >= 0, 'the daemon suggests councillor Yates');
  for (let i = 0; i <= index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.searchParams.get('councillor') === 'Yates');
  await ready(page);
  const search = await env.daemon.api('/api/search?councillor=Yates');
  assert.match(await text(page, '#results-summary'), new RegExp(`^${search.total} item`));
  assert.ok(await page.locator('#facet-councillor input[value=Yates]').isChecked());
});
