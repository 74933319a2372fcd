// The JavaScript API of the story view: several articles analysed and merged into one story.
//
//   import { initStory, analyzeStory, splitArticles } from './story-api.js';
//   await initStory();
//   const s = analyzeStory([{ name: 'A', text: a }, { name: 'B', text: b, dct: '2025-11-23' }]);
//   s.timeline[0].sources[0].text; s.entities[0].counts;
//
// The schema is `Story` in src/story.rs; spans are UTF-16 units of each article's own text. The
// module loads the story module of the wasm (pkg-story/: the core with the story merge and its
// JSON writer, which the page's smaller pkg/ leaves out), holds no NLP logic and touches no DOM.

import storyInit, { analyzeStoryJson, version as wasmVersion } from './pkg-story/newslens.js';

let ready = null;
let loaded = false;

/**
 * Loads the story module (once).
 * @param {URL|string|BufferSource|WebAssembly.Module} [wasm] where it is; by default
 *   pkg-story/newslens_bg.wasm next to this file. In Node pass the bytes (fs.readFileSync).
 */
export function initStory(wasm) {
  ready ??= storyInit(wasm === undefined ? undefined : { module_or_path: wasm }).then(
    () => {
      loaded = true;
    },
    (e) => {
      ready = null;
      throw new Error(`newslens: could not load the WebAssembly module: ${e.message ?? e}`);
    },
  );
  return ready;
}

/** The version of the Rust crate. */
export function version() {
  if (!loaded) throw new Error('newslens: call and await initStory() first');
  return wasmVersion();
}

/**
 * Analyses several articles and merges them into one story.
 * @param {{name?: string, text: string, dct?: string|null}[]} articles each article's name (shown
 *   to the user), text and publication date (YYYY-MM-DD; empty or null: read from its text).
 * @param {{explain?: boolean}} [options] explain: keep rule ids.
 * @returns {object} the Story (see src/story.rs)
 */
export function analyzeStory(articles, { explain = false } = {}) {
  if (!loaded) throw new Error('newslens: call and await initStory() before analyzeStory()');
  if (!Array.isArray(articles)) throw new TypeError('newslens: the articles must be an array');
  const names = [];
  const texts = [];
  const dcts = [];
  articles.forEach((a, i) => {
    if (typeof a?.text !== 'string') throw new TypeError(`newslens: the text of article ${i + 1} must be a string`);
    names.push(typeof a.name === 'string' && a.name.trim() !== '' ? a.name.trim() : `Article ${i + 1}`);
    texts.push(a.text);
    dcts.push(typeof a.dct === 'string' ? a.dct.trim() : '');
  });
  return JSON.parse(analyzeStoryJson(names, texts, dcts, Boolean(explain)));
}

/** A separator line: three or more dashes (ASCII, en or em) and nothing else but blanks. */
const SEPARATOR = /^[ \t]*[-–—]{3,}[ \t]*$/;

/**
 * Splits a paste of several articles at lines of three or more dashes. Returns the articles'
 * texts, trimmed, empty pieces dropped (so `---` at the start or end does no harm).
 */
export function splitArticles(text) {
  const parts = [];
  let current = [];
  for (const line of String(text).split(/\r\n|\r|\n/)) {
    if (SEPARATOR.test(line)) {
      parts.push(current.join('\n'));
      current = [];
    } else {
      current.push(line);
    }
  }
  parts.push(current.join('\n'));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}
