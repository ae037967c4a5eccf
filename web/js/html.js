// A tagged template for building markup as strings. Every interpolated value
// is HTML-escaped unless it was made with raw() or by html`` itself, so the
// render code is safe by default and only the daemon's snippets (already
// escaped, with <mark>) are trusted as markup.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

class Markup {
  constructor(text) { this.text = text; }
  toString() { return this.text; }
}

export const raw = (text) => new Markup(String(text ?? ''));

function part(value) {
  if (value == null || value === false) return '';
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(part).join('');
  return escapeHtml(value);
}

export function html(strings, ...values) {
  let out = strings[0];
  values.forEach((v, i) => { out += part(v) + strings[i + 1]; });
  return new Markup(out);
}

/** Replaces an element's content with markup from html`` (or a list of them). */
export function put(element, markup) {
  element.innerHTML = part(markup);
}
