// The page with a real article: what a user sees after pasting seed 000 and 004, the publication
// date (detected, then changed by the user), the JavaScript API, errors shown in the page.
// Run: node --test tests/browser/   (scripts/test builds the wasm first)

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, gotoApp, launch, openPage, paste, serve } from './harness.mjs';

const seed = (n) => readFileSync(join(ROOT, 'tests/fixtures', `seed-${n}.txt`), 'utf8');
let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the app; returns page and log. Every test ends with `clean(log)`. */
async function app() {
  const opened = await openPage(browser, server.origin);
  await gotoApp(opened.page, server.origin);
  return opened;
}

function clean(log) {
  assert.deepEqual(log.errors, [], 'no console errors or uncaught exceptions');
  assert.deepEqual(log.dialogs, [], 'no dialogs');
  assert.deepEqual(log.foreign, [], 'no request leaves 127.0.0.1');
}

const texts = (page, selector) => page.locator(selector).allTextContents();
const attrs = (page, selector, name) => page.locator(selector).evaluateAll((els, n) => els.map((e) => e.getAttribute(n)), name);

test('the example files are the seed fixtures', () => {
  for (const n of ['000', '004']) {
    assert.equal(readFileSync(join(ROOT, 'www/examples', `seed-${n}.txt`), 'utf8'), seed(n), `www/examples/seed-${n}.txt`);
  }
});

test('seed 000: entities, quotes, timeline and the detected publication date', async () => {
  const { page, log, context } = await app();
  await page.locator('button[data-example="examples/seed-000.txt"]').click();
  await page.waitForFunction(() => document.querySelector('#article .article'));
  assert.equal(await page.locator('#text').inputValue(), seed('000'), 'the example button loads the seed text');

  // The article is rendered exactly, as text.
  assert.equal(await page.locator('#article .article').textContent(), seed('000'));

  // Publication date: read from the dateline.
  assert.equal(await page.locator('#dct').inputValue(), '2025-11-24');
  assert.equal(await page.locator('#dct-row').getAttribute('data-source'), 'text');
  assert.match(await page.locator('#dct-status').textContent(), /24th November, 2025/);

  // Entities, grouped by type, with roles and counts.
  const people = await texts(page, '#entities .entity.type-PER .entity-name');
  for (const name of ['Marco Rubio', 'Donald Trump', 'Volodymyr Zelensky', 'Vladimir Putin']) {
    assert.ok(people.some((p) => p.startsWith(name)), `${name} listed as a person (got ${JSON.stringify(people)})`);
  }
  const places = await texts(page, '#entities .entity.type-LOC .entity-name');
  assert.ok(places.some((p) => p.startsWith('Geneva')), `Geneva listed as a place (got ${JSON.stringify(places)})`);
  const rubio = page.locator('#entities .entity', { has: page.locator('.entity-name', { hasText: /^Marco Rubio/ }) });
  assert.match(await rubio.locator('.roles').textContent(), /Secretary of State/);
  assert.ok(Number(await rubio.locator('.count').textContent()) >= 2, 'Rubio is mentioned more than once');
  assert.ok((await texts(page, '#article .hl-PER')).includes('Marco Rubio'), 'Marco Rubio highlighted as a person');

  // Clicking an entity marks its mentions in the text.
  await rubio.locator('.entity-name').click();
  assert.ok((await page.locator('#article .focus').count()) >= 2, 'mentions of Rubio marked');
  assert.equal(await rubio.locator('.entity-name').getAttribute('aria-pressed'), 'true');

  // Quotes, grouped by speaker.
  const rubioQuotes = page.locator('#quotes .speaker', { has: page.locator('.speaker-name', { hasText: /^Marco Rubio/ }) });
  const said = await rubioQuotes.locator('.quote-text').allTextContents();
  assert.ok(said.some((q) => q.includes('tremendous amount of progress')), `Rubio's reported speech (got ${JSON.stringify(said)})`);
  assert.ok((await page.locator('#article .hl-q').count()) > 0, 'quotes highlighted in the text');

  // Timeline: dated, in order, the publication date marked between.
  const dates = await attrs(page, '#timeline .event time', 'datetime');
  for (const d of ['2025-11-23', '2025-11-24', '2025-11-27']) assert.ok(dates.includes(d), `timeline has ${d} (got ${dates})`);
  assert.deepEqual(dates, [...dates].sort(), 'timeline in date order');
  const order = await page.locator('#timeline .timeline > li').evaluateAll((lis) =>
    lis.map((li) => (li.classList.contains('pub') ? 'PUB ' : '') + (li.querySelector('time')?.getAttribute('datetime') ?? '')),
  );
  const pub = order.indexOf('PUB 2025-11-24');
  assert.ok(pub >= 0, `publication date marked (got ${order})`);
  assert.ok(order.indexOf('2025-11-23') < pub && order.lastIndexOf('2025-11-27') > pub, `publication marker placed by date (got ${order})`);
  const sunday = page.locator('#article .hl-t', { hasText: /^Sunday$/ }).first();
  assert.match(await sunday.getAttribute('title'), /2025-11-23/);
  const summaries = await texts(page, '#timeline .event');
  assert.ok(summaries.some((s) => s.includes('Geneva')), 'timeline shows the sentence of the Sunday event');

  clean(log);
  await context.close();
});

