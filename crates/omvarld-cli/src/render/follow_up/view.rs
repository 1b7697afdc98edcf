//! [`FollowUpReport`]: what the follow-up report shows, read from a typed
//! programme with the figures of [`omvarld::progress`] or, for a document
//! that is not a programme, the errors and what JSON can be read.

use omvarld::progress::{IndicatorProgress, Movement, PositionProgress, YearValue};
use omvarld::{Date, Issue, Lang, Programme, Report, Status};

use crate::render::view::{indicator_view, FollowUpView, IndicatorView, View};

/// Status groups in the order the city council asks about them: what is
/// pursued, then what was achieved or withdrawn, drafts last.
pub(crate) const STATUS_ORDER: [Status; 5] = [
    Status::Active,
    Status::Adopted,
    Status::Achieved,
    Status::Withdrawn,
    Status::Draft,
];

/// Everything the follow-up report shows. Strings are raw user text:
/// renderers escape them.
#[derive(Debug)]
pub(crate) struct FollowUpReport {
    pub(crate) lang: Lang,
    pub(crate) title: Option<String>,
    pub(crate) organisation: Option<String>,
    pub(crate) period: Option<(Date, Option<Date>)>,
    /// `--as-of` or today.
    pub(crate) as_of: Option<Date>,
    pub(crate) errors: Vec<Issue>,
    pub(crate) warnings: usize,
    pub(crate) allowed: usize,
    /// `false` when the document could not be read as a programme.
    pub(crate) complete: bool,
    pub(crate) areas: Vec<AreaProgress>,
    /// Every position, in the document's order.
    pub(crate) positions: Vec<PositionLog>,
}

/// A focus area with its indicators' figures.
#[derive(Debug)]
pub(crate) struct AreaProgress {
    pub(crate) number: Option<u64>,
    pub(crate) title: Option<String>,
    pub(crate) goal: Option<String>,
    pub(crate) indicators: Vec<IndicatorRow>,
}

/// An indicator: its figures for the chart, and where it stands.
#[derive(Debug)]
pub(crate) struct IndicatorRow {
    pub(crate) figures: IndicatorView,
    pub(crate) latest: Option<(u16, f64)>,
    pub(crate) previous: Option<(u16, f64)>,
    pub(crate) change: Option<f64>,
    pub(crate) movement: Option<Movement>,
    pub(crate) to_target: Option<f64>,
    pub(crate) gap_left: Option<f64>,
    pub(crate) target_reached: Option<bool>,
}

/// A position with its follow-up log.
#[derive(Debug)]
pub(crate) struct PositionLog {
    pub(crate) title: String,
    pub(crate) status: Status,
    /// `number. title` of its focus areas.
    pub(crate) areas: Vec<String>,
    pub(crate) owner: Option<String>,
    pub(crate) review_by: Option<Date>,
    /// Days past `review_by`, when the review is overdue.
    pub(crate) days_overdue: Option<i64>,
    /// The last entry's date, and the days and months since it.
    pub(crate) last: Option<(Date, Option<(i64, i64)>)>,
    /// The log in date order, the earliest first.
    pub(crate) log: Vec<FollowUpView>,
}

fn pair(v: YearValue) -> (u16, f64) {
    (v.year.get(), v.value)
}

impl FollowUpReport {
    /// The follow-up of a typed programme and its report.
    pub(crate) fn of_programme(
        programme: &Programme,
        report: &Report,
        lang: Lang,
        as_of: Option<Date>,
    ) -> Self {
        let tag = lang.as_str();
        let areas = programme
            .focus_areas
            .iter()
            .map(|area| AreaProgress {
                number: Some(u64::from(area.number)),
                title: Some(area.title.get_or_sv(tag).to_owned()),
                goal: Some(area.direction_goal.statement.get_or_sv(tag).to_owned()),
                indicators: area
                    .direction_goal
                    .indicators
                    .iter()
                    .map(|i| indicator_row(&IndicatorProgress::new(i), tag))
                    .collect(),
            })
            .collect();
        let area_label = |id: &omvarld::Id| {
            programme.focus_area(id.as_str()).map_or_else(
                || id.as_str().to_owned(),
                |f| format!("{}. {}", f.number, f.title.get_or_sv(tag)),
            )
        };
        let positions = programme
            .position_progress(as_of)
            .map(|progress: PositionProgress<'_>| {
                let p = progress.position;
                let mut log: Vec<FollowUpView> = p
                    .follow_up
                    .iter()
                    .map(|f| FollowUpView {
                        date: f.date,
                        status: f.status,
                        assessment: f.assessment,
                        note: f.note.as_ref().map(|n| n.get_or_sv(tag).to_owned()),
                    })
                    .collect();
                // The log is oldest first by the standard; a stable sort
                // keeps entries of one day in their order when it is not.
                log.sort_by_key(|f| f.date);
                PositionLog {
                    title: p.title.get_or_sv(tag).to_owned(),
                    status: p.status,
                    areas: p.focus_areas.iter().map(area_label).collect(),
                    owner: p.owner.clone(),
                    review_by: p.review_by,
                    days_overdue: progress.days_overdue,
                    last: progress.last_follow_up.map(|f| {
                        (
                            f.date,
                            progress
                                .days_since_follow_up
                                .zip(progress.months_since_follow_up),
                        )
                    }),
                    log,
                }
            })
            .collect();
        FollowUpReport {
            lang,
            title: Some(programme.title.get_or_sv(tag).to_owned()),
            organisation: Some(programme.organisation.name.get_or_sv(tag).to_owned()),
            period: programme.period.as_ref().map(|p| (p.start, p.end)),
            as_of,
            errors: report.errors.clone(),
            warnings: report.warnings.len(),
            allowed: report.allowed,
            complete: true,
            areas,
            positions,
        }
    }

    /// The follow-up of a document that is not a programme: the errors, and
    /// the title, organisation and focus areas the summary's view could read.
    pub(crate) fn of_invalid(view: View) -> Self {
        FollowUpReport {
            lang: view.lang,
            title: view.title,
            organisation: view.organisation,
            period: view.period,
            as_of: view.as_of,
            errors: view.errors,
            warnings: view.warnings,
            allowed: view.allowed,
            complete: false,
            areas: view
                .focus_areas
                .into_iter()
                .map(|a| AreaProgress {
                    number: a.number,
                    title: a.title,
                    goal: a.goal,
                    indicators: Vec::new(),
                })
                .collect(),
            positions: Vec::new(),
        }
    }
}

fn indicator_row(progress: &IndicatorProgress<'_>, tag: &str) -> IndicatorRow {
    IndicatorRow {
        figures: indicator_view(progress.indicator, tag),
        latest: progress.latest.map(pair),
        previous: progress.previous.map(pair),
        change: progress.change,
        movement: progress.movement,
        to_target: progress.to_target,
        gap_left: progress.gap_left,
        target_reached: progress.target_reached,
    }
}
