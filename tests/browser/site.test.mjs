// The deployable folder (scripts/build-site) served from a sub-path of a static host: the page
// analyses an example, the story page merges both, the widget demo works, with no console
// error and no request outside the site's folder.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, assertClean, launch, openPage, serve } from './harness.mjs';

const PREFIX = '/some/sub/path/';
let dir;
let server;
let browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'newslens-site-'));
  // The wasm was built by scripts/test (or scripts/build-wasm) just before.
  execFileSync(join(ROOT, 'scripts/build-site'), ['--no-wasm', join(dir, 'site')], { stdio: 'pipe' });
  server = await serve(join(dir, 'site'), { prefix: PREFIX });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Every request stayed inside the site's folder: nothing at the host's root, nothing foreign. */
function assertInside(log) {
  const outside = log.requests.filter((u) => !u.startsWith(`${server.origin}${PREFIX}`) && !u.startsWith('data:'));
  assert.deepEqual(outside, [], 'every request is inside the folder');
  assert.deepEqual(server.requests.filter((u) => !u.startsWith(PREFIX)), [], 'the server saw nothing outside the folder');
}

test('the folder has the pages, the widget, the wasm and nothing from the source tree', () => {
  const site = join(dir, 'site');
  for (const f of ['index.html', 'story.html', 'embed.html', 'news-lens.js', 'newslens.js', 'newslens.d.ts', 'worker.js', 'style.css', 'pkg/newslens.js', 'pkg/newslens_bg.wasm', 'pkg-story/newslens.js', 'pkg-story/newslens_bg.wasm', 'examples/seed-000.txt']) {
    assert.ok(existsSync(join(site, f)), f);
  }
  assert.deepEqual(readdirSync(join(site, 'pkg')).sort(), ['newslens.js', 'newslens_bg.wasm']);
  assert.deepEqual(readdirSync(join(site, 'pkg-story')).sort(), ['newslens.js', 'newslens_bg.wasm']);
});

test('under a sub-path: the page analyses an example, the story page and the widget work', async () => {
  const { page, log, context } = await openPage(browser, server.origin);
  const base = `${server.origin}${PREFIX}`;

  await page.goto(base);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 });
  await page.locator('button[data-example="examples/seed-000.txt"]').click();
  await page.waitForFunction(() => document.querySelector('#dct').value === '2025-11-24' && document.getElementById('app').dataset.done);
  assert.ok((await page.locator('#entities .entity-name').allTextContents()).some((n) => n.startsWith('Marco Rubio')));
  assert.ok((await page.locator('#article .hl-q').count()) > 0, 'quotes highlighted');

  await page.locator('a[href="story.html"]').click();
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 });
  await page.locator('#example-both').click();
  await page.waitForSelector('#results[data-articles="2"]');

  await page.goto(`${base}embed.html`);
  await page.waitForFunction(() => ['lens-story', 'lens-inline'].every((id) => document.getElementById(id)?.analysis));
  const people = await page.locator('#lens-story .entity.type-PER .entity-name').allTextContents();
  assert.ok(people.some((p) => p.startsWith('Marco Rubio')), JSON.stringify(people));

  assertInside(log);
  assertClean(log);
  await context.close();
});
