// <news-lens> on embed.html (a page with hostile CSS): analysis in a worker, the attributes,
// the `analysis` event, re-analysis on edit, exports, keyboard use, isolation from host CSS.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { assertClean, openPage, useBrowser } from './harness.mjs';

const env = useBrowser();

/** Opens embed.html and waits until both widgets have analysed once. */
async function embed(options) {
  const opened = await openPage(env.browser, env.server.origin, options);
  await opened.page.addInitScript(() => {
    window.__analyses = [];
    document.addEventListener('analysis', (e) => window.__analyses.push({ id: e.target.id, entities: e.detail.entities.length }));
  });
  await opened.page.goto(`${env.server.origin}/embed.html`);
  await opened.page.waitForFunction(() => new Set(window.__analyses.map((a) => a.id)).size === 2, null, { timeout: 15000 });
  return opened;
}

test('the widgets analyse their text in a worker and render in their shadow roots', async () => {
  const { page, log, context } = await embed();
  assert.ok(log.requests.some((u) => u.endsWith('/worker.js')), 'the analysis runs in a Web Worker');
  const story = page.locator('#lens-story');
  assert.equal(await story.evaluate((el) => el.shadowRoot !== null && el.analysis !== null), true);
  // The text comes from <article id="story">, one line per paragraph.
  const text = await story.evaluate((el) => el.text);
  assert.ok(text.startsWith('Published On 23 Nov 2025\n\nUS and Ukraine announce ‘updated’'), JSON.stringify(text.slice(0, 80)));
  assert.ok(!/  |\n\n\n/.test(text), 'whitespace collapsed, one blank line between blocks');
  assert.equal(await story.locator('.nl-date time').getAttribute('datetime'), '2025-11-23');
  assert.equal(await story.locator('.nl-date .dct-badge').textContent(), 'from the text');
  // sections="entities quotes timeline": those three, in that order, and no text section.
  assert.deepEqual(await story.locator('.nl-section h2').allTextContents(), ['Entities', 'Quotes', 'Timeline']);
  const people = await story.locator('.entity.type-PER .entity-name').allTextContents();
  assert.ok(people.some((p) => p.startsWith('Marco Rubio')), `Marco Rubio listed (got ${JSON.stringify(people)})`);
  const rubio = story.locator('.speaker', { has: page.locator('.speaker-name', { hasText: /^Marco Rubio/ }) });
  assert.ok((await rubio.locator('.quote-text').allTextContents()).some((q) => q.includes('not insurmountable')), 'Rubio quoted');
  const dates = await story.locator('.event time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')));
  assert.ok(dates.includes('2025-11-23'), `timeline dates (got ${dates})`);

  // The inline widget: its own content, the page's date, dark theme, text and timeline only.
  const inline = page.locator('#lens-inline');
  assert.deepEqual(await inline.locator('.nl-section h2').allTextContents(), ['Text', 'Timeline']);
  assert.equal(await inline.locator('.nl-date .dct-badge').textContent(), 'given');
  assert.match(await inline.locator('.hl-t', { hasText: /^Sunday$/ }).getAttribute('title'), /2025-11-30/);
  assert.match(await inline.locator('.hl-t', { hasText: /^Thursday$/ }).getAttribute('title'), /2025-12-04/);
  const bg = await inline.locator('.nl').evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(bg, 'rgb(27, 32, 41)', 'theme="dark"');
  assertClean(log);
  await context.close();
});

test('attributes and edits re-analyse; the analysis event fires each time', async () => {
  const { page, log, context } = await embed();
  const inline = page.locator('#lens-inline');
  await inline.evaluate((el) => el.setAttribute('dct', '2025-11-24'));
  await page.waitForFunction(() => document.querySelector('#lens-inline').analysis?.document.dct === '2025-11-24');
  await page.waitForFunction(() => /2025-11-23/.test(document.querySelector('#lens-inline').shadowRoot.querySelector('.hl-t')?.title));
  await inline.evaluate((el) => el.removeAttribute('dct'));
  await page.waitForFunction(() => document.querySelector('#lens-inline').analysis?.document.dct_source === 'none');
  assert.equal(await inline.locator('.nl-date').textContent(), 'No publication date');

  // A bad date: the core's message in the widget, and a newslens-error event.
  const message = page.evaluate(() => new Promise((resolve) => document.addEventListener('newslens-error', (e) => resolve(e.detail), { once: true })));
  await inline.evaluate((el) => el.setAttribute('dct', 'next <b>Tuesday</b>'));
  assert.match(await message, /not a valid date/);
  assert.match(await inline.locator('.error').textContent(), /"next <b>Tuesday<\/b>" is not a valid date/);
  assert.equal(await inline.locator('.error *').count(), 0);
  await inline.evaluate((el) => el.removeAttribute('dct'));
  await inline.locator('.error').waitFor({ state: 'hidden' });

  await inline.evaluate((el) => el.setAttribute('sections', 'quotes, entities'));
  await page.waitForFunction(() => document.querySelector('#lens-inline').shadowRoot.querySelectorAll('.nl-section').length === 2);
  assert.deepEqual(await inline.locator('.nl-section h2').allTextContents(), ['Quotes', 'Entities']);
  assert.ok(await inline.locator('.nl-original').isVisible(), 'without a text section the original text stays visible');

  // Editing the article re-analyses (debounced).
  const before = await page.evaluate(() => window.__analyses.length);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'British Prime Minister Keir Starmer said on Monday that progress was significant.';
    document.getElementById('story').append(p);
  });
  await page.waitForFunction((n) => window.__analyses.length > n && document.querySelector('#lens-story').text.includes('Keir Starmer'), before);
  const people = await page.locator('#lens-story .entity.type-PER .entity-name').allTextContents();
  assert.ok(people.some((p) => p.startsWith('Keir Starmer')), `the new name is listed (got ${JSON.stringify(people)})`);
  assertClean(log);
  await context.close();
});

