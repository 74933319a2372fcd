// The page: wires the text box, the publication-date field and the buttons to the analyser, and
// renders the results. No NLP here (that is the Rust core) and no HTML parsing of user text.

import { analyzeAsync, analyzerInfo } from './analyzer.js';
import { download } from './export.js';
import { htmlToText, isHtmlFile } from './extract.js';
import { focusMarks, formatDate, pause, renderEntities, renderQuotes, renderText, renderTextInto, renderTimeline, slice } from './render.js';

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
  progress: $('progress'),
  article: $('article'),
  entities: $('entities'),
  quotes: $('quotes'),
  timeline: $('timeline'),
  app: $('app'),
  held: $('held'),
  heldNote: $('held-note'),
};

/** The date the user typed, or null to use the date found in the text. */
let userDct = null;
/** The last successful analysis and its text, for the exports. */
let last = null;
let ready = false;
let timer = 0;
/** Increases with every run: a result or a rendering step of an older run is dropped. */
let runs = 0;
/** Texts longer than this are rendered in slices, with a progress bar (shorter: at once). */
const SLICED = 60_000;
/**
 * A text box laying out millions of characters freezes the page for seconds, so a text longer
 * than HELD is held here: the box shows its first PREVIEW characters, read-only, and the whole
 * text is analysed. "edit the whole text" puts it all in the box (the user's choice).
 */
const HELD = 200_000;
const PREVIEW = 10_000;
let held = null;

/** The article: the held text, else the text box. */
function articleText() {
  return held ?? ui.text.value;
}

/** Puts `text` in the text box, or holds it when it is long. */
function setText(text) {
  held = text.length > HELD ? text : null;
  ui.text.value = held === null ? text : text.slice(0, PREVIEW);
  ui.text.readOnly = held !== null;
  ui.held.hidden = held === null;
  if (held !== null) {
    ui.heldNote.textContent = `A long text: ${inWords(held.length)}. The box shows the first ${PREVIEW.toLocaleString('en')}; all of it is analysed.`;
  }
}

function debounceDelay(length) {
  return length > 200_000 ? 600 : 200;
}

function showError(message) {
  ui.error.textContent = message;
  ui.error.hidden = !message;
  ui.app.classList.toggle('stale', Boolean(message));
}

/**
 * Shows (fraction 0-1), spins (null) or hides (undefined) the progress bar, and sets aria-busy.
 * Hiding it marks the run finished: #app's data-done counts finished runs (tests wait on it).
 */
function progress(fraction) {
  if (fraction === undefined) ui.app.dataset.done = String(Number(ui.app.dataset.done ?? 0) + 1);
  ui.progress.hidden = fraction === undefined;
  if (fraction === null) ui.progress.removeAttribute('value');
  else if (fraction !== undefined) ui.progress.value = fraction;
  ui.app.setAttribute('aria-busy', String(fraction !== undefined));
}

