//! [`IndicatorProgress`]: where an indicator stands against its baseline
//! and target, from its total results.

use serde::Serialize;

use crate::model::{Direction, FocusArea, Gender, Indicator, Measurement, Programme, Year};

/// A value in a year: a baseline, a target or a total result.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct YearValue {
    /// The year.
    pub year: Year,
    /// The value.
    pub value: f64,
}

impl YearValue {
    /// A value in a year.
    ///
    /// ```
    /// let v = omvarld::progress::YearValue::new(2024.try_into()?, 61.5);
    /// assert_eq!((v.year.get(), v.value), (2024, 61.5));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(year: Year, value: f64) -> Self {
        Self { year, value }
    }
}

impl From<&Measurement> for YearValue {
    fn from(m: &Measurement) -> Self {
        Self::new(m.year, m.value)
    }
}

/// Which way the latest total result moved from the previous one, judged by
/// the indicator's `direction`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Movement {
    /// It moved the way the indicator should move (i önskad riktning).
    Desired,
    /// It moved the other way.
    Undesired,
    /// It did not change.
    Unchanged,
    /// It changed, but the indicator has no `direction` to judge it by
    /// (riktning ej angiven).
    NoDirection,
}

impl Movement {
    /// The JSON name: `desired`, `undesired`, `unchanged`, `no_direction`.
    ///
    /// ```
    /// assert_eq!(omvarld::progress::Movement::NoDirection.as_str(), "no_direction");
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Movement::Desired => "desired",
            Movement::Undesired => "undesired",
            Movement::Unchanged => "unchanged",
            Movement::NoDirection => "no_direction",
        }
    }

    /// How `change` reads for an indicator that should move `direction`.
    fn of(change: f64, direction: Option<Direction>) -> Self {
        if change == 0.0 {
            return Movement::Unchanged;
        }
        match direction {
            None => Movement::NoDirection,
            Some(Direction::Increase) if change > 0.0 => Movement::Desired,
            Some(Direction::Decrease) if change < 0.0 => Movement::Desired,
            Some(_) => Movement::Undesired,
        }
    }
}

/// An indicator's follow-up figures, from its total results (results for
/// women and men do not count here).
///
/// ```
/// use omvarld::model::{Direction, Gender, Indicator, IndicatorResult, Measurement, Title};
/// use omvarld::progress::{IndicatorProgress, Movement};
/// let indicator = Indicator::new("arbetslosa".parse()?, Title::new("Arbetslösa")?)
///     .with_direction(Direction::Decrease)
///     .with_baseline(Measurement::new(2020.try_into()?, 10.0))
///     .with_target(Measurement::new(2030.try_into()?, 6.0))
///     .with_results(vec![
///         IndicatorResult::new(2023.try_into()?, 9.0),
///         IndicatorResult::new(2024.try_into()?, 9.5),
///         IndicatorResult::new(2024.try_into()?, 4.0).with_gender(Gender::Female),
///     ]);
/// let progress = IndicatorProgress::new(&indicator);
/// assert_eq!(progress.latest.map(|r| r.value), Some(9.5)); // the total, not the women's value
/// assert_eq!(progress.change, Some(0.5));
/// assert_eq!(progress.movement, Some(Movement::Undesired)); // lower is better
/// assert_eq!(progress.to_target, Some(-3.5));
/// assert_eq!(progress.target_reached, Some(false));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct IndicatorProgress<'a> {
    /// The indicator.
    #[serde(skip)]
    pub indicator: &'a Indicator,
    /// Utgångsvärde.
    pub baseline: Option<YearValue>,
    /// Målvärde.
    pub target: Option<YearValue>,
    /// The total result of the latest year (senaste värde); of two for one
    /// year, the later in the document.
    pub latest: Option<YearValue>,
    /// The total result of the latest year before `latest`'s.
    pub previous: Option<YearValue>,
    /// `latest − previous` (förändring sedan föregående), rounded to the
    /// decimals the two values are written with: 72.1 − 71.6 is −0.5, not
    /// −0.5000000000000057.
    pub change: Option<f64>,
    /// Whether `change` went the desired way; `None` without a change.
    pub movement: Option<Movement>,
    /// `target − latest`: how much the value still has to change to reach
    /// the target (kvar till målvärdet), whatever the direction; rounded
    /// as `change`.
    pub to_target: Option<f64>,
    /// The share of the way from the baseline to the target that is left:
    /// `(target − latest) / (target − baseline)`; 1 at the baseline, 0 at
    /// the target, below 0 past it. `None` without a baseline, or where the
    /// baseline is the target.
    pub gap_left: Option<f64>,
    /// Whether the latest total result is at or past the target in the
    /// indicator's `direction`; `None` without a direction, target or result.
    pub target_reached: Option<bool>,
}

