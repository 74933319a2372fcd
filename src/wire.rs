//! The compact wire form of an [`Analysis`], what the wasm binding hands to JavaScript.
//!
//! The full JSON (`serde_json::to_string(&analysis)`) is about five times the size of the article:
//! every span is an object with two keys, every mention repeats its text, every entity lists its
//! mentions' ids. In the browser, parsing that JSON was a fifth of the time of an analysis. The
//! wire form carries the same facts without the repetition, and `www/newslens.js` (`expand`)
//! rebuilds from it, with the article's own string, exactly the object `JSON.parse` of the full
//! JSON gives (a Node test checks the two are deep-equal on the seeds and a corpus).
//!
//! Shape, version 2: `{"v":2,"document":[…],"sentences":[s,e,…],"mentions":[…],"entities":[…],
//! "quotes":[…],"timexes":[…],"events":[…]}` where each list is flat, a fixed number of slots per
//! item (see the writers below):
//! - document: title start, end, dct, dct_source, dateline start, end, detected_dct,
//!   boilerplate[start, end, label, …]
//! - mention: id, start, end, type, entity, rule
//! - entity: id, canonical, type, roles[], role_spans[s,e,…], aliases[], count, related, salience,
//!   rule (its `mentions` are rebuilt from the mentions' `entity`)
//! - quote: id, start, end, kind, cue start, cue end, speaker, speaker start, speaker end,
//!   speaker entity, rule
//! - timex: id, start, end, type, value, creation_time (0/1), rule
//! - event: id, date, timex, start, end, summary, participants[], places[], rule
//!
//! Ids are numbers (`m12` → 12; absent → 0), types and kinds indexes into the tables below,
//! absent spans -1, texts (`text`, `cue_text`) are sliced from the article by their span, and an
//! empty rule means none. Written by hand, without serde: the page's wasm then carries no JSON
//! serialiser at all (the full JSON is in the story module: `analyzeJson`, feature `story`).

use crate::model::{Analysis, EntityType, Id, QuoteKind, Span, TimexType};

/// `EntityType` by index, as `www/newslens.js` reads them.
pub const ENTITY_TYPES: [EntityType; 4] =
    [EntityType::Person, EntityType::Organization, EntityType::Place, EntityType::Group];
/// `QuoteKind` by index.
pub const QUOTE_KINDS: [QuoteKind; 3] = [QuoteKind::Direct, QuoteKind::Partial, QuoteKind::Indirect];
/// `TimexType` by index.
pub const TIMEX_TYPES: [TimexType; 4] =
    [TimexType::Date, TimexType::Time, TimexType::Duration, TimexType::Set];

