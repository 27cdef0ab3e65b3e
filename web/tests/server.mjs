// Starts the real `ketnap serve` for the browser tests: a fresh SQLite file in a temp
// directory loaded with `ketnap demo`, on a free loopback port, serving the built UI.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`ketnap serve exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`ketnap serve did not answer ${url}/api/v1/health within ${timeoutMs} ms`);
}

// The day the demo's deadlines were written for (src/app/demo_dossiers.cpp): the server judges
// "today" by it, so overdue, due-soon and on-time dossiers stay what the tests expect.
export const DEMO_TODAY = '2026-11-23';

export async function startKetnap({ bin, webDist }) {
  const dir = mkdtempSync(join(tmpdir(), 'ketnap-browser-'));
  const db = join(dir, 'ketnap.db');
  const demo = spawnSync(bin, ['demo', '--db', db], { encoding: 'utf8' });
  if (demo.status !== 0) throw new Error(`ketnap demo failed (${demo.status}): ${demo.stderr}`);

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(bin, ['serve', '--db', db, '--listen', `127.0.0.1:${port}`, '--web', webDist, '--today', DEMO_TODAY], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
  });
  try {
    await waitForHealth(url, child, 15_000);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${error.message}\n${stderr}`);
  }

  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
