//! Extraction: an ordered table of recognisers over the tokens of one sentence. Each recogniser
//! looks at a start token and returns the extent it covers and an underspecified value
//! ([`Raw`]); nothing here reads the publication date.
//!
//! Extents follow TempEval-3: a leading preposition stays out ("on Sunday" → "Sunday"),
//! determiners and modifiers that belong to the expression stay in ("the coming days", "late
//! yesterday", "earlier this year", "about two years ago").

use super::date::Date;
use super::value::{Anchor, Dir, Q, Raw, Year};
use super::words::{self, Unit};
use crate::lexicon::{FastMap, FastSet};
use crate::model::TimexType;
use crate::segment::{TokKind, Token};
use std::sync::OnceLock;

/// The tokens of one sentence, with their lower-case forms.
pub struct Sent<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    /// The lower-case form of each token (ASCII lower-casing), sliced once per sentence: the
    /// recognisers ask for the same words many times.
    pub words: &'a [&'a str],
}

impl<'a> Sent<'a> {
    /// Slices the lower-case forms of `toks` from `low` (`text` lower-cased, ASCII only, so byte
    /// offsets are the same) into `buf`.
    pub fn lower_words(low: &'a str, toks: &[Token], buf: &mut Vec<&'a str>) {
        buf.clear();
        buf.extend(toks.iter().map(|t| low.get(t.span.start..t.span.end).unwrap_or("")));
    }
    /// The lower-case token `i`, or "" past the end.
    #[inline]
    pub fn w(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }
    /// The token as written.
    pub fn raw(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.span.text(self.text))
    }
    pub fn len(&self) -> usize {
        self.toks.len()
    }
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }
    fn glued(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.glued)
    }
    fn is_num(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokKind::Number)
    }
    pub fn capitalised(&self, i: usize) -> bool {
        let raw = self.raw(i);
        match raw.as_bytes().first() {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            Some(_) => raw.chars().next().is_some_and(char::is_uppercase),
            None => false,
        }
    }
    /// A digit number without inner separators.
    fn int(&self, i: usize) -> Option<u32> {
        let w = self.w(i);
        if !self.is_num(i) || w.len() > 6 || !w.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        w.parse().ok()
    }
    /// The token after a hyphen glued to token `i` on both sides ("mid-November": "november").
    fn hyphen_next(&self, i: usize) -> Option<usize> {
        (self.w(i + 1) == "-" && self.glued(i + 1) && self.glued(i + 2)).then_some(i + 2)
    }
}

/// A recognised expression: tokens `start..end` of the sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Cand {
    pub start: usize,
    pub end: usize,
    pub kind: TimexType,
    pub raw: Raw,
    /// A time of day or part of the day appended to a day value: "TMO", "T17:00".
    pub part: Option<String>,
    pub rule: &'static str,
}

type Recogniser = fn(&Sent, usize) -> Option<Cand>;

/// A cheap test of the first (lower-case) word a recogniser can start with: the table is tried
/// only where its gate opens. Each gate admits at least every word its recogniser accepts.
type Gate = fn(&str) -> bool;

fn digit(w: &str) -> bool {
    w.as_bytes().first().is_some_and(u8::is_ascii_digit)
}

/// The recognisers, in priority order (at one start token the longest match wins; on a tie the
/// earlier rule), each with its gate.
pub const RULES: &[(&str, Recogniser, Gate)] = &[
    ("iso_date", iso_date, digit),
    ("numeric_date", numeric_date, digit),
    ("time_of_day", time_of_day, |w| digit(w) || matches!(w, "noon" | "midday" | "midnight")),
    ("weekday", weekday, |w| {
        matches!(w, "last" | "past" | "next" | "coming" | "this" | "each" | "every" | "the")
            || words::weekday(w).is_some()
    }),
    ("month_date", month_date, |w| words::month(w).is_some()),
    ("month_rel", month_rel, |w| matches!(w, "last" | "this" | "next")),
    ("day_month", day_month, |w| w == "the" || digit(w)),
    ("relative_day", relative_day, |w| {
        matches!(w, "the" | "today" | "yesterday" | "tomorrow" | "tonight" | "last" | "this")
    }),
    ("this_unit", this_unit, |w| {
        matches!(w, "the" | "coming" | "upcoming" | "recent" | "weekend" | "year") || rel_word(w).is_some()
    }),
    ("the_year", the_year, |w| w == "the"),
    ("ago", ago, starts_count),
    ("anaphoric", anaphoric, |w| matches!(w, "the" | "that")),
    ("quarter", quarter, |w| {
        digit(w)
            || words::ordinal(w).is_some()
            || rel_word(w).is_some()
            || matches!(
                w,
                "the" | "fiscal" | "latest" | "recent" | "comparable" | "year" | "q1" | "q2" | "q3" | "q4"
            )
    }),
    ("half_year", half_year, |w| matches!(w, "the" | "first" | "second" | "last" | "latter")),
    ("season", season, |w| {
        matches!(w, "this" | "last" | "past" | "next" | "coming" | "the") || words::season(w).is_some()
    }),
    ("decade", decade, |w| digit(w) || matches!(w, "the" | "early" | "mid" | "late")),
    ("duration", duration, |w| {
        starts_count(w)
            || words::unit(w).is_some()
            || matches!(
                w,
                "the" | "past" | "last" | "next" | "first" | "final" | "previous" | "coming" | "following"
            )
    }),
    ("year", year, |w| digit(w) || matches!(w, "fiscal" | "the" | "seventeen" | "eighteen" | "nineteen")),
    ("vague", vague, |w| matches!(w, "now" | "currently" | "nowadays" | "these" | "recently" | "the")),
    ("set", set, |w| matches!(w, "daily" | "weekly" | "monthly" | "hourly" | "every" | "each")),
    ("holiday", holiday, |w| matches!(w, "christmas" | "new" | "thanksgiving" | "election" | "easter")),
    ("week_of", week_of, |w| matches!(w, "the" | "week")),
    ("part_then_day", part_then_day, |w| words::part_of_day(w).is_some()),
];

// A rule mask is a `u32`, its last bit is [`PREFIX_BIT`].
const _: () = assert!(RULES.len() <= 31);

/// Can [`count`] start with `w`?
fn starts_count(w: &str) -> bool {
    digit(w)
        || words::number_word(w).is_some()
        || matches!(w, "a" | "an" | "dozen" | "couple" | "several" | "few" | "many" | "numerous")
}

/// Modifiers that open an expression and belong to its extent.
const PREFIXES: &[&[&str]] = &[
    &["the", "end", "of"],
    &["the", "beginning", "of"],
    &["the", "start", "of"],
    &["the", "middle", "of"],
    &["the", "first", "half", "of"],
    &["the", "second", "half", "of"],
    &["more", "than"],
    &["less", "than"],
    &["up", "to"],
    &["at", "least"],
    &["no", "more", "than"],
    &["early"],
    &["late"],
    &["earlier"],
    &["later"],
    &["around"],
    &["about"],
    &["approximately"],
    &["nearly"],
    &["almost"],
    &["roughly"],
];

/// Words after "the" or "that" that the recognisers take and that open no expression themselves.
const AFTER_THE: &[&str] = &[
    "full",
    "calendar",
    "whole",
    "entire",
    "preceding",
    "same",
    "corresponding",
    "future",
    "near",
    "distant",
    "present",
    "latter",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
    "period",
];

/// Every expression of the sentence, in text order, non-overlapping.
pub fn scan(s: &Sent) -> Vec<Cand> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        match best_at(s, i) {
            Some(c) if c.end > i => {
                i = c.end;
                out.push(c);
            }
            _ => i += 1,
        }
    }
    out
}

/// Can an expression (or its modifier) start with the lower-case token `w`? A cheap filter that
/// keeps the recogniser table off most tokens: every recogniser's first word must pass. One hash
/// lookup (the words are collected once), or a digit. Returns the word's rule mask
/// ([`rule_mask`]).
fn could_start(w: &str) -> Option<u32> {
    let b = w.as_bytes();
    let first = b.first()?;
    let (map, shapes, digits) = start_words();
    if first.is_ascii_digit() {
        return Some(*digits);
    }
    // Most words are ruled out by their first two letters and length, without hashing.
    let shape = shapes.get(shape_index(b)).copied().unwrap_or(u32::MAX);
    if shape & (1 << b.len().min(31)) == 0 {
        return None;
    }
    map.get(w).copied()
}

/// The rules (bit k: `RULES[k]`) whose gate admits `w`: looked up for the start words, computed
/// for the others.
fn rule_mask(w: &str) -> u32 {
    could_start(w).unwrap_or_else(|| gates_of(w))
}

fn gates_of(w: &str) -> u32 {
    RULES.iter().enumerate().filter(|(_, (_, _, gate))| gate(w)).fold(0, |m, (k, _)| m | 1 << k)
}

