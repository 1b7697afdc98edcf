//! [`Date`]: a calendar date written `YYYY-MM-DD`.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::{patterns, InvalidValue};

/// A calendar date (datum), written `YYYY-MM-DD` (RFC 3339 `full-date`), year 0001–9999.
///
/// ```
/// use omvarld::Date;
/// let d: Date = "2024-02-29".parse()?;
/// assert_eq!(d.to_string(), "2024-02-29");
/// assert!("2023-02-29".parse::<Date>().is_err());
/// assert!("2024-2-1".parse::<Date>().is_err());
/// # Ok::<(), omvarld::model::InvalidValue>(())
/// ```
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(NaiveDate);

impl Date {
    /// What a valid value looks like, for messages.
    pub const EXPECTED: &'static str = "a calendar date written YYYY-MM-DD";

    /// What [`Date::from_ymd`] and [`TryFrom<NaiveDate>`] accept, for messages.
    pub const EXPECTED_YMD: &'static str = "a real calendar date with a year from 1 to 9999";

    /// The date for a year, month and day.
    ///
    /// # Errors
    ///
    /// [`InvalidValue`] when the date does not exist (February 30th, month
    /// 13) or its year is outside 1–9999; nothing is adjusted.
    ///
    /// ```
    /// use omvarld::Date;
    /// assert_eq!(Date::from_ymd(2028, 2, 29)?.to_string(), "2028-02-29");
    /// let err = Date::from_ymd(2028, 2, 30).unwrap_err();
    /// assert_eq!(err.to_string(),
    ///     "`2028-02-30` is not a valid date: expected a real calendar date with a year from 1 to 9999");
    /// assert!(Date::from_ymd(0, 1, 1).is_err());
    /// assert!(Date::from_ymd(10_000, 1, 1).is_err());
    /// # Ok::<(), omvarld::InvalidValue>(())
    /// ```
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Result<Self, InvalidValue> {
        Self::ymd(year, month, day).ok_or_else(|| {
            InvalidValue::new(
                "Date",
                Self::EXPECTED_YMD,
                format!("{year:04}-{month:02}-{day:02}"),
            )
        })
    }

    fn ymd(year: i32, month: u32, day: u32) -> Option<Self> {
        if !(1..=9999).contains(&year) {
            return None;
        }
        NaiveDate::from_ymd_opt(year, month, day).map(Self)
    }

    /// The date as a [`chrono::NaiveDate`].
    #[must_use]
    pub fn naive(self) -> NaiveDate {
        self.0
    }

    /// Year.
    #[must_use]
    pub fn year(self) -> i32 {
        self.0.year()
    }

    /// Month, 1–12.
    #[must_use]
    pub fn month(self) -> u32 {
        self.0.month()
    }

    /// Day of the month, 1–31.
    #[must_use]
    pub fn day(self) -> u32 {
        self.0.day()
    }
}

fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |acc, &b| {
        b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0'))
    })
}

impl FromStr for Date {
    type Err = crate::model::InvalidValue;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let b = s.as_bytes();
        let parsed = match b {
            [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] => {
                match (
                    digits(&[*y0, *y1, *y2, *y3]),
                    digits(&[*m0, *m1]),
                    digits(&[*d0, *d1]),
                ) {
                    (Some(y), Some(m), Some(d)) => {
                        i32::try_from(y).ok().and_then(|y| Self::ymd(y, m, d))
                    }
                    _ => None,
                }
            }
            _ => None,
        };
        parsed.ok_or_else(|| {
            crate::model::InvalidValue::new(
                "Date",
                Self::EXPECTED,
                crate::model::newtype::excerpt(s),
            )
        })
    }
}

/// Wraps a chrono date; a year outside 1–9999 is an error, never clamped.
///
/// ```
/// use chrono::NaiveDate;
/// use omvarld::Date;
/// let ok = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
/// assert_eq!(Date::try_from(ok)?.to_string(), "2026-06-01");
/// let year_zero = NaiveDate::from_ymd_opt(0, 1, 1).unwrap();
/// assert!(Date::try_from(year_zero).is_err());
/// # Ok::<(), omvarld::InvalidValue>(())
/// ```
impl TryFrom<NaiveDate> for Date {
    type Error = InvalidValue;

    fn try_from(date: NaiveDate) -> Result<Self, Self::Error> {
        Self::from_ymd(date.year(), date.month(), date.day())
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:04}-{:02}-{:02}",
            self.0.year(),
            self.0.month(),
            self.0.day()
        )
    }
}

impl fmt::Debug for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Date({self})")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct DateVisitor;
        impl serde::de::Visitor<'_> for DateVisitor {
            type Value = Date;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(Date::EXPECTED)
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Date, E> {
                v.parse().map_err(E::custom)
            }
        }
        deserializer.deserialize_str(DateVisitor)
    }
}

impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": patterns::DATE,
            "description": "Calendar date (datum) written YYYY-MM-DD (RFC 3339 full-date), a real date with a year from 0001 to 9999.",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_only_real_dates_in_the_exact_form() {
        for ok in ["2024-02-29", "0001-01-01", "9999-12-31"] {
            assert_eq!(ok.parse::<Date>().unwrap().to_string(), ok);
        }
        for bad in [
            "0000-01-01",
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-1-01",
            "+2024-01-01",
            "2024-01-01\n",
            "２０２４-01-01",
            "20240101",
            "",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad:?}");
        }
    }
}
