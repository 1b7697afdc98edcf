//! [`View`]: what a report shows, read from a typed programme or, for a
//! structurally invalid document, from whatever JSON can be read. Markdown
//! and HTML render the same view.

use omvarld::{
    AdvocacyPosition, ArenaKind, Date, GovernanceLevel, Issue, Lang, Priority, Programme, Report,
    Status,
};
use serde_json::Value;

/// Status groups in the order a reader wants them: what is pursued first.
const STATUS_ORDER: [Status; 5] = [
    Status::Active,
    Status::Adopted,
    Status::Draft,
    Status::Achieved,
    Status::Withdrawn,
];

/// Everything a report shows. Strings are raw user text: renderers escape them.
#[derive(Debug)]
pub(crate) struct View {
    pub(crate) lang: Lang,
    pub(crate) title: Option<String>,
    pub(crate) organisation: Option<String>,
    pub(crate) adopted: Option<Date>,
    pub(crate) period: Option<(Date, Option<Date>)>,
    pub(crate) summary: Option<String>,
    pub(crate) errors: Vec<Issue>,
    pub(crate) warnings: usize,
    /// `false` when the document could not be read as a programme.
    pub(crate) complete: bool,
    pub(crate) focus_areas: Vec<AreaView>,
    pub(crate) arenas: Vec<ArenaView>,
    pub(crate) as_of: Option<Date>,
    pub(crate) activities: Vec<ActivityView>,
    pub(crate) matrix: Option<Matrix>,
}

/// A focus area with its positions grouped by status.
#[derive(Debug)]
pub(crate) struct AreaView {
    pub(crate) number: Option<u64>,
    pub(crate) title: Option<String>,
    pub(crate) goal: Option<String>,
    pub(crate) groups: Vec<(Status, Vec<PositionView>)>,
}

/// One position under a focus area.
#[derive(Debug)]
pub(crate) struct PositionView {
    pub(crate) title: String,
    pub(crate) statement: String,
    pub(crate) targets: Vec<(String, GovernanceLevel)>,
    pub(crate) priority: Option<Priority>,
}

/// An arena.
#[derive(Debug)]
pub(crate) struct ArenaView {
    pub(crate) name: String,
    pub(crate) kind: ArenaKind,
    pub(crate) level: GovernanceLevel,
}

/// An upcoming activity.
#[derive(Debug)]
pub(crate) struct ActivityView {
    pub(crate) title: String,
    pub(crate) starts: Date,
    pub(crate) ends: Option<Date>,
    pub(crate) arena: Option<String>,
    pub(crate) positions: usize,
}

/// The coverage matrix with its labels.
#[derive(Debug)]
pub(crate) struct Matrix {
    /// Row labels: `number. title` of each focus area.
    pub(crate) rows: Vec<String>,
    /// Column labels: contribution aim titles.
    pub(crate) columns: Vec<String>,
    pub(crate) counts: Vec<Vec<usize>>,
    pub(crate) row_totals: Vec<usize>,
    pub(crate) column_totals: Vec<usize>,
    pub(crate) max: usize,
}

