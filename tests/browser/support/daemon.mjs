// Starts a real minutes-searchd over an index of corpus/ built by the real
// minutes-index, on a free loopback port. CTest passes the built programs'
// paths; run by hand, the defaults point at build/.

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../../..');
const env = process.env;
export const paths = {
  indexer: env.MINUTES_INDEX_BIN || join(repo, 'build/indexer/minutes-index'),
  searchd: env.MINUTES_SEARCHD_BIN || join(repo, 'build/searchd/minutes-searchd'),
  webRoot: env.MINUTES_WEB_ROOT || join(repo, 'web'),
  corpus: env.MINUTES_CORPUS || join(repo, 'corpus'),
};

export async function startDaemon() {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-browser-'));
  const db = join(dir, 'index');
  execFileSync(paths.indexer, ['--db', db, paths.corpus], { stdio: ['ignore', 'ignore', 'inherit'] });
  const child = spawn(paths.searchd, ['--db', db, '--listen', '127.0.0.1:0', '--web-root', paths.webRoot, '--threads', '2'],
    { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise((ok, fail) => {
    let seen = '';
    const timer = setTimeout(() => fail(new Error(`minutes-searchd did not start: ${seen}`)), 15000);
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const m = /listening on port (\d+)/.exec(seen);
      if (m) { clearTimeout(timer); ok(Number(m[1])); }
    });
    child.on('exit', (code) => { clearTimeout(timer); fail(new Error(`minutes-searchd exited ${code}: ${seen}`)); });
  });
  child.stderr.resume();
  const base = `http://127.0.0.1:${port}`;
  let stopped = false;
  return {
    base,
    /** The same API the page uses, to check what the page shows against. */
    async api(path) {
      const response = await fetch(base + path);
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.json();
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      const exited = new Promise((ok) => child.once('exit', ok));
      child.kill('SIGTERM');
      await exited;
    },
    async cleanup() {
      await this.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
