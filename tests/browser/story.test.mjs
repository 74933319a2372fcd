// The story page (www/story.html): several articles merged into one story. Adds the two seeds,
// checks the merged timeline, the entities with per-article counts, the quotes and the
// differences; then pasting several at once, per-article dates, the keyboard, hostile text.
// Run: node --test tests/browser/*.test.mjs   (scripts/test builds the wasm first)

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, gotoApp, launch, openPage, serve } from './harness.mjs';

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

async function storyPage(options) {
  const opened = await openPage(browser, server.origin, options);
  await gotoApp(opened.page, server.origin, '/story.html');
  return opened;
}

function clean(log) {
  assert.deepEqual(log.errors, [], 'no console errors or uncaught exceptions');
  assert.deepEqual(log.dialogs, [], 'no dialogs');
  assert.deepEqual(log.foreign, [], 'no request leaves 127.0.0.1');
}

/** Waits until the results show `n` articles. */
const analysed = (page, n) => page.waitForSelector(`#results[data-articles="${n}"]`);

/** The merged timeline as plain data. */
const timeline = (page) =>
  page.locator('#story-timeline .story-event').evaluateAll((lis) =>
    lis.map((li) => ({
      date: li.dataset.date,
      single: li.classList.contains('single'),
      badge: li.querySelector('.when .badge')?.textContent ?? '',
      sources: [...li.querySelectorAll('.source')].map((s) => ({
        article: Number(s.dataset.article),
        name: s.querySelector('.source-tag').textContent,
        text: s.querySelector('.wording').textContent,
      })),
    })),
  );

