// Renders a merged story (src/story.rs) as DOM nodes: the entities with per-article counts, the
// merged timeline with every source's wording, quotes by speaker across articles and what each
// article alone has. No state and no events: story.js wires them.
//
// Security: as in render.js, user text (articles, their names) only reaches the DOM through text
// nodes and setAttribute; never as HTML.

import { TYPE_NAMES, formatDate, h } from './render.js';

const TYPE_SINGULAR = { PER: 'person', ORG: 'organization', LOC: 'place', MISC: 'group' };
const KIND_NAMES = { direct: 'direct', partial: 'partial', indirect: 'reported' };

const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
const articleName = (story, i) => story.articles[i]?.name ?? `Article ${i + 1}`;

/** A small label naming an article (its position gives it a colour). */
function sourceTag(story, i) {
  return h('span', { class: `source-tag src-${i % 6}`, 'data-article': i, title: articleName(story, i) }, articleName(story, i));
}

/** A button that shows a source's span in its article's text (story.js handles the click). */
function showButton(s) {
  return h(
    'button',
    { type: 'button', class: 'link show-source', 'data-article': s.article, 'data-start': s.span.start, 'data-end': s.span.end },
    'show in text',
  );
}

/** The rule id of the article's own event a source is, when rule ids are kept. */
function ruleOf(story, s) {
  const ev = s.id ? story.articles[s.article]?.analysis.events.find((e) => e.id === s.id) : null;
  return ev?.rule ? h('code', { class: 'rule' }, ev.rule) : null;
}

/** A date as a <time> when it is one, else in words. */
function when(date) {
  if (/^\d{4}/.test(date)) return h('time', { datetime: date.slice(0, 10) }, formatDate(date));
  return h('span', { class: 'undated-date' }, date ? formatDate(date) : 'undated');
}

/**
 * One table: a row per story entity (grouped by type, most mentioned first), a column per article,
 * and the total. Each type shows its first `limit` entities and a button (data-expand) for the
 * rest, unless the type is in `expanded`: thousands of rows would take seconds to lay out.
 */
export function renderStoryEntities(story, { limit = 30, expanded = new Set() } = {}) {
  if (story.entities.length === 0) return h('p', { class: 'empty' }, 'No names found.');
  const n = story.articles.length;
  const table = h(
    'table',
    { class: 'story-entities' },
    h('caption', { class: 'sr-only' }, 'Mentions of each entity in each article'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Entity'),
        story.articles.map((_, i) => h('th', { scope: 'col', class: 'num' }, sourceTag(story, i))),
        n > 1 ? h('th', { scope: 'col', class: 'num' }, 'All') : null,
      ),
    ),
  );
  for (const type of Object.keys(TYPE_NAMES)) {
    const list = story.entities.filter((e) => e.type === type);
    if (list.length === 0) continue;
    const body = h(
      'tbody',
      { class: `type-${type}` },
      h('tr', { class: 'type-row' }, h('th', { scope: 'rowgroup', colspan: n + 2, class: `type-head type-${type}` }, TYPE_NAMES[type], ' ', h('span', { class: 'n' }, String(list.length)))),
    );
    const shown = expanded.has(type) ? list : list.slice(0, limit);
    for (const e of shown) {
      const others = e.aliases.filter((a) => a !== e.canonical);
      body.append(
        h(
          'tr',
          { class: `story-entity type-${type}`, 'data-entity': e.id, 'data-counts': e.counts.join(',') },
          h(
            'th',
            { scope: 'row' },
            h('span', { class: 'entity-name', title: TYPE_SINGULAR[type] ?? type }, e.canonical),
            e.roles.length ? h('span', { class: 'roles' }, e.roles.join('; ')) : null,
            others.length ? h('span', { class: 'aliases' }, 'also ', others.join(', ')) : null,
          ),
          e.counts.map((c, i) =>
            h('td', { class: `num count-cell${c === 0 ? ' zero' : ''}`, 'data-article': i, 'aria-label': `${plural(c, 'mention', 'mentions')} in ${articleName(story, i)}` }, c === 0 ? '–' : String(c)),
          ),
          n > 1 ? h('td', { class: 'num total' }, String(e.count)) : null,
        ),
      );
    }
    if (shown.length < list.length) {
      body.append(
        h(
          'tr',
          { class: 'more-row' },
          h(
            'td',
            { colspan: n + 2 },
            h('button', { type: 'button', class: 'link more', 'data-expand': type }, `show all ${list.length} ${TYPE_NAMES[type].toLowerCase()}`),
            ` (${list.length - shown.length} more, mentioned less often)`,
          ),
        ),
      );
    }
    table.append(body);
  }
  return h('div', { class: 'table-wrap' }, table);
}