/// The wire form of `a` (spans already in the unit the reader slices with).
pub fn to_wire(a: &Analysis) -> String {
    let mut w = Writer { out: Vec::with_capacity(256 + 24 * a.mentions.len() + 96 * a.quotes.len()) };
    w.analysis(a);
    // Only whole UTF-8 strings and ASCII are written: the conversion cannot fail.
    String::from_utf8(w.out).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

struct Writer {
    out: Vec<u8>,
}

fn index<T: PartialEq>(table: &[T], x: &T) -> usize {
    table.iter().position(|t| t == x).unwrap_or(0)
}

impl Writer {
    fn analysis(&mut self, a: &Analysis) {
        let d = &a.document;
        self.raw("{\"v\":2,\"document\":[");
        self.span(d.title);
        self.comma();
        self.opt_str(d.dct.as_deref());
        self.comma();
        self.str(d.dct_source);
        self.comma();
        self.span(d.dateline);
        self.comma();
        self.opt_str(d.detected_dct.as_deref());
        self.raw(",[");
        for (k, b) in d.boilerplate.iter().enumerate() {
            self.sep(k);
            self.span(Some(b.span));
            self.comma();
            self.str(b.label);
        }
        self.raw("]]");
        self.raw(",\"sentences\":[");
        for (k, s) in a.sentences.iter().enumerate() {
            self.sep(k);
            self.span(Some(*s));
        }
        self.raw("],\"mentions\":[");
        for (k, m) in a.mentions.iter().enumerate() {
            self.sep(k);
            self.int(m.id.0);
            self.comma();
            self.span(Some(m.span));
            self.comma();
            self.int(index(&ENTITY_TYPES, &m.kind));
            self.comma();
            self.int(m.entity.0);
            self.comma();
            self.str(m.rule);
        }
        self.raw("],\"entities\":[");
        for (k, e) in a.entities.iter().enumerate() {
            self.sep(k);
            self.int(e.id.0);
            self.comma();
            self.str(&e.canonical);
            self.comma();
            self.int(index(&ENTITY_TYPES, &e.kind));
            self.comma();
            self.strs(&e.roles);
            self.raw(",[");
            for (j, s) in e.role_spans.iter().enumerate() {
                self.sep(j);
                self.span(Some(*s));
            }
            self.raw("],");
            self.strs(&e.aliases);
            self.comma();
            self.int(e.count);
            self.comma();
            self.opt_id(e.related);
            self.comma();
            self.float(e.salience);
            self.comma();
            self.str(e.rule);
        }
        self.raw("],\"quotes\":[");
        for (k, q) in a.quotes.iter().enumerate() {
            self.sep(k);
            self.int(q.id.0);
            self.comma();
            self.span(Some(q.span));
            self.comma();
            self.int(index(&QUOTE_KINDS, &q.kind));
            self.comma();
            self.span(q.cue);
            self.comma();
            self.opt_str(q.speaker.as_deref());
            self.comma();
            self.span(q.speaker_span);
            self.comma();
            self.opt_id(q.speaker_entity);
            self.comma();
            self.str(q.rule);
        }
        self.raw("],\"timexes\":[");
        for (k, t) in a.timexes.iter().enumerate() {
            self.sep(k);
            self.int(t.id.0);
            self.comma();
            self.span(Some(t.span));
            self.comma();
            self.int(index(&TIMEX_TYPES, &t.kind));
            self.comma();
            self.str(&t.value);
            self.comma();
            self.int(usize::from(t.creation_time));
            self.comma();
            self.str(t.rule);
        }
        self.raw("],\"events\":[");
        for (k, e) in a.events.iter().enumerate() {
            self.sep(k);
            self.int(e.id.0);
            self.comma();
            self.str(&e.date);
            self.comma();
            self.opt_id(e.timex);
            self.comma();
            self.span(Some(e.span));
            self.comma();
            self.str(&e.summary);
            self.comma();
            self.ids(&e.participants);
            self.comma();
            self.ids(&e.places);
            self.comma();
            self.str(e.rule);
        }
        self.raw("]}");
    }

    fn sep(&mut self, k: usize) {
        if k > 0 {
            self.comma();
        }
    }
    fn comma(&mut self) {
        self.out.push(b',');
    }
    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            Some(s) => self.str(s),
            None => self.raw("null"),
        }
    }
    /// A salience, which `analyze` rounds to hundredths: written as the shortest decimal of that
    /// `f32` (what serde_json writes for it too: `5.94`, `6`), without float formatting code.
    fn float(&mut self, x: f32) {
        if !x.is_finite() || x.abs() >= 1e7 {
            self.raw("null");
            return;
        }
        let n = (x * 100.0).round() as i64;
        if n < 0 {
            self.out.push(b'-');
        }
        let n = n.unsigned_abs();
        self.int(n / 100);
        let frac = n % 100;
        if frac != 0 {
            self.out.push(b'.');
            self.out.push(b'0' + (frac / 10) as u8);
            if frac % 10 != 0 {
                self.out.push(b'0' + (frac % 10) as u8);
            }
        }
    }
    fn raw(&mut self, s: &str) {
        self.out.extend_from_slice(s.as_bytes());
    }
    /// A number: one byte for 0-9 (most kinds and small ids), else digits from the right.
    fn int(&mut self, n: impl TryInto<u32>) {
        let mut n: u32 = n.try_into().unwrap_or(u32::MAX);
        if n < 10 {
            self.out.push(b'0' + n as u8);
            return;
        }
        let mut digits = [0u8; 10];
        let mut k = digits.len();
        while n > 0 && k > 0 {
            k -= 1;
            digits[k] = b'0' + (n % 10) as u8;
            n /= 10;
        }
        self.out.extend_from_slice(&digits[k..]);
    }
    /// Two slots: start and end, or -1, -1 for none.
    fn span(&mut self, s: Option<Span>) {
        match s {
            Some(s) => {
                self.int(s.start);
                self.comma();
                self.int(s.end);
            }
            None => self.raw("-1,-1"),
        }
    }
    fn opt_id<const P: char>(&mut self, id: Option<Id<P>>) {
        self.int(id.map_or(0, |id| id.0));
    }
    fn ids<const P: char>(&mut self, ids: &[Id<P>]) {
        self.out.push(b'[');
        for (k, id) in ids.iter().enumerate() {
            self.sep(k);
            self.int(id.0);
        }
        self.out.push(b']');
    }
    fn strs(&mut self, list: &[String]) {
        self.out.push(b'[');
        for (k, s) in list.iter().enumerate() {
            self.sep(k);
            self.str(s);
        }
        self.out.push(b']');
    }
    /// A JSON string: the escapes of RFC 8259 (quotation mark, backslash, controls).
    fn str(&mut self, s: &str) {
        self.out.push(b'"');
        let mut from = 0;
        for (i, b) in s.bytes().enumerate() {
            let esc = match b {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0..=0x1f => "",
                _ => continue,
            };
            self.out.extend_from_slice(&s.as_bytes()[from..i]);
            if esc.is_empty() {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                self.raw("\\u00");
                self.out.extend_from_slice(&[HEX[usize::from(b >> 4)], HEX[usize::from(b & 15)]]);
            } else {
                self.raw(esc);
            }
            from = i + 1;
        }
        self.out.extend_from_slice(&s.as_bytes()[from..]);
        self.out.push(b'"');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_json() {
        let mut w = Writer { out: Vec::new() };
        w.str("a\"b\\c\nd\u{1}é“x”");
        w.int(0u32);
        for (x, want) in [(5.94f32, "5.94"), (6.0, "6"), (0.5, "0.5"), (0.05, "0.05"), (12.1, "12.1")] {
            let mut f = Writer { out: Vec::new() };
            f.float(x);
            assert_eq!(String::from_utf8(f.out).unwrap(), want);
            assert_eq!(serde_json::to_string(&x).unwrap().trim_end_matches(".0"), want);
        }
        w.int(907u32);
        assert!(w.out.ends_with(b"\"0907"));
        w.out.truncate(w.out.len() - 4);
        let back: String = serde_json::from_slice(&w.out).unwrap();
        assert_eq!(back, "a\"b\\c\nd\u{1}é“x”");
    }

    #[test]
    fn wire_is_json_with_every_item() {
        let text =
            "Ann Lee, the mayor of Paris, said on Monday: \"We will win.\" Lee added that talks went well.";
        let a =
            crate::analyze(text, &crate::Options { dct: Some("2025-11-24".into()), explain: true }).unwrap();
        let v: serde_json::Value = serde_json::from_str(&to_wire(&a)).unwrap();
        assert_eq!(v["v"], 2);
        assert_eq!(v["document"].as_array().unwrap().len(), 8);
        assert_eq!(v["mentions"].as_array().unwrap().len(), 6 * a.mentions.len());
        assert_eq!(v["entities"].as_array().unwrap().len(), 10 * a.entities.len());
        assert_eq!(v["quotes"].as_array().unwrap().len(), 11 * a.quotes.len());
        assert_eq!(v["timexes"].as_array().unwrap().len(), 7 * a.timexes.len());
        assert_eq!(v["events"].as_array().unwrap().len(), 9 * a.events.len());
        assert!(!a.quotes.is_empty() && !a.timexes.is_empty() && !a.events.is_empty());
    }
}
