//! [`View`]: what a report shows, read from a typed programme or, for a
//! structurally invalid document, from whatever JSON can be read. Markdown
//! and HTML render the same view.

use omvarld::model::{
    Assessment, BodyKind, Direction, Gender, IndicatorResult, PublicationKind, ReferenceKind,
    Relation,
};
use omvarld::{
    AdvocacyPosition, ArenaKind, Date, GovernanceLevel, Id, Indicator, Issue, Lang, Priority,
    Programme, Report, Status,
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
    /// Warnings left out because `--allow` allowed their code.
    pub(crate) allowed: usize,
    /// `false` when the document could not be read as a programme.
    pub(crate) complete: bool,
    pub(crate) focus_areas: Vec<AreaView>,
    pub(crate) arenas: Vec<ArenaView>,
    pub(crate) bodies: Vec<BodyView>,
    pub(crate) publications: Vec<PublicationView>,
    /// Today (or `--as-of`): activities that ended before it are past.
    pub(crate) as_of: Option<Date>,
    /// Every activity, in date order.
    pub(crate) activities: Vec<ActivityView>,
    pub(crate) matrix: Option<Matrix>,
}

/// A focus area with its positions grouped by status.
#[derive(Debug)]
pub(crate) struct AreaView {
    pub(crate) number: Option<u64>,
    pub(crate) title: Option<String>,
    pub(crate) goal: Option<String>,
    pub(crate) description: Option<String>,
    /// The goal's indicators, in the document's order.
    pub(crate) indicators: Vec<IndicatorView>,
    pub(crate) groups: Vec<(Status, Vec<PositionView>)>,
}

/// An indicator with its figures.
#[derive(Debug)]
pub(crate) struct IndicatorView {
    pub(crate) name: String,
    pub(crate) unit: Option<String>,
    pub(crate) kolada_kpi: Option<String>,
    pub(crate) direction: Option<Direction>,
    /// Utgångsvärde: (year, value).
    pub(crate) baseline: Option<(u16, f64)>,
    /// Målvärde: (year, value).
    pub(crate) target: Option<(u16, f64)>,
    /// Utfall, sorted by year and then gender (total, female, male).
    pub(crate) results: Vec<(u16, f64, Gender)>,
}

/// One position under a focus area.
#[derive(Debug)]
pub(crate) struct PositionView {
    pub(crate) title: String,
    pub(crate) statement: String,
    pub(crate) targets: Vec<(String, GovernanceLevel)>,
    pub(crate) priority: Option<Priority>,
    /// Motivering.
    pub(crate) rationale: Option<String>,
    /// The titles of the contribution aims it names.
    pub(crate) aims: Vec<String>,
    /// The names of the arenas where it is pursued.
    pub(crate) arenas: Vec<String>,
    /// The responsible unit.
    pub(crate) owner: Option<String>,
    pub(crate) adopted: Option<Date>,
    pub(crate) review_by: Option<Date>,
    /// Krav: the concrete demands.
    pub(crate) asks: Vec<String>,
    /// Positionsförflyttning: (from, to).
    pub(crate) shift: Option<(String, String)>,
    pub(crate) decision: Option<DecisionView>,
    pub(crate) references: Vec<ReferenceView>,
    /// The last entry of the follow-up log (oldest first).
    pub(crate) follow_up: Option<FollowUpView>,
}

/// Where a position was decided.
#[derive(Debug)]
pub(crate) struct DecisionView {
    /// The body's name, or its id when no body has it.
    pub(crate) body: String,
    pub(crate) date: Date,
    /// Diarienummer.
    pub(crate) case_number: Option<String>,
    pub(crate) url: Option<String>,
}

/// A document a position answers or rests on.
#[derive(Debug)]
pub(crate) struct ReferenceView {
    pub(crate) title: String,
    pub(crate) kind: ReferenceKind,
    pub(crate) relation: Relation,
    pub(crate) identifier: Option<String>,
    pub(crate) case_number: Option<String>,
    pub(crate) url: Option<String>,
}

