// The JavaScript API of newslens: load the WebAssembly module once, then analyse text.
//
//   import { init, analyze } from './newslens.js';
//   await init();
//   const a = analyze(text, { dct: '2025-11-24' });
//   a.entities[0].canonical; text.slice(a.quotes[0].span.start, a.quotes[0].span.end);
//
// Spans in the result are UTF-16 code units, what String.prototype.slice takes. The schema is
// documented in src/model.rs. This module holds no NLP logic and touches no DOM.

import wasmInit, { analyzeWire, maxInputBytes as wasmMaxInputBytes, version as wasmVersion } from './pkg/newslens.js';

let ready = null;
let loaded = false;

/**
 * Loads and compiles the WebAssembly module (once; later calls return the same promise).
 * @param {URL|string|BufferSource|WebAssembly.Module} [wasm] where the module is; by default
 *   pkg/newslens_bg.wasm next to this file. In Node pass the bytes (fs.readFileSync).
 */
export function init(wasm) {
  ready ??= wasmInit(wasm === undefined ? undefined : { module_or_path: wasm }).then(
    () => {
      loaded = true;
      // The core builds its word tables on first use (tens of ms); do it now, while the page
      // loads, so that the first real analysis is as fast as the rest.
      try {
        analyzeWire('Warm-up. Ann Lee said in Paris on Monday: "Yes."', undefined, false);
      } catch {
        // only a warm-up
      }
    },
    (e) => {
      ready = null;
      throw new Error(`newslens: could not load the WebAssembly module: ${e.message ?? e}`);
    },
  );
  return ready;
}

/**
 * Analyses one article. Throws an Error with a readable message when the input is refused
 * (too large, a publication date that is not YYYY-MM-DD).
 * @param {string} text the article
 * @param {{dct?: string|null, explain?: boolean}} [options] dct: the publication date
 *   (YYYY-MM-DD), which wins over the date found in the text; explain: keep rule ids.
 * @returns {object} the Analysis (see src/model.rs)
 */
export function analyze(text, { dct = null, explain = false } = {}) {
  if (!loaded) throw new Error('newslens: call and await init() before analyze()');
  if (typeof text !== 'string') throw new TypeError('newslens: the text must be a string');
  const date = typeof dct === 'string' && dct.trim() !== '' ? dct.trim() : undefined;
  return expand(JSON.parse(analyzeWire(text, date, Boolean(explain))), text);
}

/** The version of the Rust crate. */
export function version() {
  if (!loaded) throw new Error('newslens: call and await init() first');
  return wasmVersion();
}

/** The largest input analyze() accepts, in bytes of UTF-8. */
export function maxInputBytes() {
  if (!loaded) throw new Error('newslens: call and await init() first');
  return wasmMaxInputBytes();
}

const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'];
const QUOTE_KINDS = ['direct', 'partial', 'indirect'];
const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'];

/**
 * Rebuilds the Analysis from the compact wire form of src/wire.rs (flat lists, numeric ids, no
 * repeated texts): the same object JSON.parse gives for the full JSON, texts sliced from `text`.
 */
export function expand(w, text) {
  const span = (a, k) => (a[k] < 0 ? null : { start: a[k], end: a[k + 1] });
  const spans = (a) => {
    const out = [];
    for (let k = 0; k < a.length; k += 2) out.push({ start: a[k], end: a[k + 1] });
    return out;
  };
  const id = (p, n) => (n > 0 ? p + n : null);
  const ids = (p, a) => a.map((n) => p + n);
  const mentions = [];
  const byEntity = new Map();
  for (let k = 0, a = w.mentions; k < a.length; k += 6) {
    const m = { id: 'm' + a[k], span: span(a, k + 1), text: text.slice(a[k + 1], a[k + 2]), type: ENTITY_TYPES[a[k + 3]], entity: 'e' + a[k + 4] };
    if (a[k + 5]) m.rule = a[k + 5];
    mentions.push(m);
    const list = byEntity.get(m.entity);
    if (list) list.push(m.id);
    else byEntity.set(m.entity, [m.id]);
  }
  const entities = [];
  for (let k = 0, a = w.entities; k < a.length; k += 10) {
    const e = { id: 'e' + a[k], canonical: a[k + 1], type: ENTITY_TYPES[a[k + 2]], roles: a[k + 3], role_spans: spans(a[k + 4]), aliases: a[k + 5], count: a[k + 6] };
    e.mentions = byEntity.get(e.id) ?? [];
    e.related = id('e', a[k + 7]);
    e.salience = a[k + 8];
    if (a[k + 9]) e.rule = a[k + 9];
    entities.push(e);
  }
  const quotes = [];
  for (let k = 0, a = w.quotes; k < a.length; k += 11) {
    const cue = span(a, k + 4);
    const q = { id: 'q' + a[k], span: span(a, k + 1), text: text.slice(a[k + 1], a[k + 2]), kind: QUOTE_KINDS[a[k + 3]], cue, cue_text: cue && text.slice(cue.start, cue.end), speaker: a[k + 6], speaker_span: span(a, k + 7), speaker_entity: id('e', a[k + 9]) };
    if (a[k + 10]) q.rule = a[k + 10];
    quotes.push(q);
  }
  const timexes = [];
  for (let k = 0, a = w.timexes; k < a.length; k += 7) {
    const t = { id: 't' + a[k], span: span(a, k + 1), text: text.slice(a[k + 1], a[k + 2]), type: TIMEX_TYPES[a[k + 3]], value: a[k + 4], creation_time: a[k + 5] === 1 };
    if (a[k + 6]) t.rule = a[k + 6];
    timexes.push(t);
  }
  const events = [];
  for (let k = 0, a = w.events; k < a.length; k += 9) {
    const e = { id: 'v' + a[k], date: a[k + 1], timex: id('t', a[k + 2]), span: span(a, k + 3), summary: a[k + 5], participants: ids('e', a[k + 6]), places: ids('e', a[k + 7]) };
    if (a[k + 8]) e.rule = a[k + 8];
    events.push(e);
  }
  const d = w.document;
  const document = {
    title: span(d, 0),
    dct: d[2],
    dct_source: d[3],
    dateline: span(d, 4),
    detected_dct: d[6],
    boilerplate: [],
  };
  for (let k = 0, a = d[7]; k < a.length; k += 3) document.boilerplate.push({ span: span(a, k), label: a[k + 2] });
  return { document, sentences: spans(w.sentences), mentions, entities, quotes, timexes, events };
}
