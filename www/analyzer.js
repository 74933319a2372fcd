// Asynchronous analysis: in a shared Web Worker (worker.js), or on the main thread when the host
// page does not allow workers. One worker serves the page and every <news-lens> on it.

import { analyze as analyzeHere, init, maxInputBytes, version } from './newslens.js';

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
    if ('key' in data) {
      // A part of a long array of the result (see worker.js): kept until the result comes.
      p.parts ??= {};
      const list = (p.parts[data.key] ??= []);
      for (const item of data.items) list.push(item);
      setTimeout(() => worker?.postMessage({ id: data.id, op: 'next' }), 0);
      return;
    }
    pending.delete(data.id);
    if ('error' in data) p.reject(new Error(data.error));
    else p.resolve(Object.assign(data.result, p.parts));
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

async function here({ op, text, dct, explain }) {
  await init();
  return op === 'info' ? { version: version(), maxInputBytes: maxInputBytes() } : analyzeHere(text, { dct, explain });
}

function send(request) {
  const w = startWorker();
  if (!w) return here(request);
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject, request });
    w.postMessage({ id, ...request });
  });
}

/**
 * Analyses `text` off the main thread when possible. Resolves to the analysis; rejects with an
 * Error carrying the core's message.
 */
export function analyzeAsync(text, { dct = null, explain = false } = {}) {
  return send({ text: String(text), dct: dct || null, explain: Boolean(explain) });
}

/**
 * Starts the analyser (the worker loads the WebAssembly module) and resolves to
 * `{ version, maxInputBytes }` once it can analyse.
 */
export function analyzerInfo() {
  return send({ op: 'info' });
}
