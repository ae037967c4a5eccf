// Matching items per financial-year quarter as bars above the results.
// Quarters with no matches between the first and last are drawn as empty
// slots so gaps read as gaps. When every quarter has many matches the axis
// starts near the smallest count, so differences are visible rather than
// a row of near-equal tall bars. Each bar is a button that filters to (or
// un-filters from) its quarter.

import { html } from './html.js';
import { quarterIndex, quarterName, plural } from './format.js';

function series(counts) {
  const byIndex = new Map();
  for (const c of counts) {
    const i = quarterIndex(c.value);
    if (!Number.isNaN(i)) byIndex.set(i, c.count);
  }
  if (!byIndex.size) return [];
  const keys = [...byIndex.keys()];
  const first = Math.min(...keys);
  const last = Math.max(...keys);
  const out = [];
  for (let i = first; i <= last; i++) out.push({ index: i, value: quarterName(i), count: byIndex.get(i) || 0 });
  return out;
}

/** Where the axis starts: 0, or just under the data when all bars are tall. */
export function axisFloor(counts) {
  const min = Math.min(...counts);
  const max = Math.max(...counts);
  if (min <= 0 || max - min >= min) return 0;
  const step = 10 ** Math.floor(Math.log10(Math.max(1, max - min)));
  return Math.max(0, Math.floor((min - (max - min) / 2) / step) * step);
}

export function renderChart(quarterCounts, selected, exact = true) {
  const data = series(quarterCounts);
  if (data.length < 2) return '';
  const counts = data.map((d) => d.count);
  const lo = axisFloor(counts);
  const hi = Math.max(...counts);
  const span = Math.max(1, hi - lo);
  const bars = data.map((d) => {
    const on = selected.includes(d.value);
    const height = d.count ? Math.max(3, ((d.count - lo) / span) * 100) : 0;
    const yearStart = d.index % 4 === 0;
    return html`<li class="bar-slot${yearStart ? ' year-start' : ''}">
      <button type="button" class="bar${on ? ' is-selected' : ''}" data-quarter="${d.value}"
        aria-pressed="${on}" ${d.count ? '' : 'disabled'} data-key="bar:${d.value}"
        aria-label="${d.value}: ${exact ? '' : 'about '}${plural(d.count, 'item')}"
        title="${d.value}: ${exact ? '' : 'about '}${plural(d.count, 'item')}">
        <span class="bar-fill" style="height:${height.toFixed(1)}%"></span>
      </button>
      ${yearStart || d === data[0] ? html`<span class="bar-year" aria-hidden="true">${d.value.slice(0, 7)}</span>` : ''}
    </li>`;
  });
  return html`<figure class="chart" aria-labelledby="chart-title">
    <figcaption id="chart-title">
      <span>Matches per quarter</span>
      <span class="chart-hint">${selected.length ? 'Click a selected bar to remove it' : 'Click a bar to filter to that quarter'}</span>
    </figcaption>
    <div class="chart-body">
      <div class="chart-axis" aria-hidden="true">
        <span>${hi}</span><span class="${lo ? 'axis-broken' : ''}">${lo}</span>
      </div>
      <ol class="bars" role="list">${bars}</ol>
    </div>
  </figure>`;
}
