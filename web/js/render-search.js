// The search view: view tabs, summary and actions, did-you-mean, active
// filters, the quarter chart, results, pagination, and the empty state.

import { html } from './html.js';
import { councillorSlug, facetLabel, plural } from './format.js';
import { renderChart } from './render-chart.js';
import { renderFacets } from './render-facets.js';
import { resultCard } from './render-results.js';
import {
  FACETS, councillorUrl, searchUrl, feedUrl, csvUrl, toggleFilter, withFilters, hasFilters, clearedFilters,
} from './state/url.js';

const VIEWS = [
  ['All passages', []],
  ['Decisions', ['decision']],
  ['Actions', ['action']],
];

function viewTabs(state) {
  const current = state.filters.type;
  const same = (a, b) => a.length === b.length && a.every((v) => b.includes(v));
  const links = VIEWS.map(([label, types]) => {
    const on = same(current, types);
    return html`<a class="tab${on ? ' is-current' : ''}" href="${searchUrl(withFilters(state, 'type', types))}"
      ${on ? html`aria-current="page"` : ''}>${label}</a>`;
  });
  return html`<nav class="tabs" aria-label="Passage views">${links}</nav>`;
}

function chips(state) {
  const list = [];
  for (const f of FACETS) {
    for (const v of state.filters[f]) {
      list.push(html`<li><a class="chip" href="${searchUrl(toggleFilter(state, f, v, false))}"
        aria-label="Remove filter ${f}: ${facetLabel(f, v)}"><span class="chip-facet">${f}</span> ${facetLabel(f, v)}
        <span class="chip-x" aria-hidden="true">×</span></a></li>`);
    }
  }
  for (const name of state.filters.councillor) {
    list.push(html`<li><a class="chip chip-link" href="${councillorUrl(councillorSlug(name))}">${name}’s profile</a></li>`);
  }
  if (state.from || state.to) {
    const label = `${state.from || '…'} to ${state.to || '…'}`;
    list.push(html`<li><a class="chip" href="${searchUrl({ ...state, from: '', to: '', page: 1 })}"
      aria-label="Remove date filter ${label}"><span class="chip-facet">date</span> ${label}
      <span class="chip-x" aria-hidden="true">×</span></a></li>`);
  }
  if (!list.length) return '';
  return html`<div class="active-filters"><ul class="chips" role="list" aria-label="Active filters">${list}</ul>
    <a class="link-button" href="${searchUrl(clearedFilters(state))}">Clear all filters</a></div>`;
}

function summary(data, state) {
  const count = `${data.total_exact ? '' : 'about '}${plural(data.total, 'item')}`;
  const what = state.q ? html` for “${state.q}”` : ' in all minutes';
  // Without words there is nothing to rank: the daemon lists newest first.
  const sorts = state.q ? [['relevance', 'Best match'], ['newest', 'Newest first'], ['oldest', 'Oldest first']]
    : [['newest', 'Newest first'], ['oldest', 'Oldest first']];
  const current = !state.q && state.sort === 'relevance' ? 'newest' : state.sort;
  const sortSelect = html`<label class="sort">Sort
      <select data-sort data-key="sort">
        ${sorts.map(([v, l]) => html`<option value="${v}" ${current === v ? 'selected' : ''}>${l}</option>`)}
      </select></label>`;
  return html`<div class="summary">
    <p class="summary-count" id="results-summary"><strong>${count}</strong>${what}</p>
    ${data.total ? html`<div class="summary-actions">
      ${sortSelect}
      <a class="action-link" href="${feedUrl(state)}" data-subscribe type="application/atom+xml">
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14"><path fill="currentColor" d="M2 2a12 12 0 0 1 12 12h-2.4A9.6 9.6 0 0 0 2 4.4zm0 4.8a7.2 7.2 0 0 1 7.2 7.2H6.8A4.8 4.8 0 0 0 2 9.2zM3.6 11a1.6 1.6 0 1 1 0 3.2 1.6 1.6 0 0 1 0-3.2z"/></svg>
        Subscribe</a>
      <a class="action-link" href="${csvUrl(state)}" data-export download>
        <svg aria-hidden="true" viewBox="0 0 16 16" width="14" height="14"><path fill="currentColor" d="M7 1h2v7.6l2.6-2.6 1.4 1.4L8 12.4 3 7.4 4.4 6 7 8.6zM2 13h12v2H2z"/></svg>
        Export CSV</a>
    </div>` : ''}
  </div>`;
}

