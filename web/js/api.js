// Thin client for minutes-searchd's JSON API. Two kinds of failure matter to
// the page: the daemon answered with an error (its message is worth showing)
// and the daemon could not be reached at all (say so plainly).

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

export class Unreachable extends Error {
  constructor() {
    super('The search service is not responding.');
  }
}

async function getJson(path, signal) {
  let response;
  try {
    response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new Unreachable();
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    if (e.name === 'AbortError') throw e;
  }
  if (!response.ok) {
    // A proxy in front of a stopped daemon answers 502-504 without our JSON.
    if (!body?.error && response.status >= 502) throw new Unreachable();
    throw new ApiError(body?.error?.message || `The service answered ${response.status}.`, response.status);
  }
  return body;
}

const seg = encodeURIComponent;

export const api = {
  search: (params, signal) => getJson(`/api/search?${params}`, signal),
  item: (id, signal) => getJson(`/api/items/${seg(id)}`, signal),
  councillor: (id, signal) => getJson(`/api/councillors/${seg(id)}`, signal),
  suggest: (q, signal) => getJson(`/api/suggest?${new URLSearchParams({ q, limit: '8' })}`, signal),
};
