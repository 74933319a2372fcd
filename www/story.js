// The story page: a list of articles (text, name, publication date), a box to paste several at
// once, and the merged results. No NLP here (that is the Rust core: src/story.rs) and no HTML
// parsing of user text.

import { htmlToText, isHtmlFile } from './extract.js';
import { formatDate, h, renderText, slice } from './render.js';
import { analyzeStory, initStory, splitArticles, version } from './story-api.js';
import { renderStoryDifferences, renderStoryEntities, renderStoryQuotes, renderStoryTimeline } from './story-render.js';

const $ = (id) => document.getElementById(id);
const ui = {
  list: $('articles'),
  add: $('add-article'),
  pasteMany: $('paste-many'),
  pasteText: $('paste-text'),
  pasteAdd: $('paste-add'),
  live: $('live'),
  explain: $('explain'),
  clearAll: $('clear-all'),
  run: $('analyze'),
  error: $('error'),
  status: $('status'),
  results: $('results'),
  timeline: $('story-timeline'),
  entities: $('story-entities'),
  quotes: $('story-quotes'),
  differences: $('story-differences'),
};

/** The article inputs, in page order: { el, name, text, dct, badge, status, reset, view, userDct }. */
const items = [];
let nextId = 1;
let ready = false;
let timer = 0;
/** The articles of the last analysis, in the story's order. */
let used = [];

/** Shows a message (or hides it when empty); `stale`: the results no longer match the inputs. */
function showError(message, { stale = true } = {}) {
  ui.error.textContent = message;
  ui.error.hidden = !message;
  ui.results.classList.toggle('stale', Boolean(message) && stale);
}

const emptyNote = (s) => h('p', { class: 'empty' }, s);

/** The name an article goes by: what the user typed, else "Article N" by position. */
function nameOf(item) {
  return item.name.value.trim() || `Article ${items.indexOf(item) + 1}`;
}

/** Adds an article input (at the end) and returns it. */
function addArticle({ text = '', name = '' } = {}) {
  const id = nextId++;
  const item = { userDct: null };
  item.name = h('input', { type: 'text', id: `name-${id}`, class: 'article-name', autocomplete: 'off', spellcheck: 'false' });
  item.name.value = name;
  item.text = h('textarea', { id: `text-${id}`, class: 'article-text', rows: 7, spellcheck: 'false', placeholder: 'Paste a news article here, headline and dateline included if you have them.' });
  item.text.value = text;
  item.dct = h('input', { type: 'date', id: `dct-${id}`, class: 'article-dct', 'aria-describedby': `dct-status-${id}` });
  item.badge = h('span', { class: 'dct-badge' });
  item.reset = h('button', { type: 'button', class: 'link dct-reset', hidden: true }, 'use the date in the text');
  item.status = h('p', { class: 'dct-status', id: `dct-status-${id}` });
  item.remove = h('button', { type: 'button', class: 'link remove' }, 'remove');
  item.textLabel = h('label', { class: 'sr-only', for: `text-${id}` });
  item.view = h('div', { class: 'article-wrap' });
  item.details = h('details', { class: 'article-view' }, h('summary', {}, 'Highlighted text'), item.view);
  item.dateRow = h('div', { class: 'dct', 'data-source': 'none' }, h('label', { for: `dct-${id}` }, 'Publication date'), item.dct, item.badge, item.reset, item.status);
  item.el = h(
    'li',
    { class: 'story-article', 'data-id': id },
    h('div', { class: 'article-head' }, h('label', { for: `name-${id}` }, 'Name'), item.name, item.remove),
    item.textLabel,
    item.text,
    item.dateRow,
    item.details,
  );
  item.text.addEventListener('input', schedule);
  item.name.addEventListener('input', schedule);
  item.dct.addEventListener('change', () => {
    item.userDct = item.dct.value || null;
    run();
  });
  item.reset.addEventListener('click', () => {
    item.userDct = null;
    run();
    item.dct.focus();
  });
  item.remove.addEventListener('click', () => removeArticle(item));
  item.details.addEventListener('toggle', () => item.details.open && renderView(item));
  for (const el of [item.text, item.el]) {
    el.addEventListener('dragover', (event) => event.dataTransfer?.types.includes('Files') && event.preventDefault());
  }
  item.el.addEventListener('drop', (event) => onDrop(event, item));
  items.push(item);
  ui.list.append(item.el);
  renumber();
  return item;
}

