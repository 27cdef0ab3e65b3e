// Prints the figures asked for in issue 4: the production bundle's gzipped size (what the
// first page load needs, and everything) and the dashboard's time to first render on
// localhost (navigation start → funnel chart drawn), median of 5 runs. Not a test.
//
//   KETNAP_BIN=build/ketnap node web/tests/measure.mjs
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startKetnap } from './server.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '..', '..');
const BIN = resolve(process.env.KETNAP_BIN ?? join(REPO, 'build', 'ketnap'));
const WEB_DIST = resolve(process.env.KETNAP_WEB_DIST ?? join(REPO, 'web', 'dist'));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

function bundleSizes() {
  const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]);
  const initialGz = initial.reduce((sum, file) => sum + gz(join(WEB_DIST, file)), gz(join(WEB_DIST, 'index.html')));
  const assets = readdirSync(join(WEB_DIST, 'assets'));
  const totalGz = assets.reduce((sum, file) => sum + gz(join(WEB_DIST, 'assets', file)), 0);
  return { initial, initialGz, totalGz, files: assets.length };
}

async function dashboardFirstRender(url, runs = 5) {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  const times = [];
  try {
    for (let run = 0; run < runs; run++) {
      // A fresh context each time: cold HTTP cache, as on a first visit after login.
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const login = await context.request.post(`${url}/api/v1/session`, { data: { username: 'khoiqn', password: 'ketnap-demo' } });
      if (!login.ok()) throw new Error(`login failed: ${login.status()}`);
      const page = await context.newPage();
      // Noted by the page itself when the funnel's SVG appears, so Playwright's polling
      // interval is not counted (init scripts are not subject to the page's CSP).
      await page.addInitScript(() => {
        new MutationObserver(() => {
          if (!window.funnelDrawnAt && document.querySelector('.chart-funnel .chart svg')) window.funnelDrawnAt = performance.now();
        }).observe(document, { subtree: true, childList: true });
      });
      await page.goto(`${url}/`);
      await page.locator('.chart-funnel .chart svg').waitFor({ timeout: 30_000 });
      times.push(await page.evaluate(() => window.funnelDrawnAt)); // ms since navigation start
      await context.close();
    }
  } finally {
    await browser.close();
  }
  times.sort((a, b) => a - b);
  return { times, median: times[Math.floor(times.length / 2)] };
}

const sizes = bundleSizes();
console.log(`bundle: ${sizes.files} files, ${kb(sizes.totalGz)} gzipped in all`);
console.log(`first load (index.html + ${sizes.initial.join(', ')}): ${kb(sizes.initialGz)} gzipped`);
const server = await startKetnap({ bin: BIN, webDist: WEB_DIST });
try {
  const { times, median } = await dashboardFirstRender(server.url);
  console.log(`dashboard first render (navigation start → funnel drawn), 5 runs: ${times.map((t) => t.toFixed(0)).join(', ')} ms; median ${median.toFixed(0)} ms`);
} finally {
  await server.stop();
}
