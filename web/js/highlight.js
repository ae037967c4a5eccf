// Highlights a query's words in plain passage text on the item page, where
// the daemon sends whole passages rather than snippets. It is deliberately
// loose (prefix matching after trimming common English endings) to mirror
// the index's stemming without shipping a stemmer.

import { escapeHtml, raw } from './html.js';

const OPERATORS = new Set(['and', 'or', 'not']);

export function queryTerms(q) {
  const terms = new Set();
  for (let token of (q || '').split(/\s+/)) {
    token = token.replace(/^[+-]/, '');
    const colon = token.indexOf(':');
    if (colon > 0) continue; // field filters (councillor:yates) are not words in the text
    for (const word of token.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
      if (word.length < 2 || OPERATORS.has(word)) continue;
      terms.add(word.length > 4 ? word.replace(/(ing|ed|es|s)$/, '') : word);
    }
  }
  return [...terms].sort((a, b) => b.length - a.length);
}

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Escaped text with the query's words in <mark>. `acronyms` ({acronym,
 * expansion} from the item) lets "SEND" also mark "special educational needs
 * and disabilities", as the daemon's search does.
 */
export function highlight(text, q, acronyms = []) {
  const terms = queryTerms(q);
  if (!terms.length) return raw(escapeHtml(text));
  const phrases = acronyms.filter((a) => terms.includes(a.acronym.toLowerCase()))
    .map((a) => a.expansion.split(/\s+/).map(escapeRegExp).join('\\s+'));
  const alternatives = [...phrases, ...terms.map(escapeRegExp)].join('|');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives})[\\p{L}\\p{N}]*`, 'giu');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out += `${escapeHtml(text.slice(last, m.index))}<mark>${escapeHtml(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return raw(out + escapeHtml(text.slice(last)));
}
