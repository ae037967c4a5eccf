// The page's whole state lives in the URL, with the API's own parameter
// names, so any view is a shareable link that renders cold and Back/Forward
// work. Views other than search are "/?view=item&id=…" and
// "/?view=councillor&id=…" because the daemon serves only real files.

export const FACETS = ['portfolio', 'quarter', 'councillor', 'committee', 'council', 'type'];
export const SORTS = ['relevance', 'newest', 'oldest'];

export function parseState(search = location.search) {
  const p = new URLSearchParams(search);
  const filters = {};
  for (const f of FACETS) filters[f] = [...new Set(p.getAll(f).filter(Boolean))];
  const page = Number.parseInt(p.get('page') || '1', 10);
  return {
    view: p.get('view') || 'search',
    id: p.get('id') || '',
    q: p.get('q') || '',
    filters,
    from: p.get('from') || '',
    to: p.get('to') || '',
    sort: SORTS.includes(p.get('sort')) ? p.get('sort') : 'relevance',
    page: page > 0 ? page : 1,
  };
}

/** The search parameters in API form; `page: false` leaves the page out. */
export function searchParams(state, { page = true } = {}) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const f of FACETS) for (const v of state.filters[f] || []) p.append(f, v);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.sort && state.sort !== 'relevance') p.set('sort', state.sort);
  if (page && state.page > 1) p.set('page', String(state.page));
  return p;
}

const withQuery = (base, params) => {
  const s = params.toString();
  return s ? `${base}?${s}` : base;
};

export const searchUrl = (state) => withQuery('/', searchParams(state));
export const feedUrl = (state) => withQuery('/feed.atom', searchParams(state, { page: false }));
export const csvUrl = (state) => withQuery('/api/search.csv', searchParams(state, { page: false }));

export function itemUrl(id, q = '', anchor = '') {
  const p = new URLSearchParams({ view: 'item', id });
  if (q) p.set('q', q);
  return `/?${p}${anchor ? `#${anchor}` : ''}`;
}

export const councillorUrl = (id) => `/?${new URLSearchParams({ view: 'councillor', id })}`;

export function emptyState(overrides = {}) {
  return { ...parseState(''), ...overrides };
}

/** A copy of the state with filters changed; any change goes back to page 1. */
export function withFilters(state, facet, values) {
  return { ...state, view: 'search', page: 1, filters: { ...state.filters, [facet]: values } };
}

export function toggleFilter(state, facet, value, on) {
  const current = state.filters[facet] || [];
  const values = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  return withFilters(state, facet, values);
}

export function hasFilters(state) {
  return FACETS.some((f) => state.filters[f].length) || Boolean(state.from || state.to);
}

export function clearedFilters(state) {
  return { ...emptyState(), q: state.q, sort: state.sort };
}
