//! Values: the underspecified value a recogniser produces ([`Raw`]) and the calendar value the
//! resolver turns it into ([`Cal`]), with its TIMEX3 spelling.

use super::date::Date;
use super::words::Unit;

/// The year of a date the text may leave out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Year {
    /// Written: "Nov. 23, 2025".
    Given(i32),
    /// Relative to the publication year: "June last year" (-1), "January this year" (0).
    Dct(i32),
    /// Left out: the resolver picks it from the tense ("in October", "Nov. 23").
    Open,
}

/// The direction of a bare weekday, month or season.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dir {
    /// "last Friday", "last June": strictly before the publication date.
    Last,
    /// "next Friday", "this coming Sunday": strictly after.
    Next,
    /// "Friday", "this June": the tense of the governing verb decides.
    Tense,
    /// "the previous Friday": strictly before the date last mentioned.
    BeforePrev,
    /// "the following Monday": strictly after the date last mentioned.
    AfterPrev,
}

/// What a relative expression counts from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// The publication date: "last week", "two years ago", "yesterday".
    Dct,
    /// The date last mentioned: "the next day", "two weeks later", "a year earlier" (keeps the
    /// granularity of that date: a quarter a year earlier is a quarter).
    Prev,
    /// The date last mentioned, at the unit's granularity: "the next day", "the following
    /// year", "that day".
    PrevUnit,
    /// "a year ago": the publication date, or the last quarter mentioned when the story counts in
    /// quarters (financial reports: "profit rose from a year ago").
    Ago,
}

/// Which quarter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Q {
    /// "the third quarter", "third-quarter", "Q3".
    N(u8),
    /// "the latest quarter": the last complete quarter.
    Latest,
    /// "this quarter", "the current quarter" (0), "next quarter" (1), "last quarter" (-1).
    Dct(i32),
    /// "the quarter": the quarter last mentioned, else the last complete one.
    Same,
    /// "the year-earlier quarter": the quarter last mentioned, a year before.
    YearEarlier,
}

/// An underspecified value: what the text says, before the publication date is known.
#[derive(Clone, Debug, PartialEq)]
pub enum Raw {
    /// Already a TIMEX3 value: "P3D", "PRESENT_REF", "199", "XXXX-WXX-4", "2025-11-23".
    Lit(String),
    /// A calendar date or month: "Nov. 23", "November 23, 2025", "February 2022", "in October".
    Ymd { y: Year, m: u8, d: Option<u8> },
    /// A year: "1998", "fiscal 1989".
    Year(i32),
    /// A weekday, Monday = 1.
    Weekday { wd: u8, dir: Dir },
    /// A month without a year, by direction: "last June".
    Month { m: u8, dir: Dir },
    /// A season: "this summer" (Tense), "last fall" (Last), "the summer of 1998" (year given).
    Season { s: &'static str, y: Year, dir: Dir },
    /// `n` units from an anchor, at the unit's granularity: "yesterday" (Day -1), "last week"
    /// (Week -1), "two years ago" (Year -2), "the next day" (Prev, Day +1).
    Shift { anchor: Anchor, unit: Unit, n: i32 },
    /// A quarter of a year.
    Quarter { y: Year, q: Q },
    /// `plus` days after the `nth` weekday `wd` of month `m`: Thanksgiving is the 4th Thursday of
    /// November, the US Election Day the day after the first Monday of November.
    NthWeekday { y: Year, m: u8, wd: u8, nth: u8, plus: u8 },
    /// Easter Sunday (Gregorian), or its ISO week: "Easter", "Easter week".
    Easter { y: Year, week: bool },
    /// The ISO week of a day: "the week of March 6".
    WeekOf { y: Year, m: u8, d: u8 },
    /// The week end around a date: "the weekend" (Tense), "last weekend" (Last).
    Weekend { dir: Dir },
}

/// A resolved calendar value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cal {
    Day(Date),
    /// ISO week-year and week.
    Week(i32, u8),
    /// The week end of an ISO week.
    Weekend(i32, u8),
    Month(i32, u8),
    Quarter(i32, u8),
    Season(i32, &'static str),
    Year(i32),
    /// The first three digits: 1990s → 199.
    Decade(i32),
    /// The first two digits: the 20th century → 19.
    Century(i32),
}

impl Cal {
    /// The TIMEX3 value.
    pub fn value(self) -> String {
        match self {
            Cal::Day(d) => d.to_string(),
            Cal::Week(y, w) => format!("{y:04}-W{w:02}"),
            Cal::Weekend(y, w) => format!("{y:04}-W{w:02}-WE"),
            Cal::Month(y, m) => format!("{y:04}-{m:02}"),
            Cal::Quarter(y, q) => format!("{y:04}-Q{q}"),
            Cal::Season(y, s) => format!("{y:04}-{s}"),
            Cal::Year(y) => format!("{y:04}"),
            Cal::Decade(d) => format!("{d:03}"),
            Cal::Century(c) => format!("{c:02}"),
        }
    }

