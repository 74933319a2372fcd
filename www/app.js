// The page: wires the text box, the publication-date field and the buttons to the analyser, and
// renders the results. No NLP here (that is the Rust core) and no HTML parsing of user text.

import { download } from './export.js';
import { analyze, init, version } from './newslens.js';
import { focusMarks, formatDate, renderEntities, renderQuotes, renderText, renderTimeline, slice } from './render.js';

const $ = (id) => document.getElementById(id);
const ui = {
  text: $('text'),
  dct: $('dct'),
  dctRow: $('dct-row'),
  dctBadge: $('dct-badge'),
  dctStatus: $('dct-status'),
  dctReset: $('dct-reset'),
  live: $('live'),
  explain: $('explain'),
  run: $('analyze'),
  error: $('error'),
  status: $('status'),
  article: $('article'),
  entities: $('entities'),
  quotes: $('quotes'),
  timeline: $('timeline'),
  app: $('app'),
};

/** The date the user typed, or null to use the date found in the text. */
let userDct = null;
/** The last successful analysis and its text, for the exports. */
let last = null;
let ready = false;
let timer = 0;

function debounceDelay(length) {
  return length > 200_000 ? 600 : 200;
}

function showError(message) {
  ui.error.textContent = message;
  ui.error.hidden = !message;
  ui.app.classList.toggle('stale', Boolean(message));
}

function run() {
  clearTimeout(timer);
  if (!ready) return;
  const text = ui.text.value;
  const explain = ui.explain.checked;
  let result;
  const t0 = performance.now();
  try {
    result = analyze(text, { dct: userDct, explain });
  } catch (e) {
    showError(e instanceof Error ? e.message : String(e));
    ui.status.textContent = 'Not analysed.';
    return;
  }
  const ms = performance.now() - t0;
  last = { analysis: result, text };
  showError('');
  showDate(result, text);
  if (text.trim() === '') {
    for (const el of [ui.article, ui.entities, ui.quotes, ui.timeline]) el.replaceChildren(emptyNote('—'));
    ui.article.replaceChildren(emptyNote('Paste an article or pick an example.'));
    ui.status.textContent = 'Ready.';
    return;
  }
  ui.article.replaceChildren(renderText(result, text, { explain }));
  ui.entities.replaceChildren(renderEntities(result, { explain }));
  ui.quotes.replaceChildren(renderQuotes(result, { explain }));
  ui.timeline.replaceChildren(renderTimeline(result, text, { explain }));
  const n = (k, one, many) => `${k} ${k === 1 ? one : many}`;
  ui.status.textContent =
    `${n(result.entities.length, 'entity', 'entities')} · ${n(result.quotes.length, 'quote', 'quotes')} · ` +
    `${n(result.events.length, 'dated event', 'dated events')} · ` +
    (result.document.boilerplate.length ? `${n(result.document.boilerplate.length, 'line', 'lines')} of page debris skipped · ` : '') +
    `analysed in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
  document.dispatchEvent(new CustomEvent('newslens:analysis', { detail: result }));
}

function emptyNote(s) {
  const p = document.createElement('p');
  p.className = 'empty';
  p.textContent = s;
  return p;
}

/** Shows the publication date in use and where it came from. */
function showDate(result, text) {
  const doc = result.document;
  const source = doc.dct_source; // "text" | "option" | "none"
  ui.dctRow.dataset.source = source;
  if (document.activeElement !== ui.dct) ui.dct.value = doc.dct ?? '';
  ui.dctReset.hidden = userDct === null;
  let badge;
  let status;
  if (source === 'option') {
    badge = 'set by you';
    status = doc.detected_dct
      ? `The text says ${formatDate(doc.detected_dct)}; relative dates use your date.`
      : 'Relative dates ("on Sunday") are resolved against your date.';
  } else if (source === 'text') {
    badge = 'from the text';
    status = `Read from “${slice(text, doc.dateline)}”. Change it to resolve the dates differently.`;
  } else {
    badge = 'not found';
    status = text.trim() ? 'No publication date in the text: set one to resolve “on Sunday”, “yesterday”…' : '';
  }
  ui.dctBadge.textContent = badge;
  ui.dctStatus.textContent = status;
}

function schedule() {
  clearTimeout(timer);
  if (ui.live.checked) timer = setTimeout(run, debounceDelay(ui.text.value.length));
}

async function loadExample(url) {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    ui.text.value = await response.text();
    userDct = null;
    run();
  } catch (e) {
    showError(`Could not load the example ${url}: ${e.message}`);
  }
}

/** A text file dropped on the text box is read locally (it is never uploaded anywhere). */
async function onDrop(event) {
  const file = event.dataTransfer?.files?.[0];
  if (!file) return; // dropped text: the textarea inserts it itself
  event.preventDefault();
  if (file.size > 16 * 1024 * 1024) {
    showError(`${file.name} is too large to analyse (${(file.size / 1_048_576).toFixed(1)} MB; the limit is 16 MB).`);
    return;
  }
  if (file.type && !file.type.startsWith('text/')) {
    showError(`${file.name} is not a text file (${file.type}): paste the article's text instead.`);
    return;
  }
  ui.text.value = await file.text();
  userDct = null;
  run();
}

function onResultsClick(event) {
  const button = event.target.closest('button[data-e], button[data-q], button[data-t]');
  if (!button) return;
  const attr = ['e', 'q', 't'].find((k) => button.dataset[k] !== undefined);
  focusMarks(ui.app, attr, button.dataset[attr]);
}

ui.text.addEventListener('input', schedule);
ui.text.addEventListener('dragover', (event) => event.dataTransfer?.types.includes('Files') && event.preventDefault());
ui.text.addEventListener('drop', onDrop);
ui.run.addEventListener('click', run);
ui.explain.addEventListener('change', run);
ui.live.addEventListener('change', schedule);
ui.dct.addEventListener('change', () => {
  userDct = ui.dct.value || null;
  run();
});
ui.dctReset.addEventListener('click', () => {
  userDct = null;
  run();
  ui.dct.focus();
});
for (const b of document.querySelectorAll('button[data-example]')) {
  b.addEventListener('click', () => loadExample(b.dataset.example));
}
ui.app.addEventListener('click', onResultsClick);
$('export').addEventListener('click', (event) => {
  const button = event.target.closest('button[data-export]');
  if (!button) return;
  if (!last) {
    showError('Nothing to export yet: analyse an article first.');
    return;
  }
  const title = last.analysis.document.title;
  const slug = title ? slice(last.text, title).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) : '';
  download(button.dataset.export, last.analysis, last.text, { name: slug || 'newslens' });
  $('export').open = false;
});

try {
  await init();
  ready = true;
  $('version').textContent = version();
  ui.status.textContent = 'Ready.';
  document.documentElement.dataset.ready = 'true';
  if (ui.text.value) run();
} catch (e) {
  showError(e.message);
  ui.status.textContent = 'The analyser could not be loaded.';
}
