//! The calendar vocabulary: closed word classes as code tables (months, weekdays, number words,
//! units, seasons, parts of the day) and the open tense-cue lists from `data/temporal/`.
//! Every lookup takes a lower-case token.

use crate::lexicon::FastSet as HashSet;
use std::sync::OnceLock;

/// A calendar unit, as a TIMEX3 duration letter and a granularity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The TIMEX3 duration of `n` units (`None` = unspecified "X").
    pub fn duration(self, n: Option<u32>) -> String {
        let num = |k: u32| n.map(|n| (n * k).to_string()).unwrap_or_else(|| "X".into());
        match self {
            Unit::Second => format!("PT{}S", num(1)),
            Unit::Minute => format!("PT{}M", num(1)),
            Unit::Hour => format!("PT{}H", num(1)),
            Unit::Day => format!("P{}D", num(1)),
            Unit::Week => format!("P{}W", num(1)),
            Unit::Weekend => format!("P{}WE", num(1)),
            Unit::Month => format!("P{}M", num(1)),
            Unit::Quarter => format!("P{}Q", num(1)),
            Unit::Year => format!("P{}Y", num(1)),
            Unit::Decade => n.map(|n| format!("P{}Y", n * 10)).unwrap_or_else(|| "PXY".into()),
            Unit::Century => n.map(|n| format!("P{}Y", n * 100)).unwrap_or_else(|| "PXC".into()),
        }
    }
}

impl Unit {
    /// The TIMEX3 duration of `n` and a half units, where the half is a whole number of the next
    /// unit down: "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M, "a minute and a half" → PT1M30S.
    pub fn duration_and_a_half(self, n: u32) -> Option<String> {
        Some(match self {
            Unit::Year => format!("P{n}Y6M"),
            Unit::Day => format!("P{n}DT12H"),
            Unit::Hour => format!("PT{n}H30M"),
            Unit::Minute => format!("PT{n}M30S"),
            Unit::Decade => format!("P{}Y", n * 10 + 5),
            Unit::Century => format!("P{}Y", n * 100 + 50),
            _ => return None,
        })
    }
}

/// The unit words: (word, unit, plural?).
pub const UNITS: &[(&str, Unit, bool)] = &[
    ("second", Unit::Second, false),
    ("seconds", Unit::Second, true),
    ("minute", Unit::Minute, false),
    ("minutes", Unit::Minute, true),
    ("hour", Unit::Hour, false),
    ("hours", Unit::Hour, true),
    ("day", Unit::Day, false),
    ("days", Unit::Day, true),
    ("week", Unit::Week, false),
    ("weeks", Unit::Week, true),
    ("weekend", Unit::Weekend, false),
    ("weekends", Unit::Weekend, true),
    ("month", Unit::Month, false),
    ("months", Unit::Month, true),
    ("quarter", Unit::Quarter, false),
    ("quarters", Unit::Quarter, true),
    ("year", Unit::Year, false),
    ("years", Unit::Year, true),
    ("decade", Unit::Decade, false),
    ("decades", Unit::Decade, true),
    ("century", Unit::Century, false),
    ("centuries", Unit::Century, true),
];

/// A unit word, singular or plural: (unit, plural?).
pub fn unit(w: &str) -> Option<(Unit, bool)> {
    // Unit words are 3 to 9 letters long and start with one of "cdhmqswy".
    if !(3..=9).contains(&w.len())
        || !matches!(w.as_bytes()[0], b'c' | b'd' | b'h' | b'm' | b'q' | b's' | b'w' | b'y')
    {
        return None;
    }
    UNITS.iter().find(|(u, _, _)| *u == w).map(|&(_, unit, plural)| (unit, plural))
}

/// January = 1 … December = 12; abbreviations too ("sept"); "may" and "march" included (the
/// caller checks capitalisation).
pub fn month(w: &str) -> Option<u8> {
    super::dateline::month_number(w)
}

/// Monday = 1 … Sunday = 7, full names only (and their plurals: `(day, plural)`).
pub fn weekday(w: &str) -> Option<(u8, bool)> {
    if !w.ends_with(['y', 's']) || !(6..=10).contains(&w.len()) {
        return None;
    }
    if let Some(k) = WEEKDAYS.iter().position(|d| *d == w) {
        return Some((k as u8 + 1, false));
    }
    WEEKDAYS_PLURAL.iter().position(|d| *d == w).map(|k| (k as u8 + 1, true))
}

