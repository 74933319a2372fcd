// A 5 MB paste: the analysis runs in the worker, the page shows progress and stays responsive
// (a timer probe inside the page measures the longest pause of the main thread), and the
// results appear within a bounded time. For the page (paste into the text box) and the widget
// (its `text` property).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, assertClean, gotoApp, openPage, useBrowser } from './harness.mjs';

const env = useBrowser();
const seeds = ['000', '004'].map((n) => readFileSync(join(ROOT, 'tests/fixtures', `seed-${n}.txt`), 'utf8'));

// Limits: no task of the page may take MAX_TASK_MS (the browser's own long-task measurement of
// work on the main thread), and the probe's timer may never wait MAX_GAP_MS (that also counts
// rendering, and the other sessions sharing this 2-core machine: measured 60-130 ms typically,
// 200 ms at worst under load); results must be there within MAX_RESULTS_MS.
const MAX_TASK_MS = 200;
const MAX_GAP_MS = 250;
const MAX_RESULTS_MS = 20_000;

/**
 * The 5 MB article (built inside the page, so that it need not cross the test protocol): the
 * seeds again and again, with names, places and dates varied so that the lists grow too.
 */
function buildArticle([a, b]) {
  const places = ['Geneva', 'Vienna', 'Oslo', 'Nairobi', 'Lima', 'Hanoi', 'Ottawa', 'Accra', 'Quito', 'Tbilisi', 'Dakar', 'Riga'];
  const people = ['Marco Rubio', 'Anna Keller', 'Tomas Novak', 'Grace Mensah', 'Luis Ortega', 'Mei Tanaka', 'Omar Haddad'];
  const months = ['January', 'March', 'May', 'July', 'September', 'November'];
  const parts = [];
  let length = 0;
  for (let i = 0; length < 5_000_000; i++) {
    const place = places[i % places.length];
    const person = people[i % people.length];
    const extra = `${person} said in ${place} on ${(i % 28) + 1} ${months[i % months.length]} 2025 that the ${place} office of Unit ${i} would "stay open until the work is done".`;
    const part = (i % 2 ? a : b).replaceAll('Geneva', place).replaceAll('Marco Rubio', person) + '\n' + extra + '\n\n';
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

/**
 * Runs `start(text)` in the page with a gap probe (a 10 ms timer that records the longest time
 * between two of its ticks) and waits for `results` (lists shown) and `complete` (the whole
 * text rendered), both names of events on `target`. Returns the measurements.
 */
const probe = `
  window.__measure = (text, start, target, results, complete, progressSelector) => new Promise((resolve, reject) => {
    const t0 = performance.now();
    let last = t0, worst = 0, worstAt = 0, sawProgress = false;
    // For the report: the page's own long tasks (over 50 ms), as the browser measures them.
    const longTasks = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push([Math.round(e.startTime - t0), Math.round(e.duration)])));
    observer.observe({ type: 'longtask' });
    const tick = setInterval(() => {
      const now = performance.now();
      if (now - last > worst) { worst = now - last; worstAt = last - t0; }
      last = now;
      const bar = progressSelector();
      if (bar && !bar.hidden) sawProgress = true;
    }, 10);
    const out = { length: text.length };
    target.addEventListener(results, (e) => { out.resultsMs = performance.now() - t0; out.entities = e.detail.entities.length; out.mentions = e.detail.mentions.length; }, { once: true });
    target.addEventListener(complete, () => {
      // One more tick after the last step, so that a long final task is measured too.
      setTimeout(() => { clearInterval(tick); observer.disconnect(); resolve({ ...out, completeMs: performance.now() - t0, worst, worstAt, sawProgress, longTasks }); }, 50);
    }, { once: true });
    setTimeout(() => { clearInterval(tick); reject(new Error('no results after 60 s: ' + JSON.stringify({ ...out, worst }))); }, 60_000);
    start(text);
  });`;

function check(r, what) {
  console.log(`${what}: ${r.length} characters, results after ${Math.round(r.resultsMs)} ms, complete after ${Math.round(r.completeMs)} ms, longest main-thread pause ${Math.round(r.worst)} ms (at ${Math.round(r.worstAt)} ms); long tasks [at, ms]: ${JSON.stringify(r.longTasks)}`);
  assert.ok(r.length >= 5_000_000, 'a 5 MB text');
  assert.ok(r.mentions > 50_000, `the whole text was analysed (${r.mentions} mentions)`);
  assert.ok(r.entities > 20, `the varied names became entities (${r.entities})`);
  assert.ok(r.sawProgress, 'a progress bar was shown while working');
  assert.ok(r.resultsMs < MAX_RESULTS_MS, `results after ${Math.round(r.resultsMs)} ms (limit ${MAX_RESULTS_MS})`);
  assert.ok(r.completeMs < MAX_RESULTS_MS * 2, `the text complete after ${Math.round(r.completeMs)} ms`);
  const longest = Math.max(0, ...r.longTasks.map(([, ms]) => ms));
  assert.ok(longest < MAX_TASK_MS, `a task took ${longest} ms (limit ${MAX_TASK_MS}): ${JSON.stringify(r.longTasks)}`);
  assert.ok(r.worst < MAX_GAP_MS, `the main thread paused ${Math.round(r.worst)} ms at ${Math.round(r.worstAt)} ms (limit ${MAX_GAP_MS})`);
}

test('the page: a 5 MB paste is analysed in the worker and the page never freezes', { timeout: 120_000 }, async () => {
  const { page, log, context } = await openPage(env.browser, env.server.origin);
  await gotoApp(page, env.server.origin);
  await page.evaluate(probe);
  const r = await page.evaluate(
    async ([source, seeds]) => {
      const text = new Function(`return ${source}`)()(seeds);
      const box = document.getElementById('text');
      const start = (t) => {
        // A paste: the event carries the text; the page takes it (a synthetic paste inserts nothing).
        const data = new DataTransfer();
        data.setData('text/plain', t);
        box.focus();
        box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      };
      return { text, ...(await window.__measure(text, start, document, 'newslens:analysis', 'newslens:rendered', () => document.getElementById('progress'))) };
    },
    [buildArticle.toString(), seeds],
  );
  check(r, 'page');
  assert.ok(log.requests.some((u) => u.endsWith('/worker.js')), 'the analysis ran in a Web Worker');
  // The lists are capped ("Show more"), the text complete, highlights and all.
  assert.ok((await page.locator('#quotes button.more').count()) > 0, 'long lists show a "Show more" button');
  const shown = await page.evaluate(() => document.querySelector('#article .article').textContent.length);
  assert.equal(shown, r.length, 'the whole text is in the page');
  assert.match(await page.locator('#status').textContent(), /analysed in/);
  // The box shows the beginning (laying out 5 MB in a text box freezes a page for seconds).
  assert.match(await page.locator('#held-note').textContent(), /5\.0 million characters.*all of it is analysed/);
  assert.equal(await page.locator('#text').inputValue(), r.text.slice(0, 10_000));
  assert.equal(await page.locator('#text').getAttribute('readonly'), '');
  assert.ok(await page.locator('#progress').isHidden(), 'the progress bar is gone');
  // Lighting up every mention of the first entity (thousands of them) is one click away.
  const focus = await page.evaluate(async () => {
    const button = document.querySelector('#entities .entity-name');
    const t0 = performance.now();
    button.click();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return { ms: performance.now() - t0, lit: document.querySelectorAll('#article .focus').length, pressed: button.getAttribute('aria-pressed') };
  });
  console.log(`page: focusing an entity lit ${focus.lit} mentions in ${Math.round(focus.ms)} ms`);
  assert.equal(focus.pressed, 'true');
  assert.ok(focus.lit > 1000, `${focus.lit} mentions lit`);
  assert.ok(focus.ms < 500, `focusing took ${Math.round(focus.ms)} ms`);
  // Clicking "Show more" adds items.
  const before = await page.locator('#quotes .speaker').first().locator('.quote').count();
  await page.locator('#quotes .speaker').first().locator('button.more').click();
  assert.ok((await page.locator('#quotes .speaker').first().locator('.quote').count()) > before);
  // And from the keyboard: Enter on the timeline's "Show more".
  const events = await page.locator('#timeline .event').count();
  await page.locator('#timeline button.more').focus();
  await page.keyboard.press('Enter');
  assert.ok((await page.locator('#timeline .event').count()) > events, 'more events shown');
  // The held text: the whole of it goes into the box on request.
  await page.locator('#held-edit').click();
  assert.equal(await page.locator('#text').evaluate((t) => t.value.length), r.length);
  assert.ok(await page.locator('#held').isHidden());
  assertClean(log);
  await context.close();
});

test('the widget: a 5 MB `text` is analysed in the worker and the page never freezes', { timeout: 120_000 }, async () => {
  const { page, log, context } = await openPage(env.browser, env.server.origin);
  await page.goto(`${env.server.origin}/embed.html`);
  await page.waitForFunction(() => document.querySelector('#lens-inline')?.analysis);
  await page.evaluate(probe);
  const r = await page.evaluate(
    async ([source, seeds]) => {
      const text = new Function(`return ${source}`)()(seeds);
      const el = document.getElementById('lens-inline');
      const shown = new Promise((resolve) => el.addEventListener('rendered', resolve, { once: true }));
      el.setAttribute('sections', 'text entities quotes timeline');
      await shown;
      return window.__measure(text, (t) => (el.text = t), el, 'analysis', 'rendered', () => el.shadowRoot.querySelector('progress'));
    },
    [buildArticle.toString(), seeds],
  );
  check(r, 'widget');
  assert.ok(log.requests.some((u) => u.endsWith('/worker.js')), 'the analysis ran in a Web Worker');
  const shown = await page.evaluate(() => document.querySelector('#lens-inline').shadowRoot.querySelector('.article').textContent.length);
  assert.equal(shown, r.length, 'the whole text is in the widget');
  assert.equal(await page.evaluate(() => document.querySelector('#lens-inline').text.length), r.length, 'the text property');
  assertClean(log);
  await context.close();
});
