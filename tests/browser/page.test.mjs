// The page with a real article: what a user sees after pasting seed 000 and 004, the publication
// date (detected, then changed by the user), the JavaScript API, errors shown in the page.
// Run: node --test tests/browser/*.test.mjs   (scripts/test builds the wasm first)

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, assertClean, gotoApp, openPage, paste, useBrowser } from './harness.mjs';

const seed = (n) => readFileSync(join(ROOT, 'tests/fixtures', `seed-${n}.txt`), 'utf8');
const env = useBrowser();

/** Opens the app; returns page and log. Every test ends with `assertClean(log)`. */
async function app() {
  const opened = await openPage(env.browser, env.server.origin);
  await gotoApp(opened.page, env.server.origin);
  return opened;
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
  const roles = page.locator('#article .hl-role', { hasText: 'Secretary of State' });
  assert.ok((await roles.count()) > 0, 'his role marked in the text');
  assert.match(await roles.first().getAttribute('title'), /role of Marco Rubio/);
  assert.match(await page.locator('#status').textContent(), /1 line of page debris skipped/);
  assert.equal(await page.locator('#article .hl-bp').textContent(), 'a', 'the stray line struck out');

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

  assertClean(log);
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
  assertClean(log);
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
  assertClean(log);
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
  assertClean(log);
  await context.close();
});

test('too large an input: a clear message in the page, then recovery', async () => {
  const { page, log, context } = await app();
  await page.evaluate(() => {
    const t = document.getElementById('text');
    // 10 bytes of UTF-8 in 4 UTF-16 units: over the byte limit with fewer characters to lay out.
    t.value = '€€€ '.repeat(Math.ceil((16 * 1024 * 1024 + 16) / 10));
  });
  await page.locator('#analyze').click();
  const error = page.locator('#error');
  await error.waitFor({ state: 'visible' });
  assert.match(await error.textContent(), /too large.*limit is 16 MB/);
  assert.equal(await error.getAttribute('role'), 'alert');
  await paste(page, seed('004'));
  await error.waitFor({ state: 'hidden' });
  assert.equal(await page.locator('#dct').inputValue(), '2025-11-23');
  assertClean(log);
  await context.close();
});

