//! Stage 1: the article as a whole. Lines, the headline, the dateline and the page debris that
//! copy-paste leaves ("Recommended Stories", "Read More", a stray one-letter line, a repeated
//! title). Debris is excluded from every later stage; offsets still refer to the original text.
//!
//! Also defines [`Doc`], the context every later stage reads.

use crate::model::{Boilerplate, Span};
use crate::segment::Segmented;
use crate::temporal::date::Date;

/// The article and every layer computed so far; each stage reads it.
pub struct Doc<'a> {
    pub text: &'a str,
    /// Non-empty lines, trimmed, in order (boilerplate included).
    pub lines: Vec<Span>,
    pub title: Option<Span>,
    pub boilerplate: Vec<Boilerplate>,
    /// Boilerplate spans, sorted: what every stage skips.
    pub excluded: Vec<Span>,
    /// The dateline the publication date was read from, and its date expression.
    pub dateline: Option<crate::temporal::dateline::Dateline>,
    /// The publication date every relative date is resolved against.
    pub dct: Option<Date>,
    pub seg: Segmented,
}

#[cfg(test)]
impl<'t> Doc<'t> {
    /// The document context of `text` with no dateline and no publication date, for tests of
    /// one stage.
    pub(crate) fn undated(text: &'t str) -> Doc<'t> {
        let layout = read(text);
        let excluded: Vec<Span> = layout.boilerplate.iter().map(|b| b.span).collect();
        let seg = crate::segment::segment(text, &excluded);
        Doc {
            text,
            lines: layout.lines,
            title: layout.title,
            boilerplate: layout.boilerplate,
            excluded,
            dateline: None,
            dct: None,
            seg,
        }
    }
}

impl<'a> Doc<'a> {
    /// Is `span` inside page debris?
    pub fn is_excluded(&self, span: Span) -> bool {
        self.excluded.iter().any(|e| e.overlaps(span))
    }
}

/// The document layer: what [`read`] finds before segmentation.
pub struct Layout {
    pub lines: Vec<Span>,
    pub title: Option<Span>,
    pub boilerplate: Vec<Boilerplate>,
}

/// Trimmed non-empty lines of `text` (split on `\n`, `\r`, U+2028, U+2029).
pub fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    let b = text.as_bytes();
    // Byte scan: '\n' and '\r' are ASCII; U+2028 and U+2029 are E2 80 A8 / E2 80 A9.
    let mut i = 0;
    while let Some(k) = b[i..].iter().position(|&c| matches!(c, b'\n' | b'\r' | 0xE2)) {
        i += k;
        let len = match b[i] {
            b'\n' | b'\r' => 1,
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) => 3,
            _ => {
                i += 1;
                continue;
            }
        };
        push_trimmed(text, start, i, &mut out);
        i += len;
        start = i;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let line = &text[start..end];
    let trimmed = line.trim_start();
    let s = start + (line.len() - trimmed.len());
    let e = s + trimmed.trim_end().len();
    if e > s {
        out.push(Span::new(s, e));
    }
}

