// The wasm API in Node, as the page and the widget see it: every span slices the JavaScript
// string exactly (UTF-16), lone surrogates and odd input get a result, bad input a clear Error,
// and the story API merges the two seeds. Needs www/pkg (scripts/build-wasm).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const nl = await import(join(root, 'www/pkg-story/newslens.js'));
nl.initSync({ module: readFileSync(join(root, 'www/pkg-story/newslens_bg.wasm')) });
const seed = (n) => readFileSync(join(root, `tests/fixtures/seed-${n}.txt`), 'utf8');
const analyze = (text, dct) => JSON.parse(nl.analyzeJson(text, dct, true));

function spans(a) {
  const out = [];
  const d = a.document;
  if (d.title) out.push(['title', d.title]);
  if (d.dateline) out.push(['dateline', d.dateline]);
  d.boilerplate.forEach((b) => out.push(['boilerplate', b.span]));
  a.sentences.forEach((s) => out.push(['sentence', s]));
  a.mentions.forEach((m) => out.push(['mention', m.span, m.text]));
  a.entities.forEach((e) => e.role_spans.forEach((s) => out.push(['role', s])));
  a.quotes.forEach((q) => {
    out.push(['quote', q.span, q.text]);
    if (q.cue) out.push(['cue', q.cue, q.cue_text]);
    if (q.speaker_span) out.push(['speaker', q.speaker_span]);
  });
  a.timexes.forEach((t) => out.push(['timex', t.span, t.text]));
  a.events.forEach((e) => out.push(['event', e.span]));
  return out;
}

function checkSpans(text, a) {
  for (const [kind, s, want] of spans(a)) {
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `${kind} ${JSON.stringify(s)} in bounds`);
    if (want !== undefined && want !== null) assert.equal(text.slice(s.start, s.end), want, `${kind} slices its text`);
  }
}

test('seed spans slice the JavaScript string (UTF-16)', () => {
  for (const n of ['000', '004']) {
    const text = seed(n);
    const a = analyze(text);
    checkSpans(text, a);
    assert.ok(a.mentions.length > 10, `seed ${n} has mentions`);
    assert.ok(a.mentions.some((m) => text.slice(m.span.start, m.span.end) === 'Kyiv'), 'a mention after curly quotes still slices right');
  }
});

test('astral characters and combining marks keep offsets right', () => {
  const text = '😀😀 Zelensky 👍🏽 said on Sunday that “progress” was made, Rubio said.\nPublished On 23 Nov 2025';
  const a = analyze(text, '2025-11-24');
  checkSpans(text, a);
  const z = a.mentions.find((m) => m.text === 'Zelensky');
  if (z) assert.equal(text.slice(z.span.start, z.span.end), 'Zelensky');
});

test('lone surrogates get a result whose spans still slice the input', () => {
  for (const text of ['\uD800', 'Rubio \uDC00said on Sunday \uD83D.', '\uDFFF\uD800 “x” \uD800']) {
    const a = analyze(text, '2025-11-24');
    assert.equal(typeof a, 'object');
    for (const [kind, s] of spans(a)) assert.ok(s.end <= text.length, `${kind} in bounds`);
  }
});

test('bad input is a clear Error, and the module keeps working after it', () => {
  assert.throws(() => nl.analyzeJson('x', '2025-13-45', false), /not a valid date.*YYYY-MM-DD/);
  assert.throws(() => nl.analyzeJson('a'.repeat(nl.maxInputBytes() + 1), undefined, false), /too large.*limit/);
  assert.equal(analyze('Rubio spoke on Sunday.', '2025-11-24').document.dct, '2025-11-24');
});

test('the story API merges the two seeds', () => {
  const story = JSON.parse(nl.analyzeStoryJson(['A', 'B'], [seed('000'), seed('004')], ['', ''], false));
  assert.equal(story.articles.length, 2);
  const rubio = story.entities.filter((e) => e.canonical === 'Marco Rubio');
  assert.equal(rubio.length, 1, 'Marco Rubio is one entity across articles');
  assert.deepEqual(rubio[0].counts, [3, 5]);
  assert.throws(() => nl.analyzeStoryJson(['A'], ['x', 'y'], [''], false), /same length/);
});
