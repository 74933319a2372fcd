// The compact wire form (src/wire.rs) expanded by www/newslens.js gives exactly the object that
// JSON.parse of the full JSON gives: on the seeds, odd text, and (when ../shared is there) every
// text of the development corpora; and the page's module carries no full JSON. Needs www/pkg and
// www/pkg-story (scripts/build-wasm).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// The page's module gives the wire form; the story module (the same core) the documented JSON.
const pkg = await import(join(root, 'www/pkg/newslens.js'));
pkg.initSync({ module: readFileSync(join(root, 'www/pkg/newslens_bg.wasm')) });
const story = await import(join(root, 'www/pkg-story/newslens.js'));
story.initSync({ module: readFileSync(join(root, 'www/pkg-story/newslens_bg.wasm')) });
const { expand } = await import(join(root, 'www/newslens.js'));

function same(text, dct, explain) {
  const full = JSON.parse(story.analyzeJson(text, dct, explain));
  const wire = JSON.parse(pkg.analyzeWire(text, dct, explain));
  assert.equal(wire.v, 2, 'the compact form, version 2');
  assert.deepStrictEqual(expand(wire, text), full);
  return full;
}

test('the page module carries only the wire form; the story module the rest', () => {
  assert.equal(typeof pkg.analyzeWire, 'function');
  assert.equal(pkg.analyzeJson, undefined);
  assert.equal(pkg.analyzeStoryJson, undefined);
  assert.equal(typeof story.analyzeJson, 'function');
  assert.equal(typeof story.analyzeStoryJson, 'function');
});

test('wire form expands to the full analysis on the seeds', () => {
  for (const n of ['000', '004']) {
    const text = readFileSync(join(root, `tests/fixtures/seed-${n}.txt`), 'utf8');
    for (const explain of [false, true]) {
      const a = same(text, undefined, explain);
      assert.ok(a.mentions.length > 20 && a.quotes.length > 5 && a.events.length > 1 && a.timexes.length > 1);
    }
    same(text, '2025-11-30', false);
  }
});

test('wire form expands to the full analysis on odd text', () => {
  const odd = [
    '',
    '   \n\t ',
    'Ann "Lee" said: "a\\b \u0001 \u2028 \u{1F600} é" in Paris on Monday.',
    'Émile Zoë, 🇺🇦 president of Ukraine, said on Sunday "peace is near", officials said.',
    'TRUMP SAID ON FRIDAY THAT "TALKS" WENT WELL.',
    '"'.repeat(500),
    'Rubio\r\nsaid\rthat talks in Geneva\u0000 went well on 23 Nov 2025.',
  ];
  for (const t of odd) for (const explain of [false, true]) same(t, '2025-11-24', explain);
});

const dev = join(root, '..', 'shared', 'eval', 'dev');
test('wire form expands to the full analysis on the development corpora', { skip: !existsSync(dev) && 'no ../shared/eval/dev' }, () => {
  let n = 0;
  for (const f of ['tbaq-timebank', 'polnear-dev', 'conll03-testa']) {
    const lines = readFileSync(join(dev, `${f}.jsonl`), 'utf8').split('\n').filter((l) => l.trim());
    for (const line of lines.slice(0, 60)) {
      const d = JSON.parse(line);
      same(d.text, d.dct ?? undefined, n % 2 === 0);
      n++;
    }
  }
  assert.ok(n > 100);
});
