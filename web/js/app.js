// The page's controller: reads the state from the URL, fetches what the view
// needs, renders it, and turns links and form controls into history entries
// (pushState) so Back and Forward replay searches without reloading.

import { api } from './api.js';
import { put } from './html.js';
import { plural } from './format.js';
import { renderSearch } from './render-search.js';
import { renderItem } from './render-item.js';
import { renderCouncillor } from './render-councillor.js';
import { renderError } from './render-states.js';
import { toggleExpanded } from './render-facets.js';
import { attachSuggest } from './suggest.js';
import {
  parseState, searchParams, searchUrl, feedUrl, toggleFilter, withFilters, clearedFilters, emptyState,
} from './state/url.js';

const SPINNER_DELAY_MS = 250;
const $ = (sel) => document.querySelector(sel);
const els = {
  form: $('#search-form'),
  input: $('#q'),
  listbox: $('#suggestions'),
  main: $('#main'),
  layout: $('#layout'),
  filters: $('#filters'),
  results: $('#results'),
  page: $('#page-view'),
  status: $('#status'),
  filtersToggle: $('#filters-toggle'),
};

let sequence = 0;
let inFlight = null;
let lastSearchUrl = '/';
let renderedPath = '';

history.scrollRestoration = 'manual';

function setBusy(busy) {
  els.main.setAttribute('aria-busy', String(busy));
  els.main.classList.toggle('is-loading', busy);
}

function announce(text) {
  els.status.textContent = text;
}

function showLayout(kind) {
  const search = kind === 'search';
  els.layout.hidden = !search;
  els.page.hidden = search;
}

// Re-rendering replaces controls; give focus back to the one that had it.
function rememberFocus() {
  return document.activeElement?.dataset?.key || null;
}

function restoreFocus(key) {
  if (!key) return;
  const el = [...document.querySelectorAll('[data-key]')].find((e) => e.dataset.key === key);
  el?.focus({ preventScroll: true });
}

function scrollToAnchor() {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id && document.getElementById(id);
  document.querySelectorAll('.is-target').forEach((el) => el.classList.remove('is-target'));
  if (!target) return false;
  target.classList.add('is-target');
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  return true;
}

async function load(state, signal) {
  if (state.view === 'item') {
    const data = await api.item(state.id, signal);
    return () => {
      showLayout('page');
      put(els.page, renderItem(data, state, lastSearchUrl));
      document.title = `${data.item.title} — Minutes Search`;
      announce(`Item: ${data.item.title}`);
    };
  }
  if (state.view === 'councillor') {
    const data = await api.councillor(state.id, signal);
    return () => {
      showLayout('page');
      put(els.page, renderCouncillor(data));
      document.title = `${data.name} — Minutes Search`;
      announce(`Councillor ${data.name}`);
    };
  }
  const data = await api.search(searchParams(state), signal);
  return () => {
    showLayout('search');
    const view = renderSearch(data, state);
    put(els.filters, view.filters);
    put(els.results, view.results);
    const active = Object.values(state.filters).reduce((n, v) => n + v.length, 0) + (state.from || state.to ? 1 : 0);
    els.filtersToggle.querySelector('.filters-count').textContent = active ? ` (${active})` : '';
    document.title = `${state.q ? `${state.q} — ` : ''}Minutes Search`;
    announce(`${data.total_exact ? '' : 'about '}${plural(data.total, 'item')} found`);
    lastSearchUrl = location.pathname + location.search;
    // Feed readers find the search's Atom feed from the page itself.
    document.querySelector('link[rel=alternate]').href = feedUrl(state);
  };
}

async function render({ restoreScroll = null } = {}) {
  const state = parseState();
  const mine = ++sequence;
  // Tests (and anything else) can tell when the URL's view is on screen.
  delete document.body.dataset.rendered;
  inFlight?.abort();
  inFlight = new AbortController();
  els.input.value = state.q;
  const focusKey = rememberFocus();
  const spinner = setTimeout(() => setBusy(true), SPINNER_DELAY_MS);
  try {
    const paint = await load(state, inFlight.signal);
    if (mine !== sequence) return;
    paint();
  } catch (error) {
    if (error.name === 'AbortError' || mine !== sequence) return;
    showLayout('page');
    put(els.page, renderError(error, { what: state.view === 'search' ? 'search' : 'page' }));
    document.title = 'Problem — Minutes Search';
    announce(error.message);
  } finally {
    clearTimeout(spinner);
    if (mine === sequence) setBusy(false);
  }
  renderedPath = location.pathname + location.search;
  restoreFocus(focusKey);
  if (!scrollToAnchor()) {
    window.scrollTo(0, restoreScroll ?? 0);
    // A new page (item, councillor, error) takes focus to its heading so a
    // screen reader starts there; the search view keeps focus where it was.
    if (!els.page.hidden && !els.page.contains(document.activeElement) && document.activeElement !== els.input) {
      els.page.querySelector('h1')?.focus({ preventScroll: true });
    }
  }
  document.body.dataset.view = state.view;
  document.body.dataset.rendered = renderedPath;
}

