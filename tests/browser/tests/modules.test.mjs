// The page's pure modules, tested directly in Node: URL state round trips,
// the chart's axis floor, highlighting, councillor slugs, estimated counts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseState, searchUrl, feedUrl, toggleFilter, itemUrl } from '../../../web/js/state/url.js';
import { axisFloor, renderChart } from '../../../web/js/render-chart.js';
import { renderFacets } from '../../../web/js/render-facets.js';
import { highlight, queryTerms } from '../../../web/js/highlight.js';
import { councillorSlug, quarterIndex, quarterName } from '../../../web/js/format.js';

test('state <-> URL uses the API parameter names and round-trips', () => {
  const url = '/?q=budget&portfolio=Finance&portfolio=Housing&type=decision&from=2023-04-01&sort=newest&page=2';
  const state = parseState(url.slice(1));
  assert.deepEqual(state.filters.portfolio, ['Finance', 'Housing']);
  assert.equal(state.page, 2);
  assert.equal(searchUrl(state), url);
  assert.equal(feedUrl(state), '/feed.atom?q=budget&portfolio=Finance&portfolio=Housing&type=decision&from=2023-04-01&sort=newest');
  // Changing a filter goes back to page 1.
  assert.equal(searchUrl(toggleFilter(state, 'portfolio', 'Housing', false)),
    '/?q=budget&portfolio=Finance&type=decision&from=2023-04-01&sort=newest');
  assert.equal(parseState('page=-3&sort=sideways').page, 1);
  assert.equal(parseState('sort=sideways').sort, 'relevance');
  assert.equal(itemUrl('abc', 'SEND transport', 'p3'), '/?view=item&id=abc&q=SEND+transport#p3');
});

test('the chart axis starts at zero unless every bar is tall, then near the data', () => {
  assert.equal(axisFloor([0, 3, 12]), 0);
  assert.equal(axisFloor([1, 2, 3]), 0);
  const floor = axisFloor([80, 85, 92, 88]);
  assert.ok(floor > 0 && floor < 80, `floor ${floor}`);
  assert.equal(axisFloor([1000, 1010, 1020]) % 10, 0);
});

test('item-page highlighting marks stems and acronym expansions, and escapes text', () => {
  assert.deepEqual(queryTerms('councillor:yates "SEND transport" AND budgets'), ['transport', 'budget', 'send']);
  assert.equal(String(highlight('Transport budgets <rose>', 'transport budget')),
    '<mark>Transport</mark> <mark>budgets</mark> &lt;rose&gt;');
  assert.equal(String(highlight('an Education, Health and Care Plan', 'EHCP', [{ acronym: 'EHCP', expansion: 'Education, Health and Care Plan' }])),
    'an <mark>Education, Health and Care Plan</mark>');
});

test('councillor slugs and quarters match the daemon', () => {
  assert.equal(councillorSlug('Peter Ashby-Crane'), 'peter-ashby-crane');
  assert.equal(councillorSlug("Siân O'Neill"), 'sin-oneill');
  assert.equal(quarterName(quarterIndex('2021/22 Q4')), '2021/22 Q4');
  assert.equal(quarterIndex('2022/23 Q1') - quarterIndex('2021/22 Q4'), 1);
});

test('facet counts estimated from a sample read "about", exact ones do not', () => {
  const state = parseState('q=budget');
  const facets = { council: [{ value: 'Wealdmoor County Council', count: 1200 }], type: [{ value: 'decision', count: 40 }] };
  const page = String(renderFacets(facets, state, { council: false, type: true }));
  assert.match(page, /aria-label="about 1200 items"[^>]*>≈1200</);
  assert.match(page, /aria-label="40 items"\s*>40</);
  const quarters = [{ value: '2021/22 Q1', count: 300 }, { value: '2021/22 Q2', count: 340 }];
  assert.match(String(renderChart(quarters, [], false)), /title="2021\/22 Q2: about 340 items"/);
  assert.match(String(renderChart(quarters, [], true)), /title="2021\/22 Q2: 340 items"/);
});
