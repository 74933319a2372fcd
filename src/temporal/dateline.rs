//! The publication date, read from a dateline or byline near the top of the pasted text:
//! "24th November, 2025", "Published On 23 Nov 2025", "Updated: Nov 24, 2025, 10:42 AM EST",
//! "Monday 24 November 2025 08.00 GMT", "2025-11-24".

use super::date::Date;
use crate::model::Span;

/// A dateline found in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dateline {
    /// The whole line.
    pub line: Span,
    /// The date expression inside it ("23 Nov 2025" in "Published On 23 Nov 2025").
    pub span: Span,
    pub date: Date,
}

/// How many lines from the top a dateline may stand.
const MAX_LINE: usize = 12;

/// The first line near the top that is a dateline.
/// An "Updated: ..." line gives way to a "Published ..." line near it: the publication date is
/// the first one.
pub fn find(text: &str, lines: &[Span], excluded: &[Span]) -> Option<Dateline> {
    let mut found =
        lines.iter().filter(|l| !excluded.iter().any(|e| e.overlaps(**l))).take(MAX_LINE).filter_map(
            |&line| {
                let (s, e, date) = parse_dateline(line.text(text))?;
                Some(Dateline { line, span: Span::new(line.start + s, line.start + e), date })
            },
        );
    let first = found.next()?;
    if is_update(first.line.text(text))
        && let Some(published) = found.find(|d| !is_update(d.line.text(text)))
    {
        return Some(published);
    }
    Some(first)
}

/// Every dateline-shaped line near the top (the chosen one and an "Updated: ..." beside it):
/// their dates are page furniture, not expressions of the story.
pub fn all_lines(text: &str, lines: &[Span], excluded: &[Span]) -> Vec<Span> {
    lines
        .iter()
        .filter(|l| !excluded.iter().any(|e| e.overlaps(**l)))
        .take(MAX_LINE)
        .filter(|l| parse_dateline(l.text(text)).is_some())
        .copied()
        .collect()
}

fn is_update(line: &str) -> bool {
    let l = line.trim_start().get(..16).unwrap_or(line).to_ascii_lowercase();
    l.starts_with("updated") || l.starts_with("last updated") || l.starts_with("modified")
}

pub(crate) const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// Words a dateline may carry besides the date itself.
const DATELINE_WORDS: &[&str] = &[
    "published",
    "on",
    "updated",
    "posted",
    "last",
    "modified",
    "date",
    "at",
    "am",
    "pm",
    "a.m.",
    "a.m",
    "p.m",
    "p.m.",
    "gmt",
    "utc",
    "est",
    "edt",
    "cet",
    "cest",
    "bst",
    "pst",
    "pdt",
    "ist",
    "et",
    "pt",
    "by",
    "first",
    "created",
    "ago",
    "hour",
    "hours",
    "minute",
    "minutes",
    "min",
    "mins",
    "day",
    "days",
    "cst",
    "cdt",
    "mst",
    "mdt",
    "aest",
    "jst",
    "wib",
];

pub(crate) fn month_number(w: &str) -> Option<u8> {
    let w = w.trim_end_matches('.');
    // Every month name starts with one of "adfjmnos".
    let first = w.as_bytes().first()?.to_ascii_lowercase();
    if !(3..=9).contains(&w.len()) || !matches!(first, b'a' | b'd' | b'f' | b'j' | b'm' | b'n' | b'o' | b's')
    {
        return None;
    }
    MONTHS.iter().find(|(n, _)| n.eq_ignore_ascii_case(w)).map(|&(_, m)| m)
}

/// If `line` is a dateline, the byte range of its date expression and the date. A line of
/// several parts separated by `|` or `·` ("By Jane Doe | November 24, 2025") is a dateline when
/// one part is.
pub fn parse_dateline(line: &str) -> Option<(usize, usize, Date)> {
    // Every dateline names a day or a year in digits: most lines have none and are dropped here.
    if line.len() > 160 || !line.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    if let Some(found) = parse_part(line) {
        return Some(found);
    }
    let mut start = 0;
    for (i, c) in line.char_indices().chain(std::iter::once((line.len(), '|'))) {
        if matches!(c, '|' | '·' | '•') {
            let part = &line[start..i];
            let lead = part.len() - part.trim_start().len();
            if let Some((s, e, d)) = parse_part(part.trim()) {
                return Some((start + lead + s, start + lead + e, d));
            }
            start = i + c.len_utf8();
        }
    }
    None
}

