// The JavaScript API of newslens: load the WebAssembly module once, then analyse text.
//
//   import { init, analyze } from './newslens.js';
//   await init();
//   const a = analyze(text, { dct: '2025-11-24' });
//   a.entities[0].canonical; text.slice(a.quotes[0].span.start, a.quotes[0].span.end);
//
// Spans in the result are UTF-16 code units, what String.prototype.slice takes. The schema is
// documented in src/model.rs. This module holds no NLP logic and touches no DOM.

import wasmInit, { analyzeJson, maxInputBytes as wasmMaxInputBytes, version as wasmVersion } from './pkg/newslens.js';

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
        analyzeJson('Warm-up. Ann Lee said in Paris on Monday: "Yes."', undefined, false);
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
  return JSON.parse(analyzeJson(text, date, Boolean(explain)));
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