/// Weekday names, Monday first.
pub const WEEKDAYS: [&str; 7] =
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
/// Their plurals ("on Tuesdays": a set).
pub const WEEKDAYS_PLURAL: [&str; 7] =
    ["mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays"];

/// Seasons as TIMEX3 codes.
pub fn season(w: &str) -> Option<&'static str> {
    Some(match w {
        "spring" => "SP",
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        "winter" => "WI",
        _ => return None,
    })
}

/// Parts of the day as TIMEX3 codes.
pub fn part_of_day(w: &str) -> Option<&'static str> {
    Some(match w {
        "morning" => "TMO",
        "afternoon" | "mid-afternoon" => "TAF",
        "evening" => "TEV",
        "night" | "overnight" => "TNI",
        _ => return None,
    })
}

/// A cardinal number word ("three" → 3; "twenty" → 20).
pub fn number_word(w: &str) -> Option<u32> {
    if !(3..=9).contains(&w.len()) {
        return None;
    }
    if let Some(k) = SMALL_NUMBERS.iter().position(|s| *s == w) {
        return Some(k as u32);
    }
    tens_word(w)
}

/// "zero" … "nineteen".
pub const SMALL_NUMBERS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// "twenty" … "ninety".
pub const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// "twenty" → 20 … "ninety" → 90.
pub fn tens_word(w: &str) -> Option<u32> {
    if !(5..=7).contains(&w.len()) || !w.ends_with('y') {
        return None;
    }
    TENS.iter().position(|s| *s == w).map(|k| (k as u32 + 2) * 10)
}

/// "first" → 1 … "fourth" → 4 (also "1st" … "4th"), for quarters and halves.
pub fn ordinal(w: &str) -> Option<u8> {
    Some(match w {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

/// Words for an unspecified count ("several years" → PXY).
pub fn vague_count(w: &str) -> bool {
    matches!(w, "several" | "few" | "many" | "some" | "numerous")
}

fn set(src: &'static str) -> HashSet<&'static str> {
    crate::lexicon::entries(src).collect()
}

/// Irregular past forms and past auxiliaries (`data/temporal/past_verbs.txt`).
pub fn is_past_verb(w: &str) -> bool {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| set(include_str!("../../data/temporal/past_verbs.txt"))).contains(w)
}

/// Future markers (`data/temporal/future_cues.txt`).
pub fn is_future_cue(w: &str) -> bool {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| set(include_str!("../../data/temporal/future_cues.txt"))).contains(w)
}

/// Nouns naming an era after "today's" (`data/temporal/era_nouns.txt`): "today's world".
pub fn is_era_noun(w: &str) -> bool {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| set(include_str!("../../data/temporal/era_nouns.txt"))).contains(w)
}

/// A regular past form: "announced", "agreed", "confirmed" (not "need", "red", "speed").
pub fn is_regular_past(w: &str) -> bool {
    w.len() >= 5
        && w.ends_with("ed")
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && !matches!(
            w,
            "need"
                | "indeed"
                | "speed"
                | "proceed"
                | "succeed"
                | "exceed"
                | "breed"
                | "hundred"
                | "seed"
                | "feed"
                | "bleed"
                | "greed"
                | "embed"
                | "naked"
                | "wicked"
                | "sacred"
                | "kindred"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_table() {
        assert_eq!(unit("weeks"), Some((Unit::Week, true)));
        assert_eq!(unit("weekly"), None);
        assert_eq!(weekday("sunday"), Some((7, false)));
        assert_eq!(weekday("mondays"), Some((1, true)));
        assert_eq!(weekday("sun"), None);
        assert_eq!(number_word("twelve"), Some(12));
        assert_eq!(number_word("ninety"), Some(90));
        assert_eq!(number_word("hundred"), None);
        assert_eq!(Unit::Decade.duration(Some(2)), "P20Y");
        assert_eq!(Unit::Hour.duration(None), "PTXH");
        assert_eq!(Unit::Year.duration_and_a_half(2).as_deref(), Some("P2Y6M"));
        assert_eq!(Unit::Week.duration_and_a_half(2), None);
        assert!(is_past_verb("said") && !is_past_verb("says"));
        assert!(is_future_cue("will") && !is_future_cue("was"));
        assert!(is_regular_past("announced") && !is_regular_past("need") && is_regular_past("agreed"));
    }
}