impl<'a> IndicatorProgress<'a> {
    /// The follow-up figures of `indicator`.
    #[must_use]
    pub fn new(indicator: &'a Indicator) -> Self {
        let mut totals: Vec<YearValue> = indicator
            .results
            .iter()
            .filter(|r| r.gender() == Gender::Total)
            .map(|r| YearValue::new(r.year, r.value))
            .collect();
        // Stable: of two totals for one year, the later in the document wins.
        totals.sort_by_key(|r| r.year);
        let latest = totals.last().copied();
        let previous = latest.and_then(|l| totals.iter().rev().find(|r| r.year < l.year).copied());
        let change = latest
            .zip(previous)
            .map(|(l, p)| difference(l.value, p.value))
            .filter(|c| c.is_finite());
        let baseline = indicator.baseline.as_ref().map(YearValue::from);
        let target = indicator.target.as_ref().map(YearValue::from);
        let to_target = target
            .zip(latest)
            .map(|(t, l)| difference(t.value, l.value))
            .filter(|d| d.is_finite());
        let gap_left = to_target
            .zip(target.zip(baseline))
            .and_then(|(left, (t, b))| {
                let gap = t.value - b.value;
                (gap != 0.0).then(|| left / gap)
            })
            .filter(|g| g.is_finite());
        let target_reached = match (indicator.direction, target, latest) {
            (Some(Direction::Increase), Some(t), Some(l)) => Some(l.value >= t.value),
            (Some(Direction::Decrease), Some(t), Some(l)) => Some(l.value <= t.value),
            _ => None,
        };
        IndicatorProgress {
            indicator,
            baseline,
            target,
            latest,
            previous,
            change,
            movement: change.map(|c| Movement::of(c, indicator.direction)),
            to_target,
            gap_left,
            target_reached,
        }
    }
}

/// The most decimals a difference is rounded to; finer figures keep
/// their binary difference.
const MAX_DECIMALS: i32 = 9;

/// `a − b` rounded to the larger number of decimals of `a` and `b` (`format!("{x}")` writes the shortest form that reads
/// back as `x`), so the difference of two figures shows no binary noise.
fn difference(a: f64, b: f64) -> f64 {
    let raw = a - b;
    let decimals = decimals(a).max(decimals(b));
    if decimals > MAX_DECIMALS {
        return raw;
    }
    let scale = 10f64.powi(decimals);
    let rounded = (raw * scale).round() / scale;
    if rounded.is_finite() {
        rounded
    } else {
        raw
    }
}

/// How many decimals `x` is written with in its shortest form (`72.1` → 1);
/// more than [`MAX_DECIMALS`] for a figure in exponent form.
fn decimals(x: f64) -> i32 {
    let text = format!("{x}");
    match text.split_once('.') {
        None => 0,
        Some((_, fraction)) => i32::try_from(fraction.len()).unwrap_or(i32::MAX),
    }
}

impl Programme {
    /// The follow-up figures of every indicator, with its focus area, in
    /// the document's order.
    ///
    /// ```
    /// let malmo = omvarld::malmo();
    /// let count = malmo.focus_areas.iter().map(|f| f.direction_goal.indicators.len()).sum::<usize>();
    /// assert_eq!(malmo.indicator_progress().count(), count);
    /// ```
    pub fn indicator_progress(
        &self,
    ) -> impl Iterator<Item = (&FocusArea, IndicatorProgress<'_>)> + '_ {
        self.focus_areas.iter().flat_map(|area| {
            area.direction_goal
                .indicators
                .iter()
                .map(move |i| (area, IndicatorProgress::new(i)))
        })
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::float_cmp)]

    use super::{IndicatorProgress, Movement};
    use crate::model::{Direction, Gender, Indicator, IndicatorResult, Measurement, Title};

    fn indicator(direction: Option<Direction>, results: &[(u16, f64)]) -> Indicator {
        let mut i = Indicator::new("i".parse().unwrap(), Title::new("I").unwrap())
            .with_baseline(Measurement::new(2020.try_into().unwrap(), 10.0))
            .with_target(Measurement::new(2030.try_into().unwrap(), 20.0))
            .with_results(
                results
                    .iter()
                    .map(|&(y, v)| IndicatorResult::new(y.try_into().unwrap(), v)),
            );
        i.direction = direction;
        i
    }

