//! Follow-up figures (uppföljning): how each indicator has moved towards
//! its target, and when each position was last followed up and whether its
//! review is overdue. Computed once here, so the `omvarld report
//! --follow-up` command and the Python binding show the same figures.
//!
//! - [`IndicatorProgress`]: an indicator's latest and previous total
//!   result, the change between them, whether it went the desired way, and
//!   what is left to the target ([`Programme::indicator_progress`](crate::Programme::indicator_progress)).
//! - [`PositionProgress`]: a position's latest follow-up entry, the time
//!   since it, and an overdue review ([`Programme::position_progress`](crate::Programme::position_progress)).
//! - [`IndicatorFigure`]: every baseline, result and target as one tidy row,
//!   ready for plotting ([`Programme::indicator_figures`](crate::Programme::indicator_figures)).
//!
//! Headline figures use the total only (a result whose `gender` is absent
//! or `total`); the results for women and men are rows of
//! [`Programme::indicator_figures`](crate::Programme::indicator_figures).
//!
//! ```
//! let doc = r#"{"schema_version": "1.1", "id": "p", "title": {"sv": "P"},
//!   "organisation": {"name": {"sv": "Malmö stad"}}, "contribution_aims": [],
//!   "focus_areas": [{"id": "bostad", "number": 1, "title": {"sv": "Bostad"},
//!     "direction_goal": {"statement": {"sv": "Fler bostäder."}, "indicators": [
//!       {"id": "nya", "name": {"sv": "Påbörjade bostäder"}, "direction": "increase",
//!        "baseline": {"year": 2020, "value": 1000}, "target": {"year": 2030, "value": 2000},
//!        "results": [{"year": 2023, "value": 1400}, {"year": 2024, "value": 1500}]}]}}]}"#;
//! let programme = omvarld::parse::from_str(doc)?;
//! let (_, progress) = programme.indicator_progress().next().unwrap();
//! assert_eq!(progress.change, Some(100.0));
//! assert_eq!(progress.movement, Some(omvarld::progress::Movement::Desired));
//! assert_eq!(progress.to_target, Some(500.0));
//! assert_eq!(progress.gap_left, Some(0.5)); // half of the way from the baseline is left
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod figures;
mod indicator;
mod position;

pub use figures::{FigureKind, IndicatorFigure};
pub use indicator::{IndicatorProgress, Movement, YearValue};
pub use position::PositionProgress;
