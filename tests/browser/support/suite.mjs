// Every test file gets its own daemon (over a fresh index of corpus/) and
// its own Chromium, so files are independent and one can stop its daemon.

import { before, after } from 'node:test';
import { startDaemon } from './daemon.mjs';
import { launch } from './browser.mjs';

export function withDaemonAndBrowser() {
  const env = {};
  before(async () => {
    env.daemon = await startDaemon();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.daemon?.cleanup();
  });
  return env;
}