test('the two seeds as one story: timeline, entities, quotes, differences', async () => {
  const { page, log, context } = await storyPage();
  // One example after the other, as a user adds articles one by one.
  await page.locator('button[data-example="examples/seed-000.txt"]').click();
  await analysed(page, 1);
  await page.locator('button[data-example="examples/seed-004.txt"]').click();
  await analysed(page, 2);

  // Two article inputs, each with its text, name and detected date.
  const articles = page.locator('#articles .story-article');
  assert.equal(await articles.count(), 2);
  assert.equal(await articles.nth(0).locator('textarea').inputValue(), seed('000'));
  assert.equal(await articles.nth(1).locator('textarea').inputValue(), seed('004'));
  const names = [await articles.nth(0).locator('.article-name').inputValue(), await articles.nth(1).locator('.article-name').inputValue()];
  assert.deepEqual(names, ['Geneva talks (Monday)', '“Updated” framework (Sunday)']);
  assert.equal(await articles.nth(0).locator('.article-dct').inputValue(), '2025-11-24');
  assert.equal(await articles.nth(1).locator('.article-dct').inputValue(), '2025-11-23');
  assert.equal(await articles.nth(0).locator('.dct').getAttribute('data-source'), 'text');
  assert.match(await articles.nth(1).locator('.dct-status').textContent(), /Published On 23 Nov 2025/);

  const tl = await timeline(page);
  const dates = tl.map((e) => e.date).filter((d) => /^\d{4}/.test(d));
  assert.deepEqual(dates, [...dates].sort(), 'timeline in date order');
  const withText = (date, words) => tl.filter((e) => e.date === date && e.sources.some((s) => s.text.includes(words)));

  // The framework announcement: once, with both sources and both wordings.
  const ann = withText('2025-11-23', 'announced on Sunday');
  assert.equal(ann.length, 1, `the announcement once (got ${JSON.stringify(tl, null, 1)})`);
  assert.deepEqual(ann[0].sources.map((s) => s.article).sort(), [0, 1]);
  assert.ok(ann[0].sources.some((s) => s.article === 1 && s.text.includes('said on Sunday')), 'the Sunday article’s wording');
  assert.deepEqual(ann[0].sources.map((s) => s.name).sort(), [...names].sort(), 'sources named by article');
  assert.equal(ann[0].single, false);
  assert.equal(ann[0].badge, '2 sources');

  // Rubio's "tremendous" progress remarks: once, with both sources, a different event.
  const rub = withText('2025-11-23', 'tremendous');
  assert.equal(rub.length, 1, `Rubio's remarks once (got ${JSON.stringify(tl, null, 1)})`);
  assert.deepEqual(rub[0].sources.map((s) => s.article).sort(), [0, 1]);
  assert.notDeepEqual(rub[0], ann[0]);
  assert.equal(rub[0].single, false);

  // Monday and Thursday: one source each (the Monday article), marked single-source.
  for (const date of ['2025-11-24', '2025-11-27']) {
    const evs = tl.filter((e) => e.date === date);
    assert.ok(evs.length > 0, `an event on ${date}`);
    for (const e of evs) {
      assert.ok(e.single, `${date} marked single-source`);
      assert.deepEqual(e.sources.map((s) => s.article), [0], `${date}: the Monday article only`);
      assert.equal(e.badge, `only in ${names[0]}`);
    }
  }

  // Marco Rubio: one row, counts 3 and 5, total 8.
  const rubio = page.locator('#story-entities tr.story-entity', { has: page.locator('.entity-name', { hasText: /^Marco Rubio$/ }) });
  assert.equal(await rubio.count(), 1, 'Marco Rubio is one entity');
  assert.deepEqual(await rubio.locator('td.count-cell').allTextContents(), ['3', '5']);
  assert.equal(await rubio.locator('td.total').textContent(), '8');
  assert.equal(await rubio.getAttribute('data-counts'), '3,5');
  assert.deepEqual(await page.locator('#story-entities thead .source-tag').allTextContents(), names, 'a column per article');

  // Quotes by speaker across articles: the "tremendous amount of progress" statement once, two sources.
  const rubioQuotes = page.locator('#story-quotes .speaker', { has: page.locator('.speaker-name', { hasText: /^Marco Rubio/ }) });
  assert.equal(await rubioQuotes.count(), 1, 'one speaker group for Rubio');
  const merged = rubioQuotes.locator('.quote', { hasText: 'tremendous amount of progress' });
  assert.equal(await merged.count(), 1);
  assert.equal(await merged.getAttribute('data-sources'), '0,1');
  assert.equal(await merged.locator('.source').count(), 2);

  // Differences: the Monday article alone has Zelensky and Peskov and the Monday events; Rubio is in both.
  const monday = page.locator('#story-differences .story-diff[data-article="0"]');
  const people = await monday.locator('.diff-people .chip').allTextContents();
  for (const p of ['Volodymyr Zelensky', 'Dmitry Peskov']) assert.ok(people.includes(p), `${p} only in the Monday article (got ${people})`);
  assert.ok(!people.includes('Marco Rubio'));
  const onlyDates = await monday.locator('.diff-events li').evaluateAll((lis) => lis.map((li) => li.dataset.date));
  assert.ok(onlyDates.includes('2025-11-24') && onlyDates.includes('2025-11-27'), `Monday-only events (got ${onlyDates})`);
  const sunday = page.locator('#story-differences .story-diff[data-article="1"]');
  assert.deepEqual(await sunday.locator('.diff-people .chip').allTextContents(), [], 'the Sunday article names nobody the other lacks');

  // The filter: only the events several articles report, then only the single-source ones.
  const visibleDates = () => page.locator('#story-timeline .story-event:visible').evaluateAll((lis) => lis.map((li) => li.dataset.date));
  await page.locator('#timeline-filter input[value="shared"]').check();
  assert.deepEqual(await visibleDates(), ['2025-11-23', '2025-11-23']);
  await page.locator('#timeline-filter input[value="single"]').check();
  assert.ok(!(await visibleDates()).includes('2025-11-23') && (await visibleDates()).includes('2025-11-27'));
  await page.locator('#timeline-filter input[value="all"]').check();
  assert.equal((await visibleDates()).length, tl.length);

  // "show in text": the Sunday article's wording of the announcement marked in its own text.
  const annItem = page.locator('#story-timeline .story-event', { hasText: 'announced on Sunday' });
  const sundaySource = annItem.locator('.source[data-article="1"]');
  await sundaySource.locator('.show-source').click();
  assert.ok(await articles.nth(1).locator('.article-view').evaluate((d) => d.open), 'the highlighted text opens');
  const marked = await page.evaluate(() => [...(CSS.highlights.get('story-source') ?? [])].map((r) => r.toString()));
  assert.deepEqual(marked, [await sundaySource.locator('.wording').textContent()]);

  assert.match(await page.locator('#status').textContent(), /^2 articles · .* events \(\d+ reported by several\)/);
  clean(log);
  await context.close();
});

