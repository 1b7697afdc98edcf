//! [`IndicatorFigure`]: every baseline, result and target of a programme
//! as one tidy table, ready for plotting.

use serde::Serialize;

use crate::model::{FocusArea, Gender, Indicator, Programme, Year};

/// What a figure of an indicator is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FigureKind {
    /// Utgångsvärde.
    Baseline,
    /// Utfall.
    Result,
    /// Målvärde.
    Target,
}

impl FigureKind {
    /// The name in tables: `baseline`, `result`, `target`.
    ///
    /// ```
    /// assert_eq!(omvarld::progress::FigureKind::Target.as_str(), "target");
    /// ```
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Baseline => "baseline",
            FigureKind::Result => "result",
            FigureKind::Target => "target",
        }
    }
}

/// One figure of an indicator: a row of the tidy table of
/// [`Programme::indicator_figures`].
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub struct IndicatorFigure<'a> {
    /// The focus area whose direction goal has the indicator.
    pub focus_area: &'a FocusArea,
    /// The indicator.
    pub indicator: &'a Indicator,
    /// Baseline, result or target.
    pub kind: FigureKind,
    /// The year.
    pub year: Year,
    /// The value.
    pub value: f64,
    /// Whose value it is: a result's gender ([`Gender::Total`] where the
    /// document leaves it out); baselines and targets are totals.
    pub gender: Gender,
}

impl Programme {
    /// Every baseline, result and target, one row each: per indicator in
    /// the document's order, its baseline, its results by year (total, then
    /// women, then men) and its target.
    ///
    /// ```
    /// use omvarld::progress::FigureKind;
    /// let doc = r#"{"schema_version": "1.1", "id": "p", "title": {"sv": "P"},
    ///   "organisation": {"name": {"sv": "Malmö stad"}}, "contribution_aims": [],
    ///   "focus_areas": [{"id": "bostad", "number": 1, "title": {"sv": "Bostad"},
    ///     "direction_goal": {"statement": {"sv": "Fler bostäder."}, "indicators": [
    ///       {"id": "nya", "name": {"sv": "Påbörjade bostäder"},
    ///        "baseline": {"year": 2020, "value": 1000}, "target": {"year": 2030, "value": 2000},
    ///        "results": [{"year": 2024, "value": 1500}, {"year": 2023, "value": 1400}]}]}}]}"#;
    /// let programme = omvarld::parse::from_str(doc)?;
    /// let rows: Vec<(FigureKind, u16)> = programme
    ///     .indicator_figures()
    ///     .map(|f| (f.kind, f.year.get()))
    ///     .collect();
    /// assert_eq!(rows, [
    ///     (FigureKind::Baseline, 2020), (FigureKind::Result, 2023),
    ///     (FigureKind::Result, 2024), (FigureKind::Target, 2030),
    /// ]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn indicator_figures(&self) -> impl Iterator<Item = IndicatorFigure<'_>> + '_ {
        self.focus_areas.iter().flat_map(|focus_area| {
            focus_area
                .direction_goal
                .indicators
                .iter()
                .flat_map(move |indicator| figures(focus_area, indicator))
        })
    }
}

/// The rows of one indicator.
fn figures<'a>(focus_area: &'a FocusArea, indicator: &'a Indicator) -> Vec<IndicatorFigure<'a>> {
    let row = |kind, year, value, gender| IndicatorFigure {
        focus_area,
        indicator,
        kind,
        year,
        value,
        gender,
    };
    let mut rows = Vec::with_capacity(indicator.results.len() + 2);
    rows.extend(
        indicator
            .baseline
            .iter()
            .map(|m| row(FigureKind::Baseline, m.year, m.value, Gender::Total)),
    );
    let mut results: Vec<IndicatorFigure<'a>> = indicator
        .results
        .iter()
        .map(|r| row(FigureKind::Result, r.year, r.value, r.gender()))
        .collect();
    results.sort_by_key(|r| (r.year, r.gender));
    rows.extend(results);
    rows.extend(
        indicator
            .target
            .iter()
            .map(|m| row(FigureKind::Target, m.year, m.value, Gender::Total)),
    );
    rows
}