test('changing the publication date re-resolves the dates; reset returns to the text', async () => {
  const { page, log, context } = await app();
  await paste(page, seed('000'));
  await page.waitForFunction(() => document.querySelector('#article .article'));
  assert.equal(await page.locator('#dct').inputValue(), '2025-11-24');

  await page.locator('#dct').fill('2025-12-01'); // a Monday, one week later
  await page.waitForFunction(() => document.querySelector('#dct-row').dataset.source === 'option');
  assert.equal(await page.locator('#dct-badge').textContent(), 'set by you');
  assert.match(await page.locator('#dct-status').textContent(), /The text says Mon 24 Nov 2025/);
  let dates = await attrs(page, '#timeline .event time', 'datetime');
  assert.ok(dates.includes('2025-11-30'), `"on Sunday" now 2025-11-30 (got ${dates})`);
  assert.ok(!dates.includes('2025-11-23'), `no date left from the old anchor (got ${dates})`);
  assert.equal(await page.locator('#timeline .pub time').getAttribute('datetime'), '2025-12-01');
  assert.match(await page.locator('#article .hl-t', { hasText: /^Sunday$/ }).first().getAttribute('title'), /2025-11-30/);

  // Typing more text keeps the user's date.
  await page.locator('#text').press('End');
  await page.locator('#text').pressSequentially(' More.');
  await page.waitForTimeout(400);
  assert.equal(await page.locator('#dct-row').getAttribute('data-source'), 'option');

  await page.locator('#dct-reset').click();
  await page.waitForFunction(() => document.querySelector('#dct-row').dataset.source === 'text');
  assert.equal(await page.locator('#dct').inputValue(), '2025-11-24');
  dates = await attrs(page, '#timeline .event time', 'datetime');
  assert.ok(dates.includes('2025-11-23'), `back to 2025-11-23 (got ${dates})`);
  assert.ok(await page.locator('#dct-reset').isHidden());
  clean(log);
  await context.close();
});

test('seed 004: dateline "Published On", page debris, a direct quote by Rubio, analysis as you type', async () => {
  const { page, log, context } = await app();
  await page.locator('#text').fill(seed('004')); // no click: the debounced live analysis runs
  await page.waitForFunction(() => document.querySelector('#article .article'), null, { timeout: 5000 });
  assert.equal(await page.locator('#dct').inputValue(), '2025-11-23');
  assert.equal(await page.locator('#dct-row').getAttribute('data-source'), 'text');
  assert.ok((await texts(page, '#article .hl-bp')).some((t) => t.includes('Recommended Stories')), 'debris struck out');
  const people = await texts(page, '#entities .entity.type-PER .entity-name');
  assert.ok(people.some((p) => p.startsWith('Marco Rubio')), `Marco Rubio listed (got ${JSON.stringify(people)})`);
  const rubio = page.locator('#quotes .speaker', { has: page.locator('.speaker-name', { hasText: /^Marco Rubio/ }) });
  const direct = await rubio.locator('.quote.kind-direct .quote-text').allTextContents();
  assert.ok(direct.some((q) => q.includes('not insurmountable')), `Rubio's direct quote (got ${JSON.stringify(direct)})`);
  const dates = await attrs(page, '#timeline .event time', 'datetime');
  assert.ok(dates.includes('2025-11-23'), `timeline has 2025-11-23 (got ${dates})`);
  clean(log);
  await context.close();
});