test('paste several at once: split at --- lines into separate articles; names and dates editable', async () => {
  const { page, log, context } = await storyPage({ colorScheme: 'dark' });
  await page.locator('#paste-many summary').click();
  await page.locator('#paste-text').fill(`${seed('000')}\n---\n\n${seed('004')}\n-----\n`);
  await page.locator('#paste-add').click();
  await analysed(page, 2);
  const articles = page.locator('#articles .story-article');
  assert.equal(await articles.count(), 2, 'two articles, the trailing separator ignored');
  assert.equal(await articles.nth(0).locator('textarea').inputValue(), seed('000').trim());
  assert.equal(await articles.nth(1).locator('textarea').inputValue(), seed('004').trim());
  assert.equal(await page.locator('#paste-text').inputValue(), '', 'the paste box is emptied');
  assert.deepEqual(await page.locator('#story-entities thead .source-tag').allTextContents(), ['Article 1', 'Article 2']);

  // Renaming an article renames its sources.
  await articles.nth(1).locator('.article-name').fill('Al Jazeera');
  await page.locator('#analyze').click();
  await page.waitForFunction(() => [...document.querySelectorAll('#story-timeline .source-tag')].some((t) => t.textContent === 'Al Jazeera'));

  // A date set by the user re-resolves that article only: "on Sunday" one week later.
  const sundayDct = articles.nth(1).locator('.article-dct');
  await sundayDct.fill('2025-11-30');
  await page.waitForFunction(() => document.querySelectorAll('.story-article')[1].querySelector('.dct').dataset.source === 'option');
  assert.equal(await articles.nth(1).locator('.dct-badge').textContent(), 'set by you');
  let tl = await timeline(page);
  // Its "said on Sunday" is now 2025-11-30, its own event: no longer merged with the other's 23rd.
  const said = tl.filter((e) => e.sources.some((s) => s.article === 1 && s.text.includes('said on Sunday that they agreed')));
  assert.equal(said.length, 1);
  assert.equal(said[0].date, '2025-11-30');
  assert.ok(said[0].single, `single-source now (got ${JSON.stringify(said[0])})`);
  assert.equal(await articles.nth(0).locator('.article-dct').inputValue(), '2025-11-24', 'the other article keeps its date');
  await articles.nth(1).locator('.dct-reset').click();
  await page.waitForFunction(() => document.querySelectorAll('.story-article')[1].querySelector('.dct').dataset.source === 'text');
  tl = await timeline(page);
  const ann = tl.filter((e) => e.sources.some((s) => s.text.includes('announced on Sunday')));
  assert.ok(ann.length === 1 && ann[0].date === '2025-11-23' && !ann[0].single, 'merged again once the date is reset');

  // Rule ids on request: each dated source shows the rule of its article's event.
  await page.locator('#explain').check();
  await page.waitForFunction(() => document.querySelectorAll('#story-timeline .source code.rule').length > 0);
  assert.ok((await page.locator('#story-timeline .source code.rule').allTextContents()).every((r) => r.trim() !== ''));
  await page.locator('#explain').uncheck();
  await page.waitForFunction(() => document.querySelectorAll('#story-timeline code.rule').length === 0);

  // Dark theme: the page follows the reader's preference.
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(bg, 'rgb(18, 21, 27)');

  // Removing an article leaves one: no differences to show.
  await articles.nth(1).locator('.remove').click();
  await analysed(page, 1);
  assert.match(await page.locator('#story-differences').textContent(), /Add a second article/);
  clean(log);
  await context.close();
});

test('keyboard only: the examples, the inputs and the results are reachable', async () => {
  const { page, log, context } = await storyPage();
  await page.locator('#example-both').focus();
  await page.keyboard.press('Enter');
  await analysed(page, 2);
  // From a name field, Tab goes to remove, then the text, then the date.
  await page.locator('.story-article').first().locator('.article-name').focus();
  const order = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Tab');
    order.push(await page.evaluate(() => document.activeElement.className));
  }
  assert.deepEqual(order, ['link remove', 'article-text', 'article-dct']);
  // The add button creates an input and focuses it.
  await page.locator('#add-article').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('.story-article').count(), 3);
  assert.equal(await page.evaluate(() => document.activeElement.className), 'article-text');
  // Labels: every input has one.
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll('input, textarea')].filter((el) => !el.labels?.length).map((el) => el.id),
  );
  assert.deepEqual(unlabelled, []);
  clean(log);
  await context.close();
});

