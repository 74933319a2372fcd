// <news-lens>: the analysis of an article as an embeddable element.
//
//   <script type="module">import { NewsLens } from './news-lens.js'; NewsLens.define();</script>
//   <news-lens dct="2025-11-24" sections="entities timeline">…article text…</news-lens>
//   <news-lens for="story"></news-lens>   <!-- analyses the element with id="story" -->
//
// Attributes: `for` (id of the element, textarea or input holding the text; else the element's
// own content), `dct` (publication date, YYYY-MM-DD; else the date found in the text), `sections`
// (any of "text entities quotes timeline", in the order to show; default all), `theme`
// ("light", "dark"; default: the reader's preference), `explain` (rule ids in tooltips).
// Event: `analysis` (detail: the analysis) after each run; `newslens-error` (detail: message).
// Progressive enhancement: until the analysis is ready (or if scripts fail), the light-DOM text
// shows as it is. The analysis runs in a Web Worker. Styles live in the shadow root; the host
// page's CSS does not reach in.

import { analyzeAsync } from './analyzer.js';
import { FORMATS, download } from './export.js';
import { focusMarks, formatDate, h, renderEntities, renderQuotes, renderText, renderTimeline, slice } from './render.js';

const SECTIONS = ['text', 'entities', 'quotes', 'timeline'];
const HEADINGS = { text: 'Text', entities: 'Entities', quotes: 'Quotes', timeline: 'Timeline' };
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'NEWS-LENS']);

/** The readable text of a DOM subtree: whitespace collapsed, one line per block element. */
export function textOf(node) {
  if (node instanceof HTMLTextAreaElement || node instanceof HTMLInputElement) return node.value;
  const parts = [];
  const walk = (n, pre) => {
    for (const c of n.childNodes) {
      if (c.nodeType === Node.TEXT_NODE) parts.push(pre ? c.data : c.data.replace(/\s+/g, ' '));
      else if (c.nodeType === Node.ELEMENT_NODE && !SKIP.has(c.tagName)) {
        if (c.tagName === 'BR') parts.push('\n');
        else if (BLOCK.has(c.tagName)) {
          parts.push('\n');
          walk(c, pre || c.tagName === 'PRE');
          parts.push('\n');
        } else walk(c, pre);
      }
    }
  };
  walk(node, false);
  return parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter((l, i, all) => l !== '' || (i > 0 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}

export class NewsLens extends HTMLElement {
  static observedAttributes = ['for', 'dct', 'sections', 'theme', 'explain'];

  /** Registers the element (once) under `tag`. */
  static define(tag = 'news-lens', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
    return this;
  }

  #root;
  #ui;
  #analysis = null;
  #text = '';
  #timer = 0;
  #run = 0;
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
      error: h('p', { class: 'error', role: 'alert', hidden: true }),
      slot: h('div', { class: 'nl-original' }, h('slot')),
      body: h('div', { class: 'nl-body' }),
      menu,
    };
    const { wrap, bar, date, status, error, slot, body } = this.#ui;
    bar.append(h('span', { class: 'nl-brand' }, 'news', h('span', {}, 'lens')), date, status, menu);
    wrap.append(bar, error, slot, body);
    this.#root.append(css('style.css'), css('news-lens.css'), wrap);
    this.#root.addEventListener('click', (e) => this.#click(e));
  }

  /** The last analysis, or null. */
  get analysis() {
    return this.#analysis;
  }

  /** The text analysed last. */
  get text() {
    return this.#text;
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
    const text = this.#source ? textOf(this.#source) : textOf(this);
    const dct = this.getAttribute('dct') || null;
    this.#ui.status.textContent = 'Analysing…';
    try {
      const analysis = await analyzeAsync(text, { dct, explain: this.hasAttribute('explain') });
      if (run !== this.#run) return null;
      this.#analysis = analysis;
      this.#text = text;
      this.#ui.error.hidden = true;
      this.#render();
      this.dispatchEvent(new CustomEvent('analysis', { detail: analysis, bubbles: true, composed: true }));
      return analysis;
    } catch (e) {
      if (run !== this.#run) return null;
      const message = e instanceof Error ? e.message : String(e);
      this.#ui.error.textContent = message;
      this.#ui.error.hidden = false;
      this.#ui.status.textContent = '';
      this.dispatchEvent(new CustomEvent('newslens-error', { detail: message, bubbles: true, composed: true }));
      return null;
    }
  }

  #sections() {
    const asked = (this.getAttribute('sections') ?? '').split(/[\s,]+/).filter((s) => SECTIONS.includes(s));
    return asked.length ? [...new Set(asked)] : SECTIONS;
  }

  #render() {
    const a = this.#analysis;
    const text = this.#text;
    const explain = this.hasAttribute('explain');
    const { date, status, body, slot } = this.#ui;
    const doc = a.document;
    const source = { text: 'from the text', option: 'given', none: '' }[doc.dct_source] ?? '';
    date.replaceChildren(doc.dct ? h('time', { datetime: doc.dct }, `Published ${formatDate(doc.dct)}`) : 'No publication date');
    if (source) date.append(h('span', { class: 'dct-badge', 'data-source': doc.dct_source }, source));
    status.textContent = `${a.entities.length} entities · ${a.quotes.length} quotes · ${a.events.length} dated events`;
    const sections = this.#sections();
    slot.hidden = sections.includes('text');
    body.replaceChildren(
      ...sections.map((s) => {
        const id = `nl-${s}`;
        const content =
          s === 'text'
            ? renderText(a, text, { explain })
            : s === 'entities'
              ? renderEntities(a, { explain })
              : s === 'quotes'
                ? renderQuotes(a, { explain })
                : renderTimeline(a, text, { explain });
        return h('section', { class: `nl-section nl-${s}`, 'aria-labelledby': id }, h('h2', { id }, HEADINGS[s]), content);
      }),
    );
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
