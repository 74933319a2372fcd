// Asynchronous analysis: in a shared Web Worker (worker.js), or on the main thread when the host
// page does not allow workers. One worker serves every <news-lens> on the page.

import { analyze as analyzeHere, init } from './newslens.js';

let worker = null;
let broken = false;
let nextId = 1;
const pending = new Map();

function startWorker() {
  if (worker || broken) return worker;
  try {
    worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  } catch {
    broken = true;
    return null;
  }
  worker.addEventListener('message', ({ data }) => {
    const p = pending.get(data.id);
    if (!p) return;
    pending.delete(data.id);
    if ('error' in data) p.reject(new Error(data.error));
    else p.resolve(data.result);
  });
  worker.addEventListener('error', (event) => {
    // The worker could not start (CSP worker-src, no module workers): analyse here instead.
    event.preventDefault();
    broken = true;
    worker?.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) here(p.request).then(p.resolve, p.reject);
  });
  return worker;
}

async function here({ text, dct, explain }) {
  await init();
  return analyzeHere(text, { dct, explain });
}

/**
 * Analyses `text` off the main thread when possible. Resolves to the analysis; rejects with an
 * Error carrying the core's message.
 */
export function analyzeAsync(text, { dct = null, explain = false } = {}) {
  const request = { text: String(text), dct: dct || null, explain: Boolean(explain) };
  const w = startWorker();
  if (!w) return here(request);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject, request });
    w.postMessage({ id, ...request });
  });
}
