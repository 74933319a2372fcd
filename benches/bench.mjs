// Throughput and size of newslens (wasm in Node) against its browser peers, on the same texts,
// in one run. Run by scripts/bench, which builds the wasm and the native benchmark first.
//   node benches/bench.mjs CORPUS.jsonl … [--native native.json]
// Prints a Markdown table: chars/s of each tool, the ratio of each peer to newslens, the gzipped
// bundle size of each, newslens's cost per character from 1 KB to 10 MB and its peak memory.

import { readFileSync, existsSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';
import { pageFiles } from './page-files.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const nativeIdx = args.indexOf('--native');
const native = nativeIdx >= 0 ? JSON.parse(readFileSync(args[nativeIdx + 1], 'utf8')) : null;
const files = args.filter((a, i) => !a.startsWith('--') && i !== nativeIdx + 1);

const docs = [];
for (const f of files) {
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const d = JSON.parse(line);
    if (typeof d.text === 'string') docs.push({ text: d.text, dct: d.dct || undefined });
  }
}
const totalChars = docs.reduce((n, d) => n + [...d.text].length, 0);

// Runs fn over every doc, repeatedly for at least `seconds`; returns chars per second.
function rate(fn, seconds = 2) {
  // Warm up on the whole corpus, as the native benchmark does: the JIT tiers up every tool (and
  // the wasm from V8's baseline compiler to its optimising one) before the clock starts.
  for (const d of docs) fn(d);
  const t0 = performance.now();
  let reps = 0;
  while (reps === 0 || performance.now() - t0 < seconds * 1000) {
    for (const d of docs) fn(d);
    reps++;
  }
  return (totalChars * reps) / ((performance.now() - t0) / 1000);
}

// ---- newslens (wasm)
const pkg = join(root, 'www/pkg');
const nl = await import(join(pkg, 'newslens.js'));
const wasmExports = nl.initSync({ module: readFileSync(join(pkg, 'newslens_bg.wasm')) });
const tools = [];
// The public API (www/newslens.js `analyze`): the wasm call, JSON.parse and the expansion of the
// compact wire form into the documented Analysis object.
const api = await import(join(root, 'www/newslens.js'));
await api.init(readFileSync(join(pkg, 'newslens_bg.wasm')));
tools.push({ name: 'newslens (wasm, full pipeline)', what: 'entities, quotes, dates, events',
  cps: rate((d) => api.analyze(d.text, { dct: d.dct })) });

// ---- peers
const { default: nlp } = await import('compromise');
const { default: datesPlugin } = await import('compromise-dates');
nlp.plugin(datesPlugin);
let compromiseErrors = 0;
tools.push({ name: 'compromise + compromise-dates', what: 'people, places, orgs, dates', bundle: 'compromise',
  cps: rate((d) => {
    const doc = nlp(d.text);
    doc.people().json(); doc.places().json(); doc.organizations().json();
    try { doc.dates({ today: d.dct }).json(); } catch { compromiseErrors++; }
  }, 3) });
const chrono = await import('chrono-node');
tools.push({ name: 'chrono-node', what: 'dates only', bundle: 'chrono',
  cps: rate((d) => chrono.parse(d.text, d.dct ? new Date(d.dct) : new Date())) });
const { default: winkNLP } = await import('wink-nlp');
const { default: model } = await import('wink-eng-lite-web-model');
const wink = winkNLP(model);
tools.push({ name: 'wink-nlp (lite web model)', what: 'entities (dates, no names)', bundle: 'wink',
  cps: rate((d) => wink.readDoc(d.text).entities().out()) });

// ---- bundle sizes, gzipped: each peer bundled and minified for the browser with esbuild.
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const entries = {
  compromise: "import nlp from 'compromise'; import dates from 'compromise-dates'; nlp.plugin(dates); export default nlp;",
  chrono: "export * from 'chrono-node';",
  wink: "import w from 'wink-nlp'; import m from 'wink-eng-lite-web-model'; export default w(m);",
};
const bundles = {};
const outDir = join(here, 'bundles');
if (!existsSync(outDir)) mkdirSync(outDir);
for (const [k, src] of Object.entries(entries)) {
  const r = await esbuild.build({ stdin: { contents: src, resolveDir: here, loader: 'js' }, bundle: true,
    minify: true, format: 'esm', platform: 'browser', write: false, logLevel: 'silent' });
  bundles[k] = gz(r.outputFiles[0].contents);
}
const www = join(root, 'www');
const sizes = Object.fromEntries(pageFiles(www).map((f) => [f, gz(readFileSync(join(www, f)))]));
const pageTotal = Object.values(sizes).reduce((a, b) => a + b, 0);

// ---- newslens cost per character by input size (wasm), and its memory.
const joined = docs.map((d) => d.text).join('\n\n');
const curve = [];
for (const size of [1e3, 1e4, 1e5, 1e6, 1e7]) {
  let text = '';
  while (text.length < size) text += joined.slice(0, size - text.length);
  const t0 = performance.now();
  let reps = 0;
  while (reps === 0 || performance.now() - t0 < 500) { api.analyze(text); reps++; }
  curve.push({ size, cps: (text.length * reps) / ((performance.now() - t0) / 1000) });
}
const wasmMemory = wasmExports?.memory?.buffer?.byteLength ?? null;

// ---- report
const m = (x) => (x / 1e6).toFixed(2) + ' M';
const kb = (x) => (x / 1024).toFixed(0) + ' KB';
const ours = tools[0].cps;
console.log(`corpus: ${docs.length} documents, ${totalChars} characters; node ${process.version}; ${new Date().toISOString().slice(0, 10)}`);
console.log('');
console.log('| tool | does | chars/s | newslens is × faster | bundle (gzip) |');
console.log('|---|---|---|---|---|');
for (const t of tools) {
  const size = t.bundle ? kb(bundles[t.bundle]) : `${kb(pageTotal)} (whole page)`;
  const ratio = t === tools[0] ? '1' : (ours / t.cps).toFixed(1);
  console.log(`| ${t.name} | ${t.what} | ${m(t.cps)} | ${ratio} | ${size} |`);
}
if (native) console.log(`| newslens (native) | same | ${m(native.chars_per_sec)} | wasm/native = ${(ours / native.chars_per_sec).toFixed(2)} | – |`);
console.log('');
console.log('newslens page, gzipped: ' + Object.entries(sizes).map(([f, s]) => `${f} ${kb(s)}`).join(', ') + `; total ${kb(pageTotal)}`);
console.log('');
console.log('| input size | wasm chars/s |' + (native ? ' native chars/s |' : ''));
console.log('|---|---|' + (native ? '---|' : ''));
curve.forEach((c, i) => console.log(`| ${c.size.toLocaleString('en')} | ${m(c.cps)} |` + (native ? ` ${m(native.curve[i].chars_per_sec)} |` : '')));
if (native?.story) console.log(`\nstory merging (native): ${native.story.articles} articles of ~5 KB analysed one by one in ${native.story.one_by_one_s.toFixed(3)} s, analysed and merged in ${native.story.merged_s.toFixed(3)} s (${(native.story.merged_s / native.story.one_by_one_s).toFixed(2)}x)`);
if (native) console.log(`\nnative peak resident memory (whole corpus and the 10 MB input): ${(native.peak_rss_kb / 1024).toFixed(0)} MB`);
if (wasmMemory) console.log(`wasm linear memory after the 10 MB input: ${(wasmMemory / 1048576).toFixed(0)} MB`);
if (compromiseErrors) console.log(`compromise-dates threw on ${compromiseErrors} document runs`);