/** The merged timeline: one item per story event, each with all its sources' wording. */
export function renderStoryTimeline(story, { explain = false } = {}) {
  if (story.timeline.length === 0) return h('p', { class: 'empty' }, 'No dated events found.');
  const names = new Map(story.entities.map((e) => [e.id, e]));
  const several = story.articles.length > 1;
  return h(
    'ol',
    { class: 'timeline story-timeline' },
    story.timeline.map((ev) => {
      const arts = [...new Set(ev.sources.map((s) => s.article))];
      const people = ev.participants.map((id) => names.get(id)).filter(Boolean);
      return h(
        'li',
        { class: `event story-event${ev.single_source ? ' single' : ' shared'}`, 'data-event': ev.id, 'data-date': ev.date, 'data-sources': arts.join(',') },
        h(
          'div',
          { class: 'when' },
          when(ev.date),
          several
            ? ev.single_source
              ? h('span', { class: 'badge single-badge', title: 'Only one article reports this' }, 'only in ', articleName(story, arts[0]))
              : h('span', { class: 'badge shared-badge' }, `${arts.length} sources`)
            : null,
        ),
        ev.summary ? h('p', { class: 'summary' }, ev.summary) : null,
        h(
          'ul',
          { class: 'sources', 'aria-label': 'Sources' },
          ev.sources.map((s) =>
            h(
              'li',
              { class: 'source', 'data-article': s.article },
              sourceTag(story, s.article),
              h('q', { class: 'wording' }, s.text),
              s.id ? null : h('span', { class: 'note' }, '(no date in this article)'),
              showButton(s),
              explain ? ruleOf(story, s) : null,
            ),
          ),
        ),
        people.length ? h('ul', { class: 'chips' }, people.map((e) => h('li', {}, h('span', { class: `chip type-${e.type}` }, e.canonical)))) : null,
      );
    }),
  );
}

