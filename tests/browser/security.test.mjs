// Hostile text: markup pasted into the page must be shown as text and run nothing, and the page
// must never contact anything but the 127.0.0.1 server that serves it.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gotoApp, openPage, paste, useBrowser } from './harness.mjs';

const env = useBrowser();

// Each payload sets window.__xss and/or opens a dialog, or reaches for another origin, if it runs.
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '<script>window.__xss=1;alert(1)</script>',
  '<svg onload="window.__xss=1;alert(1)"></svg>',
  '<iframe src="javascript:window.top.__xss=1;alert(1)"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<a href="javascript:window.__xss=1">Marco Rubio</a>',
  '<b onmouseover="window.__xss=1;alert(1)">Keir Starmer</b>',
  '<details open ontoggle="window.__xss=1;alert(1)">',
  '<input autofocus onfocus="window.__xss=1;alert(1)">',
  '"><script>window.__xss=1</script>',
  "'-alert(1)-'",
  '</textarea><script>window.__xss=1;alert(1)</script>',
  '<style>@import url(https://evil.example/x.css);</style>',
  '<link rel="stylesheet" href="https://evil.example/y.css">',
  '<img src="https://evil.example/pixel.png">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<base href="https://evil.example/">',
  '<object data="https://evil.example/x.swf"></object>',
  '${alert(1)} {{constructor.constructor("window.__xss=1")()}}',
];

// The payloads inside an article, where they become names, quotes and dates.
const ARTICLE = [
  '24th November, 2025',
  `${PAYLOADS[0]} United States Secretary of State Marco Rubio said on Sunday "${PAYLOADS[1]} we made progress".`,
  `"${PAYLOADS[2]} The Russians get a vote here," ${PAYLOADS[6]} told reporters on Monday.`,
  `Ukrainian President Volodymyr Zelensky ${PAYLOADS[5]} said the talks in Geneva ${PAYLOADS[3]} would resume on Thursday.`,
  ...PAYLOADS,
].join('\n');

test('pasted markup is shown as text and runs nothing', async () => {
  const { page, log, context } = await openPage(env.browser, env.server.origin);
  await gotoApp(page, env.server.origin);
  for (const text of [...PAYLOADS, ARTICLE]) {
    await paste(page, text);
    await page.waitForFunction(() => document.querySelector('#article .article'));
    assert.equal(await page.locator('#article .article').textContent(), text, 'the text is rendered exactly, as text');
  }
  // Hover and click every rendered thing: an injected handler would fire now.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('#app section:not(.input) *')) {
      for (const type of ['mouseover', 'focus', 'click']) el.dispatchEvent(new Event(type, { bubbles: true }));
    }
  });
  for (const b of await page.locator('#entities button, #quotes button').all()) await b.click();
  await page.waitForTimeout(300);

  const injected = await page.evaluate(
    () => document.querySelectorAll('#app :is(img, script, iframe, svg, a, b, details:not(#export), input:not(#dct, #live, #explain), style, link, meta, base, object, embed)').length,
  );
  assert.equal(injected, 0, 'no element from the text reached the DOM');
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'no payload ran');
  assert.equal(page.url(), `${env.server.origin}/`, 'no navigation');
  assert.deepEqual(log.dialogs, [], 'no dialog opened');
  assert.deepEqual(log.foreign, [], 'no request left 127.0.0.1');
  assert.deepEqual(log.errors, [], 'no console errors');
  await context.close();
});

test('an error message that echoes hostile input is shown as text', async () => {
  const { page, log, context } = await openPage(env.browser, env.server.origin);
  await gotoApp(page, env.server.origin);
  await paste(page, 'Marco Rubio said on Sunday.');
  // A browser without a date picker gives a text field: the date reaches the core unchecked.
  await page.evaluate(() => (document.getElementById('dct').type = 'text'));
  const payload = '<img src=x onerror=alert(1)>';
  await page.locator('#dct').fill(payload);
  await page.locator('#dct').dispatchEvent('change');
  const error = page.locator('#error');
  await error.waitFor({ state: 'visible' });
  assert.match(await error.textContent(), /not a valid date/);
  assert.ok((await error.textContent()).includes(payload), 'the message quotes the input');
  assert.equal(await page.locator('#error *').count(), 0, 'the message is plain text');
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.deepEqual(log.dialogs, []);
  assert.deepEqual(log.foreign, []);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test('the page sets a strict Content-Security-Policy and loads only from its own origin', async () => {
  const { page, log, context } = await openPage(env.browser, env.server.origin);
  await gotoApp(page, env.server.origin);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "connect-src 'self'", "img-src 'self' data:"]) {
    assert.ok(csp.includes(directive), `CSP has ${directive}`);
  }
  assert.equal(await page.locator('script:not([src]), style, [style]').count(), 0, 'no inline script or style');
  // The policy is in force: an inline script added at run time does not run.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__xss = 1';
    document.body.append(s);
  });
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'CSP blocks inline script');
  assert.ok(log.requests.length > 0 && log.requests.every((u) => u.startsWith(`${env.server.origin}/`) || u.startsWith('data:')));
  assert.deepEqual(log.foreign, []);
  // The blocked inline script reports a CSP violation as a console error: the only one allowed.
  assert.deepEqual(log.errors.filter((e) => !/Content Security Policy/.test(e)), []);
  await context.close();
});
