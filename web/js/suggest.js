// As-you-type suggestions for the search box, following the ARIA combobox
// pattern: the input owns a listbox, arrow keys move aria-activedescendant,
// Enter picks, Escape closes. Focus never leaves the input, so typing goes on
// naturally. Words replace the query (the daemon completes the whole query);
// councillors, portfolios and committees become filters.

import { api } from './api.js';
import { html, put } from './html.js';

const KIND = { word: 'Search', councillor: 'Councillor', portfolio: 'Portfolio', committee: 'Committee' };
const DELAY_MS = 120;

export function attachSuggest(input, listbox, onPick) {
  let items = [];
  let active = -1;
  let timer = 0;
  let controller = null;

  const setActive = (i) => {
    active = i;
    listbox.querySelectorAll('[role=option]').forEach((el, n) => el.setAttribute('aria-selected', String(n === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', `suggestion-${i}`);
      listbox.children[i]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const close = () => {
    clearTimeout(timer);
    controller?.abort();
    items = [];
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };

  const show = (list) => {
    items = list;
    if (!items.length) return close();
    const typed = input.value.trim().toLowerCase();
    // The part already typed is plain, the completion bold, as in most search boxes.
    const label = (text) => (text.toLowerCase().startsWith(typed)
      ? html`${text.slice(0, typed.length)}<strong>${text.slice(typed.length)}</strong>` : html`<strong>${text}</strong>`);
    put(listbox, items.map((s, i) => html`<li role="option" id="suggestion-${i}" aria-selected="false" data-i="${i}"
      class="suggestion kind-${s.kind}"><span class="suggestion-label">${label(s.label)}</span>
      <span class="suggestion-kind">${KIND[s.kind] || s.kind}</span></li>`));
    listbox.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    setActive(-1);
  };

  const fetchFor = async (q) => {
    controller?.abort();
    controller = new AbortController();
    try {
      const data = await api.suggest(q, controller.signal);
      if (input.value.trim() === q && document.activeElement === input) show(data.suggestions || []);
    } catch {
      close(); // suggestions are a convenience: never an error message
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return close();
    timer = setTimeout(() => fetchFor(q), DELAY_MS);
  });

  input.addEventListener('keydown', (e) => {
    const open = !listbox.hidden && items.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!open) return;
      e.preventDefault();
      const last = items.length - 1;
      if (e.key === 'ArrowDown') setActive(active >= last ? 0 : active + 1);
      else setActive(active <= 0 ? last : active - 1);
    } else if (e.key === 'Enter' && open && active >= 0) {
      e.preventDefault();
      const pick = items[active];
      close();
      onPick(pick);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      close();
    } else if (e.key === 'Tab') close();
  });

  // pointerdown, not click: it fires before the input's blur would close the list.
  listbox.addEventListener('pointerdown', (e) => {
    const li = e.target.closest('[role=option]');
    if (!li) return;
    e.preventDefault();
    const pick = items[Number(li.dataset.i)];
    close();
    onPick(pick);
  });

  input.addEventListener('blur', () => setTimeout(close, 100));
  return { close };
}