/// The bit of a start word's mask that says it opens a [`PREFIXES`] modifier.
const PREFIX_BIT: u32 = 1 << 31;

/// The slot of a word's first two bytes in the shape table (letters map one-to-one).
fn shape_index(b: &[u8]) -> usize {
    let (x, y) = (b.first().copied().unwrap_or(0), b.get(1).copied().unwrap_or(0));
    usize::from(x & 31) * 32 + usize::from(y & 31)
}

/// Words that open an expression or its modifier.
const START_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "last",
    "past",
    "next",
    "coming",
    "upcoming",
    "previous",
    "current",
    "recent",
    "each",
    "every",
    "early",
    "late",
    "mid",
    "earlier",
    "later",
    "about",
    "around",
    "nearly",
    "almost",
    "approximately",
    "roughly",
    "more",
    "less",
    "up",
    "at",
    "no",
    "fiscal",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "now",
    "currently",
    "nowadays",
    "recently",
    "daily",
    "weekly",
    "monthly",
    "annually",
    "yearly",
    "hourly",
    "christmas",
    "new",
    "year",
    "weekend",
    "latest",
    "comparable",
    "several",
    "few",
    "many",
    "numerous",
    "dozen",
    "noon",
    "midday",
    "midnight",
    "first",
    "final",
    "following",
    "q1",
    "q2",
    "q3",
    "q4",
];

