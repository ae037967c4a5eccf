// Browser page benchmark: the page's own weight, and how long after the
// search API's response the results are on the page, in Debian's headless
// Chromium against a real minutes-searchd over corpus/.
//
//   node bench/page_bench.mjs [QUERIES]      (after scripts/install-browser-deps.sh and a build)
//
// "Render" is from the end of the /api/search response (Resource Timing)
// to the moment app.js marks the view rendered (a MutationObserver on
// body[data-rendered]); one frame at 60 Hz is 16.7 ms.
import { launch, openPage, ready } from '../tests/browser/support/browser.mjs';
import { startDaemon } from '../tests/browser/support/daemon.mjs';

const queries = Number(process.argv[2] || 40);
const words = ['budget', 'transport', 'SEND', 'school', 'parking', 'housing', 'library', 'councillor', 'flood',
  'planning', 'waste', 'care', 'EHCP', 'bus', 'library volunteers', '"home to school"', 'road safety', 'grant',
  'climate', 'youth'];

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

const daemon = await startDaemon();
const browser = await launch();
try {
  const page = await openPage(browser, daemon.base);
  await page.goto(daemon.base + '/');
  await ready(page);
  // What the page itself weighs: its HTML, CSS and scripts as served.
  const weight = await page.evaluate(() => {
    const own = performance.getEntriesByType('resource').filter((r) => /\.(css|js)$/.test(new URL(r.name).pathname));
    const nav = performance.getEntriesByType('navigation')[0];
    return { files: own.length + 1, bytes: own.reduce((n, r) => n + r.decodedBodySize, nav.decodedBodySize) };
  });
  await page.evaluate(() => {
    window.renderedAt = [];
    new MutationObserver(() => window.renderedAt.push(performance.now()))
      .observe(document.body, { attributes: true, attributeFilter: ['data-rendered'] });
  });
  const render = [];
  const total = [];
  for (let i = 0; i < queries; i++) {
    const q = words[i % words.length];
    const typedAt = await page.evaluate(() => performance.now());
    await page.fill('#q', q);
    await page.press('#q', 'Enter');
    await ready(page);
    const t = await page.evaluate(() => {
      const api = performance.getEntriesByType('resource').filter((r) => r.name.includes('/api/search?')).pop();
      const shown = window.renderedAt[window.renderedAt.length - 1];
      performance.clearResourceTimings();
      return { responseEnd: api.responseEnd, shown };
    });
    render.push(t.shown - t.responseEnd);
    total.push(t.shown - typedAt);
  }
  const ms = (x) => `${x.toFixed(1)} ms`;
  console.log(`page: ${weight.files} files of its own, ${(weight.bytes / 1024).toFixed(1)} KiB as served (uncompressed)`);
  console.log(`render after response, ${queries} searches: median ${ms(median(render))}, p90 ${ms(pct(render, 0.9))}, max ${ms(Math.max(...render))}`);
  console.log(`typed query to results on page: median ${ms(median(total))}, p90 ${ms(pct(total, 0.9))}`);
} finally {
  await browser.close();
  await daemon.cleanup();
}