/// A wire-service dateline at the start of the first line: "WASHINGTON, Nov 23 (Reuters) -",
/// "WASHINGTON, August 11 (Xinhua) --". It names no year, so it gives no publication date, but
/// its date is no time expression of the story either. Returns the byte range of "Nov 23" and
/// the month and day.
pub fn wire_dateline(line: &str) -> Option<(usize, usize, u8, u8)> {
    let open = line.find('(')?;
    if open > 60 {
        return None;
    }
    let head = &line[..open];
    let comma = head.find(',')?;
    let city = &head[..comma];
    if city.is_empty() || city.chars().any(|c| c.is_lowercase()) {
        return None;
    }
    let rest = &head[comma + 1..];
    let mut it = rest.split_whitespace();
    let (mw, dw) = (it.next()?, it.next()?);
    if it.next().is_some() {
        return None;
    }
    let m = month_number(mw)?;
    let d = day_number(dw)?;
    let s = comma + 1 + rest.find(mw)?;
    let e = comma + 1 + rest.find(dw)? + dw.trim_end_matches(',').len();
    Some((s, e, m, d))
}

/// The end (byte offset) of a wire-service header "KYIV, Nov 24 (Reuters) -" or "NAIROBI,
/// Kenya (AP) _" at the start of `line`: after the closing bracket and the dashes that follow.
pub fn wire_header_end(line: &str) -> Option<usize> {
    let open = line.find('(')?;
    let close = open + line[open..].find(')')?;
    let head = &line[..open];
    if open > 60 || close - open > 30 || head.trim().is_empty() {
        return None;
    }
    // The place is in capitals: "KYIV", "WASHINGTON", "NAIROBI, Kenya".
    let city = head.split(',').next().unwrap_or("").trim();
    if city.len() < 2 || city.chars().any(char::is_lowercase) {
        return None;
    }
    let rest = &line[close + 1..];
    let dashes = rest.trim_start().trim_start_matches(['-', '_', '–', '—']);
    if dashes.len() == rest.trim_start().len() {
        return None;
    }
    Some(line.len() - dashes.trim_start().len())
}

fn parse_part(line: &str) -> Option<(usize, usize, Date)> {
    if line.len() > 80 {
        return None;
    }
    // Words with their byte offsets; separators are spaces, commas, '|', '-', '/' in prose.
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        let sep = c.is_whitespace() || matches!(c, ',' | '|' | '·' | '•' | '(' | ')');
        match (sep, start) {
            (true, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, line.len()));
    }
    let w = |k: usize| line[words[k].0..words[k].1].trim_end_matches(':');
    // ISO date anywhere.
    for k in 0..words.len() {
        // "2025-11-24", "2025-11-24T10:42:00Z"
        let iso = w(k).get(..10).filter(|_| w(k).len() == 10 || w(k).as_bytes().get(10) == Some(&b'T'));
        if let Some(d) = iso.and_then(Date::parse_iso)
            && is_dateline_rest(line, &words, k, k)
        {
            return Some((words[k].0, words[k].0 + 10, d));
        }
    }
    // "24/11/2025", "11/24/2025", "24.11.2025": day first when the first number is over 12, else
    // month first (as the recogniser reads them).
    for k in 0..words.len() {
        let mut parts = w(k).split(['/', '.']);
        if let (Some(a), Some(b), Some(y), None) = (parts.next(), parts.next(), parts.next(), parts.next())
            && a.len() <= 2
            && b.len() <= 2
            && y.len() == 4
            && let (Ok(a), Ok(b), Ok(y)) = (a.parse::<u8>(), b.parse::<u8>(), y.parse::<i32>())
        {
            let (d, m) = if a > 12 { (a, b) } else { (b, a) };
            if let Some(date) = Date::new(y, m, d)
                && is_dateline_rest(line, &words, k, k)
            {
                return Some((words[k].0, words[k].0 + w(k).len(), date));
            }
        }
    }
    // day month year / month day year.
    for k in 0..words.len() {
        let day_first = day_number(w(k)).zip(words.get(k + 1).and_then(|_| month_number(w(k + 1))));
        let month_first = month_number(w(k)).zip(words.get(k + 1).and_then(|_| day_number(w(k + 1))));
        let (d, m) = match (day_first, month_first) {
            (Some((d, m)), _) => (d, m),
            (_, Some((m, d))) => (d, m),
            _ => continue,
        };
        let Some(yw) = words.get(k + 2).map(|_| w(k + 2)) else { continue };
        let Some(y) = year_number(yw) else { continue };
        let Some(date) = Date::new(y, m, d) else { continue };
        if is_dateline_rest(line, &words, k, k + 2) {
            return Some((words[k].0, words[k + 2].0 + yw.len(), date));
        }
    }
    None
}

