// Shared by the browser tests: serves www/ on 127.0.0.1 (a free port), launches the system
// Chromium through playwright-core, and records everything a page does that a test may forbid:
// console errors, uncaught exceptions, dialogs, requests.

import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { after, before } from 'node:test';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WWW = join(ROOT, 'www');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `dir` on 127.0.0.1, port chosen by the OS, under `prefix` (a sub-path such as
 * "/some/path/": anything outside it is a 404). Returns { origin, requests, close }.
 */
export async function serve(dir = WWW, { prefix = '/' } = {}) {
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push(req.url);
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!pathname.startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('outside the site');
      return;
    }
    const path = normalize(join(dir, pathname.slice(prefix.length - 1)));
    if (path !== dir && !path.startsWith(dir + sep)) {
      res.writeHead(403).end();
      return;
    }
    const file = path.endsWith(sep) ? join(path, 'index.html') : path;
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(r)) };
}

export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/**
 * Opens a fresh page that records console errors, page errors, dialogs and every request URL,
 * and aborts requests that leave `origin` (they are still recorded, so a test can fail on them).
 */
export async function openPage(browser, origin, { colorScheme = 'light', viewport = { width: 1400, height: 1000 }, locale = 'en-GB' } = {}) {
  const context = await browser.newContext({ colorScheme, viewport, locale, serviceWorkers: 'block' });
  context.setDefaultTimeout(8000); // a failing check fails fast, not after Playwright's 30 s
  const log = { errors: [], dialogs: [], requests: [], foreign: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    log.requests.push(url);
    if (url.startsWith(`${origin}/`) || url.startsWith('data:')) return route.continue();
    log.foreign.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') log.errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => log.errors.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    log.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:') && !log.foreign.includes(url)) log.foreign.push(url);
  });
  return { context, page, log };
}

/** Loads the page and waits until the WebAssembly module is ready. */
export async function gotoApp(page, origin, path = '/') {
  await page.goto(`${origin}${path}`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 });
}

/**
 * Pastes `text` into the text box the way a user does (one input event), clicks Analyse and
 * waits until that run has finished (results shown, or an error).
 */
export async function paste(page, text) {
  await page.locator('#text').fill(text);
  await analyseNow(page);
}

/** Clicks Analyse and waits until the run has finished (#app's data-done counts finished runs). */
export async function analyseNow(page) {
  const done = await page.evaluate(() => Number(document.getElementById('app').dataset.done ?? 0));
  await page.locator('#analyze').click();
  await page.waitForFunction((n) => Number(document.getElementById('app').dataset.done ?? 0) > n, done);
}

/**
 * One server and one browser for a whole test file (node:test hooks). Returns an object whose
 * `server` and `browser` are set once the hooks have run.
 */
export function useBrowser() {
  const env = { server: null, browser: null };
  before(async () => {
    env.server = await serve();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/** Every test ends with this: no console error, no dialog, no request that left 127.0.0.1. */
export function assertClean(log) {
  assert.deepEqual(log.errors, [], 'no console errors or uncaught exceptions');
  assert.deepEqual(log.dialogs, [], 'no dialogs');
  assert.deepEqual(log.foreign, [], 'no request leaves 127.0.0.1');
}
