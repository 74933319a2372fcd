import { readFileSync } from 'node:fs';
import { serve, launch, openPage, gotoApp } from './harness.mjs';
const mock = process.argv[2];
const out = process.argv[3] ?? '/tmp/webdev/shot.png';
const width = Number(process.argv[4] ?? 1400), height = Number(process.argv[5] ?? 1000);
const scheme = process.argv[6] ?? 'light';
const srv = await serve(); const b = await launch();
const { page, log, context } = await openPage(b, srv.origin, { viewport: { width, height }, colorScheme: scheme });
if (mock) await context.route('**/newslens.js', (r) => r.fulfill({ contentType: 'text/javascript', body:
  `const M=${readFileSync(mock,'utf8')};export async function init(){};export function analyze(){return structuredClone(M)};export function version(){return 'mock'};export function maxInputBytes(){return 1}` }));
await gotoApp(page, srv.origin);
await page.click('button[data-example="examples/seed-000.txt"]');
await page.waitForTimeout(600);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
console.log(log.errors, log.foreign);
await b.close(); await srv.close();
