// Small formatting helpers shared by the views.

const TYPE_LABELS = { decision: 'Decision', action: 'Action', request: 'Request', discussion: 'Discussion' };

export const typeLabel = (t) => TYPE_LABELS[t] || (t ? t[0].toUpperCase() + t.slice(1) : 'Passage');

/** Facet values as people read them; types are stored lower-case. */
export const facetLabel = (facet, value) => (facet === 'type' ? typeLabel(value) : value);

const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatDate(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso || '')) return iso || '';
  return DATE.format(new Date(`${iso}T00:00:00Z`));
}

export const plural = (n, one, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** The daemon's councillor ids are slugs of their names (core/text.cc slugify). */
export function councillorSlug(name) {
  let out = '';
  let dash = false;
  for (const c of name) {
    if (/[A-Za-z0-9]/.test(c)) {
      if (dash && out) out += '-';
      dash = false;
      out += c.toLowerCase();
    } else if (c.charCodeAt(0) >= 0x80 || c === "'") {
      continue;
    } else {
      dash = true;
    }
  }
  return out;
}

/** "2021/22 Q4" -> a number that orders quarters in time, or NaN. */
export function quarterIndex(value) {
  const m = /^(\d{4})\/\d{2} Q([1-4])$/.exec(value || '');
  return m ? Number(m[1]) * 4 + Number(m[2]) - 1 : Number.NaN;
}

export function quarterName(index) {
  const year = Math.floor(index / 4);
  return `${year}/${String((year + 1) % 100).padStart(2, '0')} Q${(index % 4) + 1}`;
}
