// The filter sidebar: every facet with its counts as checkboxes (OR within a
// facet, AND across), a date range and "clear all". Long lists show their
// top values and expand in place; which lists are open survives re-renders.

import { html } from './html.js';
import { facetLabel } from './format.js';
import { hasFilters } from './state/url.js';

const ORDER = [
  ['type', 'Passage type'],
  ['portfolio', 'Portfolio'],
  ['councillor', 'Councillor'],
  ['committee', 'Committee'],
  ['council', 'Council'],
  ['quarter', 'Quarter'],
];
const SHOWN = 6;
const expanded = new Set();

function facetValues(facet, counts, selected) {
  // Selected values stay listed (and uncheckable) even when their count is 0.
  const seen = new Set(counts.map((c) => c.value));
  const extra = selected.filter((v) => !seen.has(v)).map((value) => ({ value, count: 0 }));
  const all = [...extra, ...counts];
  if (facet === 'quarter') all.sort((a, b) => b.value.localeCompare(a.value));
  return all;
}

function facetGroup(facet, title, counts, selected, exact) {
  const values = facetValues(facet, counts, selected);
  if (!values.length) return '';
  const open = expanded.has(facet);
  const rows = values.map((c, i) => {
    const on = selected.includes(c.value);
    const hidden = !open && i >= SHOWN && !on;
    return html`<li ${hidden ? 'hidden' : ''}>
      <label class="facet-option">
        <input type="checkbox" data-facet="${facet}" value="${c.value}" ${on ? 'checked' : ''}
          data-key="facet:${facet}:${c.value}">
        <span class="facet-name">${facetLabel(facet, c.value)}</span>
        <span class="facet-count" aria-label="${exact ? '' : 'about '}${c.count} items"
          ${exact ? '' : 'title="About: counted from a sample of the matching items"'}>${exact ? '' : '≈'}${c.count}</span>
      </label></li>`;
  });
  const more = values.length > SHOWN
    ? html`<button type="button" class="link-button facet-more" data-expand="${facet}" aria-expanded="${open}"
        data-key="more:${facet}">${open ? 'Show fewer' : `Show all ${values.length}`}</button>`
    : '';
  const clear = selected.length
    ? html`<button type="button" class="link-button facet-clear" data-clear="${facet}"
        aria-label="Clear ${title} filter">Clear</button>`
    : '';
  return html`<fieldset class="facet" id="facet-${facet}">
    <legend><span>${title}</span>${clear}</legend>
    <ul class="facet-list" role="list">${rows}</ul>${more}
  </fieldset>`;
}

// `exact`: per facet, false when its counts are estimates from a sample.
export function renderFacets(facets, state, exact = {}) {
  const groups = ORDER.map(([f, title]) => facetGroup(f, title, facets[f] || [], state.filters[f], exact[f] !== false));
  return html`<div class="filters-head">
      <h2 class="filters-title">Filters</h2>
      ${hasFilters(state) ? html`<button type="button" class="link-button" data-clear-all>Clear all</button>` : ''}
    </div>
    <form class="facet date-range" data-dates>
      <fieldset>
        <legend>Meeting date</legend>
        <div class="date-fields">
          <label>From <input type="date" name="from" value="${state.from}" data-key="date:from"></label>
          <label>To <input type="date" name="to" value="${state.to}" data-key="date:to"></label>
        </div>
        <button type="submit" class="button-secondary" data-key="date:apply">Apply dates</button>
      </fieldset>
    </form>
    ${groups}`;
}

export function toggleExpanded(facet) {
  if (expanded.has(facet)) expanded.delete(facet);
  else expanded.add(facet);
}