test('story-api.js: splitArticles separates at lines of three or more dashes only; analyzeStory errors', async () => {
  const { page, log, context } = await storyPage();
  const table = [
    ['One article.\nWith two lines.', ['One article.\nWith two lines.']],
    ['First.\n---\nSecond.', ['First.', 'Second.']],
    ['First.\n\n  -----  \n\nSecond.\n---\nThird.', ['First.', 'Second.', 'Third.']],
    ['First.\r\n---\r\nSecond.', ['First.', 'Second.']],
    ['First.\n———\nSecond.\n–––\nThird.', ['First.', 'Second.', 'Third.']],
    ['---\nOnly one.\n---\n', ['Only one.']],
    ['First -- not a separator.\n--\nStill first --- too.', ['First -- not a separator.\n--\nStill first --- too.']],
    ['A\n--- x\nB', ['A\n--- x\nB']],
    ['', []],
    ['---\n---', []],
  ];
  const got = await page.evaluate(async (inputs) => {
    const { splitArticles } = await import('./story-api.js');
    return inputs.map((t) => splitArticles(t));
  }, table.map(([t]) => t));
  assert.deepEqual(got, table.map(([, want]) => want));
  // The API's own errors: clear messages, thrown as Errors.
  const errors = await page.evaluate(async () => {
    const { analyzeStory } = await import('./story-api.js');
    const error = (f) => {
      try {
        f();
        return null;
      } catch (e) {
        return e instanceof Error ? e.message : `not an Error: ${e}`;
      }
    };
    return {
      notArray: error(() => analyzeStory('text')),
      notText: error(() => analyzeStory([{ text: 'a' }, { text: 42 }])),
      badDate: error(() => analyzeStory([{ text: 'a', dct: '2025-13-01' }])),
      none: analyzeStory([]).articles.length,
      defaultNames: analyzeStory([{ text: 'a' }, { name: ' ', text: 'b' }]).articles.map((a) => a.name),
    };
  });
  assert.match(errors.notArray, /must be an array/);
  assert.match(errors.notText, /article 2 must be a string/);
  assert.match(errors.badDate, /"2025-13-01" is not a valid date/);
  assert.equal(errors.none, 0);
  assert.deepEqual(errors.defaultNames, ['Article 1', 'Article 2']);
  // A long entity list shows the most mentioned of each type and a button for the rest.
  const rows = await page.evaluate(async () => {
    const { renderStoryEntities } = await import('./story-render.js');
    const person = (i) => ({ id: `E${i}`, canonical: `Person ${i}`, type: 'PER', roles: [], aliases: [], count: 50 - i, counts: [50 - i, 0] });
    const story = { articles: [{ name: 'A' }, { name: 'B' }], entities: Array.from({ length: 40 }, (_, i) => person(i)) };
    const short = renderStoryEntities(story, { limit: 30 });
    const full = renderStoryEntities(story, { limit: 30, expanded: new Set(['PER']) });
    return [short.querySelectorAll('tr.story-entity').length, short.querySelector('button[data-expand]')?.textContent, full.querySelectorAll('tr.story-entity').length, full.querySelector('button[data-expand]')];
  });
  assert.deepEqual(rows, [30, 'show all 40 people', 40, null]);
  clean(log);
  await context.close();
});

test('dropped text files become articles named after them; the story downloads as JSON', async () => {
  const { page, log, context } = await storyPage();
  await page.evaluate(
    ([a, b]) => {
      const dt = new DataTransfer();
      dt.items.add(new File([a], 'monday.txt', { type: 'text/plain' }));
      dt.items.add(new File([b], 'al-jazeera.txt', { type: 'text/plain' }));
      dt.items.add(new File(['x'], 'photo.png', { type: 'image/png' }));
      document.getElementById('articles').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    },
    [seed('000'), seed('004')],
  );
  await analysed(page, 2);
  const articles = page.locator('#articles .story-article');
  assert.equal(await articles.count(), 2, 'the empty first input is filled, then one added; the image refused');
  assert.deepEqual([await articles.nth(0).locator('.article-name').inputValue(), await articles.nth(1).locator('.article-name').inputValue()], ['monday', 'al-jazeera']);
  assert.match(await page.locator('#error').textContent(), /Not added: photo\.png/);
  await page.locator('#analyze').click();
  await page.locator('#error').waitFor({ state: 'hidden' });
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download').click()]);
  assert.equal(download.suggestedFilename(), 'newslens-story.json');
  const story = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.deepEqual(story.articles.map((a) => a.name), ['monday', 'al-jazeera']);
  assert.deepEqual(story.entities.find((e) => e.canonical === 'Marco Rubio').counts, [3, 5]);
  clean(log);
  await context.close();
});

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '<script>window.__xss=1;alert(1)</script>',
  '<svg onload="window.__xss=1;alert(1)"></svg>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<a href="javascript:window.__xss=1">Marco Rubio</a>',
  '<b onmouseover="window.__xss=1;alert(1)">Keir Starmer</b>',
  '</textarea><script>window.__xss=1;alert(1)</script>',
  '<img src="https://evil.example/pixel.png">',
  '<link rel="stylesheet" href="https://evil.example/y.css">',
];

