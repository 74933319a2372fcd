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
  '<svg><script>window.__xss=1</script></svg>',
  '<iframe src="javascript:window.top.__xss=1;alert(1)"></iframe>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '<iframe src="data:text/html,<script>parent.__xss=1</script>"></iframe>',
  '<a href="javascript:window.__xss=1">Marco Rubio</a>',
  '<a href="&#106;avascript:window.__xss=1">Peskov</a>',
  '<b onmouseover="window.__xss=1;alert(1)">Keir Starmer</b>',
  '<details open ontoggle="window.__xss=1;alert(1)">',
  '<input autofocus onfocus="window.__xss=1;alert(1)">',
  '<body onload="window.__xss=1">',
  '<video><source onerror="window.__xss=1"></video>',
  '<form action="javascript:window.__xss=1"><button>Send</button></form>',
  '"><script>window.__xss=1</script>',
  "'-alert(1)-'",
  "\" onmouseover=\"window.__xss=1\" x=\"",
  '</textarea><script>window.__xss=1;alert(1)</script>',
  '</title></style></noscript><img src=x onerror="window.__xss=1">',
  '<noscript><p title="</noscript><img src=x onerror=window.__xss=1>">',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__xss=1">',
  '<scr<script>ipt>window.__xss=1</scr</script>ipt>',
  '<img src=x onerror="&#119;&#105;ndow.__xss=1">',
  '<img src=x onerror="\\u0077indow.__xss=1">',
  '\\u003cscript\\u003ewindow.__xss=1\\u003c/script\\u003e',
  '%3Cscript%3Ewindow.__xss=1%3C%2Fscript%3E',
  '&lt;script&gt;window.__xss=1&lt;/script&gt;',
  '<div style="background:url(javascript:window.__xss=1);width:expression(window.__xss=1)">',
  '<style>@import url(https://evil.example/x.css); body{background:url(https://evil.example/b.png)}</style>',
  '<link rel="stylesheet" href="https://evil.example/y.css">',
  '<img src="https://evil.example/pixel.png">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
  '<base href="https://evil.example/">',
  '<object data="https://evil.example/x.swf"></object>',
  '<embed src="data:image/svg+xml,<svg onload=alert(1)>">',
  'javascript:window.__xss=1;alert(1)',
  '${alert(1)} {{constructor.constructor("window.__xss=1")()}}',
  '{{7*7}} <%= 7*7 %> #{7*7}',
];

// The payloads inside an article, where they become names, quotes and dates.
const ARTICLE = [
  '24th November, 2025',
  `${PAYLOADS[0]} United States Secretary of State Marco Rubio said on Sunday "${PAYLOADS[1]} we made progress".`,
  `"${PAYLOADS[2]} The Russians get a vote here," ${PAYLOADS[6]} told reporters on Monday.`,
  `Ukrainian President Volodymyr Zelensky ${PAYLOADS[5]} said the talks in Geneva ${PAYLOADS[3]} would resume on Thursday.`,
  ...PAYLOADS,
].join('\n');

/**
 * Opens the page with a watch on everything a payload could do: a CSP violation means markup
 * from the text reached the DOM (and only the policy stopped it).
 */
async function app() {
  const opened = await openPage(env.browser, env.server.origin);
  await opened.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await gotoApp(opened.page, env.server.origin);
  return opened;
}

/** Nothing ran, nothing was injected, nothing left the origin, no dialog, no console error. */
async function assertNothingRan(page, log) {
  const injected = await page.evaluate(
    () =>
      document.querySelectorAll(
        ':is(#article, #entities, #quotes, #timeline) :is(img, script, iframe, svg, a, b, details, input, style, link, meta, base, object, embed, video, source, form, math, noscript, body, [style]), #app :is(img, script, iframe, svg, object, embed, base, meta, link, style, video, form, math)',
      ).length,
  );
  assert.equal(injected, 0, 'no element from the text reached the DOM');
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'no payload ran');
  assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no CSP violation (nothing reached the DOM)');
  assert.equal(page.url(), `${env.server.origin}/`, 'no navigation');
  assert.deepEqual(log.dialogs, [], 'no dialog opened');
  assert.deepEqual(log.foreign, [], 'no request left 127.0.0.1');
  assert.deepEqual(log.errors, [], 'no console errors');
}