/// [`START_WORDS`] and the closed classes: months (also abbreviated), weekdays (and plurals),
/// seasons, number words, ordinals, units, parts of the day; each with the rules whose gate
/// admits it ([`rule_mask`]).
/// With a table of the lengths (bit n: length n, 31 and more in bit 31) of the words starting with
/// each pair of bytes (see [`shape_index`]).
#[allow(clippy::type_complexity)]
fn start_words() -> &'static (FastMap<&'static str, u32>, Vec<u32>, u32) {
    static S: OnceLock<(FastMap<&'static str, u32>, Vec<u32>, u32)> = OnceLock::new();
    S.get_or_init(|| {
        let mut set: FastSet<&'static str> = START_WORDS.iter().copied().collect();
        set.extend(super::dateline::MONTHS.iter().map(|(m, _)| *m));
        set.extend(words::WEEKDAYS.iter().copied());
        set.extend(words::WEEKDAYS_PLURAL.iter().copied());
        set.extend(["spring", "summer", "fall", "autumn", "winter"]);
        set.extend(words::SMALL_NUMBERS.iter().copied());
        set.extend(words::TENS.iter().copied());
        set.extend(["first", "1st", "second", "2nd", "third", "3rd", "fourth", "4th"]);
        set.extend(words::UNITS.iter().map(|(w, _, _)| *w));
        set.extend(["morning", "afternoon", "mid-afternoon", "evening", "night", "overnight"]);
        set.insert("thanksgiving");
        set.insert("election");
        set.insert("easter");
        let mut shapes = vec![0u32; 32 * 32];
        for w in &set {
            if let Some(slot) = shapes.get_mut(shape_index(w.as_bytes())) {
                *slot |= 1 << w.len().min(31);
            }
        }
        let prefix = |w: &str| if PREFIXES.iter().any(|p| p.first() == Some(&w)) { PREFIX_BIT } else { 0 };
        let map = set.into_iter().map(|w| (w, gates_of(w) | prefix(w))).collect();
        // Every gate admits a token that starts with a digit as such.
        (map, shapes, gates_of("1"))
    })
}

/// A year written earlier in the same clause completes a day or month without one: "the summit
/// in 2026 will be held from December 14" is 2026-12-14. A comma or a new clause ("in 1987 that
/// ... through Sept. 29") stops it.
pub fn share_years(s: &Sent, cands: &mut [Cand]) {
    let mut year: Option<(i32, usize)> = None;
    for c in cands.iter_mut() {
        if let Some((written, end)) = year {
            let broken = (end..c.start)
                .any(|k| matches!(s.w(k), "," | ";" | "that" | "which" | "who" | "and" | "but"));
            if broken {
                year = None;
            } else if let Raw::Ymd { y: y @ Year::Open, .. } = &mut c.raw {
                *y = Year::Given(written);
            }
        }
        match c.raw {
            Raw::Year(y) | Raw::Ymd { y: Year::Given(y), .. } => year = Some((y, c.end)),
            _ => {}
        }
    }
}

/// "April 24 and 25": a bare day number coordinated with a written day is a day of the same
/// month (not before a word: "May 5 and 6 others"); "Monday and Tuesday nights" are two sets.
pub fn coordinated_days(s: &Sent, cands: &mut Vec<Cand>) {
    let mut k = 0;
    while let Some(c) = cands.get(k) {
        let next_start = cands.get(k + 1).map_or(usize::MAX, |n| n.start);
        let e = c.end;
        // "on Monday and Tuesday nights": the plural part of the day makes both a set.
        if let (Raw::Weekday { wd, dir: Dir::Tense }, None, "and" | "or", Some(n)) =
            (&c.raw, &c.part, s.w(e), cands.get(k + 1))
            && n.start == e + 1
            && n.kind == TimexType::Set
            && let Raw::Lit(v) = &n.raw
            && let Some(part) =
                v.strip_prefix("XXXX-WXX-").and_then(|r| r.get(1..)).filter(|p| p.starts_with('T'))
        {
            let set = Cand {
                start: c.start,
                end: e,
                kind: TimexType::Set,
                raw: Raw::Lit(format!("XXXX-WXX-{wd}{part}")),
                part: None,
                rule: c.rule,
            };
            if let Some(slot) = cands.get_mut(k) {
                *slot = set;
            }
            k += 1;
            continue;
        }
        if let Raw::Ymd { y, m, d: Some(_) } = c.raw
            && matches!(s.w(e), "and" | "or")
            && e + 1 < next_start
            && s.int(e + 1).is_some()
            && let Some(d) = day_of_month(s, e + 1)
            && !s.w(e + 2).as_bytes().first().is_some_and(u8::is_ascii_alphanumeric)
        {
            let raw = Raw::Ymd { y, m, d: Some(d) };
            let day = Cand {
                start: e + 1,
                end: e + 2,
                kind: TimexType::Date,
                raw,
                part: None,
                rule: "coordinated_day",
            };
            cands.insert(k + 1, day);
            k += 1;
        }
        k += 1;
    }
}

/// A clock time with no day of its own takes the day written just after it in the same clause
/// ("at around 3:30 a.m. local time on Saturday").
pub fn share_days(s: &Sent, cands: &mut [Cand]) {
    for k in 1..cands.len() {
        let (head, tail) = cands.split_at_mut(k);
        let (Some(clock), Some(day)) = (head.last_mut(), tail.first()) else { continue };
        let near = day.start.saturating_sub(clock.end) <= 4;
        let broken = (clock.end..day.start).any(|j| matches!(s.w(j), "," | ";" | "and" | "but" | "that"));
        let dated = matches!(day.raw, Raw::Weekday { .. } | Raw::Ymd { d: Some(_), .. })
            || matches!(day.raw, Raw::Shift { anchor: Anchor::Dct, unit: Unit::Day, .. });
        if clock.rule == CLOCK_ONLY && near && !broken && dated && day.part.is_none() {
            clock.raw = day.raw.clone();
        }
    }
}

/// The longest match at `i`, with an optional modifier prefix.
fn best_at(s: &Sent, i: usize) -> Option<Cand> {
    let w = s.w(i);
    let mask = could_start(w)?;
    // "the" and "that" open an expression only before a start word or one of a few others
    // ("the same day", "the near future", "the whole year"): most of them open none.
    let opens =
        !matches!(w, "the" | "that") || could_start(s.w(i + 1)).is_some() || AFTER_THE.contains(&s.w(i + 1));
    let mut best = if opens { match_at(s, i, mask) } else { None };
    let prefixed = if mask & PREFIX_BIT != 0 { PREFIXES } else { &[] };
    for p in prefixed.iter().filter(|p| p.first() == Some(&w)) {
        if p.iter().enumerate().all(|(k, w)| s.w(i + k) == *w)
            && let Some(mut c) = match_at(s, i + p.len(), rule_mask(s.w(i + p.len())))
        {
            // "more than" and "at least" quantify durations; "early", "late", "the end of"
            // modify dates; "about", "nearly" either, but not before "the" ("about the future").
            let duration = c.kind == TimexType::Duration;
            let ok = match p[0] {
                "more" | "less" | "up" | "at" | "no" => duration,
                "about" | "around" | "approximately" | "nearly" | "almost" | "roughly" => s.w(i + 1) != "the",
                _ => !duration && c.kind != TimexType::Set,
            };
            if !ok {
                continue;
            }
            if c.end > best.as_ref().map_or(0, |b| b.end) {
                c.start = i;
                best = Some(c);
            }
        }
    }
    // "mid-November", "mid-1990s", "mid-afternoon"
    if s.w(i) == "mid"
        && let Some(j) = s.hyphen_next(i)
        && let Some(mut c) = match_at(s, j, rule_mask(s.w(j)))
    {
        c.start = i;
        return Some(c);
    }
    best
}

/// The longest match of the rules in `mask` (see [`rule_mask`]) at `i`.
fn match_at(s: &Sent, i: usize, mask: u32) -> Option<Cand> {
    let mut best: Option<Cand> = None;
    for (k, (id, rule, _)) in RULES.iter().enumerate() {
        if mask & (1 << k) == 0 {
            continue;
        }
        if let Some(mut c) = rule(s, i)
            && c.end > best.as_ref().map_or(i, |b| b.end)
        {
            if c.rule.is_empty() {
                c.rule = id;
            }
            best = Some(c);
        }
    }
    best
}

fn cand(start: usize, end: usize, kind: TimexType, raw: Raw) -> Option<Cand> {
    Some(Cand { start, end, kind, raw, part: None, rule: "" })
}

fn lit(v: impl Into<String>) -> Raw {
    Raw::Lit(v.into())
}

// ------------------------------------------------------------------------ numbers

/// A count at `i`: digits, number words ("twenty four", "twenty-four"), "a"/"an" (1), "a couple
/// of" (2), "a dozen" (12), or a vague count ("several", "a few": `None`). Returns (count, next).
fn count(s: &Sent, i: usize) -> Option<(Option<u32>, usize)> {
    let (n, next) = count_small(s, i)?;
    // "a hundred", "two hundred"
    match (n, s.w(next)) {
        (Some(n), "hundred") if n < 100 => Some((Some(n * 100), next + 1)),
        _ => Some((n, next)),
    }
}

fn count_small(s: &Sent, i: usize) -> Option<(Option<u32>, usize)> {
    let w = s.w(i);
    if let Some(n) = s.int(i) {
        // "2 1/2"
        if s.is_num(i + 1) && s.w(i + 2) == "/" && s.is_num(i + 3) {
            return None;
        }
        return Some((Some(n), i + 1));
    }
    if let Some(t) = words::tens_word(w) {
        let (j, k) = if s.w(i + 1) == "-" { (i + 2, 3) } else { (i + 1, 2) };
        if let Some(u) = words::number_word(s.w(j)).filter(|u| (1..10).contains(u)) {
            return Some((Some(t + u), i + k));
        }
        return Some((Some(t), i + 1));
    }
    if let Some(n) = words::number_word(w) {
        return Some((Some(n), i + 1));
    }
    match w {
        "a" | "an" => match (s.w(i + 1), s.w(i + 2)) {
            ("couple", "of") => Some((Some(2), i + 3)),
            ("few", _) => Some((None, i + 2)),
            ("number", "of") => Some((None, i + 3)),
            ("dozen", _) => Some((Some(12), i + 2)),
            ("half", _) => None,
            _ => Some((Some(1), i + 1)),
        },
        "dozen" => Some((Some(12), i + 1)),
        "couple" if s.w(i + 1) == "of" => Some((Some(2), i + 2)),
        "several" | "few" | "many" | "numerous" => Some((None, i + 1)),
        _ => None,
    }
}

/// A count followed by a unit: (count, unit, plural, next).
fn count_unit(s: &Sent, i: usize) -> Option<(Option<u32>, Unit, usize)> {
    let (n, mut j) = count(s, i)?;
    // "two more weeks", "three additional years", "an additional year", "eight trading days"
    if n.is_some()
        && (matches!(s.w(j), "additional" | "extra" | "further")
            || (s.w(j) == "more" && !matches!(s.w(i), "a" | "an"))
            || matches!(s.w(j), "trading" | "business" | "working" | "calendar" | "straight" | "consecutive"))
    {
        j += 1;
    }
    let hyphen = s.w(j) == "-" && s.glued(j) && s.glued(j + 1);
    if hyphen {
        j += 1;
    }
    let (unit, plural) = words::unit(s.w(j))?;
    if (n == Some(1) || hyphen) && plural && s.is_num(i) {
        return None;
    }
    if matches!(s.w(i), "a" | "an") && plural && n == Some(1) {
        return None;
    }
    // "a second" is mostly the ordinal ("a second term"); "60 Minutes" is a name.
    if (matches!(s.w(i), "a" | "an") && matches!(unit, Unit::Second | Unit::Weekend))
        || (j > 0 && s.capitalised(j))
    {
        return None;
    }
    // "a year-earlier loss": the adjective "year-earlier", not "a year".
    if s.w(j + 1) == "-" && matches!(s.w(j + 2), "earlier" | "ago") {
        return None;
    }
    // Fractions: "three-quarters of", "a quarter of the vote".
    // ("several quarters of losses" is no fraction.)
    if unit == Unit::Quarter
        && (hyphen || (s.w(j + 1) == "of" && n.is_some()) || matches!(s.w(i), "a" | "an"))
    {
        return None;
    }
    Some((n, unit, j + 1))
}

fn day_of_month(s: &Sent, i: usize) -> Option<u8> {
    let w = s.w(i);
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &w[digits.len()..];
    if !matches!(suffix, "" | "st" | "nd" | "rd" | "th") || digits.is_empty() || digits.len() > 2 {
        return None;
    }
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let d: u8 = digits.parse().ok()?;
    (1..=31).contains(&d).then_some(d)
}

/// A four-digit year 1000..=2099 at `i` ("1998"), or an apostrophe year ("'98").
fn year_at(s: &Sent, i: usize) -> Option<i32> {
    let w = s.w(i);
    if w.len() == 4 && s.is_num(i) {
        let y: i32 = w.parse().ok()?;
        return (1000..=2099).contains(&y).then_some(y);
    }
    None
}

/// A year at `i`, four digits or spelled out ("nineteen ninety-six"): (year, next token).
fn year_span(s: &Sent, i: usize) -> Option<(i32, usize)> {
    if let Some(y) = year_at(s, i) {
        return Some((y, i + 1));
    }
    let century = match s.w(i) {
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        _ => return None,
    };
    let (n, next) = match count(s, i + 1) {
        Some((Some(n), next)) if (10..100).contains(&n) && s.w(i + 1) != "a" => (n, next),
        _ => return None,
    };
    Some((century * 100 + n as i32, next))
}

/// A month name at `i` (capitalised; "May" and "March" need a date or year to follow unless a
/// preposition stands before them). Returns (month, next token).
fn month_at(s: &Sent, i: usize) -> Option<(u8, usize)> {
    let m = words::month(s.w(i))?;
    if !s.capitalised(i) {
        return None;
    }
    let w = s.w(i);
    let full = w.len() > 4 || matches!(w, "june" | "july" | "may");
    let mut j = i + 1;
    if !full && s.w(j) == "." && s.glued(j) {
        j += 1;
    }
    if !full
        && w.len() == 3
        && !(s.w(i + 1) == "." || day_of_month(s, j).is_some() || year_at(s, j).is_some())
    {
        return None;
    }
    Some((m, j))
}

fn ambiguous_month(w: &str) -> bool {
    matches!(w, "may" | "march")
}

// ------------------------------------------------------------------------ recognisers

/// "2025-11-23", "2025/11/23"
fn iso_date(s: &Sent, i: usize) -> Option<Cand> {
    let y = year_at(s, i)?;
    let sep = s.w(i + 1);
    if !matches!(sep, "-" | "/") || s.w(i + 3) != sep || !(1..=4).all(|k| s.glued(i + k)) {
        return None;
    }
    let d = Date::new(y, u8::try_from(s.int(i + 2)?).ok()?, u8::try_from(s.int(i + 4)?).ok()?)?;
    cand(i, i + 5, TimexType::Date, lit(d.to_string()))
}

/// "23/11/2025", "11/23/2025", "08-15-90": day first when the first number is over 12, month
/// first otherwise (the US order of the news wires).
fn numeric_date(s: &Sent, i: usize) -> Option<Cand> {
    let a = s.int(i)?;
    let sep = s.w(i + 1);
    if !matches!(sep, "/" | "-" | ".") || s.w(i + 3) != sep || !(1..=4).all(|k| s.glued(i + k)) {
        return None;
    }
    let b = s.int(i + 2)?;
    let yw = s.w(i + 4);
    let y = match yw.len() {
        4 => yw.parse::<i32>().ok()?,
        2 if sep != "." => 1900 + yw.parse::<i32>().ok()?,
        _ => return None,
    };
    if s.w(i).len() > 2 || s.w(i + 2).len() > 2 {
        return None;
    }
    // With dashes only the zero-padded form ("08-15-90"): "8-1-26" is a score.
    if sep != "/" && (s.w(i).len() != 2 || s.w(i + 2).len() != 2) {
        return None;
    }
    let (d, m) = if a > 12 { (a, b) } else { (b, a) };
    let date = Date::new(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?)?;
    cand(i, i + 5, TimexType::Date, lit(date.to_string()))
}

/// The rule id of a clock time with no day of its own ("at 9 a.m."): its day is borrowed from the
/// narrative, so it dates no event.
pub const CLOCK_ONLY: &str = "clock_only";

/// A clock time: "10:42 AM", "5 p.m.", "7:15 p.m. EST", "noon", "midnight"; followed by a day
/// ("10 p.m. Wednesday", "5 p.m. EST Nov. 9", "noon Thursday") it takes that day's value.
fn time_of_day(s: &Sent, i: usize) -> Option<Cand> {
    let (hm, mut j) = clock(s, i)?;
    if is_time_zone(s.w(j)) {
        j += 1;
    }
    let part = format!("T{hm}");
    let k = if s.w(j) == "," { j + 1 } else { j };
    for rule in [weekday as Recogniser, month_date, day_month, relative_day] {
        if let Some(mut c) = rule(s, k)
            && c.part.is_none()
            && !matches!(c.raw, Raw::Lit(_))
        {
            c.start = i;
            c.part = Some(part);
            c.kind = TimexType::Time;
            return Some(c);
        }
    }
    // "noon" alone is rarely a time expression of its own ("by noon", "the noon deadline").
    if matches!(s.w(i), "noon" | "midday" | "midnight") {
        return None;
    }
    Some(Cand {
        start: i,
        end: j,
        kind: TimexType::Time,
        raw: Raw::Shift { anchor: Anchor::PrevUnit, unit: Unit::Day, n: 0 },
        part: Some(part),
        rule: CLOCK_ONLY,
    })
}

fn is_time_zone(w: &str) -> bool {
    matches!(
        w,
        "est" | "edt" | "gmt" | "utc" | "cst" | "cdt" | "pst" | "pdt" | "bst" | "cet" | "cest" | "et" | "pt"
    )
}

/// "HH:MM" of a clock time at `i` and the next token.
fn clock(s: &Sent, i: usize) -> Option<(String, usize)> {
    match s.w(i) {
        "noon" | "midday" => return Some(("12:00".into(), i + 1)),
        "midnight" => return Some(("24:00".into(), i + 1)),
        _ => {}
    }
    let h = s.int(i).filter(|h| *h <= 23 && s.w(i).len() <= 2)?;
    let (mi, j) = if s.w(i + 1) == ":" && s.glued(i + 1) && s.glued(i + 2) {
        (s.int(i + 2).filter(|m| *m < 60 && s.w(i + 2).len() == 2)?, i + 3)
    } else {
        (0, i + 1)
    };
    let (pm, k) = match s.w(j) {
        "a.m." | "am" => (false, j + 1),
        "p.m." | "pm" => (true, j + 1),
        "a" | "p" if s.w(j + 1) == "." && s.w(j + 2) == "m" => (s.w(j) == "p", j + 4),
        "o" if s.w(j + 1) == "’" || s.w(j + 1) == "'" => (false, j + 3),
        // "4 in the morning", "9 in the evening"
        "in" if s.w(j + 1) == "the" && matches!(s.w(j + 2), "morning" | "afternoon" | "evening") => {
            (s.w(j + 2) != "morning", j + 3)
        }
        // A 24-hour clock with a time zone: "10:00 GMT", "18:30 CET".
        w if j == i + 3 && is_time_zone(w) => {
            let h = s.int(i).filter(|h| *h <= 23)?;
            return Some((format!("{h:02}:{mi:02}"), j));
        }
        _ => return None,
    };
    if !(1..=12).contains(&h) {
        return None;
    }
    let h24 = match (h, pm) {
        (12, false) => 0,
        (12, true) => 12,
        (h, true) => h + 12,
        (h, false) => h,
    };
    Some((format!("{h24:02}:{mi:02}"), k))
}

/// A part of the day after a day expression: "morning" → TMO; "at 10 a.m." is a time.
fn part_after(s: &Sent, j: usize) -> Option<(String, usize)> {
    if let Some(p) = words::part_of_day(s.w(j)) {
        return Some((p.to_string(), j + 1));
    }
    if s.w(j) == "mid"
        && s.w(j + 1) == "-"
        && let Some(p) = words::part_of_day(s.w(j + 2))
    {
        return Some((p.to_string(), j + 3));
    }
    None
}

/// The part of the day of a plural ("nights" → TNI).
fn plural_part(w: &str) -> Option<&'static str> {
    words::part_of_day(w.strip_suffix('s').filter(|p| *p != "overnight")?)
}

