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

/**
 * The article text with entities, quotes, dates, the dateline and page debris marked.
 * Spans may overlap (a name inside a quote): the text is cut at every span boundary and each
 * piece carries the classes of all the spans that cover it.
 */
export function renderText(analysis, text, { explain = false } = {}) {
  const entities = new Map(analysis.entities.map((e) => [e.id, e]));
  const marks = [];
  const add = (span, layer, data) => {
    if (span && span.end > span.start) marks.push({ start: span.start, end: span.end, layer, data });
  };
  const doc = analysis.document;
  for (const b of doc.boilerplate) add(b.span, 'bp', b);
  if (doc.title) add(doc.title, 'title', null);
  if (doc.dateline) add(doc.dateline, 'dl', null);
  for (const q of analysis.quotes) add(q.span, 'q', q);
  for (const q of analysis.quotes) add(q.cue, 'cue', q);
  for (const e of analysis.entities) for (const r of e.role_spans ?? []) add(r, 'role', e);
  for (const m of analysis.mentions) add(m.span, 'm', m);
  for (const t of analysis.timexes) add(t.span, 't', t);

  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    m.start = Math.max(0, Math.min(text.length, m.start));
    m.end = Math.max(m.start, Math.min(text.length, m.end));
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const starts = new Map();
  for (const m of marks) {
    if (!starts.has(m.start)) starts.set(m.start, []);
    starts.get(m.start).push(m);
  }
  const out = h('div', { class: 'article' });
  let active = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    active = active.filter((m) => m.end > a).concat(starts.get(a) ?? []);
    const piece = text.slice(a, b);
    if (active.length === 0) {
      out.append(piece);
      continue;
    }
    const el = h('span');
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
    el.textContent = piece;
    out.append(el);
  }
  return out;
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
      h(
        'ul',
        { class: 'entity-list' },
        list.map((e) => {
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
        }),
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
  const root = h('div', { class: 'quotes' });
  for (const g of ordered) {
    const entity = g.entity ? byId.get(g.entity) : null;
    root.append(
      h(
        'section',
        { class: 'speaker' },
        h(
          'h3',
          { class: `speaker-name${entity ? ` type-${entity.type}` : ''}` },
          g.name,
          entity?.roles.length ? h('span', { class: 'roles' }, entity.roles[0]) : null,
          h('span', { class: 'n' }, String(g.quotes.length)),
        ),
        h(
          'ul',
          { class: 'quote-list' },
          g.quotes.map((q) =>
            h(
              'li',
              { class: `quote kind-${q.kind}` },
              h(
                'button',
                { type: 'button', class: 'quote-text', 'data-q': q.id, 'aria-pressed': 'false', title: 'Show in the text' },
                q.kind === 'direct' ? `“${q.text}”` : q.text,
              ),
              h(
                'span',
                { class: 'quote-meta' },
                h('span', { class: `badge kind-${q.kind}` }, KIND_NAMES[q.kind] ?? q.kind),
                q.cue_text ? h('span', { class: 'cue' }, q.cue_text) : null,
                explain && q.rule ? h('code', { class: 'rule' }, q.rule) : null,
              ),
            ),
          ),
        ),
      ),
    );
  }
  if (!root.firstChild) root.append(h('p', { class: 'empty' }, 'No quotes found.'));
  return root;
}

/** Events in date order, the publication date marked. Items carry data-t (their timex). */
export function renderTimeline(analysis, text, { explain = false } = {}) {
  const byId = new Map(analysis.entities.map((e) => [e.id, e]));
  const timexes = new Map(analysis.timexes.map((t) => [t.id, t]));
  const dct = analysis.document.dct;
  const list = h('ol', { class: 'timeline' });
  const pubMarker = () =>
    h(
      'li',
      { class: 'pub' },
      h('time', { datetime: dct }, formatDate(dct)),
      h('span', { class: 'pub-label' }, 'published'),
    );
  let marked = !dct;
  for (const ev of analysis.events) {
    const cmp = compareToDct(ev.date, dct);
    if (!marked && cmp > 0) {
      list.append(pubMarker());
      marked = true;
    }
    const t = ev.timex ? timexes.get(ev.timex) : null;
    const names = [...new Set([...ev.participants, ...ev.places])].map((id) => byId.get(id)).filter(Boolean);
    // A summary that only shortens the sentence ("…") adds nothing: show the sentence alone.
    const sentence = slice(text, ev.span);
    const short = (ev.summary ?? '').replace(/…$/, '').trim();
    const summaryOnly = short === '' || sentence.startsWith(short);
    list.append(
      h(
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
      ),
    );
  }
  if (!marked) list.append(pubMarker());
  const root = h('div', { class: 'timeline-wrap' });
  if (analysis.events.length === 0) root.append(h('p', { class: 'empty' }, 'No dated events found.'));
  if (dct || analysis.events.length) root.append(list);
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
