// One agenda item in a result list, with its matching passages. Shared by the
// search view and the councillor page so both read the same way.

import { html, raw } from './html.js';
import { formatDate, typeLabel } from './format.js';
import { itemUrl, searchUrl, emptyState } from './state/url.js';

export function typeBadge(type) {
  return html`<span class="badge badge-${type || 'passage'}">${typeLabel(type)}</span>`;
}

function passageRow(itemId, p, q) {
  const where = p.minute ? `Minute ${p.minute}${p.label ? ` (${p.label})` : ''}` : `Passage ${p.ordinal + 1}`;
  return html`<li class="passage">
    <div class="passage-head">
      ${typeBadge(p.type)}
      <a class="passage-link" href="${itemUrl(itemId, q, `p${p.ordinal}`)}">${where}</a>
      ${p.portfolio ? html`<span class="passage-portfolio">${p.portfolio}</span>` : ''}
    </div>
    <p class="snippet">${raw(p.snippet)}</p>
  </li>`;
}

export function itemMeta(item) {
  const quarterLink = item.quarter
    ? html`<a href="${searchUrl(emptyState({ filters: { ...emptyState().filters, quarter: [item.quarter] } }))}">${item.quarter}</a>`
    : '';
  return html`<p class="meta">
    <span class="meta-council">${item.council}</span>
    ${item.committee ? html`<span>${item.committee}</span>` : ''}
    ${item.date ? html`<span><time datetime="${item.date}">${formatDate(item.date)}</time></span>` : ''}
    ${quarterLink ? html`<span>${quarterLink}</span>` : ''}
    ${item.item_number ? html`<span>Item ${item.item_number}</span>` : ''}
    ${item.url ? html`<span><a class="source-link" href="${item.url}" rel="noopener noreferrer">Source<span class="sr-only"> (council website)</span></a></span>` : ''}
  </p>`;
}

export function resultCard(hit, q) {
  const { item } = hit;
  return html`<li class="result">
    <article aria-labelledby="r-${item.id}">
      <h3 class="result-title" id="r-${item.id}"><a href="${itemUrl(item.id, q)}">${item.title || 'Untitled item'}</a></h3>
      ${itemMeta(item)}
      ${hit.match === 'most' ? html`<p class="partial-note">Has most, not all, of your words</p>` : ''}
      <ol class="passages" role="list">${hit.passages.map((p) => passageRow(item.id, p, q))}</ol>
    </article>
  </li>`;
}