/// "Sunday", "last Friday", "next Tuesday", "this coming Sunday", "Monday morning",
/// "Saturday, April 25"; plurals and "each/every Thursday" are sets.
fn weekday(s: &Sent, i: usize) -> Option<Cand> {
    let mut k = i;
    let mut dir = Dir::Tense;
    let mut set = false;
    match s.w(k) {
        "last" | "past" => {
            dir = Dir::Last;
            k += 1;
        }
        "next" | "coming" => {
            dir = Dir::Next;
            k += 1;
        }
        "this" if s.w(k + 1) == "coming" || s.w(k + 1) == "past" => {
            dir = if s.w(k + 1) == "coming" { Dir::Next } else { Dir::Last };
            k += 2;
        }
        "this" => k += 1,
        "each" | "every" => {
            set = true;
            k += 1;
        }
        // "the previous Friday", "the following Monday": next to the date last mentioned.
        "the" if matches!(s.w(k + 1), "previous" | "preceding" | "following") => {
            dir = if s.w(k + 1) == "following" { Dir::AfterPrev } else { Dir::BeforePrev };
            k += 2;
        }
        _ => {}
    }
    let (wd, plural) = words::weekday(s.w(k))?;
    if !s.capitalised(k) {
        return None;
    }
    let mut end = k + 1;
    if set || plural {
        let mut v = format!("XXXX-WXX-{wd}");
        if let Some((p, e)) = part_after(s, end) {
            v.push_str(&p);
            end = e;
        }
        return cand(i, end, TimexType::Set, lit(v));
    }
    // "Saturday, April 25" / "Monday 24 November 2025"
    let after = if s.w(end) == "," { end + 1 } else { end };
    if dir == Dir::Tense
        && let Some(mut c) = month_date(s, after).or_else(|| day_month(s, after))
        && matches!(c.raw, Raw::Ymd { d: Some(_), .. })
    {
        c.start = i;
        return Some(c);
    }
    // "Monday and Tuesday nights": a weekday with a plural part of the day is a set.
    if let Some(p) = plural_part(s.w(end)) {
        return cand(i, end + 1, TimexType::Set, lit(format!("XXXX-WXX-{wd}{p}")));
    }
    let mut c =
        Cand { start: i, end, kind: TimexType::Date, raw: Raw::Weekday { wd, dir }, part: None, rule: "" };
    if let Some((p, e)) = part_after(s, end) {
        // "Monday morning" is 2025-11-24TMO, "Friday night" 2025-11-21TNI (TimeML).
        c.end = e;
        c.part = Some(p);
        c.kind = TimexType::Time;
    }
    Some(c)
}

/// "Nov. 23", "November 23, 2025", "Nov 23 2025", "February 2022", "October", "March of 1990",
/// "June last year".
fn month_date(s: &Sent, i: usize) -> Option<Cand> {
    let (m, mut j) = month_at(s, i)?;
    let clock_or_rate = |k: usize| (s.w(k) == ":" && s.glued(k) && s.glued(k + 1)) || s.w(k) == "%";
    if let Some(d) = day_of_month(s, j).filter(|_| !clock_or_rate(j + 1)) {
        j += 1;
        // A range "Dec. 18-19": one expression, valued by its first day.
        if s.w(j) == "-" && s.glued(j) && s.glued(j + 1) && day_of_month(s, j + 1).is_some() {
            j += 2;
        }
        let k = if s.w(j) == "," { j + 1 } else { j };
        if let Some(y) = year_at(s, k) {
            Date::new(y, m, d)?;
            return cand(i, k + 1, TimexType::Date, Raw::Ymd { y: Year::Given(y), m, d: Some(d) });
        }
        return cand(i, j, TimexType::Date, Raw::Ymd { y: Year::Open, m, d: Some(d) });
    }
    let k = if s.w(j) == "of" || s.w(j) == "," { j + 1 } else { j };
    if let Some((y, e)) = year_span(s, k) {
        return cand(i, e, TimexType::Date, Raw::Ymd { y: Year::Given(y), m, d: None });
    }
    if let (Some(n), "year") = (rel_word(s.w(j)), s.w(j + 1)) {
        return cand(i, j + 2, TimexType::Date, Raw::Ymd { y: Year::Dct(n), m, d: None });
    }
    // A month alone: "May" and "March" only after a preposition or in mid-sentence position
    // where a verb reading is unlikely.
    // "the March accession": the month as a modifier.
    let modifier = i > 0
        && s.w(i - 1) == "the"
        && s.w(j) != "of"
        && s.raw(j).as_bytes().first().is_some_and(u8::is_ascii_lowercase);
    if ambiguous_month(s.w(i))
        && !modifier
        && !(i > 0
            && matches!(
                s.w(i - 1),
                "in" | "since"
                    | "until"
                    | "through"
                    | "by"
                    | "of"
                    | "during"
                    | "early"
                    | "late"
                    | "-"
                    | "mid"
                    | "last"
                    | "next"
                    | "this"
                    | "before"
                    | "after"
                    | "from"
                    | "to"
                    | "and"
            ))
    {
        return None;
    }
    if i == 0 && ambiguous_month(s.w(i)) {
        return None;
    }
    cand(i, j, TimexType::Date, Raw::Ymd { y: Year::Open, m, d: None })
}