/// Boilerplate rules: (id, test on the lower-cased, trimmed line).
type LineRule = (&'static str, fn(&str) -> bool);

const BOILERPLATE_RULES: &[LineRule] = &[
    ("recommended_header", |l| {
        matches!(
            l,
            "recommended stories"
                | "recommended"
                | "related stories"
                | "related"
                | "related articles"
                | "more stories"
                | "most read"
                | "most popular"
                | "you may also like"
                | "trending"
                | "more from this author"
                | "related coverage"
                | "also read"
                | "read next"
        )
    }),
    ("list_marker", |l| l == "end of list" || (l.starts_with("list of ") && l.ends_with(" items"))),
    ("recommended_item", |l| {
        let l = l.trim_start_matches(['•', '·', '*', '-', ' ', '\u{a0}']);
        l.starts_with("list ")
            && {
                let rest = &l[5..];
                let mut it = rest.splitn(3, ' ');
                matches!((it.next(), it.next()), (Some(a), Some("of")) if !a.is_empty() && a.bytes().all(|b| b.is_ascii_digit()))
            }
    }),
    ("read_more", |l| {
        matches!(l, "read more" | "read more:" | "continue reading" | "show more" | "load more")
    }),
    ("similar_posts", |l| matches!(l, "similar posts" | "related posts" | "more like this")),
    ("share", |l| {
        matches!(
            l,
            "share"
                | "share this"
                | "share this article"
                | "share on facebook"
                | "share on twitter"
                | "tweet"
                | "email"
                | "print"
                | "copy link"
                | "save"
                | "facebook"
                | "twitter"
                | "whatsapp"
                | "linkedin"
                | "share via"
                | "comments"
                | "listen to this article"
        )
    }),
    ("advert", |l| {
        matches!(
            l,
            "advertisement"
                | "advertisements"
                | "sponsored"
                | "ad"
                | "skip advert"
                | "scroll to continue with content"
                | "skip to content"
                | "skip to main content"
        )
    }),
    ("newsletter", |l| {
        l.starts_with("sign up for")
            || l.starts_with("subscribe to")
            || l == "subscribe"
            || l.starts_with("follow us on")
    }),
];

/// The longest line that can be debris, in bytes.
const MAX_DEBRIS_LINE: usize = 200;

/// Finds the lines, the headline and the boilerplate.
pub fn read(text: &str) -> Layout {
    let lines = lines(text);
    let mut boilerplate = Vec::new();
    let mut title = None;
    let mut lower = String::new();
    for (i, &span) in lines.iter().enumerate() {
        let raw = span.text(text);
        // Debris lines are short: longer lines are text, and are not lower-cased.
        if raw.len() > MAX_DEBRIS_LINE {
            continue;
        }
        lower.clear();
        if raw.is_ascii() {
            lower.push_str(raw);
            lower.make_ascii_lowercase();
        } else {
            lower.push_str(&raw.to_lowercase());
        }
        // A stray line of one or two letters (a copy-paste leftover such as "a").
        if raw.chars().count() <= 2 && raw.chars().all(|c| c.is_alphabetic()) && lines.len() > 1 {
            boilerplate.push(Boilerplate { span, label: "stray" });
            continue;
        }
        if let Some((label, _)) = BOILERPLATE_RULES.iter().find(|(_, test)| test(lower.trim())) {
            boilerplate.push(Boilerplate { span, label });
            continue;
        }
        if i == 0 && is_headline(raw) && lines.len() > 1 {
            title = Some(span);
            continue;
        }
        // The headline printed again.
        if let Some(t) = title {
            if i > 0 && t.text(text) == raw {
                boilerplate.push(Boilerplate { span, label: "duplicate_title" });
            }
        }
    }
    Layout { lines, title, boilerplate }
}

/// A first line that reads as a headline: short, no final period, several words, and not a date.
fn is_headline(line: &str) -> bool {
    let words = line.split_whitespace().count();
    let ends_sentence = line.ends_with('.') && !line.ends_with("..");
    (3..=30).contains(&words)
        && !ends_sentence
        && line
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c == '‘' || c == '“' || c == '"' || c.is_ascii_digit())
        && crate::temporal::dateline::parse_dateline(line).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boilerplate_table() {
        let cases: &[(&str, Option<&str>)] = &[
            ("Recommended Stories", Some("recommended_header")),
            ("list of 4 items", Some("list_marker")),
            ("end of list", Some("list_marker")),
            ("• list 1 of 4US-Ukraine talks: Why?", Some("recommended_item")),
            ("Read More", Some("read_more")),
            ("Similar Posts", Some("similar_posts")),
            ("Advertisement", Some("advert")),
            ("a", Some("stray")),
            ("Rubio said negotiators had made some changes.", None),
            ("Read more about it in our report tomorrow.", None),
        ];
        for (line, want) in cases {
            let text = format!("Body line one.\n{line}\nBody line two.");
            let got = read(&text).boilerplate.first().map(|b| b.label);
            assert_eq!(got, *want, "line {line:?}");
        }
    }

    #[test]
    fn title_and_duplicate() {
        let text = "US and Ukraine announce ‘updated’ framework\n\nUS and Ukraine announce ‘updated’ framework\n\nBody text here.";
        let l = read(text);
        assert_eq!(l.title.map(|t| t.text(text)), Some("US and Ukraine announce ‘updated’ framework"));
        assert_eq!(l.boilerplate.len(), 1);
        assert_eq!(l.boilerplate[0].label, "duplicate_title");
    }

    #[test]
    fn dateline_is_not_a_title() {
        let text = "24th November, 2025\na\nNegotiators met.";
        let l = read(text);
        assert_eq!(l.title, None);
        assert_eq!(l.boilerplate[0].label, "stray");
    }
}