/// Every word outside `first..=last` is a weekday, a dateline word or a clock time.
fn is_dateline_rest(line: &str, words: &[(usize, usize)], first: usize, last: usize) -> bool {
    // A byline before the date: "By Jane Doe, November 24, 2025" (capitalised names after "By").
    let by = words.iter().position(|&(s, e)| line[s..e].eq_ignore_ascii_case("by"));
    words.iter().enumerate().all(|(k, &(s, e))| {
        if (first..=last).contains(&k) {
            return true;
        }
        let raw = line[s..e].trim_end_matches([':', '.', ',']);
        if by.is_some_and(|b| b < k && k < first)
            && (raw.chars().next().is_some_and(char::is_uppercase) || raw == "and")
        {
            return true;
        }
        let t = raw.to_ascii_lowercase();
        t.is_empty()
            || matches!(t.as_str(), "-" | "|" | "–" | "—" | "/")
            || (t.starts_with(['+', '-']) && t.len() == 5 && t[1..].bytes().all(|b| b.is_ascii_digit()))
            // "GMT+1", "UTC-5"
            || ((t.starts_with("gmt") || t.starts_with("utc"))
                && t.len() <= 7
                && t[3..].bytes().all(|b| b.is_ascii_digit() || b == b'+' || b == b'-' || b == b':'))
            || WEEKDAYS.contains(&t.as_str())
            || DATELINE_WORDS.contains(&t.as_str())
            || t.chars().all(|c| c.is_ascii_digit() || c == ':' || c == '.')
            || (t.ends_with("am") || t.ends_with("pm"))
                && t[..t.len() - 2].chars().all(|c| c.is_ascii_digit() || c == ':' || c == '.')
    })
}