/// "last June", "this September", "next March", "this past May".
fn month_rel(s: &Sent, i: usize) -> Option<Cand> {
    let (dir, k) = match (s.w(i), s.w(i + 1)) {
        ("last", _) | ("this", "past") => (Dir::Last, if s.w(i) == "this" { i + 2 } else { i + 1 }),
        ("next", _) | ("this", "coming") => (Dir::Next, if s.w(i) == "this" { i + 2 } else { i + 1 }),
        ("this", _) => (Dir::Tense, i + 1),
        _ => return None,
    };
    let m = words::month(s.w(k)).filter(|_| s.capitalised(k) && (s.w(k).len() > 3 || s.w(k) == "may"))?;
    cand(i, k + 1, TimexType::Date, Raw::Month { m, dir })
}

fn rel_word(w: &str) -> Option<i32> {
    match w {
        "last" | "past" | "previous" => Some(-1),
        "this" | "current" => Some(0),
        "next" | "coming" => Some(1),
        _ => None,
    }
}

/// "23 Nov 2025", "24th November, 2025", "the 23rd of November", "23 November".
fn day_month(s: &Sent, i: usize) -> Option<Cand> {
    let mut k = i;
    if s.w(k) == "the" {
        k += 1;
    }
    let d = day_of_month(s, k)?;
    let mut j = k + 1;
    if s.w(j) == "of" {
        j += 1;
    }
    let (m, j) = month_at(s, j)?;
    if k > i && s.w(k + 1) != "of" {
        return None;
    }
    let y_at = if s.w(j) == "," { j + 1 } else { j };
    if let Some(y) = year_at(s, y_at) {
        Date::new(y, m, d)?;
        return cand(i, y_at + 1, TimexType::Date, Raw::Ymd { y: Year::Given(y), m, d: Some(d) });
    }
    cand(i, j, TimexType::Date, Raw::Ymd { y: Year::Open, m, d: Some(d) })
}

/// "today", "yesterday", "tomorrow", "tonight", "last night", "this morning", "yesterday
/// afternoon", "the day before yesterday".
fn relative_day(s: &Sent, i: usize) -> Option<Cand> {
    let (n, mut end, mut part) = match (s.w(i), s.w(i + 1), s.w(i + 2), s.w(i + 3)) {
        ("the", "day", "before", "yesterday") => (-2, i + 4, None),
        ("the", "day", "after", "tomorrow") => (2, i + 4, None),
        ("today", ..) => (0, i + 1, None),
        ("yesterday", ..) => (-1, i + 1, None),
        ("tomorrow", ..) => (1, i + 1, None),
        ("tonight", ..) => (0, i + 1, Some("TNI".to_string())),
        ("last", "night", ..) => (-1, i + 2, Some("TNI".to_string())),
        ("this", p, ..) if words::part_of_day(p).is_some() && p != "overnight" => {
            (0, i + 2, words::part_of_day(p).map(String::from))
        }
        _ => return None,
    };
    // Generic "today" and "tomorrow": "many of today's computers", "the people of tomorrow"
    // name an era, not a day ("for today's quiz" is today's).
    let after = s.w(i + 1);
    if matches!(s.w(i), "today" | "tomorrow")
        && i > 0
        && s.w(i - 1) == "of"
        && (matches!(after, "'" | "’") || s.toks.get(i + 1).is_none_or(|t| t.kind != TokKind::Word))
    {
        return None;
    }
    // "USA Today", "VOA Today": a capitalised "Today" after a name is part of the name.
    if s.w(i) == "today" && i > 0 && s.capitalised(i) && s.capitalised(i - 1) {
        return None;
    }
    // "in today's world", "for today's youth": the present era.
    if matches!(s.w(i), "today" | "tomorrow")
        && matches!(after, "'" | "’")
        && s.w(i + 2) == "s"
        && words::is_era_noun(s.w(i + 3))
    {
        return None;
    }
    if part.is_none()
        && let Some((p, e)) = part_after(s, end)
    {
        part = Some(p);
        end = e;
    }
    let kind = if part.is_some() { TimexType::Time } else { TimexType::Date };
    Some(Cand {
        start: i,
        end,
        kind,
        raw: Raw::Shift { anchor: Anchor::Dct, unit: Unit::Day, n },
        part,
        rule: "",
    })
}

/// "this week", "last year", "next month", "the past year", "the coming year", "this weekend",
/// "the coming days" (FUTURE_REF), "recent years" (PAST_REF).
fn this_unit(s: &Sent, i: usize) -> Option<Cand> {
    let k = if s.w(i) == "the" { i + 1 } else { i };
    let w = s.w(k);
    // "the coming days", "coming months" (FUTURE_REF, as the seed gold and TimeBank have them);
    // "recent years" (PAST_REF), "recent weeks" (a vague duration).
    if let Some((unit, true)) = words::unit(s.w(k + 1)) {
        match w {
            "coming" | "upcoming" => return cand(i, k + 2, TimexType::Date, lit("FUTURE_REF")),
            "recent" if unit == Unit::Year => return cand(i, k + 2, TimexType::Date, lit("PAST_REF")),
            "recent" => {
                return cand(i, k + 2, TimexType::Duration, lit(unit.duration(None)));
            }
            _ => {}
        }
    }
    if w == "weekend" && k > i {
        return cand(i, k + 1, TimexType::Date, Raw::Weekend { dir: Dir::Tense });
    }
    // "year-earlier", "year-ago" as adjectives: a year before the publication date, or before
    // the quarter last mentioned.
    if w == "year"
        && s.w(k + 1) == "-"
        && matches!(s.w(k + 2), "earlier" | "ago")
        && k == i
        && !matches!(s.w(k + 3), "quarter" | "period")
    {
        return cand(i, k + 3, TimexType::Date, Raw::Shift { anchor: Anchor::Ago, unit: Unit::Year, n: -1 });
    }
    let n = rel_word(w)?;
    if w == "current" && k == i {
        return None;
    }
    let (unit, plural) = words::unit(s.w(k + 1))?;
    if plural || matches!(unit, Unit::Second | Unit::Minute | Unit::Hour | Unit::Day | Unit::Quarter) {
        return None;
    }
    // "This Week" in the middle of a sentence is a title (a TV programme), not a week.
    if s.capitalised(k + 1) {
        return None;
    }
    if k > i && w == "this" {
        return None;
    }
    // "the past year" is the year before; "last week's" is fine; "the next week" is a duration
    // in TimeBank usage only with a count ("the next two weeks"), handled by `duration`.
    if k > i && matches!(w, "next") {
        return None;
    }
    if unit == Unit::Weekend {
        let dir = match n {
            -1 => Dir::Last,
            1 => Dir::Next,
            _ => Dir::Tense,
        };
        return cand(i, k + 2, TimexType::Date, Raw::Weekend { dir });
    }
    // "compared with $3 million last year": a comparison with the same period a year before (a
    // quarter when the story counts in quarters).
    let compared = unit == Unit::Year && n == -1 && (i.saturating_sub(30)..i).any(|j| s.w(j) == "compared");
    let anchor = if compared { Anchor::Ago } else { Anchor::Dct };
    cand(i, k + 2, TimexType::Date, Raw::Shift { anchor, unit, n })
}

/// "the year", "the full year", "the fiscal year": the publication year; "the year ended Sept.
/// 30" is a year-long period (a duration), as TimeBank annotates it.
fn the_year(s: &Sent, i: usize) -> Option<Cand> {
    if s.w(i) != "the" {
        return None;
    }
    let mut k = i + 1;
    while k < i + 3 && matches!(s.w(k), "full" | "fiscal" | "current" | "calendar" | "whole" | "entire") {
        k += 1;
    }
    if s.w(k) != "year"
        || matches!(s.w(k + 1), "-" | "'" | "’" | "before" | "after" | "earlier" | "ago" | "two")
    {
        return None;
    }
    if matches!(s.w(k + 1), "ended" | "ending") {
        return cand(i, k + 1, TimexType::Duration, lit("P1Y"));
    }
    cand(i, k + 1, TimexType::Date, Raw::Shift { anchor: Anchor::Dct, unit: Unit::Year, n: 0 })
}

