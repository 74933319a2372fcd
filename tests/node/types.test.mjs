// The TypeScript declarations (www/newslens.d.ts, www/news-lens.d.ts) against the code: every
// export is declared, and every field of a real analysis (both seeds, with rule ids) is declared
// in the right interface, nullable where the core gives null, and nothing declared is missing.
// (A type check proper: `tsc --noEmit --strict` over a small usage file; see docs/design/web.md.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (p) => readFileSync(join(root, p), 'utf8');
const nl = await import(join(root, 'www/pkg-story/newslens.js'));
nl.initSync({ module: readFileSync(join(root, 'www/pkg-story/newslens_bg.wasm')) });
const exportsOf = (src) => [...src.matchAll(/^export (?:async )?(?:function|class|const) (\w+)|^export \{ (\w+) \}/gm)].map((m) => m[1] ?? m[2]).sort();
const declared = (dts) => [...dts.matchAll(/^export (?:declare )?(?:function|class|const) (\w+)/gm)].map((m) => m[1]).sort();

/** interface name → { field: type text (aliases expanded), optional } from a .d.ts. */
function interfaces(dts) {
  const aliases = Object.fromEntries([...dts.matchAll(/^export type (\w+) = ([^;]+);/gm)].map((m) => [m[1], m[2]]));
  const expand = (type) => type.replace(/\b\w+\b/g, (w) => aliases[w] ?? w);
  const out = {};
  for (const [, name, body] of dts.matchAll(/^export interface (\w+) \{\n([\s\S]*?)^\}/gm)) {
    out[name] = {};
    for (const [, field, optional, type] of body.matchAll(/^ {2}(\w+)(\??): ([^;]+);/gm)) out[name][field] = { type: expand(type), optional: optional === '?' };
  }
  return out;
}

test('newslens.d.ts and news-lens.d.ts declare every export, and nothing else', () => {
  assert.deepEqual(declared(read('www/newslens.d.ts')), exportsOf(read('www/newslens.js')));
  assert.deepEqual(declared(read('www/news-lens.d.ts')), exportsOf(read('www/news-lens.js')));
});

test('every field of a real analysis is declared in its interface', () => {
  const types = interfaces(read('www/newslens.d.ts'));
  // Where each interface appears in the analysis.
  const where = {
    Analysis: (a) => [a],
    DocumentInfo: (a) => [a.document],
    Boilerplate: (a) => a.document.boilerplate,
    Span: (a) => [...a.sentences, ...a.mentions.map((m) => m.span), ...a.quotes.map((q) => q.span)],
    Mention: (a) => a.mentions,
    Entity: (a) => a.entities,
    Quote: (a) => a.quotes,
    Timex: (a) => a.timexes,
    Event: (a) => a.events,
  };
  assert.deepEqual(Object.keys(where).sort(), Object.keys(types).filter((t) => t !== 'AnalyzeOptions').sort(), 'every interface is checked');
  for (const n of ['000', '004']) {
    const a = JSON.parse(nl.analyzeJson(read(`tests/fixtures/seed-${n}.txt`), undefined, true));
    for (const [name, find] of Object.entries(where)) {
      const fields = types[name];
      const objects = find(a);
      assert.ok(objects.length > 0, `seed ${n} has some ${name}`);
      for (const o of objects) {
        for (const [k, v] of Object.entries(o)) {
          assert.ok(k in fields, `${name}.${k} is declared`);
          if (v === null) assert.match(fields[k].type, /\| null\b/, `${name}.${k} is declared nullable`);
          else if (typeof v === 'string') assert.match(fields[k].type, /string|'/, `${name}.${k}: ${fields[k].type} (got a string)`);
          else if (typeof v === 'number') assert.match(fields[k].type, /number/, `${name}.${k}: ${fields[k].type} (got a number)`);
          else if (typeof v === 'boolean') assert.match(fields[k].type, /boolean/, `${name}.${k}: ${fields[k].type} (got a boolean)`);
          else if (Array.isArray(v)) assert.match(fields[k].type, /\[\]$/, `${name}.${k}: ${fields[k].type} (got an array)`);
        }
        for (const [k, f] of Object.entries(fields)) assert.ok(f.optional || k in o, `${name}.${k} is in the analysis`);
      }
    }
  }
});
