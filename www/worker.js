// The analyser in a Web Worker, so that a long article never blocks the page.
// Messages in: { id, text, dct, explain }; out: { id, result } or { id, error }.

import { analyze, init } from './newslens.js';

const ready = init();

self.addEventListener('message', async ({ data }) => {
  const { id, text, dct, explain } = data ?? {};
  try {
    await ready;
    self.postMessage({ id, result: analyze(text, { dct, explain }) });
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