fn day_number(w: &str) -> Option<u8> {
    let w = w.trim_end_matches(['.', ',']);
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    let d: u8 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

fn year_number(w: &str) -> Option<i32> {
    let w = w.trim_end_matches(['.', ',']);
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_wins_over_updated() {
        let text = "Updated: Nov 25, 2025, 10:42 AM EST\nPublished: Nov 24, 2025\nThe talks ended.";
        let lines = crate::document::lines(text);
        let d = find(text, &lines, &[]).map(|d| d.date.to_string());
        assert_eq!(d.as_deref(), Some("2025-11-24"));
        let text = "Updated: Nov 25, 2025, 10:42 AM EST\nThe talks ended.";
        let lines = crate::document::lines(text);
        let d = find(text, &lines, &[]).map(|d| d.date.to_string());
        assert_eq!(d.as_deref(), Some("2025-11-25"));
    }

    #[test]
    fn wire_headers() {
        let cases: &[(&str, Option<&str>)] = &[
            ("KYIV, Nov 24 (Reuters) - Russian drones struck.", Some("Russian drones struck.")),
            ("NAIROBI, Kenya (AP) _ Suspected bombs exploded.", Some("Suspected bombs exploded.")),
            ("HAVANA (AP) -- While an important step", Some("While an important step")),
            ("Officials (in Kyiv) - said nothing.", None),
            ("WASHINGTON (AP) The talks", None),
        ];
        for (line, want) in cases {
            let got = wire_header_end(line).map(|e| &line[e..]);
            assert_eq!(got, *want, "line {line:?}");
        }
    }

    #[test]
    fn wire_datelines() {
        type Case<'a> = (&'a str, Option<(&'a str, u8, u8)>);
        let cases: &[Case] = &[
            ("WASHINGTON, Nov 23 (Reuters) - The talks began.", Some(("Nov 23", 11, 23))),
            ("WASHINGTON, August 11 (Xinhua) --", Some(("August 11", 8, 11))),
            ("NAIROBI, Kenya (AP) _", None),
            ("He said, May 5 (or so) was fine.", None),
        ];
        for (line, want) in cases {
            let got = wire_dateline(line).map(|(s, e, m, d)| (&line[s..e], m, d));
            assert_eq!(got, *want, "line {line:?}");
        }
    }

    #[test]
    fn datelines_table() {
        let cases: &[(&str, Option<(&str, &str)>)] = &[
            ("24th November, 2025", Some(("24th November, 2025", "2025-11-24"))),
            ("Published On 23 Nov 2025", Some(("23 Nov 2025", "2025-11-23"))),
            ("Updated: Nov 24, 2025, 10:42 AM EST", Some(("Nov 24, 2025", "2025-11-24"))),
            ("Monday 24 November 2025 08.00 GMT", Some(("24 November 2025", "2025-11-24"))),
            ("2025-11-24", Some(("2025-11-24", "2025-11-24"))),
            ("By Jane Doe | November 24, 2025", Some(("November 24, 2025", "2025-11-24"))),
            ("Jane Doe · Published 24 November 2025", Some(("24 November 2025", "2025-11-24"))),
            ("Posted on November 24, 2025 at 9:00 am", Some(("November 24, 2025", "2025-11-24"))),
            ("Last updated 24/11/2025", Some(("24/11/2025", "2025-11-24"))),
            (
                "November 24, 2025 10:42 AM GMT+1 Updated 2 hours ago",
                Some(("November 24, 2025", "2025-11-24")),
            ),
            ("November 24, 2025 / 10:42 AM / Updated 3 hours ago", Some(("November 24, 2025", "2025-11-24"))),
            ("Mon 24 Nov 2025 08.00 GMT", Some(("24 Nov 2025", "2025-11-24"))),
            ("Updated 10:42 AM EST, Mon November 24, 2025", Some(("November 24, 2025", "2025-11-24"))),
            ("The vote on 24/11/2025 was close.", None),
            ("By Jane Doe, November 24, 2025", Some(("November 24, 2025", "2025-11-24"))),
            ("By Jane Doe and John Roe - Nov. 24, 2025", Some(("Nov. 24, 2025", "2025-11-24"))),
            ("2025-11-24T10:42:00Z", Some(("2025-11-24", "2025-11-24"))),
            ("Mon, 24 Nov 2025 10:42:00 +0000", Some(("24 Nov 2025", "2025-11-24"))),
            ("Published: 24 November 2025 – 10:42", Some(("24 November 2025", "2025-11-24"))),
            ("Last updated on November 24, 2025 at 10:42 a.m. ET", Some(("November 24, 2025", "2025-11-24"))),
            ("By the end of November 24, 2025 talks ended", None),
            ("Rubio said on 24 November 2025 that talks ended.", None),
            ("WASHINGTON, Nov 23 (Reuters) - The talks began.", None),
            ("The talks began on 24 November 2025 in Geneva.", None),
            ("US and Ukraine announce framework", None),
        ];
        for (line, want) in cases {
            let got = parse_dateline(line).map(|(s, e, d)| (&line[s..e], d.to_string()));
            assert_eq!(got.as_ref().map(|(a, b)| (*a, b.as_str())), *want, "line {line:?}");
        }
    }
}
