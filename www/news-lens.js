// <news-lens>: the analysis of an article as an embeddable element.
//
//   <script type="module" src="news-lens.js"></script>   <!-- defines <news-lens> -->
//   <news-lens dct="2025-11-24" sections="entities timeline">…article text…</news-lens>
//   <news-lens for="story"></news-lens>   <!-- analyses the element with id="story" -->
//
// Importing the module defines <news-lens> (unless that name is taken); NewsLens.define('x-y')
// registers the element under another name as well.
// The text: the `text` property when set (null returns to the content), else the element named
// by `for` (id of an element, textarea or input), else the element's own content.
// Attributes: `dct` (publication date, YYYY-MM-DD; else the date found in the text), `sections`
// (any of "text entities quotes timeline", in the order to show; default all), `theme`
// ("light", "dark"; default: the reader's preference), `explain` (rule ids in tooltips).
// Events: `analysis` (detail: the analysis) after each run, once the lists are shown; `rendered`
// when the highlighted text is complete too; `newslens-error` (detail: the message).
// Progressive enhancement: until the analysis is ready (or if scripts fail), the light-DOM text
// shows as it is. The analysis runs in a Web Worker; a long text is rendered a slice at a time
// (a progress bar meanwhile), long lists show their first items and a "Show more" button.
// Styles live in the shadow root; the host page's CSS does not reach in.

import { analyzeAsync } from './analyzer.js';
import { textOf } from './extract.js';
import { FORMATS, download } from './export.js';
import { focusMarks, formatDate, h, pause, renderEntities, renderQuotes, renderText, renderTextInto, renderTimeline, slice } from './render.js';

const SECTIONS = ['text', 'entities', 'quotes', 'timeline'];
/** Texts longer than this are shown a part at a time (see #render). */
const LARGE = 60_000;
const HEADINGS = { text: 'Text', entities: 'Entities', quotes: 'Quotes', timeline: 'Timeline' };
export { textOf };

export class NewsLens extends HTMLElement {
  static observedAttributes = ['for', 'dct', 'sections', 'theme', 'explain'];

  /**
   * Registers the element under `tag` (nothing when the name is taken). A constructor can be
   * registered only once, so every further name gets its own subclass.
   */
  static define(tag = 'news-lens', registry = customElements) {
    if (registry.get(tag)) return this;
    try {
      registry.define(tag, this);
    } catch (e) {
      if (e?.name !== 'NotSupportedError') throw e;
      registry.define(tag, class extends this {});
    }
    return this;
  }