/** Quotes grouped by speaker (most quoted first, unattributed last), merged across articles. */
export function renderStoryQuotes(story) {
  if (story.quotes.length === 0) return h('p', { class: 'empty' }, 'No quotes found.');
  const entities = new Map(story.entities.map((e) => [e.id, e]));
  const groups = new Map();
  for (const q of story.quotes) {
    const key = q.speaker_entity ?? (q.speaker ? `s:${q.speaker}` : '');
    if (!groups.has(key)) {
      const entity = q.speaker_entity ? entities.get(q.speaker_entity) : null;
      groups.set(key, { name: entity?.canonical || q.speaker || 'Unattributed', entity, quotes: [] });
    }
    groups.get(key).quotes.push(q);
  }
  const ordered = [...groups.entries()]
    .sort(([ka, a], [kb, b]) => (ka === '') - (kb === '') || b.quotes.length - a.quotes.length)
    .map(([, g]) => g);
  const several = story.articles.length > 1;
  const root = h('div', { class: 'quotes story-quotes' });
  for (const g of ordered) {
    root.append(
      h(
        'section',
        { class: 'speaker', 'data-speaker': g.name },
        h(
          'h3',
          { class: `speaker-name${g.entity ? ` type-${g.entity.type}` : ''}` },
          g.name,
          g.entity?.roles.length ? h('span', { class: 'roles' }, g.entity.roles[0]) : null,
          h('span', { class: 'n' }, String(g.quotes.length)),
        ),
        h(
          'ul',
          { class: 'quote-list' },
          g.quotes.map((q) => {
            const arts = [...new Set(q.sources.map((s) => s.article))];
            return h(
              'li',
              { class: `quote kind-${q.kind}${arts.length > 1 ? ' shared' : ''}`, 'data-quote': q.id, 'data-sources': arts.join(',') },
              h('p', { class: 'quote-text' }, q.kind === 'direct' ? `“${q.text}”` : q.text),
              h(
                'div',
                { class: 'quote-meta' },
                h('span', { class: `badge kind-${q.kind}` }, KIND_NAMES[q.kind] ?? q.kind),
                several ? (arts.length > 1 ? h('span', { class: 'badge shared-badge' }, `${arts.length} sources`) : h('span', { class: 'badge single-badge' }, 'only in ', articleName(story, arts[0]))) : null,
              ),
              several
                ? h(
                    'ul',
                    { class: 'sources', 'aria-label': 'Sources' },
                    q.sources.map((s) =>
                      h('li', { class: 'source', 'data-article': s.article }, sourceTag(story, s.article), s.text === q.text ? null : h('q', { class: 'wording' }, s.text), showButton(s)),
                    ),
                  )
                : null,
            );
          }),
        ),
      ),
    );
  }
  return root;
}

/** Per article: the events, quotes and people no other article has. */
export function renderStoryDifferences(story) {
  if (story.articles.length < 2) return h('p', { class: 'empty' }, 'Add a second article to compare.');
  const events = new Map(story.timeline.map((e) => [e.id, e]));
  const quotes = new Map(story.quotes.map((q) => [q.id, q]));
  const entities = new Map(story.entities.map((e) => [e.id, e]));
  const root = h('div', { class: 'story-diffs' });
  for (const d of story.differences) {
    const evs = d.events.map((id) => events.get(id)).filter(Boolean);
    const qs = d.quotes.map((id) => quotes.get(id)).filter(Boolean);
    const people = d.people.map((id) => entities.get(id)).filter(Boolean);
    const section = h('section', { class: 'story-diff', 'data-article': d.article }, h('h3', {}, sourceTag(story, d.article), ' alone has'));
    if (evs.length + qs.length + people.length === 0) {
      section.append(h('p', { class: 'empty' }, 'Nothing the other articles lack.'));
    }
    if (people.length) {
      section.append(
        h('h4', {}, 'People ', h('span', { class: 'n' }, String(people.length))),
        h('ul', { class: 'chips diff-people' }, people.map((e) => h('li', {}, h('span', { class: 'chip type-PER', 'data-entity': e.id }, e.canonical)))),
      );
    }
    if (evs.length) {
      section.append(
        h('h4', {}, 'Events ', h('span', { class: 'n' }, String(evs.length))),
        h('ul', { class: 'diff-events' }, evs.map((e) => h('li', { 'data-event': e.id, 'data-date': e.date }, when(e.date), ' ', e.summary || e.sources[0]?.text || ''))),
      );
    }
    if (qs.length) {
      section.append(
        h('h4', {}, 'Quotes ', h('span', { class: 'n' }, String(qs.length))),
        h(
          'ul',
          { class: 'diff-quotes' },
          qs.map((q) => {
            const speaker = (q.speaker_entity && entities.get(q.speaker_entity)?.canonical) || q.speaker || 'Unattributed';
            return h('li', { 'data-quote': q.id }, h('span', { class: 'speaker-ref' }, speaker, ': '), q.kind === 'direct' ? `“${q.text}”` : q.text);
          }),
        ),
      );
    }
    root.append(section);
  }
  return root;
}