export function navigate(url, { replace = false } = {}) {
  // Remember where the reader was so Back returns to the same spot.
  history.replaceState({ scrollY: window.scrollY }, '');
  if (replace) history.replaceState({}, '', url);
  else history.pushState({}, '', url);
  return render();
}

window.addEventListener('popstate', (e) => {
  // A same-page anchor jump (#p3) only needs scrolling, not a new fetch.
  if (location.pathname + location.search === renderedPath) {
    scrollToAnchor();
    return;
  }
  render({ restoreScroll: e.state?.scrollY ?? 0 });
});

document.addEventListener('click', (e) => {
  const a = e.target.closest('a[href]');
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  if (a.target || a.hasAttribute('download') || a.origin !== location.origin || a.pathname !== '/') return;
  if (a.search === location.search && a.hash) return; // in-page anchor: the browser handles it
  e.preventDefault();
  navigate(a.pathname + a.search + a.hash);
});

// Sidebar controls: checkboxes, "show all", per-facet clear, dates.
els.filters.addEventListener('change', (e) => {
  const box = e.target.closest('input[type=checkbox][data-facet]');
  if (box) navigate(searchUrl(toggleFilter(parseState(), box.dataset.facet, box.value, box.checked)));
});

els.filters.addEventListener('click', (e) => {
  const btn = e.target.closest('button');
  if (!btn) return;
  if (btn.dataset.expand) {
    toggleExpanded(btn.dataset.expand);
    const fieldset = btn.closest('fieldset');
    const open = btn.getAttribute('aria-expanded') !== 'true';
    fieldset.querySelectorAll('li').forEach((li, i) => {
      if (i >= 6 && !li.querySelector('input:checked')) li.hidden = !open;
    });
    btn.setAttribute('aria-expanded', String(open));
    btn.textContent = open ? 'Show fewer' : `Show all ${fieldset.querySelectorAll('li').length}`;
  } else if (btn.dataset.clear) {
    navigate(searchUrl(withFilters(parseState(), btn.dataset.clear, [])));
  } else if (btn.hasAttribute('data-clear-all')) {
    navigate(searchUrl(clearedFilters(parseState())));
  }
});

els.filters.addEventListener('submit', (e) => {
  const form = e.target.closest('form[data-dates]');
  if (!form) return;
  e.preventDefault();
  const data = new FormData(form);
  navigate(searchUrl({ ...parseState(), from: data.get('from') || '', to: data.get('to') || '', page: 1 }));
});

els.results.addEventListener('change', (e) => {
  if (e.target.matches('select[data-sort]')) navigate(searchUrl({ ...parseState(), sort: e.target.value, page: 1 }));
});

els.results.addEventListener('click', (e) => {
  const bar = e.target.closest('button[data-quarter]');
  if (!bar) return;
  const state = parseState();
  const q = bar.dataset.quarter;
  const only = state.filters.quarter.length === 1 && state.filters.quarter[0] === q;
  navigate(searchUrl(withFilters(state, 'quarter', only ? [] : [q])));
});

document.addEventListener('click', (e) => {
  if (e.target.closest('[data-retry]')) render();
});

els.filtersToggle.addEventListener('click', () => {
  const open = els.filtersToggle.getAttribute('aria-expanded') !== 'true';
  els.filtersToggle.setAttribute('aria-expanded', String(open));
  els.layout.classList.toggle('filters-open', open);
  if (open) els.filters.querySelector('input, button')?.focus();
});

// A new query keeps the current filters (refining is the common case); from
// an item or councillor page it starts afresh.
function searchFor(q, filterChange = null) {
  const current = parseState();
  let state = current.view === 'search' ? { ...current, q, page: 1 } : emptyState({ q });
  if (filterChange) state = toggleFilter(state, filterChange[0], filterChange[1], true);
  suggest.close();
  navigate(searchUrl(state));
}

const suggest = attachSuggest(els.input, els.listbox, (pick) => {
  if (pick.kind === 'word') {
    els.input.value = pick.value;
    searchFor(pick.value);
  } else {
    // The typed text was the start of a name: filter by it instead of searching for it.
    const rest = els.input.value.trim().split(/\s+/).slice(0, -1).join(' ');
    els.input.value = rest;
    // Councillor filters read best by name (the facet counts use names).
    searchFor(rest, [pick.kind, pick.kind === 'councillor' ? pick.label : pick.value]);
  }
});

els.form.addEventListener('submit', (e) => {
  e.preventDefault();
  searchFor(els.input.value.trim());
});

render();