/// A follow-up entry.
#[derive(Debug)]
pub(crate) struct FollowUpView {
    pub(crate) date: Date,
    pub(crate) status: Option<Status>,
    pub(crate) assessment: Option<Assessment>,
    pub(crate) note: Option<String>,
}

/// A decision-making body, with the number of positions it decided.
#[derive(Debug)]
pub(crate) struct BodyView {
    pub(crate) name: String,
    pub(crate) kind: BodyKind,
    pub(crate) decisions: usize,
}

/// An arena.
#[derive(Debug)]
pub(crate) struct ArenaView {
    pub(crate) name: String,
    pub(crate) kind: ArenaKind,
    pub(crate) level: GovernanceLevel,
}

/// A publication with the positions it presents.
#[derive(Debug)]
pub(crate) struct PublicationView {
    pub(crate) title: String,
    pub(crate) url: Option<String>,
    pub(crate) published: Option<Date>,
    pub(crate) kind: Option<PublicationKind>,
    /// The publisher's case number or designation.
    pub(crate) identifier: Option<String>,
    /// The titles of its positions.
    pub(crate) positions: Vec<String>,
}

/// An activity.
#[derive(Debug)]
pub(crate) struct ActivityView {
    pub(crate) title: String,
    pub(crate) starts: Date,
    pub(crate) ends: Option<Date>,
    /// The arena's name.
    pub(crate) arena: Option<String>,
    /// The titles of the positions it carries.
    pub(crate) positions: Vec<String>,
    pub(crate) description: Option<String>,
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
                            .map(|p| position_view(programme, p, tag))
                            .collect();
                        (status, list)
                    })
                    .filter(|(_, list)| !list.is_empty())
                    .collect();
                AreaView {
                    number: Some(u64::from(area.number)),
                    title: Some(area.title.get_or_sv(tag).to_owned()),
                    goal: Some(area.direction_goal.statement.get_or_sv(tag).to_owned()),
                    description: area
                        .description
                        .as_ref()
                        .map(|d| d.get_or_sv(tag).to_owned()),
                    indicators: area
                        .direction_goal
                        .indicators
                        .iter()
                        .map(|i| indicator_view(i, tag))
                        .collect(),
                    groups,
                }
            })
            .collect();
        let mut activities: Vec<ActivityView> = programme
            .activities
            .iter()
            .map(|a| ActivityView {
                title: a.title.get_or_sv(tag).to_owned(),
                starts: a.starts,
                ends: a.ends,
                arena: a.arena.as_ref().map(|id| arena_name(programme, id, tag)),
                positions: position_titles(programme, &a.positions, tag),
                description: a.description.as_ref().map(|d| d.get_or_sv(tag).to_owned()),
            })
            .collect();
        // By first day, then last day; a stable sort keeps the document's
        // order for activities of the same days.
        activities.sort_by_key(|a| (a.starts, a.ends.unwrap_or(a.starts)));
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
            allowed: report.allowed,
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
            bodies: programme
                .bodies
                .iter()
                .map(|b| BodyView {
                    name: b.name.get_or_sv(tag).to_owned(),
                    kind: b.kind,
                    decisions: programme
                        .positions
                        .iter()
                        .filter(|p| p.decision.as_ref().is_some_and(|d| d.body == b.id))
                        .count(),
                })
                .collect(),
            publications: programme
                .publications
                .iter()
                .map(|p| PublicationView {
                    title: p.title.get_or_sv(tag).to_owned(),
                    url: p.url.as_ref().map(|u| u.as_str().to_owned()),
                    published: p.published,
                    kind: p.kind,
                    identifier: p.identifier.as_ref().map(|i| i.as_str().to_owned()),
                    positions: position_titles(programme, &p.positions, tag),
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
                        description: None,
                        indicators: Vec::new(),
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
            allowed: report.allowed,
            complete: false,
            focus_areas,
            arenas: Vec::new(),
            bodies: Vec::new(),
            publications: Vec::new(),
            as_of,
            activities: Vec::new(),
            matrix: None,
        }
    }
}

