// Debian's headless Chromium through playwright-core, plus the small waiting
// helpers the tests share (playwright-core has no expect()).

import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

export const artifacts = resolve(import.meta.dirname, '../artifacts');

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A page that fails the test on any script error or request leaving the daemon. */
export async function openPage(browser, base, { width = 1280, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'en-GB' });
  context.setDefaultTimeout(10000);
  const page = await context.newPage();
  page.errors = [];
  page.foreign = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  page.on('request', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) page.foreign.push(r.url()); });
  page.base = base;
  return page;
}

export async function screenshot(page, name) {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: false });
}

/** Retries an assertion until it passes or the time is up, then throws its last error. */
export async function eventually(check, timeout = 8000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() > end) throw e;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** Waits until the view for the current URL is on screen (app.js marks it). */
export async function ready(page) {
  await page.waitForFunction(() => document.body.dataset.rendered === location.pathname + location.search
    && document.querySelector('#main').getAttribute('aria-busy') === 'false');
}

export const text = (page, selector) => page.locator(selector).first().innerText();
export const count = (page, selector) => page.locator(selector).count();

/** Opens a fresh page at a path of the daemon and waits for its view. */
export async function visit(env, path, size) {
  const page = await openPage(env.browser, env.daemon.base, size);
  await page.goto(env.daemon.base + path);
  await ready(page);
  return page;
}
