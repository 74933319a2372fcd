// The analyser in a Web Worker, so that a long article never blocks the page.
// Messages in: { id, text, dct, explain } (an analysis) or { id, op: 'info' } (the version and
// the input limit); out: { id, result } or { id, error }.
//
// The page decodes each message in one task, and a 5 MB article's analysis (10^5 objects) takes
// the main thread hundreds of milliseconds to decode: so long arrays come first, in parts of
// BATCH items ({ id, key, items }), one each time the page asks ({ id, op: 'next' }, after it
// has let its timers and rendering run), and the result last with those arrays empty
// (analyzer.js puts them back).

import { analyze, init, maxInputBytes, version } from './newslens.js';

const ready = init();
const BATCH = 4000;

/** Messages waiting for the page's 'next', by request id. */
const queues = new Map();

function next(id) {
  const queue = queues.get(id) ?? [];
  const message = queue.shift();
  if (queue.length === 0) queues.delete(id);
  if (message) self.postMessage(message);
}

self.addEventListener('message', async ({ data }) => {
  const { id, op, text, dct, explain } = data ?? {};
  if (op === 'next') return next(id);
  try {
    await ready;
    const result = op === 'info' ? { version: version(), maxInputBytes: maxInputBytes() } : analyze(text, { dct, explain });
    const queue = [];
    for (const [key, list] of Object.entries(result)) {
      if (!Array.isArray(list) || list.length <= BATCH) continue;
      for (let i = 0; i < list.length; i += BATCH) queue.push({ id, key, items: list.slice(i, i + BATCH) });
      result[key] = [];
    }
    queue.push({ id, result });
    queues.set(id, queue);
    next(id);
  } catch (e) {
    self.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
  }
});
