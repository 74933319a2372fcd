//! A proleptic Gregorian calendar date and the arithmetic the resolver needs.

use std::fmt;

/// A calendar date. Ordered by time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A valid date, or `None`.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        if !(-9999..=9999).contains(&year) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` (also `YYYYMMDD`).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.trim();
        let b = s.as_bytes();
        let (y, m, d) = match b.len() {
            10 if b[4] == b'-' && b[7] == b'-' => (&s[0..4], &s[5..7], &s[8..10]),
            8 if b.iter().all(u8::is_ascii_digit) => (&s[0..4], &s[4..6], &s[6..8]),
            _ => return None,
        };
        if !(y.bytes().chain(m.bytes()).chain(d.bytes()).all(|c| c.is_ascii_digit())) {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> Date {
        let z = days + 719468;
        let era = z.div_euclid(146097);
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date { year: y.clamp(-9999, 9999) as i32, month: m, day: d }
    }

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days().saturating_add(n))
    }

    /// Monday = 1 … Sunday = 7 (ISO 8601).
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (4).
        ((self.to_days() + 3).rem_euclid(7) + 1) as u8
    }

    /// The same day `n` months later, clamped to the month's last day.
    pub fn add_months(self, n: i32) -> Date {
        let total = self.year * 12 + i32::from(self.month) - 1 + n;
        let year = total.div_euclid(12);
        let month = (total.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year: year.clamp(-9999, 9999), month, day }
    }

    /// ISO week: (week-year, week number 1..=53).
    pub fn iso_week(self) -> (i32, u8) {
        let wd = i64::from(self.weekday());
        let thursday = self.add_days(4 - wd);
        let jan1 = Date { year: thursday.year, month: 1, day: 1 };
        let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
        (thursday.year, week as u8)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_table() {
        let d = |s| Date::parse_iso(s).unwrap();
        assert_eq!(d("2025-11-24").weekday(), 1);
        assert_eq!(d("2025-11-23").weekday(), 7);
        assert_eq!(d("2025-11-24").add_days(-1), d("2025-11-23"));
        assert_eq!(d("2024-02-28").add_days(1), d("2024-02-29"));
        assert_eq!(d("2023-12-31").add_days(1), d("2024-01-01"));
        assert_eq!(d("2024-01-31").add_months(1), d("2024-02-29"));
        assert_eq!(d("2025-01-15").add_months(-2), d("2024-11-15"));
        assert_eq!(d("2025-11-24").iso_week(), (2025, 48));
        assert_eq!(d("2021-01-01").iso_week(), (2020, 53));
        assert_eq!(Date::from_days(d("1998-01-08").to_days()), d("1998-01-08"));
        assert_eq!(Date::parse_iso("2025-02-30"), None);
        assert_eq!(Date::parse_iso("19980108"), Some(d("1998-01-08")));
        assert_eq!(Date::parse_iso("garbage!!!"), None);
    }
}