    /// The date at `unit` granularity.
    pub fn at(d: Date, unit: Unit) -> Cal {
        match unit {
            Unit::Second | Unit::Minute | Unit::Hour | Unit::Day => Cal::Day(d),
            Unit::Week => {
                let (y, w) = d.iso_week();
                Cal::Week(y, w)
            }
            Unit::Weekend => {
                let (y, w) = d.iso_week();
                Cal::Weekend(y, w)
            }
            Unit::Month => Cal::Month(d.year, d.month),
            Unit::Quarter => Cal::Quarter(d.year, (d.month - 1) / 3 + 1),
            Unit::Year => Cal::Year(d.year),
            Unit::Decade => Cal::Decade(d.year.div_euclid(10)),
            Unit::Century => Cal::Century(d.year.div_euclid(100)),
        }
    }

    /// The first day of the value (for arithmetic).
    pub fn first_day(self) -> Option<Date> {
        match self {
            Cal::Day(d) => Some(d),
            Cal::Week(y, w) | Cal::Weekend(y, w) => {
                let jan4 = Date::new(y, 1, 4)?;
                Some(jan4.add_days(-(i64::from(jan4.weekday()) - 1) + 7 * (i64::from(w) - 1)))
            }
            Cal::Month(y, m) => Date::new(y, m, 1),
            Cal::Quarter(y, q) => Date::new(y, (q.clamp(1, 4) - 1) * 3 + 1, 1),
            Cal::Season(y, _) | Cal::Year(y) => Date::new(y, 1, 1),
            Cal::Decade(d) => Date::new(d * 10, 1, 1),
            Cal::Century(c) => Date::new(c * 100, 1, 1),
        }
    }

    /// `n` units later, keeping this value's granularity when it is coarser than a day ("a year
    /// earlier" than 1989-Q3 is 1988-Q3).
    pub fn shift(self, unit: Unit, n: i32) -> Cal {
        let months = match unit {
            Unit::Month => Some(n),
            Unit::Quarter => Some(3 * n),
            Unit::Year => Some(12 * n),
            Unit::Decade => Some(120 * n),
            Unit::Century => Some(1200 * n),
            _ => None,
        };
        match (self, months) {
            (Cal::Year(y), Some(m)) => Cal::Year(y + m.div_euclid(12)),
            (Cal::Season(y, s), Some(m)) => Cal::Season(y + m.div_euclid(12), s),
            (Cal::Decade(d), Some(m)) => Cal::Decade(d + m.div_euclid(120)),
            (Cal::Century(c), Some(m)) => Cal::Century(c + m.div_euclid(1200)),
            (Cal::Week(y, w), Some(m)) if m % 12 == 0 => Cal::Week(y + m / 12, w),
            _ => {
                let Some(first) = self.first_day() else { return self };
                let d = match (unit, months) {
                    (_, Some(m)) => first.add_months(m),
                    (Unit::Week | Unit::Weekend, None) => first.add_days(7 * i64::from(n)),
                    _ => first.add_days(i64::from(n)),
                };
                let gran = match self {
                    Cal::Day(_) => Unit::Day,
                    Cal::Week(..) => Unit::Week,
                    Cal::Weekend(..) => Unit::Weekend,
                    Cal::Month(..) => Unit::Month,
                    Cal::Quarter(..) => Unit::Quarter,
                    _ => Unit::Year,
                };
                Cal::at(d, gran)
            }
        }
    }
}
