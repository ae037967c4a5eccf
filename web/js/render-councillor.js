// The councillor page: who they are (portfolios, councils) and the decisions
// and actions that name them, newest first as the daemon sends them.

import { html } from './html.js';
import { formatDate, plural } from './format.js';
import { resultCard } from './render-results.js';
import { emptyState, searchUrl } from './state/url.js';

function withCouncillor(id, facet, value) {
  const filters = { ...emptyState().filters, councillor: [id] };
  if (facet) filters[facet] = [value];
  return searchUrl(emptyState({ filters }));
}

function section(id, title, hits, empty) {
  const dates = hits.map((h) => h.item.date).filter(Boolean).sort();
  const range = dates.length > 1 ? ` · ${formatDate(dates[0])} to ${formatDate(dates[dates.length - 1])}` : '';
  return html`<section class="councillor-section" aria-labelledby="${id}">
    <h2 id="${id}">${title} <span class="count-pill">${hits.length}</span><span class="muted small">${range}</span></h2>
    ${hits.length ? html`<ol class="results" role="list">${hits.map((h) => resultCard(h, ''))}</ol>` : html`<p class="muted">${empty}</p>`}
  </section>`;
}

export function renderCouncillor(data) {
  const portfolios = data.portfolios.map((p) => html`<li><a class="chip chip-link" href="${withCouncillor(data.id, 'portfolio', p.value)}">${p.value}
      <span class="chip-count">${p.count}</span></a></li>`);
  const councils = data.councils.map((c) => html`<li><a class="chip chip-link" href="${withCouncillor(data.id, 'council', c.value)}">${c.value}</a></li>`);
  return html`<article class="councillor-page" aria-labelledby="councillor-name">
    <header class="item-header">
      <p class="eyebrow">Councillor</p>
      <h1 id="councillor-name" tabindex="-1">${data.name}</h1>
      <p class="meta"><span>${plural(data.decisions.length, 'decision')}</span><span>${plural(data.actions.length, 'action')}</span>
        <span><a href="${withCouncillor(data.id)}">Search everything naming ${data.name}</a></span></p>
      <dl class="item-facets">
        ${portfolios.length ? html`<div><dt>Portfolios</dt><dd><ul class="chips" role="list">${portfolios}</ul></dd></div>` : ''}
        ${councils.length ? html`<div><dt>Councils</dt><dd><ul class="chips" role="list">${councils}</ul></dd></div>` : ''}
      </dl>
    </header>
    ${section('decisions-title', 'Decisions', data.decisions, 'No decisions name this councillor.')}
    ${section('actions-title', 'Actions', data.actions, 'No actions name this councillor.')}
  </article>`;
}