/// "two years ago", "a week ago", "10 days ago", "a year earlier", "two weeks later", "a few
/// years ago" (PAST_REF).
fn ago(s: &Sent, i: usize) -> Option<Cand> {
    let (n, unit, j) = count_unit(s, i)?;
    let (anchor, sign, end) = match (s.w(j), s.w(j + 1)) {
        ("ago", _) => (Anchor::Ago, -1, j + 1),
        ("earlier", _) | ("before", _) => (Anchor::Prev, -1, j + 1),
        ("later", _) | ("after", _) => (Anchor::Prev, 1, j + 1),
        ("from", "now") => (Anchor::Dct, 1, j + 2),
        _ => return None,
    };
    // "two days after the vote" is an anchored expression TimeML splits; keep "before/after"
    // only at a clause end.
    if matches!(s.w(j), "before" | "after") && !matches!(s.w(j + 1), "." | "," | "" | ";" | "and") {
        return None;
    }
    let Some(n) = n else {
        // "a few days later" counts from a date of the story: no reference to the present, and
        // no date either; the vague duration (TimeML: "later" is a signal outside the extent).
        if anchor == Anchor::Prev {
            return cand(i, j, TimexType::Duration, lit(unit.duration(None)));
        }
        let v = if sign < 0 { "PAST_REF" } else { "FUTURE_REF" };
        return cand(i, end, TimexType::Date, lit(v));
    };
    let n = i32::try_from(n).ok()?;
    let anchor = if anchor == Anchor::Ago && (unit != Unit::Year || n != 1) { Anchor::Dct } else { anchor };
    cand(i, end, TimexType::Date, Raw::Shift { anchor, unit, n: sign * n })
}

/// "the next day", "the following week", "the previous year", "that day", "the same day",
/// "year-earlier", "a year earlier" is in `ago`.
fn anaphoric(s: &Sent, i: usize) -> Option<Cand> {
    let (n, k) = match (s.w(i), s.w(i + 1)) {
        ("the", "next" | "following") => (1, i + 2),
        ("the", "previous" | "preceding") => (-1, i + 2),
        ("that", "quarter") => {
            return cand(i, i + 2, TimexType::Date, Raw::Quarter { y: Year::Open, q: Q::Same });
        }
        ("that", "same") => (0, i + 2),
        ("the", "same") | ("that", _) => (0, if s.w(i) == "that" { i + 1 } else { i + 2 }),
        _ => return None,
    };
    // "the next morning", "the following night": the day after.
    if n == 1 && words::part_of_day(s.w(k)).is_some() {
        return cand(
            i,
            k + 1,
            TimexType::Date,
            Raw::Shift { anchor: Anchor::PrevUnit, unit: Unit::Day, n: 1 },
        );
    }
    let (unit, plural) = words::unit(s.w(k))?;
    if plural || matches!(unit, Unit::Second | Unit::Minute | Unit::Hour | Unit::Quarter) {
        return None;
    }
    if n == 0 && s.w(i) == "that" && unit != Unit::Day && unit != Unit::Year {
        return None;
    }
    cand(i, k + 1, TimexType::Date, Raw::Shift { anchor: Anchor::PrevUnit, unit, n })
}

/// "the first half of 1990" (1990-H1), "the last half of 1989" (1989-H2), "the first two
/// quarters of 1990" (1990-H1): a half of a written year.
fn half_year(s: &Sent, i: usize) -> Option<Cand> {
    let k = if s.w(i) == "the" { i + 1 } else { i };
    let (h, j) = match (s.w(k), s.w(k + 1), s.w(k + 2)) {
        ("first", "half", "of") => (1, k + 3),
        ("second" | "last" | "latter", "half", "of") => (2, k + 3),
        ("first", "two", "quarters") if s.w(k + 3) == "of" => (1, k + 4),
        ("last", "two", "quarters") if s.w(k + 3) == "of" => (2, k + 4),
        _ => return None,
    };
    let y = year_at(s, j)?;
    cand(i, j + 1, TimexType::Date, lit(format!("{y:04}-H{h}")))
}

/// "the third quarter", "third-quarter", "the fourth quarter of 1998", "the 1988 second quarter",
/// "this year's third quarter", "the latest quarter", "the year-earlier quarter", "Q3".
fn quarter(s: &Sent, i: usize) -> Option<Cand> {
    let mut k = i;
    let mut y = Year::Open;
    if s.w(k) == "the" {
        k += 1;
    }
    // "this year's", "last year's"
    if let (Some(n), "year", "'" | "’", "s") = (rel_word(s.w(k)), s.w(k + 1), s.w(k + 2), s.w(k + 3)) {
        y = Year::Dct(n);
        k += 4;
    }
    if let Some(yy) = year_at(s, k) {
        y = Year::Given(yy);
        k += 1;
    }
    if s.w(k) == "fiscal" {
        k += 1;
    }
    let mut q = None;
    if let Some(o) = words::ordinal(s.w(k)) {
        q = Some(Q::N(o));
        k += 1;
    } else if let Some(n) = rel_word(s.w(k)) {
        q = Some(if n == -1 && s.w(k) != "previous" { Q::Latest } else { Q::Dct(n) });
        if s.w(k) == "last" {
            q = Some(Q::Dct(-1));
        }
        k += 1;
    } else if matches!(s.w(k), "latest" | "recent" | "comparable") {
        q = Some(Q::Latest);
        k += 1;
    } else if let (Year::Dct(-1), "quarter" | "period") = (y, s.w(k)) {
        // "last year's quarter"
        q = Some(Q::YearEarlier);
    } else if matches!(s.w(k), "corresponding" | "same") && matches!(s.w(k + 1), "quarter" | "period") {
        // "the corresponding period last year" (see `year_back` below); alone, the quarter last
        // mentioned.
        q = Some(Q::Same);
        k += 1;
    } else if s.w(k) == "year" && s.w(k + 1) == "-" && matches!(s.w(k + 2), "earlier" | "ago") {
        q = Some(Q::YearEarlier);
        k += 3;
        // "the year-earlier third quarter"
        if let Some(o) = words::ordinal(s.w(k)) {
            q = Some(Q::N(o));
            y = Year::Dct(-1);
            k += 1;
        }
    } else if matches!(s.w(k), "q1" | "q2" | "q3" | "q4") {
        let n = s.w(k).as_bytes().get(1).map_or(1, |b| b - b'0');
        return cand(i, k + 1, TimexType::Date, Raw::Quarter { y, q: Q::N(n) });
    }
    if q.is_some() && s.w(k) == "-" && s.glued(k) {
        k += 1;
    }
    if s.w(k) == "fiscal" {
        k += 1;
    }
    // "the latest period", "the year-earlier period": a quarter in a financial report.
    let period = s.w(k) == "period" && matches!(q, Some(Q::Latest | Q::YearEarlier | Q::Same));
    if s.w(k) != "quarter" && !period {
        return None;
    }
    // "quarter-to-quarter": an adjective.
    if s.w(k + 1) == "-" && s.w(k + 2) == "to" {
        return None;
    }
    let q = match q {
        Some(q) => q,
        None if k > i && s.w(i) == "the" => Q::Same,
        None => return None,
    };
    let mut end = k + 1;
    // "the quarter a year ago", "the corresponding period last year": the reported quarter, a
    // year back.
    let year_back = match (s.w(end), s.w(end + 1), s.w(end + 2)) {
        ("last", "year", _) => 2,
        ("a", "year", "ago" | "earlier") => 3,
        _ => 0,
    };
    if year_back > 0 && matches!(q, Q::Same | Q::Latest) {
        return cand(i, end + year_back, TimexType::Date, Raw::Quarter { y: Year::Open, q: Q::YearEarlier });
    }
    if s.w(k) == "period" && q == Q::Same {
        return None;
    }
    if let (Q::N(_), "of" | ",") = (q, s.w(end)) {
        if let Some(yy) = year_at(s, end + 1) {
            y = Year::Given(yy);
            end += 2;
        } else if let (Some(n), "year") = (rel_word(s.w(end + 1)), s.w(end + 2)) {
            y = Year::Dct(n);
            end += 3;
        }
    } else if let Q::N(_) = q
        && let Some(yy) = year_at(s, end)
    {
        y = Year::Given(yy);
        end += 1;
    }
    cand(i, end, TimexType::Date, Raw::Quarter { y, q })
}

