// Start-up: from navigation start to the first analysis shown, in headless Chromium, for each
// seed article (the text is in the box when the page loads; the page analyses it as soon as the
// wasm is ready). Median of 7 cold loads (new browser context each, cache disabled by the server).
//   node benches/startup.mjs        (run by scripts/bench; needs www/pkg and tests/browser deps)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launch, serve } from '../tests/browser/harness.mjs';

const server = await serve();
const browser = await launch();
const results = [];
for (const seed of ['000', '004']) {
  const text = readFileSync(join(ROOT, `tests/fixtures/seed-${seed}.txt`), 'utf8');
  const times = [];
  for (let i = 0; i < 7; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript((t) => {
      document.addEventListener('DOMContentLoaded', () => { document.getElementById('text').value = t; });
    }, text);
    await page.goto(server.origin + '/');
    await page.waitForFunction(() => document.querySelector('#entities button, #entities [data-e]') !== null);
    times.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  times.sort((a, b) => a - b);
  results.push({ seed, median: times[3], min: times[0], max: times[6] });
}
await browser.close();
await server.close();
for (const r of results) {
  console.log(`start-up, seed ${r.seed}: page load to first analysis shown ${r.median.toFixed(0)} ms median (min ${r.min.toFixed(0)}, max ${r.max.toFixed(0)})`);
}
