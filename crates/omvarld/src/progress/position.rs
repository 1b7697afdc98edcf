//! [`PositionProgress`]: when a position was last followed up, and whether
//! its review is overdue.

use chrono::Datelike;
use serde::Serialize;

use crate::model::{AdvocacyPosition, Date, FollowUp, Programme};

/// A position's follow-up state on a date (as of).
///
/// ```
/// use omvarld::model::{Assessment, FollowUp};
/// use omvarld::progress::PositionProgress;
/// use omvarld::{AdvocacyPosition, GovernanceLevel, NonEmpty, Status, Target, Text, Title};
/// let position = AdvocacyPosition::new(
///     "p".parse()?, Title::new("P")?, Text::new("Malmö vill.")?,
///     NonEmpty::new("a".parse()?),
///     NonEmpty::new(Target::new(GovernanceLevel::National, Text::new("Regeringen")?)),
///     Status::Active,
/// )
/// .with_review_by("2025-06-30".parse()?)
/// .with_follow_up(vec![
///     FollowUp::status("2024-01-15".parse()?, Status::Active),
///     FollowUp::assessed("2025-03-10".parse()?, Assessment::Partial),
/// ]);
/// let progress = PositionProgress::new(&position, Some("2025-09-10".parse()?));
/// assert_eq!(progress.last_follow_up.map(|f| f.date.to_string()).as_deref(), Some("2025-03-10"));
/// assert_eq!(progress.days_since_follow_up, Some(184));
/// assert_eq!(progress.months_since_follow_up, Some(6));
/// assert_eq!(progress.review_overdue.map(|d| d.to_string()).as_deref(), Some("2025-06-30"));
/// assert_eq!(progress.days_overdue, Some(72));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PositionProgress<'a> {
    /// The position.
    #[serde(skip)]
    pub position: &'a AdvocacyPosition,
    /// The follow-up entry with the latest date (of two on one day, the
    /// later in the log).
    pub last_follow_up: Option<&'a FollowUp>,
    /// Days from the last entry to the as-of date (negative when the entry
    /// is dated after it); `None` without an entry or an as-of date.
    pub days_since_follow_up: Option<i64>,
    /// Whole calendar months from the last entry to the as-of date (as
    /// `days_since_follow_up`).
    pub months_since_follow_up: Option<i64>,
    /// The `review_by` date when the review is overdue on the as-of date
    /// ([`AdvocacyPosition::review_overdue`], the rule of the
    /// `review_overdue` warning).
    pub review_overdue: Option<Date>,
    /// Days from `review_by` to the as-of date, when overdue.
    pub days_overdue: Option<i64>,
}

impl<'a> PositionProgress<'a> {
    /// The follow-up state of `position` on `as_of`; without a date, only
    /// the last entry.
    #[must_use]
    pub fn new(position: &'a AdvocacyPosition, as_of: Option<Date>) -> Self {
        // `max_by_key` keeps the last of equal keys: the later entry of one day.
        let last_follow_up = position.follow_up.iter().max_by_key(|f| f.date);
        let since = |date: Date| as_of.map(|as_of| days(date, as_of));
        let review_overdue = as_of.and_then(|as_of| position.review_overdue(as_of));
        PositionProgress {
            position,
            last_follow_up,
            days_since_follow_up: last_follow_up.and_then(|f| since(f.date)),
            months_since_follow_up: last_follow_up
                .and_then(|f| as_of.map(|as_of| months(f.date, as_of))),
            review_overdue,
            days_overdue: review_overdue.and_then(since),
        }
    }
}

/// Days from `from` to `to`.
fn days(from: Date, to: Date) -> i64 {
    (to.naive() - from.naive()).num_days()
}

/// Whole calendar months from `from` to `to` (negative when `to` is earlier):
/// from 31 January, 28 February is no month yet, 3 March is one.
fn months(from: Date, to: Date) -> i64 {
    if to < from {
        return -months(to, from);
    }
    let (a, b) = (from.naive(), to.naive());
    let whole = i64::from(b.year() - a.year()) * 12 + i64::from(b.month()) - i64::from(a.month());
    if b.day() < a.day() {
        whole - 1
    } else {
        whole
    }
}

impl Programme {
    /// The follow-up state of every position on `as_of`, in the document's
    /// order; those with `review_overdue` set are overdue for review.
    ///
    /// ```
    /// let malmo = omvarld::malmo();
    /// assert_eq!(malmo.position_progress(Some("2026-01-01".parse()?)).count(), malmo.positions.len());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn position_progress(
        &self,
        as_of: Option<Date>,
    ) -> impl Iterator<Item = PositionProgress<'_>> + '_ {
        self.positions
            .iter()
            .map(move |p| PositionProgress::new(p, as_of))
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::{months, PositionProgress};
    use crate::model::{
        AdvocacyPosition, Assessment, Date, FollowUp, GovernanceLevel, NonEmpty, Status, Target,
        Text, Title,
    };

    fn date(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn position(status: Status) -> AdvocacyPosition {
        AdvocacyPosition::new(
            "p".parse().unwrap(),
            Title::new("P").unwrap(),
            Text::new("Malmö vill.").unwrap(),
            NonEmpty::new("a".parse().unwrap()),
            NonEmpty::new(Target::new(
                GovernanceLevel::National,
                Text::new("Regeringen").unwrap(),
            )),
            status,
        )
    }

    #[test]
    fn calendar_months_count_whole_months_only() {
        assert_eq!(months(date("2025-01-31"), date("2025-02-28")), 0);
        assert_eq!(months(date("2025-01-31"), date("2025-03-03")), 1);
        assert_eq!(months(date("2024-03-15"), date("2025-03-15")), 12);
        assert_eq!(months(date("2025-03-15"), date("2024-03-16")), -11);
    }

    #[test]
    fn the_last_entry_is_the_latest_date_not_the_last_in_the_log() {
        let p = position(Status::Active).with_follow_up(vec![
            FollowUp::status(date("2025-05-01"), Status::Active),
            FollowUp::assessed(date("2024-01-01"), Assessment::None),
        ]);
        let progress = PositionProgress::new(&p, Some(date("2025-05-11")));
        assert_eq!(
            progress.last_follow_up.map(|f| f.date),
            Some(date("2025-05-01"))
        );
        assert_eq!(progress.days_since_follow_up, Some(10));
        assert_eq!(progress.months_since_follow_up, Some(0));
        // Without a date there is no time since.
        let progress = PositionProgress::new(&p, None);
        assert_eq!(progress.days_since_follow_up, None);
        assert_eq!(progress.review_overdue, None);
    }

    #[test]
    fn only_positions_in_force_are_overdue() {
        let as_of = Some(date("2025-01-02"));
        for (status, overdue) in [
            (Status::Active, true),
            (Status::Adopted, true),
            (Status::Draft, false),
            (Status::Achieved, false),
            (Status::Withdrawn, false),
        ] {
            let p = position(status).with_review_by(date("2025-01-01"));
            let progress = PositionProgress::new(&p, as_of);
            assert_eq!(progress.review_overdue.is_some(), overdue, "{status:?}");
            assert_eq!(progress.days_overdue, overdue.then_some(1), "{status:?}");
            assert_eq!(progress.last_follow_up, None);
        }
        let never = position(Status::Active);
        assert_eq!(PositionProgress::new(&never, as_of).review_overdue, None);
    }
}