fn position_view(programme: &Programme, p: &AdvocacyPosition, tag: &str) -> PositionView {
    PositionView {
        title: p.title.get_or_sv(tag).to_owned(),
        statement: p.statement.get_or_sv(tag).to_owned(),
        targets: p
            .targets
            .iter()
            .map(|t| (t.body.get_or_sv(tag).to_owned(), t.level))
            .collect(),
        priority: p.priority,
        rationale: p.rationale.as_ref().map(|r| r.get_or_sv(tag).to_owned()),
        aims: p
            .contribution_aims
            .iter()
            .map(|id| {
                programme.contribution_aim(id.as_str()).map_or_else(
                    || id.as_str().to_owned(),
                    |aim| aim.title.get_or_sv(tag).to_owned(),
                )
            })
            .collect(),
        arenas: p
            .arenas
            .iter()
            .map(|id| arena_name(programme, id, tag))
            .collect(),
        owner: p.owner.clone(),
        adopted: p.adopted,
        review_by: p.review_by,
        asks: p.asks.iter().map(|a| a.get_or_sv(tag).to_owned()).collect(),
        shift: p.shift.as_ref().map(|s| {
            (
                s.from.get_or_sv(tag).to_owned(),
                s.to.get_or_sv(tag).to_owned(),
            )
        }),
        decision: p.decision.as_ref().map(|d| DecisionView {
            body: programme
                .bodies
                .iter()
                .find(|b| b.id == d.body)
                .map_or_else(
                    || d.body.as_str().to_owned(),
                    |b| b.name.get_or_sv(tag).to_owned(),
                ),
            date: d.date,
            case_number: d.reference.as_ref().map(|r| r.as_str().to_owned()),
            url: d.url.as_ref().map(|u| u.as_str().to_owned()),
        }),
        references: p
            .references
            .iter()
            .map(|r| ReferenceView {
                title: r.title.get_or_sv(tag).to_owned(),
                kind: r.kind,
                relation: r.relation,
                identifier: r.identifier.as_ref().map(|i| i.as_str().to_owned()),
                case_number: r.case_number.as_ref().map(|c| c.as_str().to_owned()),
                url: r.url.as_ref().map(|u| u.as_str().to_owned()),
            })
            .collect(),
        follow_up: p.follow_up.last().map(|f| FollowUpView {
            date: f.date,
            status: f.status,
            assessment: f.assessment,
            note: f.note.as_ref().map(|n| n.get_or_sv(tag).to_owned()),
        }),
    }
}

/// An arena's name, or its id when no arena has it.
fn arena_name(programme: &Programme, id: &Id, tag: &str) -> String {
    programme.arena(id.as_str()).map_or_else(
        || id.as_str().to_owned(),
        |arena| arena.name.get_or_sv(tag).to_owned(),
    )
}

/// The titles of the positions `ids` names (an id where no position has it).
fn position_titles(programme: &Programme, ids: &[Id], tag: &str) -> Vec<String> {
    ids.iter()
        .map(|id| {
            programme.position(id.as_str()).map_or_else(
                || id.as_str().to_owned(),
                |p| p.title.get_or_sv(tag).to_owned(),
            )
        })
        .collect()
}

pub(crate) fn indicator_view(indicator: &Indicator, tag: &str) -> IndicatorView {
    let mut results: Vec<(u16, f64, Gender)> = indicator
        .results
        .iter()
        .map(|r: &IndicatorResult| (r.year.get(), r.value, r.gender()))
        .collect();
    results.sort_by_key(|&(year, _, gender)| (year, gender));
    IndicatorView {
        name: indicator.name.get_or_sv(tag).to_owned(),
        unit: indicator.unit.clone(),
        kolada_kpi: indicator.kolada_kpi.as_ref().map(|k| k.as_str().to_owned()),
        direction: indicator.direction,
        baseline: indicator.baseline.as_ref().map(|m| (m.year.get(), m.value)),
        target: indicator.target.as_ref().map(|m| (m.year.get(), m.value)),
        results,
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