/// "this summer", "last fall", "the summer of 1998", "spring 2020", "next winter".
fn season(s: &Sent, i: usize) -> Option<Cand> {
    let (dir, k) = match (s.w(i), s.w(i + 1)) {
        // "this past spring": the latest one, this year's.
        ("this", "past") => (Dir::Tense, i + 2),
        ("this", "coming") => (Dir::Next, i + 2),
        ("last" | "past", _) => (Dir::Last, i + 1),
        ("next" | "coming", _) => (Dir::Next, i + 1),
        ("this", _) => (Dir::Tense, i + 1),
        // "the early summer"
        ("the", "early" | "late") => (Dir::Tense, i + 2),
        ("the", _) => (Dir::Tense, i + 1),
        _ => (Dir::Tense, i),
    };
    let sz = words::season(s.w(k))?;
    if s.w(k) == "fall" && (k == i || s.w(i) == "the") {
        return None;
    }
    let j = if s.w(k + 1) == "of" { k + 2 } else { k + 1 };
    if let Some((y, e)) = year_span(s, j) {
        return cand(i, e, TimexType::Date, Raw::Season { s: sz, y: Year::Given(y), dir: Dir::Tense });
    }
    // A bare season is no expression ("spring training"); "the summer" is this year's
    // ("well into the summer"), but not "the fall" (mostly the noun: "the fall of the Wall").
    if k == i {
        return None;
    }
    cand(i, k + 1, TimexType::Date, Raw::Season { s: sz, y: Year::Open, dir })
}

/// "the 1990s", "the '90s", "the nineties", "the 20th century".
fn decade(s: &Sent, i: usize) -> Option<Cand> {
    let mut k = if s.w(i) == "the" { i + 1 } else { i };
    if matches!(s.w(k), "early" | "mid" | "late") {
        k += 1;
        if s.w(k) == "-" {
            k += 1;
        }
    }
    let w = s.w(k);
    // 1990s / 1990's
    if let Some(y) = w.strip_suffix('s').filter(|y| y.len() == 4).and_then(|y| y.parse::<i32>().ok())
        && y % 10 == 0
        && (1000..=2090).contains(&y)
    {
        return cand(i, k + 1, TimexType::Date, lit(format!("{:03}", y / 10)));
    }
    if let Some(y) = year_at(s, k).filter(|y| y % 10 == 0)
        && matches!(s.w(k + 1), "'" | "’")
        && s.w(k + 2) == "s"
    {
        return cand(i, k + 3, TimexType::Date, lit(format!("{:03}", y / 10)));
    }
    const DECADES: [&str; 8] =
        ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
    if let Some(p) = DECADES.iter().position(|d| *d == w)
        && k > i
    {
        return cand(i, k + 1, TimexType::Date, lit(format!("19{}", p + 2)));
    }
    // the 20th century, 11th-century
    if s.w(k + 1) == "century" {
        let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        if let Ok(n) = digits.parse::<i32>()
            && (1..=21).contains(&n)
            && digits.len() < w.len()
        {
            return cand(i, k + 2, TimexType::Date, lit(format!("{:02}", n - 1)));
        }
    }
    None
}

/// Durations: "three days", "the past three months", "the first nine months", "two-year",
/// "several years", "a very reasonable period" (PXX).
fn duration(s: &Sent, i: usize) -> Option<Cand> {
    let mut k = i;
    let the = s.w(k) == "the";
    if the {
        k += 1;
    }
    let lead =
        matches!(s.w(k), "past" | "last" | "next" | "first" | "final" | "previous" | "coming" | "following");
    if lead {
        k += 1;
    }
    if matches!(s.w(k), "few" | "several")
        && (the || lead)
        && let Some((unit, true)) = words::unit(s.w(k + 1))
    {
        return cand(i, k + 2, TimexType::Duration, lit(unit.duration(None)));
    }
    let prev = if i > 0 { s.w(i - 1) } else { "" };
    // "for a while": a vague duration.
    if s.w(i) == "a" && s.w(i + 1) == "while" && matches!(prev, "for" | "in" | "after" | "within") {
        return cand(i, i + 2, TimexType::Duration, lit("PXX"));
    }
    // "over the years", "in the years that followed" (not "in the days before the shooting",
    // which counts back from an event, nor "the weeks ahead").
    if the
        && !lead
        && matches!(prev, "over" | "in" | "during" | "through" | "throughout")
        && let Some((unit, true)) = words::unit(s.w(k))
        && !matches!(s.w(k + 1), "before" | "after" | "of" | "ahead" | "to" | "-" | "'" | "’")
        && !matches!(unit, Unit::Second | Unit::Minute | Unit::Quarter)
    {
        return cand(i, k + 1, TimexType::Duration, lit(unit.duration(None)));
    }
    // "a very reasonable period", "a fairly lengthy period"
    if s.w(k) == "a" && !lead {
        let mut j = k + 1;
        if s.w(j).ends_with("ly") || s.w(j) == "very" {
            j += 1;
        }
        if matches!(s.w(j), "long" | "lengthy" | "short" | "brief" | "reasonable" | "extended" | "limited")
            && s.w(j + 1) == "period"
        {
            return cand(i, j + 2, TimexType::Duration, lit("PXX"));
        }
    }
    // "day-long", "decades-long"
    if k == i
        && let Some((unit, plural)) = words::unit(s.w(i))
        && s.w(i + 1) == "-"
        && s.w(i + 2) == "long"
        && s.glued(i + 1)
        && s.glued(i + 2)
        && !(i > 0 && s.w(i - 1) == "-")
    {
        let n = if plural { None } else { Some(1) };
        return cand(i, i + 3, TimexType::Duration, lit(unit.duration(n)));
    }
    // "for years", "within weeks": a bare plural unit after a preposition of duration.
    if k == i
        && i > 0
        && matches!(s.w(i - 1), "for" | "in" | "within")
        && let Some((unit, true)) = words::unit(s.w(i))
        && !matches!(s.w(i + 1), "of" | "-" | "'" | "’")
        && unit != Unit::Quarter
    {
        return cand(i, i + 1, TimexType::Duration, lit(unit.duration(None)));
    }
    // "2 1/2 years", "5 1/2 hours"
    if let (Some(n), "1", "/", "2") = (s.int(k), s.w(k + 1), s.w(k + 2), s.w(k + 3))
        && let Some((unit, _)) = words::unit(s.w(k + 4))
        && let Some(v) = unit.duration_and_a_half(n)
    {
        return cand(i, k + 5, TimexType::Duration, lit(v));
    }
    let (n, unit, end) = count_unit(s, k)?;
    // "24 hours a day", "seven days a week": "all the time", no duration and no set.
    let round_the_clock = |n: Option<u32>, unit: Unit, per: &str| {
        matches!(
            (n, unit, per),
            (Some(24), Unit::Hour, "day") | (Some(7), Unit::Day, "week") | (Some(365), Unit::Day, "year")
        )
    };
    if matches!(s.w(end), "a" | "per") && round_the_clock(n, unit, s.w(end + 1)) {
        return None;
    }
    if matches!(s.w(k), "a" | "per")
        && k >= 2
        && let (Some((before, _)), Some(m)) =
            (words::unit(s.w(k - 1)), s.int(k - 2).or_else(|| words::number_word(s.w(k - 2))))
        && round_the_clock(Some(m), before, s.w(k + 1))
    {
        return None;
    }
    // "Islam will one day be the second religion": "some day", a vague future.
    if !the
        && !lead
        && s.w(k) == "one"
        && unit == Unit::Day
        && i > 0
        && matches!(s.w(i - 1), "will" | "would" | "could" | "might" | "may" | "can" | "shall" | "should")
    {
        return cand(i, end, TimexType::Date, lit("FUTURE_REF"));
    }
    // "a year" after an amount is a rate ("$5 a year"): a set.
    if !the
        && !lead
        && matches!(s.w(k), "a" | "an" | "per")
        && i > 0
        && (s.is_num(i - 1) || s.w(i - 1) == "times")
    {
        return cand(i, end, TimexType::Set, lit(unit.duration(Some(1))));
    }
    if s.w(end) == "old" || (s.w(end) == "-" && s.w(end + 1) == "old") {
        return None;
    }
    // "a year and a half", "a minute and a half"
    if s.w(end) == "and"
        && s.w(end + 1) == "a"
        && s.w(end + 2) == "half"
        && let Some(v) = n.and_then(|n| unit.duration_and_a_half(n))
    {
        return cand(i, end + 3, TimexType::Duration, lit(v));
    }
    if the && !lead && n.is_none() {
        return None;
    }
    // "two-year", "8-month-old": adjectival, glued with a hyphen.
    let hyphenated = s.w(end - 2) == "-" && s.glued(end - 2);
    if hyphenated {
        // "several-year" is a vague duration; "a-year" is nothing.
        if n.is_none() && !matches!(s.w(k), "several" | "multi") {
            return None;
        }
        // Ages ("a 6-year-old boy") are no time expressions.
        if s.w(end) == "-" && s.w(end + 1) == "old" {
            return None;
        }
        let v = unit.duration(n);
        // "the 14-day deadline": the adjective alone (the article belongs to the noun).
        let start = if the && !lead { k } else { i };
        return cand(start, end, TimexType::Duration, lit(v));
    }
    // "a week" / "a year" alone are often no duration ("a year of turmoil", "a week-long").
    if (the || lead) && n == Some(1) && matches!(s.w(k), "a" | "an") {
        return None;
    }
    let v = unit.duration(n);
    cand(i, end, TimexType::Duration, lit(v))
}

