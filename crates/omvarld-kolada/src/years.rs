//! [`Years`]: the years to fetch (`2015-2025`), and their split into requests.

use std::fmt;
use std::str::FromStr;

use omvarld::Year;

/// An inclusive range of years to fetch, such as `2015-2025` or `2024`.
///
/// ```
/// use omvarld_kolada::Years;
/// let years: Years = "2015-2025".parse()?;
/// assert_eq!(years.to_string(), "2015-2025");
/// assert_eq!(years.len(), 11);
/// // At most ten years per request: 2015–2024, then 2025.
/// let chunks: Vec<Vec<u16>> = years.chunks(10).collect();
/// assert_eq!(chunks[1], vec![2025]);
/// assert!("2025-2015".parse::<Years>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Years {
    first: Year,
    last: Year,
}

/// Why a text is not a range of years.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{text}` is not a range of years: {reason} (write e.g. 2015-2025 or 2024)")]
pub struct YearsError {
    text: String,
    reason: &'static str,
}

impl Years {
    /// The years from `first` to `last`, both included.
    ///
    /// # Errors
    /// When `last` is before `first`.
    ///
    /// ```
    /// use omvarld_kolada::Years;
    /// let years = Years::new(2020.try_into()?, 2024.try_into()?)?;
    /// assert_eq!(years.first(), 2020);
    /// assert_eq!(years.last(), 2024);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(first: Year, last: Year) -> Result<Self, YearsError> {
        if last < first {
            return Err(YearsError {
                text: format!("{first}-{last}"),
                reason: "the last year is before the first",
            });
        }
        Ok(Self { first, last })
    }

    /// The ten years up to and including `year`: the default of
    /// `omvarld kolada fetch`.
    ///
    /// ```
    /// use omvarld_kolada::Years;
    /// assert_eq!(Years::ten_up_to(2026.try_into()?).to_string(), "2017-2026");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn ten_up_to(year: Year) -> Self {
        let first = Year::try_from(year.get().saturating_sub(9)).unwrap_or(year);
        Self { first, last: year }
    }

    /// The first year.
    #[must_use]
    pub fn first(&self) -> u16 {
        self.first.get()
    }

    /// The last year.
    #[must_use]
    pub fn last(&self) -> u16 {
        self.last.get()
    }

    /// How many years the range holds.
    #[must_use]
    #[allow(clippy::len_without_is_empty)] // never empty
    pub fn len(&self) -> usize {
        usize::from(self.last() - self.first()) + 1
    }

    /// Whether `year` is in the range.
    #[must_use]
    pub fn contains(&self, year: u16) -> bool {
        (self.first()..=self.last()).contains(&year)
    }

    /// The years in runs of at most `size` (at least 1), in order: one
    /// request each.
    pub fn chunks(&self, size: usize) -> impl Iterator<Item = Vec<u16>> {
        let all: Vec<u16> = (self.first()..=self.last()).collect();
        let size = size.max(1);
        let chunks: Vec<Vec<u16>> = all.chunks(size).map(<[u16]>::to_vec).collect();
        chunks.into_iter()
    }
}

impl fmt::Display for Years {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.first == self.last {
            write!(f, "{}", self.first)
        } else {
            write!(f, "{}-{}", self.first, self.last)
        }
    }
}

impl FromStr for Years {
    type Err = YearsError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = |reason| YearsError {
            text: text.to_owned(),
            reason,
        };
        let year = |part: &str| -> Result<Year, YearsError> {
            let number: i32 = part
                .trim()
                .parse()
                .map_err(|_| error("a year is not a whole number"))?;
            Year::try_from(number).map_err(|_| error("a year is outside 1900–2100"))
        };
        let (first, last) = match text.split_once(['-', '–']) {
            Some((first, last)) => (year(first)?, year(last)?),
            None => {
                let only = year(text)?;
                (only, only)
            }
        };
        Self::new(first, last).map_err(|_| error("the last year is before the first"))
    }
}

#[cfg(test)]
mod tests {
    use super::Years;

    #[test]
    fn reads_ranges_and_single_years() {
        let years: Years = "2015-2025".parse().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((years.first(), years.last(), years.len()), (2015, 2025, 11));
        let one: Years = "2024".parse().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((one.first(), one.last()), (2024, 2024));
        assert_eq!(one.to_string(), "2024");
        let dash: Years = "2020–2021".parse().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(dash.to_string(), "2020-2021");
    }

    #[test]
    fn refuses_what_is_not_a_range() {
        for bad in ["", "x", "2015-", "1800-2000", "2025-2015", "2015-2025-2030"] {
            let error = bad.parse::<Years>().err();
            assert!(error.is_some(), "{bad} was read as a range");
        }
        let message = "2025-2015".parse::<Years>().err().map(|e| e.to_string());
        assert_eq!(
            message.as_deref(),
            Some("`2025-2015` is not a range of years: the last year is before the first (write e.g. 2015-2025 or 2024)")
        );
    }

    #[test]
    fn splits_into_requests_of_at_most_size_years() {
        let years: Years = "2015-2025".parse().unwrap_or_else(|e| panic!("{e}"));
        let chunks: Vec<Vec<u16>> = years.chunks(5).collect();
        assert_eq!(
            chunks,
            vec![
                vec![2015, 2016, 2017, 2018, 2019],
                vec![2020, 2021, 2022, 2023, 2024],
                vec![2025]
            ]
        );
        assert_eq!(years.chunks(0).count(), 11);
    }
}
