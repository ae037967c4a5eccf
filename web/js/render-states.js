// What the page says when something other than results happened.

import { html } from './html.js';
import { Unreachable } from './api.js';

export function renderError(error, { what = 'search' } = {}) {
  if (error instanceof Unreachable) {
    return html`<div class="error-state" role="alert">
      <h1 tabindex="-1">The search service isn’t responding</h1>
      <p>${what === 'search' ? 'Your search could not be run' : 'This page could not be loaded'} because the
      Minutes Search service did not answer. It may be stopped or restarting. What you asked for is kept in
      the address bar, so nothing is lost.</p>
      <button type="button" class="button-primary" data-retry>Try again</button>
    </div>`;
  }
  if (error.status === 404) {
    return html`<div class="error-state" role="alert">
      <h1 tabindex="-1">Not found</h1><p>${error.message}. It may have been removed from the index.</p>
      <p><a href="/">Start a new search</a></p></div>`;
  }
  return html`<div class="error-state" role="alert">
    <h1 tabindex="-1">That ${what} couldn’t be run</h1>
    <p class="error-message">${error.message}</p>
    <p>Check the query's quotes and brackets, or <a href="/">start again</a>.</p></div>`;
}