test('a dropped HTML file becomes an article of its text; nothing in it runs or loads', async () => {
  const { page, log, context } = await storyPage();
  const html =
    '<html><head><title>Talks</title><script>window.__xss=1</script><link rel="stylesheet" href="https://evil.example/x.css"></head>' +
    '<body onload="window.__xss=1"><h1>Talks in Geneva</h1><p>GENEVA, 24 November 2025 - Marco Rubio said on Sunday that talks would resume.</p>' +
    '<img src="https://evil.example/p.png" onerror="window.__xss=1"><style>p{color:red}</style></body></html>';
  await page.evaluate((html) => {
    const dt = new DataTransfer();
    dt.items.add(new File([html], 'geneva.html', { type: 'text/html' }));
    document.getElementById('articles').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, html);
  await analysed(page, 1);
  const article = page.locator('#articles .story-article').first();
  assert.equal(await article.locator('textarea').inputValue(), 'Talks\n\nTalks in Geneva\n\nGENEVA, 24 November 2025 - Marco Rubio said on Sunday that talks would resume.');
  assert.equal(await article.locator('.article-name').inputValue(), 'geneva');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'nothing ran');
  clean(log);
  await context.close();
});

test('an XSS payload pasted as an article executes nothing and is shown as text', async () => {
  const { page, log, context } = await storyPage();
  const hostile = [
    '24th November, 2025',
    `${PAYLOADS[0]} US Secretary of State Marco Rubio said on Sunday "${PAYLOADS[1]} we made tremendous progress in Geneva talks".`,
    `"${PAYLOADS[2]} The Russians get a vote here," ${PAYLOADS[5]} told reporters on Monday.`,
    ...PAYLOADS,
  ].join('\n');
  await page.locator('#paste-many summary').click();
  await page.locator('#paste-text').fill(`${hostile}\n---\n${seed('004')}`);
  await page.locator('#paste-add').click();
  await analysed(page, 2);
  await page.locator('.story-article').first().locator('.article-name').fill(PAYLOADS[0]);
  await page.locator('#analyze').click();
  await page.waitForFunction((p) => [...document.querySelectorAll('#story-entities thead .source-tag')].some((t) => t.textContent === p), PAYLOADS[0]);
  // The highlighted text of the hostile article is exactly the text.
  await page.locator('.story-article').first().locator('.article-view summary').click();
  assert.equal(await page.locator('.story-article').first().locator('.article-view .article').textContent(), hostile);
  const wording = await page.locator('#story-timeline .wording').allTextContents();
  assert.ok(wording.some((w) => w.includes('<script>')), 'markup in a source’s wording is shown as text');
  // Hover and click everything rendered: an injected handler would fire now.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('#results *, .article-view *')) {
      for (const type of ['mouseover', 'focus', 'click']) el.dispatchEvent(new Event(type, { bubbles: true }));
    }
  });
  await page.waitForTimeout(300);
  const injected = await page.evaluate(
    () => document.querySelectorAll('#story-app :is(img, script, iframe, svg, a, b, style, link, meta, base, object, embed)').length,
  );
  assert.equal(injected, 0, 'no element from the text reached the DOM');
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'no payload ran');
  assert.equal(page.url(), `${server.origin}/story.html`, 'no navigation');
  clean(log);
  await context.close();
});

test('the story page has the same strict CSP, no inline script or style, and reports errors in the page', async () => {
  const { page, log, context } = await storyPage();
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "connect-src 'self'", "img-src 'self' data:"]) {
    assert.ok(csp.includes(directive), `CSP has ${directive}`);
  }
  assert.equal(await page.locator('script:not([src]), style, [style]').count(), 0, 'no inline script or style');
  assert.equal(await page.locator('link[rel="icon"]').getAttribute('href'), 'data:,');
  // A bad date typed where no date picker exists: the core's message, shown as text.
  await page.locator('.story-article textarea').first().fill('Marco Rubio said on Sunday.');
  await page.evaluate(() => (document.querySelector('.article-dct').type = 'text'));
  await page.locator('.article-dct').fill('<b>2025-13-45</b>');
  await page.locator('.article-dct').dispatchEvent('change');
  await page.locator('#error').waitFor({ state: 'visible' });
  assert.match(await page.locator('#error').textContent(), /^Article 1: .*not a valid date/);
  assert.equal(await page.locator('#error *').count(), 0);
  clean(log);
  await context.close();
});