impl View {
    /// The view of a typed programme and its report.
    pub(crate) fn of_programme(
        programme: &Programme,
        report: &Report,
        lang: Lang,
        as_of: Option<Date>,
    ) -> Self {
        let tag = lang.as_str();
        let focus_areas = programme
            .focus_areas
            .iter()
            .map(|area| {
                let positions: Vec<&AdvocacyPosition> =
                    programme.positions_for(area.id.as_str()).collect();
                let groups = STATUS_ORDER
                    .iter()
                    .map(|&status| {
                        let list: Vec<PositionView> = positions
                            .iter()
                            .filter(|p| p.status == status)
                            .map(|p| position_view(p, tag))
                            .collect();
                        (status, list)
                    })
                    .filter(|(_, list)| !list.is_empty())
                    .collect();
                AreaView {
                    number: Some(u64::from(area.number)),
                    title: Some(area.title.get_or_sv(tag).to_owned()),
                    goal: Some(area.direction_goal.statement.get_or_sv(tag).to_owned()),
                    groups,
                }
            })
            .collect();
        let mut activities: Vec<ActivityView> = programme
            .activities
            .iter()
            .filter(|a| {
                as_of.is_none_or(|today| a.starts >= today || a.ends.is_some_and(|e| e >= today))
            })
            .map(|a| ActivityView {
                title: a.title.get_or_sv(tag).to_owned(),
                starts: a.starts,
                ends: a.ends,
                arena: a.arena.as_ref().map(|id| {
                    programme.arena(id.as_str()).map_or_else(
                        || id.as_str().to_owned(),
                        |arena| arena.name.get_or_sv(tag).to_owned(),
                    )
                }),
                positions: a.positions.len(),
            })
            .collect();
        activities.sort_by_key(|a| a.starts);
        let coverage = programme.coverage();
        let matrix = Matrix {
            rows: programme
                .focus_areas
                .iter()
                .map(|f| format!("{}. {}", f.number, f.title.get_or_sv(tag)))
                .collect(),
            columns: programme
                .contribution_aims
                .iter()
                .map(|a| a.title.get_or_sv(tag).to_owned())
                .collect(),
            max: coverage.max(),
            counts: coverage.counts,
            row_totals: coverage.area_totals,
            column_totals: coverage.aim_totals,
        };
        View {
            lang,
            title: Some(programme.title.get_or_sv(tag).to_owned()),
            organisation: Some(programme.organisation.name.get_or_sv(tag).to_owned()),
            adopted: programme.adopted,
            period: programme.period.as_ref().map(|p| (p.start, p.end)),
            summary: programme
                .summary
                .as_ref()
                .map(|s| s.get_or_sv(tag).to_owned()),
            errors: report.errors.clone(),
            warnings: report.warnings.len(),
            complete: true,
            focus_areas,
            arenas: programme
                .arenas
                .iter()
                .map(|a| ArenaView {
                    name: a.name.get_or_sv(tag).to_owned(),
                    kind: a.kind,
                    level: a.level,
                })
                .collect(),
            as_of,
            activities,
            matrix: Some(matrix),
        }
    }

    /// The view of a document that is not a programme: the errors, and the
    /// title, organisation and focus areas where they can be read.
    pub(crate) fn of_invalid(
        bytes: &[u8],
        report: &Report,
        lang: Lang,
        as_of: Option<Date>,
    ) -> Self {
        let tag = lang.as_str();
        let value: Value = serde_json::from_slice(bytes).unwrap_or(Value::Null);
        let focus_areas = value
            .get("focus_areas")
            .and_then(Value::as_array)
            .map(|areas| {
                areas
                    .iter()
                    .map(|area| AreaView {
                        number: area.get("number").and_then(Value::as_u64),
                        title: text(area.get("title"), tag),
                        goal: text(
                            area.get("direction_goal").and_then(|g| g.get("statement")),
                            tag,
                        ),
                        groups: Vec::new(),
                    })
                    .collect()
            })
            .unwrap_or_default();
        View {
            lang,
            title: text(value.get("title"), tag),
            organisation: text(value.get("organisation").and_then(|o| o.get("name")), tag),
            adopted: None,
            period: None,
            summary: text(value.get("summary"), tag),
            errors: report.errors.clone(),
            warnings: report.warnings.len(),
            complete: false,
            focus_areas,
            arenas: Vec::new(),
            as_of,
            activities: Vec::new(),
            matrix: None,
        }
    }
}

fn position_view(p: &AdvocacyPosition, tag: &str) -> PositionView {
    PositionView {
        title: p.title.get_or_sv(tag).to_owned(),
        statement: p.statement.get_or_sv(tag).to_owned(),
        targets: p
            .targets
            .iter()
            .map(|t| (t.body.get_or_sv(tag).to_owned(), t.level))
            .collect(),
        priority: p.priority,
    }
}

/// A Text read leniently from JSON: the value in `tag`, else Swedish, else a plain string.
fn text(value: Option<&Value>, tag: &str) -> Option<String> {
    let value = value?;
    let found = match value {
        Value::String(s) => Some(s.as_str()),
        Value::Object(map) => map
            .get(tag)
            .or_else(|| map.get("sv"))
            .and_then(Value::as_str),
        _ => None,
    }?;
    (!found.trim().is_empty()).then(|| found.to_owned())
}
