// Renders an analysis as DOM nodes: the article with highlights, the entity list, the quotes by
// speaker and the timeline. Shared by the page (app.js) and the <news-lens> element.
//
// Security: user text only ever reaches the DOM through textContent, text nodes and attribute
// values set with setAttribute; never as HTML. No function here parses markup.

export const TYPE_NAMES = { PER: 'People', ORG: 'Organizations', LOC: 'Places', MISC: 'Groups and other' };
const TYPE_SINGULAR = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'group' };
const KIND_NAMES = { direct: 'direct', partial: 'partial', indirect: 'reported' };

/** Creates an element with classes, attributes and children (strings become text nodes). */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** The text of a span (UTF-16 offsets), clamped to the text. */
export function slice(text, span) {
  if (!span) return '';
  return text.slice(Math.max(0, span.start), Math.min(text.length, span.end));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const PARTS_OF_DAY = { MO: 'morning', AF: 'afternoon', EV: 'evening', NI: 'night', DT: 'daytime' };
const REFS = { PAST_REF: 'in the past', PRESENT_REF: 'now', FUTURE_REF: 'in the future' };

/** A TIMEX3 date value in words: "Sun 23 Nov 2025", "Nov 2025", "week 48 of 2025", ... */
export function formatDate(value) {
  if (!value) return '';
  if (REFS[value]) return REFS[value];
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:T(MO|AF|EV|NI|DT|\d{2}:\d{2}))?/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const wd = new Date(Date.UTC(y, mo - 1, d)).getUTCDay();
    const day = `${WEEKDAYS[wd]} ${d} ${MONTHS[mo - 1] ?? m[2]} ${y}`;
    return m[4] ? `${day}, ${PARTS_OF_DAY[m[4]] ?? m[4]}` : day;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return `${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(value))) return `week ${Number(m[2])} of ${m[1]}`;
  return value;
}

/** Orders a timeline date against the publication date: <0 before, 0 same day/period, >0 after. */
function compareToDct(date, dct) {
  if (date === 'PAST_REF') return -1;
  if (date === 'FUTURE_REF') return 1;
  if (!/^\d{4}/.test(date) || !dct) return 0;
  const d = date.slice(0, 10);
  if (dct.startsWith(d)) return 0;
  return d < dct ? -1 : 1;
}

/** Text is rendered in blocks of about this many characters, cut after a line break. */
const BLOCK_CHARS = 8000;

/**
 * The article text with entities, quotes, dates, the dateline and page debris marked, built in
 * steps so that a long article never blocks the page: `step(ms)` renders for about `ms`
 * milliseconds and returns true when done; `root` is the `.article` element, filled block by
 * block (`.block` elements, each laid out only when scrolled near: CSS content-visibility).
 * Spans may overlap (a name inside a quote): the text is cut at every span boundary and each
 * piece carries the classes of all the spans that cover it.
 */
export function textRenderer(analysis, text, { explain = false } = {}) {
  const root = h('div', { class: 'article' });
  const steps = textSteps(root, analysis, text, explain);
  let done = false;
  let at = 0;
  return {
    root,
    /** Renders for about `ms` milliseconds (Infinity: all); true when the text is complete. */
    step(ms = Infinity) {
      const until = performance.now() + ms;
      while (!done && performance.now() <= until) {
        const next = steps.next();
        done = next.done;
        if (!done) at = next.value;
      }
      return done;
    },
    /** How much of the text is rendered, 0 to 1. */
    progress: () => (done || !text.length ? 1 : at / text.length),
  };
}

/**
 * The work of textRenderer as a generator that yields every few hundred items (the position in
 * the text reached so far), so that no step takes long however large the analysis.
 */
function* textSteps(root, analysis, text, explain) {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const marks = [];
  const add = (span, layer, data) => {
    if (span && span.end > span.start) {
      const start = Math.max(0, Math.min(text.length, span.start));
      marks.push({ start, end: Math.max(start, Math.min(text.length, span.end)), layer, data });
    }
  };
  const doc = analysis.document;
  for (const b of doc.boilerplate) add(b.span, 'bp', b);
  if (doc.title) add(doc.title, 'title', null);
  if (doc.dateline) add(doc.dateline, 'dl', null);
  const layers = [
    [analysis.quotes, (q) => add(q.span, 'q', q)],
    [analysis.quotes, (q) => add(q.cue, 'cue', q)],
    [analysis.entities, (e) => (e.role_spans ?? []).forEach((r) => add(r, 'role', e))],
    [analysis.mentions, (m) => add(m.span, 'm', m)],
    [analysis.timexes, (t) => add(t.span, 't', t)],
  ];
  for (const [list, f] of layers) {
    for (let k = 0; k < list.length; k++) {
      f(list[k]);
      if ((k & 4095) === 4095) yield 0;
    }
  }
  // Block boundaries: after a line break once a block is long enough (hard cut if none comes).
  const blocks = new Set([0]);
  for (let at = 0; at < text.length; ) {
    const nl = text.indexOf('\n', at + BLOCK_CHARS);
    at = nl < 0 || nl > at + 4 * BLOCK_CHARS ? at + 4 * BLOCK_CHARS : nl + 1;
    if (/[\uDC00-\uDFFF]/.test(text[at] ?? '')) at++; // never between the halves of a surrogate pair
    if (at < text.length) blocks.add(at);
  }
  // Every boundary, sorted and unique; marks by start.
  const all = new Float64Array(marks.length * 2 + blocks.size + 1);
  let n = 0;
  for (const b of blocks) all[n++] = b;
  all[n++] = text.length;
  for (const m of marks) {
    all[n++] = m.start;
    all[n++] = m.end;
  }
  all.sort();
  yield 0;
  const points = [];
  for (let k = 0; k < all.length; k++) if (k === 0 || all[k] !== all[k - 1]) points.push(all[k]);
  yield 0;
  // Marks by start, ties in the order added: one numeric key each (start·2^27 + index, exact
  // in a double), sorted natively; a comparator sort of 10^5 objects blocked for ~100 ms.
  const keys = new Float64Array(marks.length);
  for (let k = 0; k < marks.length; k++) keys[k] = marks[k].start * 2 ** 27 + k;
  keys.sort();
  const byStart = new Array(marks.length);
  for (let k = 0; k < keys.length; k++) byStart[k] = marks[keys[k] % 2 ** 27];
  yield 0;

  let block = null;
  let active = [];
  let next = 0; // the next mark (by start) to become active
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    active = active.filter((m) => m.end > a);
    while (next < byStart.length && byStart[next].start <= a) {
      if (byStart[next].end > a) active.push(byStart[next]);
      next++;
    }
    if (blocks.has(a)) {
      block = h('div', { class: 'block' });
      root.append(block);
    }
    if ((i & 255) === 255) yield a;
    const part = text.slice(a, b);
    if (active.length === 0) {
      block.append(part);
      continue;
    }
    const el = document.createElement('span');
    const classes = [];
    const titles = [];
    for (const m of active) {
      const d = m.data;
      switch (m.layer) {
        case 'bp':
          classes.push('hl-bp');
          titles.push(`page debris (${d.label}), not analysed`);
          break;
        case 'title':
          classes.push('hl-title');
          break;
        case 'dl':
          classes.push('hl-dl');
          titles.push('dateline: the publication date');
          break;
        case 'q':
          classes.push('hl-q', `hl-q-${d.kind}`);
          el.dataset.q = d.id;
          titles.push(`${KIND_NAMES[d.kind] ?? d.kind} quote${d.speaker ? ` by ${d.speaker}` : ''}${rule(d, explain)}`);
          break;
        case 'cue':
          classes.push('hl-cue');
          break;
        case 'role':
          classes.push('hl-role', `hl-role-${d.type}`);
          el.dataset.e ??= d.id;
          titles.push(`role of ${d.canonical}`);
          break;
        case 'm': {
          classes.push('hl-m', `hl-${d.type}`);
          el.dataset.e = d.entity;
          const e = entities.get(d.entity);
          titles.push(`${TYPE_SINGULAR[d.type] ?? d.type}: ${e ? e.canonical : d.text}${rule(d, explain)}`);
          break;
        }
        case 't':
          classes.push('hl-t');
          el.dataset.t = d.id;
          titles.push(`${d.type} ${d.value} (${formatDate(d.value)})${rule(d, explain)}`);
          break;
      }
    }
    el.className = [...new Set(classes)].join(' ');
    if (titles.length) el.title = titles.join('\n');
    el.textContent = part;
    block.append(el);
  }
}

/** The whole highlighted text at once (for short texts; long ones: textRenderer). */
export function renderText(analysis, text, options = {}) {
  const r = textRenderer(analysis, text, options);
  r.step();
  return r.root;
}

/**
 * Renders the highlighted text into `parent` a slice at a time, yielding to the page between
 * slices (never more than ~`sliceMs` of work in one task). `onProgress(fraction)` after each
 * slice; stops early when `isCurrent()` turns false. Resolves to true when complete.
 */
export async function renderTextInto(parent, analysis, text, options = {}, { sliceMs = 20, onProgress = () => {}, isCurrent = () => true } = {}) {
  const r = textRenderer(analysis, text, options);
  parent.replaceChildren(r.root);
  // What was shown before this (the lists) gets its own task, then one slice per task.
  for (let done = false; !done; done = r.step(sliceMs)) {
    onProgress(r.progress());
    if (!(await pause(isCurrent))) return false;
  }
  onProgress(1);
  return true;
}

/** Lets the page run (timers, input, painting); resolves to `isCurrent()` afterwards. */
export function pause(isCurrent = () => true) {
  return new Promise((resolve) => setTimeout(() => resolve(isCurrent()), 0));
}

/**
 * A list that shows its first `first` items and a "Show more" button that adds `step` more at
 * a time, so that tens of thousands of results do not block the page. Returns [list, button?].
 */
export function cappedList(list, items, render, { first = 100, step = 400 } = {}) {
  let shown = 0;
  const more = h('button', { type: 'button', class: 'more' });
  const fill = (n) => {
    const frag = document.createDocumentFragment();
    const end = Math.min(items.length, shown + n);
    for (; shown < end; shown++) frag.append(render(items[shown], shown));
    list.append(frag);
    more.textContent = `Show ${Math.min(step, items.length - shown)} more (${items.length - shown} not shown)`;
  };
  fill(first);
  if (shown >= items.length) return [list];
  more.addEventListener('click', () => {
    const next = shown;
    fill(step);
    if (shown >= items.length) {
      more.remove();
      list.children[next]?.querySelector('button')?.focus();
    }
  });
  return [list, more];
}

function rule(x, explain) {
  return explain && x.rule ? ` [${x.rule}]` : '';
}

/** Entities grouped by type, with roles, counts and aliases. Buttons carry data-e. */
export function renderEntities(analysis, { explain = false } = {}) {
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const root = h('div', { class: 'entities' });
  for (const type of Object.keys(TYPE_NAMES)) {
    const list = analysis.entities.filter((e) => e.type === type);
    if (list.length === 0) continue;
    root.append(
      h('h3', { class: `type-head type-${type}` }, TYPE_NAMES[type], ' ', h('span', { class: 'n' }, String(list.length))),
      ...cappedList(
        h('ul', { class: 'entity-list' }),
        list,
        (e) => {
          const others = e.aliases.filter((a) => a !== e.canonical);
          const related = e.related ? (byId.get(e.related)?.canonical ?? e.related) : null;
          return h(
            'li',
            { class: `entity type-${type}` },
            h(
              'button',
              { type: 'button', class: 'entity-name', 'data-e': e.id, 'aria-pressed': 'false', title: `Show the ${e.count} mention${e.count === 1 ? '' : 's'} in the text` },
              e.canonical,
              h('span', { class: 'count', 'aria-label': `${e.count} mentions` }, String(e.count)),
            ),
            e.roles.length ? h('span', { class: 'roles' }, e.roles.join('; ')) : null,
            others.length ? h('span', { class: 'aliases' }, 'also ', others.join(', ')) : null,
            related ? h('span', { class: 'related' }, '→ ', related) : null,
            explain && e.rule ? h('code', { class: 'rule' }, e.rule) : null,
          );
        },
      ),
    );
  }
  if (!root.firstChild) root.append(h('p', { class: 'empty' }, 'No names found.'));
  return root;
}

/** Quotes grouped by speaker (most quoted first, unattributed last). Items carry data-q. */
export function renderQuotes(analysis, { explain = false } = {}) {
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const groups = new Map();
  for (const q of analysis.quotes) {
    const key = q.speaker_entity ?? (q.speaker ? `s:${q.speaker}` : '');
    if (!groups.has(key)) {
      const name = (q.speaker_entity && byId.get(q.speaker_entity)?.canonical) || q.speaker || 'Unattributed';
      groups.set(key, { name, entity: q.speaker_entity, quotes: [] });
    }
    groups.get(key).quotes.push(q);
  }
  const ordered = [...groups.entries()]
    .sort(([ka, a], [kb, b]) => (ka === '') - (kb === '') || b.quotes.length - a.quotes.length)
    .map(([, g]) => g);
  const quote = (q) =>
    h(
      'li',
      { class: `quote kind-${q.kind}` },
      h('button', { type: 'button', class: 'quote-text', 'data-q': q.id, 'aria-pressed': 'false', title: 'Show in the text' }, q.kind === 'direct' ? `“${q.text}”` : q.text),
      h(
        'span',
        { class: 'quote-meta' },
        h('span', { class: `badge kind-${q.kind}` }, KIND_NAMES[q.kind] ?? q.kind),
        q.cue_text ? h('span', { class: 'cue' }, q.cue_text) : null,
        explain && q.rule ? h('code', { class: 'rule' }, q.rule) : null,
      ),
    );
  const speaker = (g) => {
    const entity = g.entity ? byId.get(g.entity) : null;
    return h(
      'section',
      { class: 'speaker' },
      h(
        'h3',
        { class: `speaker-name${entity ? ` type-${entity.type}` : ''}` },
        g.name,
        entity?.roles.length ? h('span', { class: 'roles' }, entity.roles[0]) : null,
        h('span', { class: 'n' }, String(g.quotes.length)),
      ),
      ...cappedList(h('ul', { class: 'quote-list' }), g.quotes, quote, { first: 20, step: 200 }),
    );
  };
  const root = h('div', { class: 'quotes' }, ...cappedList(h('div', { class: 'speakers' }), ordered, speaker, { first: 30, step: 100 }));
  if (ordered.length === 0) root.replaceChildren(h('p', { class: 'empty' }, 'No quotes found.'));
  return root;
}

/** Events in date order, the publication date marked. Items carry data-t (their timex). */
export function renderTimeline(analysis, text, { explain = false } = {}) {
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const timexes = new Map(analysis.timexes.map((t) => [t.id, t]));
  const dct = analysis.document.dct;
  // The events in date order with the publication date between those before and after it.
  const entries = [];
  let marked = !dct;
  for (const ev of analysis.events) {
    const cmp = compareToDct(ev.date, dct);
    if (!marked && cmp > 0) {
      entries.push(null);
      marked = true;
    }
    entries.push(ev);
  }
  if (!marked) entries.push(null);
  const pubMarker = () => h('li', { class: 'pub' }, h('time', { datetime: dct }, formatDate(dct)), h('span', { class: 'pub-label' }, 'published'));
  const event = (ev) => {
    if (ev === null) return pubMarker();
    const cmp = compareToDct(ev.date, dct);
    const t = ev.timex ? timexes.get(ev.timex) : null;
    const names = [...new Set([...ev.participants, ...ev.places])].map((id) => byId.get(id)).filter(Boolean);
    // A summary that only shortens the sentence ("…") adds nothing: show the sentence alone.
    const sentence = slice(text, ev.span);
    const short = (ev.summary ?? '').replace(/…$/, '').trim();
    const summaryOnly = short === '' || sentence.startsWith(short);
    return h(
      'li',
      { class: `event${cmp === 0 && dct ? ' on-pub' : ''}` },
      h(
        'div',
        { class: 'when' },
        /^\d{4}/.test(ev.date) ? h('time', { datetime: ev.date.slice(0, 10) }, formatDate(ev.date)) : h('span', {}, formatDate(ev.date)),
        t ? h('button', { type: 'button', class: 'timex', 'data-t': t.id, 'aria-pressed': 'false', title: 'Show in the text' }, t.text) : null,
      ),
      h('p', { class: 'summary' }, summaryOnly ? sentence : ev.summary),
      summaryOnly ? null : h('p', { class: 'sentence' }, sentence),
      names.length
        ? h(
            'ul',
            { class: 'chips' },
            names.map((e) => h('li', {}, h('button', { type: 'button', class: `chip type-${e.type}`, 'data-e': e.id, 'aria-pressed': 'false' }, e.canonical))),
          )
        : null,
      explain && ev.rule ? h('code', { class: 'rule' }, ev.rule) : null,
    );
  };
  const root = h('div', { class: 'timeline-wrap' });
  if (analysis.events.length === 0) root.append(h('p', { class: 'empty' }, 'No dated events found.'));
  if (entries.length) root.append(...cappedList(h('ol', { class: 'timeline' }), entries, event, { first: 60, step: 300 }));
  return root;
}

/**
 * Marks the highlights of one entity (data-e), quote (data-q) or time expression (data-t) in
 * `scope` and scrolls the first into view; the same key again clears it. Returns whether set.
 */
export function focusMarks(scope, attr, id) {
  const sel = `[data-${attr}="${CSS.escape(id)}"]`;
  const already = scope.querySelector(`.article .focus${sel}`);
  for (const el of scope.querySelectorAll('.focus')) el.classList.remove('focus');
  for (const el of scope.querySelectorAll('[aria-pressed="true"]')) el.setAttribute('aria-pressed', 'false');
  if (already) return false;
  const hits = scope.querySelectorAll(`.article ${sel}`);
  for (const el of hits) el.classList.add('focus');
  for (const el of scope.querySelectorAll(`button${sel}`)) el.setAttribute('aria-pressed', 'true');
  hits[0]?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  return hits.length > 0;
}