test('host page CSS does not reach into the widget', async () => {
  const { page, log, context } = await embed();
  const story = page.locator('#lens-story');
  const style = await story.locator('.nl').evaluate((el) => {
    const s = getComputedStyle(el);
    return { color: s.color, size: s.fontSize, transform: s.textTransform, family: s.fontFamily, bg: s.backgroundColor };
  });
  assert.notEqual(style.color, 'rgb(221, 0, 0)');
  assert.equal(style.size, '15px');
  assert.equal(style.transform, 'none');
  assert.ok(!/comic/i.test(style.family), style.family);
  assert.equal(style.bg, 'rgb(255, 255, 255)');
  assert.ok(await story.locator('.export summary').isVisible(), 'the export menu is not hidden by the host');
  assert.ok(await story.locator('.nl-section h2').first().isVisible(), 'sections are not hidden by the host');
  assert.equal(await story.evaluate((el) => getComputedStyle(el).display), 'block');
  assertClean(log);
  await context.close();
});

test('keyboard: open the export menu, download JSON; focus an entity with Enter', async () => {
  const { page, log, context } = await embed();
  const story = page.locator('#lens-story');
  await story.locator('.export summary').focus();
  await page.keyboard.press('Enter');
  assert.ok(await story.locator('.export-menu').isVisible(), 'Enter opens the menu');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.querySelector('#lens-story').shadowRoot.activeElement?.dataset.export), 'json');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.match(download.suggestedFilename(), /\.json$/);
  const json = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(json.document.dct, '2025-11-23');
  assert.ok(Array.isArray(json.entities) && Array.isArray(json.events));

  const first = story.locator('.entity-name').first();
  await first.focus();
  await page.keyboard.press('Enter');
  assert.equal(await first.getAttribute('aria-pressed'), 'true', 'Enter on an entity marks it');
  assertClean(log);
  await context.close();
});