function removeArticle(item) {
  const i = items.indexOf(item);
  if (i < 0) return;
  items.splice(i, 1);
  item.el.remove();
  if (items.length === 0) addArticle();
  renumber();
  (items[Math.min(i, items.length - 1)]?.text ?? ui.add).focus();
  run();
}

/** The highlighted text of an article, rendered when it is first opened after an analysis. */
function renderView(item) {
  if (!item.shown || item.view.firstChild) return;
  const { analysis, text, explain } = item.shown;
  item.view.replaceChildren(renderText(analysis, text, { explain }));
}

/**
 * Text files dropped on an article or on the list are read locally (never uploaded): the first
 * goes into the article it was dropped on (when given), each further one becomes a new article
 * named after its file.
 */
async function onDrop(event, target = null) {
  const files = [...(event.dataTransfer?.files ?? [])];
  if (files.length === 0) return; // dropped text: the textarea inserts it itself
  event.preventDefault();
  event.stopPropagation();
  const refused = files.filter((f) => f.size > 16 * 1024 * 1024 || (f.type && !f.type.startsWith('text/') && !isHtmlFile(f)));
  const ok = files.filter((f) => !refused.includes(f));
  const complain = () =>
    refused.length &&
    showError(`Not added: ${refused.map((f) => f.name).join(', ')} (only text files up to 16 MB; paste the article's text instead).`, { stale: false });
  if (ok.length === 0) {
    complain();
    return;
  }
  // HTML: only its text (parsed inert, see extract.js); nothing in the file runs or loads.
  const texts = await Promise.all(ok.map(async (f) => (isHtmlFile(f) ? htmlToText(await f.text()) : f.text())));
  const name = (f) => f.name.replace(/\.[a-z0-9]{1,4}$/i, '');
  let start = 0;
  if (target) {
    target.text.value = texts[0];
    target.name.value = name(ok[0]);
    target.userDct = null;
    start = 1;
  }
  addTexts(texts.slice(start).map((text, i) => ({ text, name: name(ok[start + i]) })));
  run();
  if (ui.error.hidden) complain();
}

/** The last story, for the download. */
let last = null;
/** Entity types the user asked to see in full. */
const expanded = new Set();