function didYouMean(data, state) {
  if (!data.suggestion || data.suggestion === state.q) return '';
  return html`<p class="did-you-mean" role="status">Did you mean
    <a href="${searchUrl({ ...state, q: data.suggestion, page: 1 })}" data-suggestion>${data.suggestion}</a>?
    <span class="muted">Showing matches for the corrected spelling.</span></p>`;
}

// The daemon serves pages 1 to 10000.
const MAX_PAGE = 10000;

function pagination(data, state) {
  // An estimated total can promise pages that come back empty: then offer
  // only the next page while this one is full.
  const counted = Math.min(MAX_PAGE, Math.ceil(data.total / data.size));
  const pages = data.total_exact ? counted : Math.min(MAX_PAGE, data.results.length < data.size ? data.page : data.page + 1);
  if (pages <= 1) return '';
  const at = data.page;
  const link = (n, label, rel = '') => html`<a href="${searchUrl({ ...state, page: n })}" ${rel ? html`rel="${rel}"` : ''}
    ${n === at ? html`aria-current="page" class="is-current"` : ''}>${label}</a>`;
  const numbers = [];
  for (let n = Math.max(1, at - 2); n <= Math.min(pages, at + 2); n++) numbers.push(html`<li>${link(n, String(n))}</li>`);
  return html`<nav class="pagination" aria-label="Result pages"><ul role="list">
    ${at > 1 ? html`<li>${link(at - 1, '← Previous', 'prev')}</li>` : ''}
    ${numbers}
    ${at < pages ? html`<li>${link(at + 1, 'Next →', 'next')}</li>` : ''}
  </ul></nav>`;
}

function emptyResults(data, state) {
  const tips = [];
  if (data.suggestion) tips.push(html`<li>Try the spelling <a href="${searchUrl({ ...state, q: data.suggestion, page: 1 })}">${data.suggestion}</a></li>`);
  if (hasFilters(state)) tips.push(html`<li><a href="${searchUrl(clearedFilters(state))}">Search without filters</a> — the filters above may be too narrow</li>`);
  if (state.q.trim().includes(' ')) tips.push(html`<li>Use fewer words, or put a name in quotes: <code>"SEND transport"</code></li>`);
  tips.push(html`<li>Try a broader word, such as <a href="/?q=budget">budget</a>, <a href="/?q=housing">housing</a> or <a href="/?q=transport">transport</a></li>`);
  tips.push(html`<li>Search a field: <code>councillor:yates</code>, <code>type:action</code>, <code>year:2023</code></li>`);
  return html`<div class="empty-state" role="status">
    <h2>No minutes match ${state.q ? html`“${state.q}”` : 'these filters'}</h2>
    <p>Things to try:</p><ul>${tips}</ul></div>`;
}

export function renderSearch(data, state) {
  const body = data.results.length
    ? html`<ol class="results" role="list" aria-labelledby="results-summary">${data.results.map((h) => resultCard(h, state.q))}</ol>
      ${pagination(data, state)}`
    : emptyResults(data, state);
  return {
    filters: renderFacets(data.facets || {}, state, data.facets_exact || {}),
    results: html`
      ${viewTabs(state)}
      <h1 class="sr-only">Search results</h1>
      ${summary(data, state)}
      ${didYouMean(data, state)}
      ${data.understood && data.total ? html`<p class="understood">${data.understood}</p>` : ''}
      ${chips(state)}
      ${data.total ? renderChart(data.facets?.quarter || [], state.filters.quarter, data.facets_exact?.quarter !== false) : ''}
      ${body}`,
  };
}
