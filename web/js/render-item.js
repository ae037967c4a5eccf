// The item page: the whole agenda item, every passage in order with its type
// and an anchor (#p3) so a link can land on one resolution, the query's words
// highlighted, and the item's facets as links into filtered searches.

import { html } from './html.js';
import { formatDate } from './format.js';
import { highlight } from './highlight.js';
import { typeBadge } from './render-results.js';
import { councillorUrl, emptyState, searchUrl } from './state/url.js';

const filtered = (facet, value) =>
  searchUrl(emptyState({ filters: { ...emptyState().filters, [facet]: [value] } }));

function facetLinks(item) {
  const rows = [
    ['Portfolios', item.portfolios.map((p) => html`<a class="chip chip-link" href="${filtered('portfolio', p)}">${p}</a>`)],
    ['Councillors', item.councillors.map((c) => html`<a class="chip chip-link" href="${councillorUrl(c.id)}">${c.name}</a>`)],
    ['Committee', item.committee ? [html`<a class="chip chip-link" href="${filtered('committee', item.committee)}">${item.committee}</a>`] : []],
    ['Council', item.council ? [html`<a class="chip chip-link" href="${filtered('council', item.council)}">${item.council}</a>`] : []],
    ['Quarter', item.quarter ? [html`<a class="chip chip-link" href="${filtered('quarter', item.quarter)}">${item.quarter}</a>`] : []],
  ].filter(([, links]) => links.length);
  return html`<dl class="item-facets">${rows.map(([k, links]) => html`<div><dt>${k}</dt><dd>${links}</dd></div>`)}</dl>`;
}

function passage(p, q, acronyms) {
  const paragraphs = p.text.split(/\n\s*\n/).map((t) => html`<p>${highlight(t, q, acronyms)}</p>`);
  const named = p.councillors.length
    ? html`<p class="named">Names: ${p.councillors.map((c, i) => html`${i ? ', ' : ''}<a href="${councillorUrl(c.id)}">${c.name}</a>`)}</p>`
    : '';
  return html`<li class="item-passage type-${p.type}" id="${p.anchor}" tabindex="-1">
    <div class="passage-head">
      ${typeBadge(p.type)}
      ${p.minute ? html`<span class="minute">Minute ${p.minute}${p.label ? ` (${p.label})` : ''}</span>` : (p.label ? html`<span class="minute">(${p.label})</span>` : '')}
      ${p.portfolio ? html`<span class="passage-portfolio">${p.portfolio}</span>` : ''}
      <a class="anchor-link" href="#${p.anchor}" aria-label="Link to this passage (${p.anchor})">#${p.ordinal + 1}</a>
    </div>
    ${p.lead ? html`<p class="lead">${highlight(p.lead, q, acronyms)}</p>` : ''}
    ${paragraphs}
    ${named}
  </li>`;
}

export function renderItem(data, state, backUrl) {
  const { item } = data;
  const acronyms = item.acronyms.length
    ? html`<details class="acronyms"><summary>Acronyms in this item (${item.acronyms.length})</summary>
        <dl>${item.acronyms.map((a) => html`<div><dt>${a.acronym}</dt><dd>${a.expansion}</dd></div>`)}</dl></details>`
    : '';
  return html`<article class="item-page" aria-labelledby="item-title">
    <nav class="breadcrumb" aria-label="Breadcrumb"><a href="${backUrl}" data-back>← ${state.q ? 'Back to results' : 'All minutes'}</a></nav>
    <header class="item-header">
      <p class="eyebrow">${item.council}${item.committee ? ` · ${item.committee}` : ''}</p>
      <h1 id="item-title" tabindex="-1">${item.title || 'Untitled item'}</h1>
      <p class="meta">
        ${item.date ? html`<span><time datetime="${item.date}">${formatDate(item.date)}</time></span>` : ''}
        ${item.item_number ? html`<span>Item ${item.item_number}</span>` : ''}
        <span>${data.passages.length} passages</span>
        ${item.url ? html`<span><a class="source-link" href="${item.url}" rel="noopener noreferrer">Source document</a></span>` : ''}
      </p>
      ${facetLinks(item)}
      ${acronyms}
    </header>
    ${state.q ? html`<p class="understood">Words from “${state.q}” are highlighted.</p>` : ''}
    <ol class="item-passages" role="list">${data.passages.map((p) => passage(p, state.q, item.acronyms))}</ol>
  </article>`;
}