test(`${PAYLOADS.length} pasted payloads are shown as text and run nothing`, async () => {
  assert.ok(PAYLOADS.length >= 24);
  const { page, log, context } = await app();
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

  await assertNothingRan(page, log);
  await context.close();
});

/** Drops `files` ([name, type, body]) on the text box one at a time, each analysed and shown. */
function dropAll(page, files) {
  return page.evaluate(async (files) => {
    const app = document.getElementById('app');
    const shown = [];
    for (const [name, type, body] of files) {
      const done = Number(app.dataset.done ?? 0);
      const data = new DataTransfer();
      data.items.add(new File([body], name, { type }));
      document.getElementById('text').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
      const t0 = performance.now();
      while (Number(app.dataset.done ?? 0) <= done) {
        if (performance.now() - t0 > 5000) throw new Error(`${name}: no result`);
        await new Promise((r) => setTimeout(r, 10));
      }
      shown.push({ box: document.getElementById('text').value, text: document.querySelector('#article .article')?.textContent ?? null });
    }
    return shown;
  }, files);
}

test(`${PAYLOADS.length} payloads dropped as .txt and .html files run nothing; HTML gives its text`, async () => {
  const { page, log, context } = await app();
  const article = (p) => `Talks in Geneva\n\nGENEVA, 24 November 2025 - Marco Rubio said on Sunday ${p} that talks would resume.`;
  const html = (p) =>
    `<!doctype html><html><head><title>Talks in Geneva</title><script>window.__xss=1</script><link rel="stylesheet" href="https://evil.example/s.css"></head>` +
    `<body onload="window.__xss=1"><h1>Talks in Geneva</h1><p>GENEVA, 24 November 2025 - Marco Rubio said on Sunday ${p} that talks would resume.</p>` +
    `<img src="https://evil.example/p.png" onerror="window.__xss=1"><script>alert(1)</script></body></html>`;
  const txt = await dropAll(page, PAYLOADS.map((p, i) => [`payload-${i}.txt`, 'text/plain', article(p)]));
  txt.forEach((r, i) => {
    assert.equal(r.box, article(PAYLOADS[i]), `payload ${i}: the .txt file is the text, as it is`);
    assert.equal(r.text, r.box, `payload ${i}: rendered exactly, as text`);
  });
  const htm = await dropAll(page, PAYLOADS.map((p, i) => [`payload-${i}.html`, i % 2 ? 'text/html' : '', html(p)]));
  htm.forEach((r, i) => {
    assert.ok(r.box.startsWith('Talks in Geneva\n\nGENEVA, 24 November 2025 - Marco Rubio said on Sunday'), `payload ${i}: the HTML file's text (${JSON.stringify(r.box.slice(0, 80))})`);
    // (An entity-encoded payload is text in HTML: "&lt;script&gt;" reads "<script>".)
    const decoded = PAYLOADS[i].replaceAll('&lt;', '<').replaceAll('&gt;', '>');
    assert.ok(!/<(script|img|iframe|svg)\b|onerror|evil\.example/i.test(r.box.replace(decoded, '')), `payload ${i}: no markup of the file in the text`);
    assert.equal(r.text, r.box, `payload ${i}: rendered exactly, as text`);
  });
  // The whole payload list in one HTML file, in a list, in an attribute and in a comment.
  const [all] = await dropAll(page, [['all.html', 'text/html', `<ul>${PAYLOADS.map((p) => `<li>${p}</li>`).join('')}</ul><p title='${PAYLOADS.join(' ')}'>Marco Rubio</p><!-- ${PAYLOADS[1]} -->`]]);
  assert.ok(all.box.includes('Marco Rubio'));
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('#app section:not(.input) *')) {
      for (const type of ['mouseover', 'focus', 'click']) el.dispatchEvent(new Event(type, { bubbles: true }));
    }
  });
  await page.waitForTimeout(300);
  await assertNothingRan(page, log);
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
