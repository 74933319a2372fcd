// Exports of an analysis: JSON, CSV (entities, quotes, timeline), iCalendar, Markdown.
// Pure functions from (analysis, text) to a string, plus `download`, which saves one.

import { TYPE_NAMES, formatDate, slice } from './render.js';

/** The formats offered, in menu order: key → [label, file suffix, MIME type, make]. */
export const FORMATS = {
  json: ['JSON (everything)', '.json', 'application/json', (a) => `${JSON.stringify(a, null, 2)}\n`],
  entities: ['Entities (CSV)', '-entities.csv', 'text/csv', (a) => entitiesCSV(a)],
  quotes: ['Quotes (CSV)', '-quotes.csv', 'text/csv', (a) => quotesCSV(a)],
  timeline: ['Timeline (CSV)', '-timeline.csv', 'text/csv', (a, t) => timelineCSV(a, t)],
  ics: ['Calendar (iCalendar)', '.ics', 'text/calendar', (a, t, now) => toICS(a, t, now)],
  markdown: ['Report (Markdown)', '.md', 'text/markdown', (a, t) => toMarkdown(a, t)],
};

/** Produces one format as a string. */
export function exportAs(format, analysis, text, now = new Date()) {
  const f = FORMATS[format];
  if (!f) throw new Error(`newslens: unknown export format ${JSON.stringify(format)}`);
  return f[3](analysis, text, now);
}

/** Saves a string as a file through a temporary object URL (no request leaves the page). */
export function download(format, analysis, text, { name = 'newslens', parent = document.body } = {}) {
  const [, suffix, mime] = FORMATS[format];
  const blob = new Blob([exportAs(format, analysis, text)], { type: `${mime};charset=utf-8` });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${name}${suffix}`;
  a.hidden = true;
  parent.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// ---- CSV (RFC 4180; cells that a spreadsheet would run as a formula are prefixed with ')

function cell(v) {
  let s = v === null || v === undefined ? '' : String(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function csv(header, rows) {
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

const names = (a) => new Map(a.entities.map((e) => [e.id, e.canonical]));

export function entitiesCSV(a) {
  const byId = names(a);
  return csv(
    ['id', 'type', 'name', 'mentions', 'roles', 'aliases', 'related'],
    a.entities.map((e) => [e.id, e.type, e.canonical, e.count, e.roles.join('; '), e.aliases.join('; '), e.related ? (byId.get(e.related) ?? e.related) : '']),
  );
}

export function quotesCSV(a) {
  const byId = names(a);
  return csv(
    ['id', 'speaker', 'speaker_entity', 'kind', 'cue', 'text', 'start', 'end'],
    a.quotes.map((q) => [q.id, (q.speaker_entity && byId.get(q.speaker_entity)) || q.speaker || '', q.speaker_entity ?? '', q.kind, q.cue_text ?? '', q.text, q.span.start, q.span.end]),
  );
}

export function timelineCSV(a, text) {
  const byId = names(a);
  const timex = new Map(a.timexes.map((t) => [t.id, t.text]));
  return csv(
    ['date', 'date_text', 'summary', 'sentence', 'participants', 'places'],
    a.events.map((e) => [
      e.date,
      e.timex ? (timex.get(e.timex) ?? '') : '',
      e.summary,
      slice(text, e.span),
      e.participants.map((id) => byId.get(id) ?? id).join('; '),
      e.places.map((id) => byId.get(id) ?? id).join('; '),
    ]),
  );
}

// ---- iCalendar (RFC 5545): one all-day event per timeline entry with a full date.

function icsText(s) {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n|\r/g, '\\n');
}

/** Folds a content line at 75 octets of UTF-8, never inside a character. */
function fold(line) {
  const enc = new TextEncoder();
  const out = [];
  let cur = '';
  let bytes = 0;
  for (const ch of line) {
    const n = enc.encode(ch).length;
    if (bytes + n > (out.length ? 74 : 75)) {
      out.push(cur);
      cur = '';
      bytes = 0;
    }
    cur += ch;
    bytes += n;
  }
  out.push(cur);
  return out.join('\r\n ');
}

const compact = (d) => d.replaceAll('-', '');
function nextDay(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

export function toICS(a, text, now = new Date()) {
  const stamp = `${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//newslens//timeline//EN', 'CALSCALE:GREGORIAN'];
  const title = a.document.title ? slice(text, a.document.title) : '';
  if (title) lines.push(`X-WR-CALNAME:${icsText(title)}`);
  for (const e of a.events) {
    const m = /^(\d{4}-\d{2}-\d{2})/.exec(e.date);
    if (!m) continue; // months, weeks, years and "in the future" are no calendar day
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.id}-${compact(m[1])}-${a.document.dct ?? 'nodate'}@newslens`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compact(m[1])}`,
      `DTEND;VALUE=DATE:${compact(nextDay(m[1]))}`,
      `SUMMARY:${icsText(e.summary || slice(text, e.span))}`,
      `DESCRIPTION:${icsText(slice(text, e.span))}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(fold).join('\r\n') + '\r\n';
}

// ---- Markdown report

/** Escapes the characters Markdown (and the HTML it may pass through) would interpret. */
function md(s) {
  return String(s).replace(/[\\`*_[\]<>|#]/g, (c) => `\\${c}`).replace(/\s+/g, ' ').trim();
}

export function toMarkdown(a, text) {
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const out = [];
  const title = a.document.title ? slice(text, a.document.title) : '';
  out.push(`# ${title ? md(title) : 'newslens analysis'}`, '');
  const source = { text: 'from the text', option: 'given', none: 'not found' }[a.document.dct_source] ?? '';
  out.push(`Published: ${a.document.dct ? `${formatDate(a.document.dct)} (${a.document.dct}, ${source})` : 'unknown'}`, '');
  out.push('## Entities', '');
  for (const [type, heading] of Object.entries(TYPE_NAMES)) {
    const list = a.entities.filter((e) => e.type === type);
    if (!list.length) continue;
    out.push(`### ${heading}`, '');
    for (const e of list) {
      const roles = e.roles.length ? `, ${md(e.roles.join('; '))}` : '';
      out.push(`- **${md(e.canonical)}**${roles} (${e.count} mention${e.count === 1 ? '' : 's'})`);
    }
    out.push('');
  }
  out.push('## Quotes', '');
  const groups = new Map();
  for (const q of a.quotes) {
    const who = (q.speaker_entity && byId.get(q.speaker_entity)?.canonical) || q.speaker || 'Unattributed';
    if (!groups.has(who)) groups.set(who, []);
    groups.get(who).push(q);
  }
  for (const [who, qs] of groups) {
    out.push(`### ${md(who)}`, '');
    for (const q of qs) out.push(`> ${q.kind === 'direct' ? `“${md(q.text)}”` : md(q.text)}${q.cue_text ? ` (${md(q.cue_text)})` : ''}`, '');
  }
  if (!a.quotes.length) out.push('None found.', '');
  out.push('## Timeline', '');
  for (const e of a.events) out.push(`- **${md(formatDate(e.date))}**: ${md(e.summary || slice(text, e.span))}`);
  if (!a.events.length) out.push('None found.');
  out.push('');
  return out.join('\n');
}