/// "1998", "fiscal 1989", "the year 2000", "the year two thousand".
fn year(s: &Sent, i: usize) -> Option<Cand> {
    let mut k = i;
    if s.w(k) == "fiscal" {
        k += 1;
    } else if s.w(k) == "the" && s.w(k + 1) == "year" {
        if s.w(k + 2) == "two" && s.w(k + 3) == "thousand" {
            return cand(i, k + 4, TimexType::Date, Raw::Year(2000));
        }
        k += 2;
    }
    if let Some((y, e)) = year_span(s, k).filter(|_| !s.is_num(k)) {
        return cand(i, e, TimexType::Date, Raw::Year(y));
    }
    let y = year_at(s, k)?;
    let prev = if i > 0 { s.w(i - 1) } else { "" };
    let next = s.w(k + 1);
    if matches!(prev, "$" | "£" | "€" | "#" | "no" | "number")
        || matches!(
            next,
            "%" | "percent" | "million" | "billion" | "thousand" | "people" | "shares" | "points" | "-" | "/"
        )
        || (next == "," && s.is_num(k + 2) && s.glued(k + 1))
        // "Orion 1980", "Vision 2020": a year after a name (not at the sentence start: "In 1990")
        // is part of it; months, seasons and holidays take their year in their own recognisers.
        || (k == i
            && i > 1
            && s.capitalised(i - 1)
            && s.toks.get(i - 1).is_some_and(|t| t.kind == TokKind::Word)
            // mid-sentence: "``During 1990" opens a quotation
            && s.toks.get(i - 2).is_some_and(|t| t.kind == TokKind::Word && !s.capitalised(i - 2))
            && words::month(prev).is_none()
            && words::season(prev).is_none()
            && words::weekday(prev).is_none()
            && !matches!(
                prev,
                "fiscal" | "christmas" | "easter" | "thanksgiving" | "in" | "since" | "by" | "during" | "until" | "before"
                    | "after" | "from" | "through" | "of" | "for" | "to" | "at" | "on"
            ))
        || (k == i && !(1900..=2030).contains(&y) && !matches!(prev, "in" | "since" | "of" | "until" | "by"))
    {
        return None;
    }
    cand(i, k + 1, TimexType::Date, Raw::Year(y))
}

/// "now", "currently", "recently", "the past", "the future", "the near future", "these days".
fn vague(s: &Sent, i: usize) -> Option<Cand> {
    let (v, end) = match (s.w(i), s.w(i + 1), s.w(i + 2)) {
        ("now", ..) => ("PRESENT_REF", i + 1),
        ("currently", ..) => ("PRESENT_REF", i + 1),
        ("nowadays", ..) => ("PRESENT_REF", i + 1),
        ("these", "days", _) => ("PRESENT_REF", i + 2),
        ("recently", ..) => ("PAST_REF", i + 1),
        ("the", "past", n) if !n.is_empty() && words::unit(n).is_none() && count(s, i + 2).is_none() => {
            ("PAST_REF", i + 2)
        }
        // "the future of our peoples" is their fate, not a time.
        ("the", "future", n) if n != "of" => ("FUTURE_REF", i + 2),
        ("the", "near" | "distant", "future") => ("FUTURE_REF", i + 3),
        ("the", "present", "." | "," | "") => ("PRESENT_REF", i + 2),
        _ => return None,
    };
    // "now" as a discourse marker before a comma ("Now, ...") is still PRESENT_REF in TimeBank.
    cand(i, end, TimexType::Date, lit(v))
}

/// "daily", "weekly", "every week", "each year", "per day", "every other month".
fn set(s: &Sent, i: usize) -> Option<Cand> {
    let v = match s.w(i) {
        "daily" => "P1D",
        "weekly" => "P1W",
        "monthly" => "P1M",

        "hourly" => "PT1H",
        _ => "",
    };
    if !v.is_empty() {
        // "the Communist Party daily Granma", "the weekly Der Spiegel": a newspaper, not a set.
        if s.capitalised(i + 1) && words::weekday(s.w(i + 1)).is_none() && words::month(s.w(i + 1)).is_none()
        {
            return None;
        }
        return cand(i, i + 1, TimexType::Set, lit(v));
    }
    if !matches!(s.w(i), "every" | "each") {
        return None;
    }
    let (n, k) = match s.w(i + 1) {
        "other" => (Some(2), i + 2),
        _ => match count(s, i + 1) {
            Some((n, k)) if !matches!(s.w(i + 1), "a" | "an") => (n, k),
            _ => (Some(1), i + 1),
        },
    };
    if let Some(m) = words::month(s.w(k)).filter(|_| s.capitalised(k)) {
        return cand(i, k + 1, TimexType::Set, lit(format!("XXXX-{m:02}")));
    }
    let (unit, _) = words::unit(s.w(k))?;
    cand(i, k + 1, TimexType::Set, lit(unit.duration(n)))
}

/// A part of the day before its day: "mid-afternoon yesterday", "afternoon Friday".
fn part_then_day(s: &Sent, i: usize) -> Option<Cand> {
    let p = words::part_of_day(s.w(i)).filter(|p| *p != "TNI")?;
    let mut c = relative_day(s, i + 1).or_else(|| weekday(s, i + 1))?;
    if c.part.is_some() || !matches!(c.raw, Raw::Shift { .. } | Raw::Weekday { .. }) {
        return None;
    }
    c.start = i;
    c.part = Some(p.to_string());
    c.kind = TimexType::Time;
    Some(c)
}

/// "the week of March 6": the ISO week of a written day.
fn week_of(s: &Sent, i: usize) -> Option<Cand> {
    let k = if s.w(i) == "the" { i + 1 } else { i };
    if s.w(k) != "week" || s.w(k + 1) != "of" {
        return None;
    }
    let c = month_date(s, k + 2).or_else(|| day_month(s, k + 2))?;
    let Raw::Ymd { y, m, d: Some(d) } = c.raw else { return None };
    cand(i, c.end, TimexType::Date, Raw::WeekOf { y, m, d })
}

/// "Christmas", "Christmas Day", "New Year's Day", "Christmas Eve".
fn holiday(s: &Sent, i: usize) -> Option<Cand> {
    let (m, d, end) = match (s.w(i), s.w(i + 1), s.w(i + 2), s.w(i + 3)) {
        ("christmas", "eve", ..) => (12, 24, i + 2),
        ("christmas", "day", ..) => (12, 25, i + 2),
        ("christmas", ..) => (12, 25, i + 1),
        ("new", "year", "'" | "’", "s") if s.w(i + 4) == "day" => (1, 1, i + 5),
        ("new", "year", "'" | "’", "s") if s.w(i + 4) == "eve" => (12, 31, i + 5),
        // The fourth Thursday of November (US).
        ("thanksgiving", ..) if s.capitalised(i) => {
            let end = if s.w(i + 1) == "day" { i + 2 } else { i + 1 };
            let y = year_at(s, end).map_or(Year::Open, Year::Given);
            let end = if matches!(y, Year::Given(_)) { end + 1 } else { end };
            return cand(i, end, TimexType::Date, Raw::NthWeekday { y, m: 11, wd: 4, nth: 4, plus: 0 });
        }
        ("easter", ..) if s.capitalised(i) => {
            let week = s.w(i + 1) == "week";
            let end = if week || s.w(i + 1) == "sunday" { i + 2 } else { i + 1 };
            let y = year_at(s, end).map_or(Year::Open, Year::Given);
            let end = if matches!(y, Year::Given(_)) { end + 1 } else { end };
            return cand(i, end, TimexType::Date, Raw::Easter { y, week });
        }
        // The US Election Day: the Tuesday after the first Monday of November.
        ("election", "day", ..) if s.capitalised(i) && s.capitalised(i + 1) => {
            let y = year_at(s, i + 2).map_or(Year::Open, Year::Given);
            let end = if matches!(y, Year::Given(_)) { i + 3 } else { i + 2 };
            return cand(i, end, TimexType::Date, Raw::NthWeekday { y, m: 11, wd: 1, nth: 1, plus: 1 });
        }
        _ => return None,
    };
    if !s.capitalised(i) {
        return None;
    }
    let y = if let Some(y) = year_at(s, end) { Year::Given(y) } else { Year::Open };
    let end = if matches!(y, Year::Given(_)) { end + 1 } else { end };
    cand(i, end, TimexType::Date, Raw::Ymd { y, m, d: Some(d) })
}