function downloadJson() {
  if (!last) {
    showError('Nothing to download yet: analyse the story first.');
    return;
  }
  const blob = new Blob([JSON.stringify(last, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = 'newslens-story.json';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Placeholders and labels follow the position: "Article 2". */
function renumber() {
  items.forEach((item, i) => {
    const n = `Article ${i + 1}`;
    item.name.placeholder = n;
    item.textLabel.textContent = `Text of ${n.toLowerCase()}`;
    item.remove.setAttribute('aria-label', `Remove article ${i + 1}`);
  });
}

/** Texts go into the first empty inputs, then into new ones. */
function addTexts(list) {
  for (const { text, name } of list) {
    const empty = items.find((it) => it.text.value.trim() === '');
    if (empty) {
      empty.text.value = text;
      empty.name.value = name ?? '';
      empty.userDct = null;
    } else {
      addArticle({ text, name });
    }
  }
}

function clearResults(message) {
  for (const el of [ui.timeline, ui.entities, ui.quotes, ui.differences]) el.replaceChildren(emptyNote('—'));
  ui.timeline.replaceChildren(emptyNote(message));
  delete ui.results.dataset.articles;
}

function run() {
  clearTimeout(timer);
  if (!ready) return;
  const current = items.filter((it) => it.text.value.trim() !== '');
  globalThis.CSS?.highlights?.delete('story-source');
  for (const it of items) if (!current.includes(it)) showDate(it, null, '');
  if (current.length === 0) {
    used = [];
    last = null;
    showError('');
    clearResults('Add an article, paste several, or pick the examples.');
    ui.status.textContent = 'Ready.';
    return;
  }
  const explain = ui.explain.checked;
  let story;
  const t0 = performance.now();
  try {
    story = analyzeStory(
      current.map((it) => ({ name: nameOf(it), text: it.text.value, dct: it.userDct })),
      { explain },
    );
  } catch (e) {
    // The core's message starts with the name of the article it refused.
    showError(e instanceof Error ? e.message : String(e));
    ui.status.textContent = 'Not analysed.';
    return;
  }
  const ms = performance.now() - t0;
  showError('');
  used = current;
  used.forEach((it, i) => {
    const analysis = story.articles[i]?.analysis ?? null;
    showDate(it, analysis, it.text.value);
    it.shown = analysis ? { analysis, text: it.text.value, explain } : null;
    it.view.replaceChildren();
    if (it.details.open) renderView(it);
  });
  last = story;
  ui.timeline.replaceChildren(renderStoryTimeline(story, { explain }));
  ui.entities.replaceChildren(renderStoryEntities(story, { expanded }));
  ui.quotes.replaceChildren(renderStoryQuotes(story));
  ui.differences.replaceChildren(renderStoryDifferences(story));
  ui.results.dataset.articles = String(story.articles.length);
  const n = (k, one, many) => `${k} ${k === 1 ? one : many}`;
  const shared = story.timeline.filter((e) => !e.single_source).length;
  ui.status.textContent =
    `${n(story.articles.length, 'article', 'articles')} · ${n(story.entities.length, 'entity', 'entities')} · ` +
    `${n(story.timeline.length, 'event', 'events')}` +
    (story.articles.length > 1 ? ` (${shared} reported by several)` : '') +
    ` · ${n(story.quotes.length, 'quote', 'quotes')} · analysed in ${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
  document.dispatchEvent(new CustomEvent('newslens:story', { detail: story }));
}

/**
 * Opens an article's highlighted text and marks `start..end` (UTF-16 units of its text) with the
 * CSS Custom Highlight API: no element is added, so the highlights of the text stay as they are.
 */
function showSource(index, start, end) {
  const item = used[index];
  if (!item) return;
  item.details.open = true;
  renderView(item);
  const article = item.view.querySelector('.article');
  if (!article) return;
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.data.length;
    if (!started && start <= offset + length) {
      range.setStart(node, Math.max(0, start - offset));
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, Math.max(0, end - offset));
      break;
    }
    offset += length;
  }
  if (!started) return;
  if (globalThis.CSS?.highlights && globalThis.Highlight) CSS.highlights.set('story-source', new Highlight(range));
  const rect = range.getBoundingClientRect();
  const wrap = item.view;
  const top = rect.top - wrap.getBoundingClientRect().top + wrap.scrollTop - 40;
  wrap.scrollTo({ top: Math.max(0, top) });
  item.el.scrollIntoView({ block: 'nearest' });
  item.details.querySelector('summary').focus();
}

/** Shows an article's publication date in use and where it came from. */
function showDate(item, analysis, text) {
  const doc = analysis?.document;
  const source = doc?.dct_source ?? 'none';
  item.dateRow.dataset.source = source;
  if (document.activeElement !== item.dct) item.dct.value = doc?.dct ?? item.userDct ?? '';
  item.reset.hidden = item.userDct === null;
  let badge = '';
  let status = '';
  if (source === 'option') {
    badge = 'set by you';
    status = doc.detected_dct ? `The text says ${formatDate(doc.detected_dct)}; its relative dates use your date.` : 'Relative dates ("on Sunday") are resolved against your date.';
  } else if (source === 'text') {
    badge = 'from the text';
    status = `Read from “${slice(text, doc.dateline)}”.`;
  } else if (analysis) {
    badge = 'not found';
    status = 'No publication date in the text: set one to resolve “on Sunday”, “yesterday”…';
  }
  item.badge.textContent = badge;
  item.status.textContent = status;
  if (!analysis) {
    item.shown = null;
    item.view.replaceChildren();
  }
}

function schedule() {
  clearTimeout(timer);
  if (!ui.live.checked) return;
  const length = items.reduce((k, it) => k + it.text.value.length, 0);
  timer = setTimeout(run, length > 200_000 ? 600 : 250);
}

async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
  return response.text();
}

/** Loads example articles (buttons carry data-example and data-name) and analyses once. */
async function loadExamples(buttons) {
  try {
    const texts = await Promise.all(buttons.map((b) => fetchText(b.dataset.example)));
    addTexts(texts.map((text, i) => ({ text, name: buttons[i].dataset.name })));
    run();
  } catch (e) {
    showError(`Could not load the example: ${e.message}`);
  }
}

function pasteSeveral() {
  const parts = splitArticles(ui.pasteText.value);
  if (parts.length === 0) {
    showError('Nothing to add: paste articles separated by a line of ---.');
    ui.pasteText.focus();
    return;
  }
  addTexts(parts.map((text) => ({ text })));
  ui.pasteText.value = '';
  ui.pasteMany.open = false;
  run();
  ui.status.textContent = `Added ${parts.length === 1 ? 'one article' : `${parts.length} articles`}. ${ui.status.textContent}`;
}

const exampleButtons = [...document.querySelectorAll('button[data-example]')];
for (const b of exampleButtons) b.addEventListener('click', () => loadExamples([b]));
$('example-both').addEventListener('click', () => loadExamples(exampleButtons));
ui.add.addEventListener('click', () => addArticle().text.focus());
ui.pasteAdd.addEventListener('click', pasteSeveral);
$('timeline-filter').addEventListener('change', (event) => {
  if (event.target.name === 'tl-filter') ui.timeline.dataset.filter = event.target.value;
});
$('download').addEventListener('click', downloadJson);
ui.list.addEventListener('dragover', (event) => event.dataTransfer?.types.includes('Files') && event.preventDefault());
ui.list.addEventListener('drop', (event) => onDrop(event));
ui.run.addEventListener('click', run);
ui.results.addEventListener('click', (event) => {
  const b = event.target.closest('button.show-source');
  if (b) showSource(Number(b.dataset.article), Number(b.dataset.start), Number(b.dataset.end));
  const more = event.target.closest('button[data-expand]');
  if (more && last) {
    expanded.add(more.dataset.expand);
    ui.entities.replaceChildren(renderStoryEntities(last, { expanded }));
    // The button is gone: keep the keyboard where it was, on the rows of that type.
    const head = ui.entities.querySelector(`tbody.type-${CSS.escape(more.dataset.expand)} .type-head`);
    head?.setAttribute('tabindex', '-1');
    head?.focus();
  }
});
ui.explain.addEventListener('change', run);
ui.live.addEventListener('change', schedule);
ui.clearAll.addEventListener('click', () => {
  for (const it of [...items]) it.el.remove();
  items.length = 0;
  addArticle().text.focus();
  run();
});

addArticle();
try {
  await initStory();
  ready = true;
  $('version').textContent = version();
  ui.status.textContent = 'Ready.';
  clearResults('Add an article, paste several, or pick the examples.');
  document.documentElement.dataset.ready = 'true';
  if (items.some((it) => it.text.value.trim())) run();
} catch (e) {
  showError(e.message);
  ui.status.textContent = 'The analyser could not be loaded.';
}