test('exports from the page: JSON and Markdown downloads', async () => {
  const { page, log, context } = await app();
  await paste(page, seed('004'));
  await page.waitForFunction(() => document.querySelector('#article .article'));
  const save = async (format) => {
    await page.locator('#export summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`#export button[data-export="${format}"]`).click()]);
    return { name: download.suggestedFilename(), body: await readFile(await download.path(), 'utf8') };
  };
  const json = await save('json');
  assert.match(json.name, /\.json$/);
  const a = JSON.parse(json.body);
  assert.equal(a.document.dct, '2025-11-23');
  assert.ok(a.entities.some((e) => e.canonical === 'Marco Rubio'));
  const md = await save('markdown');
  assert.match(md.name, /\.md$/);
  assert.match(md.body, /^# /);
  assert.match(md.body, /## Entities[\s\S]*\*\*Marco Rubio\*\*/);
  assert.match(md.body, /## Timeline[\s\S]*Sun 23 Nov 2025/);
  assertClean(log);
  await context.close();
});

test('keyboard only: examples, entity focus and the date field are reachable', async () => {
  const { page, log, context } = await app();
  await page.locator('button[data-example="examples/seed-000.txt"]').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#article .article'));
  // Tab from the text box reaches the date field.
  await page.locator('#text').focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'dct');
  // Entities are buttons: Enter marks the mentions.
  const rubio = page.locator('#entities .entity-name', { hasText: /^Marco Rubio/ });
  await rubio.focus();
  await page.keyboard.press('Enter');
  assert.equal(await rubio.getAttribute('aria-pressed'), 'true');
  assert.ok((await page.locator('#article .focus').count()) >= 2);
  await page.keyboard.press('Enter'); // again: cleared
  assert.equal(await page.locator('#article .focus').count(), 0);
  assertClean(log);
  await context.close();
});

test('dates in words: the TIMEX3 values the timeline shows', async () => {
  const { page, log, context } = await app();
  const table = [
    ['2025-11-23', 'Sun 23 Nov 2025'],
    ['2025-11-24TMO', 'Mon 24 Nov 2025, morning'],
    ['2024-02-29', 'Thu 29 Feb 2024'],
    ['2025-11', 'Nov 2025'],
    ['2025-W48', 'week 48 of 2025'],
    ['2022', '2022'],
    ['FUTURE_REF', 'in the future'],
    ['PAST_REF', 'in the past'],
    ['P3D', 'P3D'], // not a date: shown as it is
    ['', ''],
  ];
  const got = await page.evaluate(async (inputs) => {
    const { formatDate } = await import('./render.js');
    return inputs.map((v) => formatDate(v));
  }, table.map(([v]) => v));
  assert.deepEqual(got, table.map(([, w]) => w));
  assertClean(log);
  await context.close();
});

test('odd input: analysis never throws, spans stay inside the text, the page renders it exactly', async () => {
  const { page, log, context } = await app();
  const problems = await page.evaluate(async (seedText) => {
    const nl = await import('./newslens.js');
    await nl.init();
    // A fixed pseudo-random generator: the same cases on every run.
    let x = 12345;
    const rand = (n) => ((x = (x * 1103515245 + 12345) % 2147483648) % n);
    const pieces = ['Marco Rubio', ' said ', '“', '”', '"', "'", '\n', '\r\n', '\t', ' ', 'on Sunday', '😀', '\u{1F1FA}\u{1F1E6}', 'e\u0301', '\u200b', '\u202e', 'שלום', '\0', '\uD800', '\uDC00', '<b>', '&amp;', '24th November, 2025', '.', ',', ':', '—', '-', '’s', 'Ⅻ', 'ǅ', 'İ', 'ß'];
    const cases = ['', ' ', '\n\n\n', '\uD800', seedText.slice(0, 997) + '\uDFFF' + seedText.slice(997)];
    for (let i = 0; i < 60; i++) {
      let s = '';
      const n = rand(40);
      for (let j = 0; j < n; j++) s += rand(4) === 0 ? seedText.slice(rand(3000), rand(3000) + rand(200)) : pieces[rand(pieces.length)];
      cases.push(s);
    }
    const bad = [];
    for (const text of cases) {
      let a;
      try {
        a = nl.analyze(text, { explain: true });
      } catch (e) {
        bad.push(`threw on ${JSON.stringify(text.slice(0, 60))}: ${e.message}`);
        continue;
      }
      const spans = [...a.mentions, ...a.timexes, ...a.quotes, ...a.events, ...a.document.boilerplate].map((x) => x.span);
      spans.push(...a.sentences, ...a.quotes.map((q) => q.cue).filter(Boolean));
      for (const s of spans) {
        if (!(s.start >= 0 && s.start <= s.end && s.end <= text.length)) bad.push(`span ${JSON.stringify(s)} outside ${text.length}`);
      }
      for (const m of a.mentions) if (text.slice(m.span.start, m.span.end) !== m.text) bad.push(`mention ${JSON.stringify(m.text)} != slice`);
    }
    return { bad, n: cases.length };
  }, seed('000'));
  assert.deepEqual(problems.bad, []);
  // The page renders an odd text exactly (the textarea turns \r\n into \n).
  const odd = 'Rubio 😀 said\r\n“e\u0301” on Sunday\u202e — שלום <b>x</b>\0 end';
  await paste(page, odd);
  await page.waitForFunction(() => document.querySelector('#article .article'));
  assert.equal(await page.locator('#article .article').textContent(), odd.replace(/\r\n/g, '\n'));
  assertClean(log);
  await context.close();
});

test('a dropped text file is read locally and analysed; other files are refused', async () => {
  const { page, log, context } = await app();
  const drop = (name, type, body) =>
    page.evaluate(
      ([name, type, body]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([body], name, { type }));
        document.getElementById('text').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      },
      [name, type, body],
    );
  await drop('article.txt', 'text/plain', seed('004'));
  await page.waitForFunction(() => document.querySelector('#dct').value === '2025-11-23');
  assert.equal(await page.locator('#text').inputValue(), seed('004'));
  await drop('photo.png', 'image/png', 'not text');
  await page.locator('#error').waitFor({ state: 'visible' });
  assert.match(await page.locator('#error').textContent(), /photo\.png is not a text file/);
  assert.equal(await page.locator('#text').inputValue(), seed('004'), 'the text is kept');
  assertClean(log);
  await context.close();
});

test('the page links to the story view for several articles, and back', async () => {
  const { page, log, context } = await app();
  await page.locator('.top .nav a', { hasText: 'Several articles' }).click();
  await page.waitForURL(/story\.html$/);
  await page.locator('.top .nav a', { hasText: 'One article' }).click();
  await page.waitForURL(/index\.html$/);
  await page.waitForSelector('html[data-ready="true"]');
  assertClean(log);
  await context.close();
});

test('without workers (CSP worker-src none) the page analyses on the main thread', async () => {
  const { page, log, context } = await openPage(env.browser, env.server.origin);
  await context.route(`${env.server.origin}/`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("connect-src 'self';", "connect-src 'self'; worker-src 'none';");
    await route.fulfill({ response, body });
  });
  await gotoApp(page, env.server.origin);
  await paste(page, seed('000'));
  assert.equal(await page.locator('#dct').inputValue(), '2025-11-24');
  assert.ok((await texts(page, '#entities .entity-name')).some((n) => n.startsWith('Marco Rubio')));
  assert.ok(!log.requests.some((u) => u.endsWith('/worker.js')), 'no worker was started');
  assert.deepEqual(log.errors.filter((e) => !/Content Security Policy/.test(e)), [], 'only the CSP refusal is reported');
  assert.deepEqual(log.foreign, []);
  await context.close();
});

test('a long line is cut into blocks between characters, never inside a surrogate pair', async () => {
  const { page, log, context } = await app();
  const blocks = await page.evaluate(async () => {
    const { renderText } = await import('./render.js');
    const empty = { document: { boilerplate: [], title: null, dateline: null }, quotes: [], entities: [], mentions: [], timexes: [], events: [] };
    const text = `a${'😀'.repeat(40_000)}`; // the hard cut at 32 000 units falls inside a pair
    const root = renderText(empty, text);
    return { same: root.textContent === text, blocks: [...root.children].map((b) => [b.textContent.length, b.textContent.isWellFormed()]) };
  });
  assert.equal(blocks.same, true);
  assert.ok(blocks.blocks.length >= 2, JSON.stringify(blocks.blocks));
  for (const [, ok] of blocks.blocks) assert.equal(ok, true, 'every block holds whole characters');
  assertClean(log);
  await context.close();
});