  #root;
  #ui;
  #analysis = null;
  #text = '';
  #given = null;
  #timer = 0;
  #run = 0;
  #renders = 0;
  #observer = null;
  #source = null;
  #onInput = () => this.#schedule();

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    const css = (file) => h('link', { rel: 'stylesheet', href: new URL(file, import.meta.url).href });
    const menu = h(
      'details',
      { class: 'export' },
      h('summary', {}, 'Export'),
      h(
        'div',
        { class: 'export-menu', role: 'group', 'aria-label': 'Export formats' },
        Object.entries(FORMATS).map(([key, [label]]) => h('button', { type: 'button', 'data-export': key }, label)),
      ),
    );
    this.#ui = {
      wrap: h('div', { class: 'nl', part: 'root' }),
      bar: h('div', { class: 'nl-bar' }),
      date: h('span', { class: 'nl-date' }),
      status: h('span', { class: 'nl-status', role: 'status' }, 'Analysing…'),
      progress: h('progress', { class: 'progress', max: '1', 'aria-label': 'Progress of the analysis' }),
      error: h('p', { class: 'error', role: 'alert', hidden: true }),
      slot: h('div', { class: 'nl-original' }, h('slot')),
      body: h('div', { class: 'nl-body' }),
      menu,
    };
    const { wrap, bar, date, status, progress, error, slot, body } = this.#ui;
    bar.append(h('span', { class: 'nl-brand' }, 'news', h('span', {}, 'lens')), date, status, menu);
    wrap.append(bar, progress, error, slot, body);
    this.#root.append(css('style.css'), css('news-lens.css'), wrap);
    this.#root.addEventListener('click', (e) => this.#click(e));
  }

  /** The last analysis, or null. */
  get analysis() {
    return this.#analysis;
  }

  /** The text: the one set through this property, else the one analysed last. */
  get text() {
    return this.#given ?? this.#text;
  }

  /** Analyses this text instead of the element's content (or `for`); null returns to those. */
  set text(value) {
    this.#given = value === null || value === undefined ? null : String(value);
    if (this.isConnected) this.#schedule(0);
  }

  connectedCallback() {
    this.#watch();
    this.#schedule(0);
  }

  disconnectedCallback() {
    this.#unwatch();
    clearTimeout(this.#timer);
  }

  attributeChangedCallback(name, old, value) {
    if (old === value || !this.isConnected) return;
    if (name === 'for') this.#watch();
    if (name === 'sections' && this.#analysis) this.#render();
    else if (name !== 'theme') this.#schedule(0);
  }

  /** Analyses now; resolves to the analysis (or null when a newer run superseded this one). */
  async refresh() {
    clearTimeout(this.#timer);
    const run = ++this.#run;
    const text = this.#given ?? (this.#source ? textOf(this.#source) : textOf(this));
    const dct = this.getAttribute('dct') || null;
    this.#ui.status.textContent = text.length > 100_000 ? `Analysing ${(text.length / 1e6).toFixed(1)} million characters…` : 'Analysing…';
    this.#progress(null);
    try {
      const analysis = await analyzeAsync(text, { dct, explain: this.hasAttribute('explain') });
      if (run !== this.#run) return null;
      this.#analysis = analysis;
      this.#text = text;
      this.#ui.error.hidden = true;
      await this.#render(run);
      if (run !== this.#run) return null;
      this.dispatchEvent(new CustomEvent('analysis', { detail: analysis, bubbles: true, composed: true }));
      return analysis;
    } catch (e) {
      if (run !== this.#run) return null;
      const message = e instanceof Error ? e.message : String(e);
      this.#ui.error.textContent = message;
      this.#ui.error.hidden = false;
      this.#ui.status.textContent = '';
      this.#progress(undefined);
      this.dispatchEvent(new CustomEvent('newslens-error', { detail: message, bubbles: true, composed: true }));
      return null;
    }
  }

  #sections() {
    const asked = (this.getAttribute('sections') ?? '').split(/[\s,]+/).filter((s) => SECTIONS.includes(s));
    return asked.length ? [...new Set(asked)] : SECTIONS;
  }

  /** Shows (0-1), spins (null) or hides (undefined) the progress bar; sets aria-busy. */
  #progress(fraction) {
    const bar = this.#ui.progress;
    bar.hidden = fraction === undefined;
    if (fraction === null) bar.removeAttribute('value');
    else if (fraction !== undefined) bar.value = fraction;
    this.#ui.wrap.setAttribute('aria-busy', String(fraction !== undefined));
  }

  /**
   * Shows the analysis. A long text: each list in its own task, then the highlighted text a
   * slice at a time (resolves once the lists are shown; the text goes on growing).
   */
  async #render(run = this.#run) {
    const a = this.#analysis;
    const text = this.#text;
    const explain = this.hasAttribute('explain');
    const render = ++this.#renders;
    const current = () => run === this.#run && render === this.#renders;
    const large = text.length > LARGE;
    const { date, status, body, slot } = this.#ui;
    const doc = a.document;
    const source = { text: 'from the text', option: 'given', none: '' }[doc.dct_source] ?? '';
    date.replaceChildren(doc.dct ? h('time', { datetime: doc.dct }, `Published ${formatDate(doc.dct)}`) : 'No publication date');
    if (source) date.append(h('span', { class: 'dct-badge', 'data-source': doc.dct_source }, source));
    const summary = `${a.entities.length} entities · ${a.quotes.length} quotes · ${a.events.length} dated events`;
    status.textContent = summary;
    const sections = this.#sections();
    slot.hidden = sections.includes('text');
    const boxes = sections.map((s) => [s, h('div', { class: s === 'text' ? 'nl-article' : null })]);
    body.replaceChildren(
      ...boxes.map(([s, box]) => h('section', { class: `nl-section nl-${s}`, 'aria-labelledby': `nl-${s}` }, h('h2', { id: `nl-${s}` }, HEADINGS[s]), box)),
    );
    let textBox = null;
    for (const [s, box] of boxes) {
      if (s === 'text') {
        textBox = box;
        if (!large) box.replaceChildren(renderText(a, text, { explain }));
        continue;
      }
      if (large && !(await pause(current))) return;
      box.replaceChildren(s === 'entities' ? renderEntities(a, { explain }) : s === 'quotes' ? renderQuotes(a, { explain }) : renderTimeline(a, text, { explain }));
    }
    const finished = () => {
      status.textContent = summary;
      this.#progress(undefined);
      // After the `analysis` event, which refresh() sends when this resolves.
      setTimeout(() => current() && this.dispatchEvent(new CustomEvent('rendered', { detail: a })), 0);
    };
    if (!textBox || !large) {
      finished();
      return;
    }
    const onProgress = (f) => {
      this.#progress(f);
      status.textContent = `${summary} · showing the text… ${Math.floor(f * 100)} %`;
    };
    renderTextInto(textBox, a, text, { explain }, { onProgress, isCurrent: current }).then((done) => done && finished());
  }

  #click(event) {
    const exp = event.target.closest('button[data-export]');
    if (exp && this.#analysis) {
      const title = this.#analysis.document.title;
      const slug = title ? slice(this.#text, title).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) : '';
      download(exp.dataset.export, this.#analysis, this.#text, { name: slug || 'newslens', parent: this.#root });
      this.#ui.menu.open = false;
      return;
    }
    const button = event.target.closest('button[data-e], button[data-q], button[data-t]');
    if (!button) return;
    const attr = ['e', 'q', 't'].find((k) => button.dataset[k] !== undefined);
    focusMarks(this.#ui.body, attr, button.dataset[attr]);
  }

  #schedule(delay = 250) {
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.refresh(), delay);
  }

  #watch() {
    this.#unwatch();
    const id = this.getAttribute('for');
    const target = id ? this.getRootNode().getElementById?.(id) : null;
    if (id && !target) {
      this.#ui.error.textContent = `<news-lens for="${id}">: no element with that id`;
      this.#ui.error.hidden = false;
    }
    this.#source = target ?? null;
    const observed = target ?? this;
    this.#observer = new MutationObserver(() => this.#schedule());
    this.#observer.observe(observed, { childList: true, characterData: true, subtree: true });
    if (target) target.addEventListener('input', this.#onInput);
  }

  #unwatch() {
    this.#observer?.disconnect();
    this.#source?.removeEventListener('input', this.#onInput);
    this.#source = null;
  }
}

// One <script type="module" src="news-lens.js"> is all a page needs.
NewsLens.define();