/** A length in words: "5.0 million characters", "240 thousand characters". */
function inWords(n) {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} million characters` : `${Math.round(n / 1e3)} thousand characters`;
}

/** Analyses the text box in the worker and shows the results; a newer run supersedes this one. */
async function run() {
  clearTimeout(timer);
  if (!ready) return;
  const id = ++runs;
  const current = () => id === runs;
  const text = articleText();
  const explain = ui.explain.checked;
  const t0 = performance.now();
  let ticker = 0;
  progress(null);
  if (text.length > SLICED) {
    const say = () => (ui.status.textContent = `Analysing ${inWords(text.length)}… ${Math.round((performance.now() - t0) / 1000)} s`);
    say();
    ticker = setInterval(say, 1000);
  }
  let result;
  try {
    result = await analyzeAsync(text, { dct: userDct, explain });
  } catch (e) {
    if (!current()) return;
    showError(e instanceof Error ? e.message : String(e));
    ui.status.textContent = 'Not analysed.';
    progress(undefined);
    return;
  } finally {
    clearInterval(ticker);
  }
  if (!current()) return;
  const ms = performance.now() - t0;
  last = { analysis: result, text };
  showError('');
  showDate(result, text);
  if (text.trim() === '') {
    for (const el of [ui.article, ui.entities, ui.quotes, ui.timeline]) el.replaceChildren(emptyNote('—'));
    ui.article.replaceChildren(emptyNote('Paste an article or pick an example.'));
    ui.status.textContent = 'Ready.';
    progress(undefined);
    return;
  }
  // A long text's lists take a task each, so that the page can paint and react in between.
  const large = text.length > SLICED;
  ui.entities.replaceChildren(renderEntities(result, { explain }));
  if (large && !(await pause(current))) return;
  ui.quotes.replaceChildren(renderQuotes(result, { explain }));
  if (large && !(await pause(current))) return;
  ui.timeline.replaceChildren(renderTimeline(result, text, { explain }));
  if (large && !(await pause(current))) return;
  const n = (k, one, many) => `${k} ${k === 1 ? one : many}`;
  const summary =
    `${n(result.entities.length, 'entity', 'entities')} · ${n(result.quotes.length, 'quote', 'quotes')} · ` +
    `${n(result.events.length, 'dated event', 'dated events')} · ` +
    (result.document.boilerplate.length ? `${n(result.document.boilerplate.length, 'line', 'lines')} of page debris skipped · ` : '') +
    `analysed in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
  if (text.length <= SLICED) {
    ui.article.replaceChildren(renderText(result, text, { explain }));
  } else {
    // A long text: the lists are shown, the highlighted text grows a slice at a time.
    ui.status.textContent = `${summary} · showing the text…`;
    document.dispatchEvent(new CustomEvent('newslens:analysis', { detail: result }));
    const onProgress = (f) => {
      progress(f);
      ui.status.textContent = `${summary} · showing the text… ${Math.floor(f * 100)} %`;
    };
    if (!(await renderTextInto(ui.article, result, text, { explain }, { onProgress, isCurrent: current }))) return;
    ui.status.textContent = summary;
    progress(undefined);
    document.dispatchEvent(new CustomEvent('newslens:rendered', { detail: result }));
    return;
  }
  ui.status.textContent = summary;
  progress(undefined);
  document.dispatchEvent(new CustomEvent('newslens:analysis', { detail: result }));
  document.dispatchEvent(new CustomEvent('newslens:rendered', { detail: result }));
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
  // While the user types a date, the field is theirs; otherwise it shows the date in use.
  if (document.activeElement !== ui.dct || source !== 'option') ui.dct.value = doc.dct ?? '';
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
  if (ui.live.checked) timer = setTimeout(run, debounceDelay(articleText().length));
}

/** Typed or pasted text; a long one is taken out of the box before the browser lays it out. */
function onInput() {
  if (held === null && ui.text.value.length > HELD) setText(ui.text.value);
  schedule();
}

/** A long paste never reaches the text box: it replaces the article (see HELD). */
function onPaste(event) {
  const text = event.clipboardData?.getData('text/plain') ?? '';
  if (text.length <= HELD) return;
  event.preventDefault();
  setText(text);
  userDct = null;
  schedule();
}

async function loadExample(url) {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    setText(await response.text());
    userDct = null;
    run();
  } catch (e) {
    showError(`Could not load the example ${url}: ${e.message}`);
  }
}

/**
 * A text or HTML file dropped on the text box is read locally (it is never uploaded anywhere).
 * HTML is parsed into an inert document and only its text is kept: nothing in it runs or loads.
 */
async function onDrop(event) {
  const file = event.dataTransfer?.files?.[0];
  if (!file) return; // dropped text: the textarea inserts it itself
  event.preventDefault();
  if (file.size > 16 * 1024 * 1024) {
    showError(`${file.name} is too large to analyse (${(file.size / 1_048_576).toFixed(1)} MB; the limit is 16 MB).`);
    return;
  }
  if (file.type && !file.type.startsWith('text/') && !isHtmlFile(file)) {
    showError(`${file.name} is not a text file (${file.type}): paste the article's text instead.`);
    return;
  }
  const body = await file.text();
  setText(isHtmlFile(file) ? htmlToText(body) : body);
  userDct = null;
  run();
}

function onResultsClick(event) {
  const button = event.target.closest('button[data-e], button[data-q], button[data-t]');
  if (!button) return;
  const attr = ['e', 'q', 't'].find((k) => button.dataset[k] !== undefined);
  focusMarks(ui.app, attr, button.dataset[attr]);
}

ui.text.addEventListener('input', onInput);
ui.text.addEventListener('paste', onPaste);
$('held-edit').addEventListener('click', () => {
  const text = held;
  setText('');
  ui.text.value = text;
  ui.text.focus();
});
$('held-clear').addEventListener('click', () => {
  setText('');
  run();
  ui.text.focus();
});
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
  const info = await analyzerInfo();
  ready = true;
  $('version').textContent = info.version;
  ui.status.textContent = 'Ready.';
  document.documentElement.dataset.ready = 'true';
  if (articleText()) run();
} catch (e) {
  showError(e.message);
  ui.status.textContent = 'The analyser could not be loaded.';
}