    #[test]
    fn the_movement_follows_the_direction() {
        let up = [(2022, 12.0), (2023, 14.0)];
        let down = [(2022, 14.0), (2023, 12.0)];
        let flat = [(2022, 14.0), (2023, 14.0)];
        let cases = [
            (Some(Direction::Increase), &up, Movement::Desired),
            (Some(Direction::Increase), &down, Movement::Undesired),
            (Some(Direction::Decrease), &down, Movement::Desired),
            (Some(Direction::Decrease), &up, Movement::Undesired),
            (Some(Direction::Decrease), &flat, Movement::Unchanged),
            (None, &up, Movement::NoDirection),
            (None, &flat, Movement::Unchanged),
        ];
        for (direction, results, expected) in cases {
            let i = indicator(direction, results);
            assert_eq!(
                IndicatorProgress::new(&i).movement,
                Some(expected),
                "{direction:?} {results:?}"
            );
        }
    }

    #[test]
    fn no_result_or_one_result_has_no_change() {
        let none = indicator(Some(Direction::Increase), &[]);
        let p = IndicatorProgress::new(&none);
        assert_eq!(
            (p.latest, p.previous, p.change, p.movement),
            (None, None, None, None)
        );
        assert_eq!(
            (p.to_target, p.gap_left, p.target_reached),
            (None, None, None)
        );
        assert_eq!(p.baseline.map(|b| b.value), Some(10.0));

        let one = indicator(Some(Direction::Increase), &[(2024, 15.0)]);
        let p = IndicatorProgress::new(&one);
        assert_eq!(p.latest.map(|l| l.value), Some(15.0));
        assert_eq!((p.previous, p.change, p.movement), (None, None, None));
        assert_eq!(p.to_target, Some(5.0));
        assert_eq!(p.gap_left, Some(0.5));
        assert_eq!(p.target_reached, Some(false));
    }

    #[test]
    fn results_are_read_in_year_order_and_gender_rows_are_left_out() {
        let mut i = indicator(
            Some(Direction::Increase),
            &[(2024, 22.0), (2021, 11.0), (2023, 18.0)],
        );
        i.results
            .push(IndicatorResult::new(2025.try_into().unwrap(), 99.0).with_gender(Gender::Male));
        i.results
            .push(IndicatorResult::new(2024.try_into().unwrap(), 1.0).with_gender(Gender::Female));
        i.results
            .push(IndicatorResult::new(2023.try_into().unwrap(), 17.0).with_gender(Gender::Total));
        let p = IndicatorProgress::new(&i);
        assert_eq!(
            p.latest.map(|l| (l.year.get(), l.value)),
            Some((2024, 22.0))
        );
        // Two totals for 2023: the later in the document.
        assert_eq!(
            p.previous.map(|l| (l.year.get(), l.value)),
            Some((2023, 17.0))
        );
        assert_eq!(p.change, Some(5.0));
        // Past the target: reached, nothing left but a negative share.
        assert_eq!(p.to_target, Some(-2.0));
        assert_eq!(p.gap_left, Some(-0.2));
        assert_eq!(p.target_reached, Some(true));
    }

    #[test]
    fn differences_have_no_binary_noise() {
        let i = indicator(Some(Direction::Increase), &[(2023, 72.1), (2024, 71.6)]);
        let p = IndicatorProgress::new(&i);
        assert_eq!(p.change, Some(-0.5));
        assert_eq!(p.to_target, Some(-51.6));
        assert_eq!(super::difference(0.3, 0.1), 0.2);
        assert_eq!(super::difference(1e300, -1e300), 1e300 + 1e300);
        assert_eq!(super::difference(1e-12, 0.0), 1e-12);
    }

    #[test]
    fn a_baseline_equal_to_the_target_has_no_share_and_no_direction_no_verdict() {
        let mut i = indicator(None, &[(2024, 12.0)]);
        i.baseline = Some(Measurement::new(2020.try_into().unwrap(), 20.0));
        let p = IndicatorProgress::new(&i);
        assert_eq!(p.to_target, Some(8.0));
        assert_eq!(p.gap_left, None);
        assert_eq!(p.target_reached, None);
    }
}
