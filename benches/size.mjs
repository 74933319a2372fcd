// The size of the page, gzipped, broken down: the wasm by crate (and by module of newslens), its
// data (the word lists of data/), and the page's JS, CSS and HTML.
//   node benches/size.mjs [WASM_WITH_NAMES]
// Run by scripts/bench after scripts/build-wasm. WASM_WITH_NAMES is cargo's output before
// wasm-bindgen strips the name section (default: target/wasm32-unknown-unknown/wasm/newslens.wasm);
// the shipped module is www/pkg/newslens_bg.wasm. Code is attributed by function name; "gz" of a
// group is its share of the whole module's gzipped size, in proportion to its raw bytes.
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { pageFiles } from './page-files.mjs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const named = process.argv[2] ?? join(root, 'target/wasm32-unknown-unknown/wasm/newslens.wasm');
const shipped = join(root, 'www/pkg/newslens_bg.wasm');
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1) + ' KB';

// ---- a minimal wasm reader: sections, function bodies, the name section.
function leb(buf, pos) {
  let result = 0, shift = 0, b;
  do { b = buf[pos++]; result += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return [result, pos];
}
function sections(buf) {
  const out = [];
  let pos = 8;
  while (pos < buf.length) {
    const id = buf[pos];
    const [size, p] = leb(buf, pos + 1);
    out.push({ id, start: p, end: p + size });
    pos = p + size;
  }
  return out;
}
function readName(buf, pos) {
  const [len, p] = leb(buf, pos);
  return [buf.toString('utf8', p, p + len), p + len];
}
function importedFunctions(buf, s) {
  let [n, p] = leb(buf, s.start);
  let funcs = 0;
  for (let i = 0; i < n; i++) {
    [, p] = readName(buf, p);
    [, p] = readName(buf, p);
    const kind = buf[p++];
    if (kind === 0) { [, p] = leb(buf, p); funcs++; }
    else if (kind === 1) { p++; const flags = buf[p++]; [, p] = leb(buf, p); if (flags & 1) [, p] = leb(buf, p); }
    else if (kind === 2) { const flags = buf[p++]; [, p] = leb(buf, p); if (flags & 1) [, p] = leb(buf, p); }
    else if (kind === 3) { p += 2; }
  }
  return funcs;
}
function functionNames(buf, s) {
  let [, p] = readName(buf, s.start);
  const names = new Map();
  while (p < s.end) {
    const sub = buf[p];
    const [size, q] = leb(buf, p + 1);
    if (sub === 1) {
      let [n, r] = leb(buf, q);
      for (let i = 0; i < n; i++) {
        let idx, name;
        [idx, r] = leb(buf, r);
        [name, r] = readName(buf, r);
        names.set(idx, name);
      }
    }
    p = q + size;
  }
  return names;
}

// Legacy Rust mangling (_ZN…E) to its path segments; other names as they are.
function segments(name) {
  const m = /^_ZN(.*)E$/.exec(name);
  if (!m) return name.split('::');
  const out = [];
  let s = m[1];
  while (s.length) {
    const d = /^(\d+)/.exec(s);
    if (!d) break;
    const len = Number(d[1]);
    out.push(s.slice(d[1].length, d[1].length + len));
    s = s.slice(d[1].length + len);
  }
  return out;
}
const CRATES = /^(core|alloc|std|compiler_builtins|dlmalloc|hashbrown|serde|serde_core|serde_json|wasm_bindgen|zmij|itoa|ryu|memchr|js_sys)$/;
function group(name) {
  // v0 mangling (_R…, the precompiled std): the first crate named in the path.
  if (name.startsWith('_R')) {
    const c = /C(?:s[0-9a-zA-Z]*_)?(\d+)/.exec(name);
    const at = c ? c.index + c[0].length : 0;
    const crate = c ? name.slice(at, at + Number(c[1])).replace(/^_+/, '') : 'other';
    return CRATES.test(crate) ? crate : crate === 'rustc' ? 'alloc' : 'other';
  }
  // "<f32 as zmij::…>": the crate of the trait when the type is a primitive.
  const impl = /^_ZN\d+_\$LT\$[a-z0-9]+\$u20\$as\$u20\$([a-z_]+)\.\./.exec(name);
  if (impl && CRATES.test(impl[1])) return impl[1];
  let seg = segments(name).filter((x) => !/^h[0-9a-f]{16}$/.test(x));
  // "<impl Trait for Type>" paths start with "_$LT$…": use the type's crate.
  const first = (seg[0] ?? '').replace(/^_\$LT\$/, '').replace(/\.\..*$/, '');
  if (first === 'newslens') return seg.length > 2 ? `newslens::${seg[1]}` : 'newslens';
  if (CRATES.test(first)) return first;
  if (/^(memcpy|memmove|memset|memcmp|bcmp|__)/.test(first)) return 'compiler_builtins';
  return first.includes('newslens') ? 'newslens' : 'other';
}

const buf = readFileSync(named);
const secs = sections(buf);
const imports = secs.find((s) => s.id === 2);
const nImported = imports ? importedFunctions(buf, imports) : 0;
const nameSec = secs.find((s) => s.id === 0 && readName(buf, s.start)[0] === 'name');
const names = nameSec ? functionNames(buf, nameSec) : new Map();
const code = secs.find((s) => s.id === 10);
const groups = new Map();
{
  let [n, p] = leb(buf, code.start);
  for (let i = 0; i < n; i++) {
    const [size, q] = leb(buf, p);
    const g = group(names.get(nImported + i) ?? 'other');
    groups.set(g, (groups.get(g) ?? 0) + size + (q - p));
    p = q + size;
  }
}
const data = secs.filter((s) => s.id === 11).reduce((a, s) => a + s.end - s.start, 0);
const shippedBuf = readFileSync(shipped);
const shippedGz = gz(shippedBuf);
const raw = [...groups.values()].reduce((a, b) => a + b, 0) + data;

// The data section's gzipped size: measured on its bytes alone; the code gets the rest.
const dataSec = secs.find((s) => s.id === 11);
const dataGz = dataSec ? gz(buf.subarray(dataSec.start, dataSec.end)) : 0;
const codeRaw = raw - data;
const codeGz = shippedGz - dataGz;
console.log(`wasm module (${shipped.replace(root + '/', '')}): ${kb(shippedBuf.length)} raw, ${kb(shippedGz)} gzipped`);
console.log('\n| part of the wasm | raw | gzipped (share) |\n|---|---|---|');
console.log(`| data (word lists, tables, strings) | ${kb(data)} | ${kb(dataGz)} |`);
const sorted = [...groups.entries()].sort((a, b) => b[1] - a[1]);
for (const [g, bytes] of sorted) {
  if (bytes < 2048) continue;
  console.log(`| code: ${g} | ${kb(bytes)} | ${kb((codeGz * bytes) / codeRaw)} |`);
}
const small = sorted.filter(([, b]) => b < 2048).reduce((a, [, b]) => a + b, 0);
console.log(`| code: the rest (${sorted.filter(([, b]) => b < 2048).length} small groups) | ${kb(small)} | ${kb((codeGz * small) / codeRaw)} |`);

// The word lists, each gzipped alone (what each would cost in a module of its own).
console.log('\n| word list | raw | gzipped alone |\n|---|---|---|');
const lists = [];
for (const area of readdirSync(join(root, 'data'), { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const f of readdirSync(join(root, 'data', area.name)).filter((f) => !f.endsWith('.md'))) {
    const b = readFileSync(join(root, 'data', area.name, f));
    lists.push([`data/${area.name}/${f}`, b.length, gz(b)]);
  }
}
lists.sort((a, b) => b[2] - a[2]);
for (const [f, r, g] of lists.filter(([, , g]) => g >= 1024)) console.log(`| ${f} | ${kb(r)} | ${kb(g)} |`);
const rest = lists.filter(([, , g]) => g < 1024);
console.log(`| ${rest.length} smaller lists | ${kb(rest.reduce((a, [, r]) => a + r, 0))} | ${kb(rest.reduce((a, [, , g]) => a + g, 0))} |`);
console.log(`| all word lists, gzipped together | ${kb(lists.reduce((a, [, r]) => a + r, 0))} | ${kb(gz(Buffer.concat(lists.map(([f]) => readFileSync(join(root, f))))))} |`);

// The page: what index.html loads (its scripts and styles and their imports), and the wasm.
const www = join(root, 'www');
const page = pageFiles(www).map((f) => [f, f.endsWith('.wasm') ? shippedGz : gz(readFileSync(join(www, f)))]);
const total = page.reduce((a, [, g]) => a + g, 0);
console.log('\n| page file | gzipped |\n|---|---|');
for (const [f, g] of page.sort((a, b) => b[1] - a[1])) console.log(`| ${f} | ${kb(g)} |`);
console.log(`| **page total** (budget 250 KB) | **${kb(total)}** |`);