test('exports: CSV, iCalendar and Markdown are well formed and escape the text', async () => {
  const { page, log, context } = await embed();
  const out = await page.evaluate(async () => {
    const { exportAs } = await import('./export.js');
    const el = document.querySelector('#lens-story');
    const now = new Date(Date.UTC(2025, 10, 25, 8, 0, 0));
    const hostile = structuredClone(el.analysis);
    hostile.entities.unshift({ id: 'x', canonical: '=HYPERLINK("http://evil.example")', type: 'PER', roles: ['a, "b"'], role_spans: [], aliases: [], count: 1, mentions: [], related: null, salience: 0 });
    hostile.quotes.unshift({ id: 'qx', span: { start: 0, end: 1 }, text: '<img src=x onerror=alert(1)> *bold* [link](javascript:x)', kind: 'direct', cue: null, cue_text: 'said', speaker: 'Someone', speaker_span: null, speaker_entity: null });
    return {
      ics: exportAs('ics', el.analysis, el.text, now),
      csv: exportAs('entities', hostile, el.text),
      timeline: exportAs('timeline', el.analysis, el.text),
      md: exportAs('markdown', hostile, el.text),
    };
  });
  const lines = out.ics.split('\r\n');
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.ok(lines.includes('DTSTART;VALUE=DATE:20251123') && lines.includes('DTEND;VALUE=DATE:20251124'), out.ics);
  assert.ok(lines.includes('DTSTAMP:20251125T080000Z'));
  assert.ok(lines.every((l) => new TextEncoder().encode(l).length <= 75), 'lines folded at 75 octets');
  assert.equal(out.ics.split('BEGIN:VEVENT').length - 1, out.ics.split('END:VEVENT').length - 1);
  assert.ok(!/\n(?<!\r\n)/.test(out.ics.replace(/\r\n/g, '')), 'CRLF line ends only');
  const csv = out.csv.split('\r\n');
  assert.equal(csv[0], 'id,type,name,mentions,roles,aliases,related');
  assert.equal(csv[1], `x,PER,"'=HYPERLINK(""http://evil.example"")",1,"a, ""b""",,`, 'quoted, and no formula');
  assert.match(out.timeline.split('\r\n')[0], /^date,date_text,summary,sentence/);
  assert.ok(out.timeline.includes('2025-11-23'));
  assert.ok(out.md.includes('\\<img src=x onerror=alert(1)\\> \\*bold\\* \\[link\\](javascript:x)'), 'Markdown escaped');
  assert.match(out.md, /^# US and Ukraine announce|^# newslens analysis/);
  assertClean(log);
  await context.close();
});

test('without workers (host CSP worker-src none) the widget analyses on the main thread', async () => {
  const { page, log, context } = await openPage(env.browser, env.server.origin);
  await context.route(`${env.server.origin}/embed.html`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace("connect-src 'self';", "connect-src 'self'; worker-src 'none';");
    await route.fulfill({ response, body });
  });
  await page.goto(`${env.server.origin}/embed.html`);
  await page.waitForFunction(() => document.querySelector('#lens-story')?.analysis?.document.dct === '2025-11-23', null, { timeout: 15000 });
  assert.ok(!log.requests.some((u) => u.endsWith('/worker.js')), 'no worker was started');
  assert.deepEqual(log.errors.filter((e) => !/Content Security Policy/.test(e)), [], 'only the CSP refusal is reported');
  assert.deepEqual(log.foreign, []);
  await context.close();
});

test('theme: the reader\'s dark preference, unless theme="light"', async () => {
  const { page, log, context } = await embed({ colorScheme: 'dark' });
  const bg = (sel) => page.locator(`${sel} .nl`).first().evaluate((el) => getComputedStyle(el).backgroundColor);
  assert.equal(await bg('#lens-story'), 'rgb(27, 32, 41)', 'dark by preference');
  await page.locator('#lens-story').evaluate((el) => el.setAttribute('theme', 'light'));
  assert.equal(await bg('#lens-story'), 'rgb(255, 255, 255)', 'theme="light" wins');
  assertClean(log);
  await context.close();
});

test('one script tag defines <news-lens>; define(tag) adds other names; the text property', async () => {
  const { page, log, context } = await embed();
  // embed.html loads the widget with <script type="module" src="news-lens.js"> and no code.
  assert.equal(await page.locator('script[type="module"][src="news-lens.js"]').count(), 1);
  const r = await page.evaluate(async () => {
    const { NewsLens } = await import('./news-lens.js');
    const first = customElements.get('news-lens') === NewsLens;
    NewsLens.define(); // already defined: nothing happens
    NewsLens.define('story-lens').define('story-lens'); // a second name: a subclass of NewsLens
    const Other = customElements.get('story-lens');
    const el = document.createElement('story-lens');
    el.setAttribute('sections', 'entities');
    el.textContent = 'Ignored, because the text property is set.';
    el.text = 'Kremlin spokesman Dmitry Peskov said on Monday that Moscow would respond.';
    const analysis = new Promise((resolve) => el.addEventListener('analysis', (e) => resolve(e.detail), { once: true }));
    document.body.append(el);
    const a = await analysis;
    const textProp = el.text;
    // null returns to the element's own content.
    const again = new Promise((resolve) => el.addEventListener('analysis', (e) => resolve(e.detail), { once: true }));
    el.text = null;
    const b = await again;
    return {
      first,
      subclass: Other !== NewsLens && Object.getPrototypeOf(Other) === NewsLens && el instanceof NewsLens,
      names: a.entities.map((e) => e.canonical),
      textProp,
      afterNull: el.text,
      namesAfter: b.entities.map((e) => e.canonical),
    };
  });
  assert.equal(r.first, true, 'importing the module defined <news-lens> as NewsLens');
  assert.equal(r.subclass, true, '<story-lens> is a subclass of NewsLens');
  assert.ok(r.names.includes('Dmitry Peskov'), JSON.stringify(r.names));
  assert.equal(r.textProp, 'Kremlin spokesman Dmitry Peskov said on Monday that Moscow would respond.');
  assert.equal(r.afterNull, 'Ignored, because the text property is set.');
  assert.ok(!r.namesAfter.includes('Dmitry Peskov'), JSON.stringify(r.namesAfter));
  assertClean(log);
  await context.close();
});