test('the JavaScript API: UTF-16 spans, options, clear errors', async () => {
  const { page, log, context } = await app();
  // An astral character and accents early on: UTF-16, code point and byte offsets all differ.
  const text = seed('000').replace('remaining challenges.', 'remaining challenges. 😀 Café.');
  assert.notEqual(text, seed('000'));
  const r = await page.evaluate(async (text) => {
    const nl = await import('./newslens.js');
    await nl.init();
    const a = nl.analyze(text);
    const bad = (items) => items.filter((x) => text.slice(x.span.start, x.span.end) !== x.text).map((x) => x.text);
    const error = (f) => {
      try {
        f();
        return null;
      } catch (e) {
        return e instanceof Error ? e.message : `not an Error: ${e}`;
      }
    };
    return {
      version: nl.version(),
      max: nl.maxInputBytes(),
      dct: a.document.dct,
      dateline: text.slice(a.document.dateline.start, a.document.dateline.end),
      mentions: a.mentions.length,
      timexes: a.timexes.length,
      badMentions: bad(a.mentions),
      badTimexes: bad(a.timexes),
      badQuotes: bad(a.quotes.filter((q) => q.kind === 'direct')),
      given: nl.analyze(text, { dct: '2025-12-01' }).document,
      explained: nl.analyze(text, { explain: true }).timexes.every((t) => typeof t.rule === 'string' && t.rule !== ''),
      badDate: error(() => nl.analyze('x', { dct: '2025-13-45' })),
      notText: error(() => nl.analyze(42)),
    };
  }, text);
  assert.match(r.version, /^\d+\.\d+\.\d+/);
  assert.equal(r.max, 16 * 1024 * 1024);
  assert.equal(r.dct, '2025-11-24');
  assert.equal(r.dateline, '24th November, 2025');
  assert.ok(r.mentions > 10, `mentions found (${r.mentions})`);
  assert.ok(r.timexes >= 4, `time expressions found (${r.timexes})`);
  assert.deepEqual(r.badMentions, [], 'every mention span slices to its text');
  assert.deepEqual(r.badTimexes, [], 'every timex span slices to its text');
  assert.deepEqual(r.badQuotes, [], 'every direct quote span slices to its text');
  assert.equal(r.given.dct, '2025-12-01');
  assert.equal(r.given.dct_source, 'option');
  assert.equal(r.given.detected_dct, '2025-11-24');
  assert.ok(r.explained, 'explain keeps rule ids');
  assert.match(r.badDate, /not a valid date/);
  assert.match(r.notText, /must be a string/);
  clean(log);
  await context.close();
});

test('too large an input: a clear message in the page, then recovery', async () => {
  const { page, log, context } = await app();
  await page.evaluate(() => {
    const t = document.getElementById('text');
    t.value = 'Rubio said so. '.repeat(Math.ceil((16 * 1024 * 1024 + 16) / 15));
  });
  await page.locator('#analyze').click();
  const error = page.locator('#error');
  await error.waitFor({ state: 'visible' });
  assert.match(await error.textContent(), /too large.*limit is 16 MB/);
  assert.equal(await error.getAttribute('role'), 'alert');
  await paste(page, seed('004'));
  await error.waitFor({ state: 'hidden' });
  assert.equal(await page.locator('#dct').inputValue(), '2025-11-23');
  clean(log);
  await context.close();
});
