//! The one walk over a [`View`]: what a report says and in which order,
//! told to a [`Sink`] that knows one format (Markdown or HTML). The walk
//! decides content and structure; a sink decides only syntax and escaping.

use omvarld::model::Gender;
use omvarld::{Date, Issue, Lang};

use crate::render::labels::{self, labels, Labels};
use crate::render::plural::{count, Noun};
use crate::render::view::{
    ActivityView, AreaView, IndicatorView, Matrix, PositionView, PublicationView, View,
};

/// A piece of inline text. Every string is raw: the sink escapes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Inline {
    /// Plain text (user text or a label).
    Text(String),
    /// Strong emphasis.
    Strong(Vec<Inline>),
    /// A code span: a command or an issue's `severity[code]`.
    Code(String),
    /// A JSON Pointer: plain text in Markdown, code in HTML.
    Path(String),
    /// A side note after a list item (a position's targets and priority).
    Note(Vec<Inline>),
    /// A date (an activity's start): machine-readable in HTML.
    Date(Date),
    /// A link to an `http(s)` address (validated as a Url by the core).
    Link {
        /// The link text.
        text: Vec<Inline>,
        /// The address.
        url: String,
    },
    /// A short mark after an item (an activity that has ended).
    Mark(Mark, String),
}

/// What a [`Inline::Mark`] says; each sink picks its own look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mark {
    /// Ended before today.
    Past,
    /// Going on today.
    Ongoing,
    /// Overdue for review (the follow-up report).
    Overdue,
}

/// Plain text.
pub(crate) fn text(s: impl Into<String>) -> Inline {
    Inline::Text(s.into())
}

/// Strong text.
pub(crate) fn strong(s: impl Into<String>) -> Inline {
    Inline::Strong(vec![text(s)])
}

/// A fixed phrase where backticks mark code spans (``kör `omvarld validate` ``):
/// odd segments become [`Inline::Code`], so no format shows the backticks
/// literally. Only for labels, never for user text.
pub(crate) fn phrase(label: &str) -> Vec<Inline> {
    label
        .split('`')
        .enumerate()
        .filter(|(_, part)| !part.is_empty())
        .map(|(k, part)| {
            if k % 2 == 1 {
                Inline::Code(part.to_owned())
            } else {
                text(part)
            }
        })
        .collect()
}

/// `inner` as a link to `url` when there is one.
fn linked(inner: Vec<Inline>, url: Option<&str>) -> Vec<Inline> {
    match url {
        Some(url) => vec![Inline::Link {
            text: inner,
            url: url.to_owned(),
        }],
        None => inner,
    }
}

/// A list item, with the details shown below it (a position's asks,
/// decision, references and follow-up).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Item {
    /// The item's own line.
    pub(crate) text: Vec<Inline>,
    /// Labelled details below the line, in reading order.
    pub(crate) details: Vec<Detail>,
}

impl From<Vec<Inline>> for Item {
    fn from(text: Vec<Inline>) -> Self {
        Item {
            text,
            details: Vec::new(),
        }
    }
}

/// A labelled detail of a list item.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Detail {
    /// The label (`Krav`, `Beslut`).
    pub(crate) label: String,
    /// What follows the label.
    pub(crate) body: DetailBody,
}

/// The content of a [`Detail`].
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum DetailBody {
    /// One line.
    Line(Vec<Inline>),
    /// A bulleted list.
    List(Vec<Vec<Inline>>),
}

/// What a point of an indicator chart is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PointKind {
    /// Utgångsvärde.
    Baseline,
    /// Utfall (the total).
    Result,
    /// Målvärde.
    Target,
}

/// A point of an indicator chart.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Point {
    /// Baseline, result or target.
    pub(crate) kind: PointKind,
    /// The year, the horizontal axis.
    pub(crate) year: u16,
    /// The value, the vertical axis.
    pub(crate) value: f64,
    /// The value as the report's language writes it.
    pub(crate) label: String,
}

/// An indicator's figures: a line chart where a format can draw one, else
/// the table.
#[derive(Debug)]
pub(crate) struct Chart {
    /// The indicator's name and facts (unit, Kolada KPI, which way is better).
    pub(crate) caption: Vec<Inline>,
    /// Every figure of the chart in one sentence, for readers who cannot see it.
    pub(crate) description: String,
    /// The line: baseline, the total results by year, target.
    pub(crate) points: Vec<Point>,
    /// The name of each kind of point that the chart has, for its legend.
    pub(crate) legend: Vec<(PointKind, String)>,
    /// The heading of the table where a chart shows it as well.
    pub(crate) figures: String,
    /// Every figure, results per gender too.
    pub(crate) table: Table,
}

/// What a paragraph is for; each sink picks its own look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// An ordinary paragraph.
    Plain,
    /// The programme's facts line under the title.
    Facts,
    /// The programme's summary.
    Summary,
    /// A focus area's direction goal.
    Goal,
    /// An explanation of a table.
    Legend,
    /// A remark beside the content (how many warnings there are).
    Remark,
    /// Says that a part has nothing to show.
    Empty,
}

/// A section of the report (HTML wraps each in an element; Markdown has
/// only its headings).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Section {
    /// Title, facts and summary.
    Header,
    /// The errors of an invalid document.
    Errors,
    /// All focus areas.
    FocusAreas,
    /// One focus area.
    FocusArea,
    /// The coverage matrix.
    Coverage,
    /// The arenas.
    Arenas,
    /// The decision-making bodies.
    Bodies,
    /// The publications.
    Publications,
    /// The activities.
    Activities,
    /// The positions overdue for review (the follow-up report).
    Overdue,
    /// The positions with their follow-up logs (the follow-up report).
    Positions,
    /// One group of the changes of a diff (`omvarld diff`).
    Changes,
}

/// What a table cell holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Cell {
    /// A column heading; `key` is a short form for narrow formats.
    Heading {
        /// The full heading.
        text: String,
        /// A short form (`B4`) that a format may show instead, with
        /// [`Table::key`] spelling it out.
        key: Option<String>,
    },
    /// A row heading.
    RowHeading(String),
    /// Ordinary text.
    Text(String),
    /// A count in the matrix, with its heat level (0 for a gap, 1–4).
    Count {
        /// The count.
        count: usize,
        /// Its heat level.
        heat: usize,
    },
    /// A total (or an empty total cell when `None`), also as a heading.
    Total(Option<usize>),
    /// The heading of the totals row or column.
    TotalHeading(String),
}

/// A table: the matrix, the arenas, the bodies or an indicator's figures.
#[derive(Debug)]
pub(crate) struct Table {
    /// `true` for the coverage matrix (a heat map in HTML).
    pub(crate) matrix: bool,
    /// The column headings.
    pub(crate) header: Vec<Cell>,
    /// Whether each column is numeric (right-aligned).
    pub(crate) numeric: Vec<bool>,
    /// The body rows.
    pub(crate) rows: Vec<Vec<Cell>>,
    /// The totals row.
    pub(crate) footer: Option<Vec<Cell>>,
    /// The intro and `(key, text)` pairs of the short column headings.
    pub(crate) key: Option<(String, Vec<(String, String)>)>,
}

/// One output format. The walk calls these in reading order.
pub(crate) trait Sink {
    /// Starts the document: its language tag, title and the kind of report.
    fn begin(&mut self, lang: &str, title: &str, report: &str);
    /// Opens a section.
    fn open(&mut self, section: Section);
    /// Closes the section opened last.
    fn close(&mut self, section: Section);
    /// A heading of level 1–3.
    fn heading(&mut self, level: u8, text: &[Inline]);
    /// The heading of a group of list items (positions of one status).
    fn group_heading(&mut self, text: &[Inline]);
    /// A paragraph.
    fn paragraph(&mut self, role: Role, text: &[Inline]);
    /// A bulleted list.
    fn list(&mut self, items: &[Item]);
    /// A table.
    fn table(&mut self, table: &Table);
    /// An indicator's figures.
    fn chart(&mut self, chart: &Chart);
    /// Ends the document and returns it.
    fn finish(self) -> String;
}

/// Walks the whole report into `sink` and returns the document.
pub(crate) fn render<S: Sink>(view: &View, mut sink: S) -> String {
    let l = labels(view.lang);
    let title = view.title.as_deref().unwrap_or(l.untitled);
    sink.begin(l.lang, title, l.report);
    header(&mut sink, view, l, title);
    errors(&mut sink, &view.errors, l, l.errors_note);
    if view.warnings > 0 || view.allowed > 0 {
        let mut counted = count(view.lang, view.warnings, Noun::Warning);
        if view.allowed > 0 {
            counted.push_str(", ");
            counted.push_str(&crate::render::text::allowed(view.lang, view.allowed));
        }
        let mut remark = vec![text(format!("{counted}; "))];
        remark.extend(phrase(l.warnings_note));
        sink.paragraph(Role::Remark, &remark);
    }
    sink.open(Section::FocusAreas);
    sink.heading(2, &[text(l.focus_areas)]);
    for area in &view.focus_areas {
        focus_area(&mut sink, view, l, area);
    }
    sink.close(Section::FocusAreas);
    if let Some(matrix) = &view.matrix {
        coverage(&mut sink, l, matrix);
    }
    if view.complete {
        arenas(&mut sink, view, l);
        bodies(&mut sink, view, l);
        publications(&mut sink, view, l);
        activities(&mut sink, view, l);
    } else {
        sink.paragraph(Role::Empty, &[text(l.partial)]);
    }
    sink.finish()
}

/// One fact of a report's header: `**Label:** value`.
pub(crate) fn fact(label: &str, value: Vec<Inline>) -> Vec<Inline> {
    let mut out = vec![strong(format!("{label}:")), text(" ")];
    out.extend(value);
    out
}

/// A period as a report's header shows it: `start – end`, the end blank
/// while the period is open.
pub(crate) fn period(start: Date, end: Option<Date>) -> String {
    let end = end.map(|e| e.to_string()).unwrap_or_default();
    format!("{start} – {end}")
}

/// The header's facts on one line, joined by ` · `; nothing when there are none.
pub(crate) fn facts_paragraph<S: Sink>(sink: &mut S, facts: &[Vec<Inline>]) {
    if !facts.is_empty() {
        let joined: Vec<Inline> = facts.join(&text(" · "));
        sink.paragraph(Role::Facts, &joined);
    }
}

fn header<S: Sink>(sink: &mut S, view: &View, l: &Labels, title: &str) {
    sink.open(Section::Header);
    sink.heading(1, &[text(title)]);
    let mut facts: Vec<Vec<Inline>> = Vec::new();
    if let Some(org) = &view.organisation {
        facts.push(fact(l.organisation, vec![text(org.as_str())]));
    }
    if let Some(adopted) = view.adopted {
        facts.push(fact(l.adopted, vec![text(adopted.to_string())]));
    }
    if let Some((start, end)) = view.period {
        facts.push(fact(l.period, vec![text(period(start, end))]));
    }
    facts_paragraph(sink, &facts);
    if let Some(summary) = &view.summary {
        sink.paragraph(Role::Summary, &[text(summary.as_str())]);
    }
    sink.close(Section::Header);
}

/// The errors of an invalid document, at the top of a report; `note` says
/// what the report shows of it.
pub(crate) fn errors<S: Sink>(sink: &mut S, issues: &[Issue], l: &Labels, note: &str) {
    if issues.is_empty() {
        return;
    }
    sink.open(Section::Errors);
    sink.heading(2, &[text(format!("{} ({})", l.errors, issues.len()))]);
    sink.paragraph(Role::Plain, &phrase(note));
    let items: Vec<Item> = issues
        .iter()
        .map(|issue| {
            let place = match (issue.line, issue.column) {
                (Some(line), Some(column)) => {
                    format!(" ({} {line}, {} {column})", l.line, l.column)
                }
                _ => String::new(),
            };
            // A message marks code (`title`, `omvarld upgrade`) with
            // backticks: code spans in every format, never literal backticks.
            let mut line = vec![
                Inline::Code(format!("{}[{}]", issue.severity, issue.code)),
                text(" "),
                Inline::Path(issue.display_path().to_owned()),
                text(format!("{place}: ")),
            ];
            line.extend(phrase(&issue.message));
            line.into()
        })
        .collect();
    sink.list(&items);
    sink.close(Section::Errors);
}

/// Opens a focus area's section: `number. title` and its direction goal.
pub(crate) fn focus_area_heading<S: Sink>(
    sink: &mut S,
    l: &Labels,
    number: Option<u64>,
    title: Option<&str>,
    goal: Option<&str>,
) {
    sink.open(Section::FocusArea);
    let number = number.map(|n| format!("{n}. ")).unwrap_or_default();
    let title = title.unwrap_or(l.untitled);
    sink.heading(3, &[text(format!("{number}{title}"))]);
    if let Some(goal) = goal {
        sink.paragraph(
            Role::Goal,
            &[
                strong(format!("{}:", l.direction_goal)),
                text(format!(" {goal}")),
            ],
        );
    }
}

fn focus_area<S: Sink>(sink: &mut S, view: &View, l: &Labels, area: &AreaView) {
    focus_area_heading(
        sink,
        l,
        area.number,
        area.title.as_deref(),
        area.goal.as_deref(),
    );
    if let Some(description) = &area.description {
        sink.paragraph(Role::Plain, &[text(description.as_str())]);
    }
    if !area.indicators.is_empty() {
        sink.group_heading(&[text(format!(
            "{} ({})",
            l.indicators,
            area.indicators.len()
        ))]);
        sink.table(&indicator_table(view, l, &area.indicators));
    }
    for indicator in area.indicators.iter().filter(|i| !i.results.is_empty()) {
        sink.chart(&chart(view.lang, l, indicator));
    }
    if view.complete && area.groups.is_empty() {
        sink.paragraph(Role::Empty, &[text(l.no_positions)]);
    }
    for (status, positions) in &area.groups {
        sink.group_heading(&[text(format!(
            "{} ({})",
            labels::status(view.lang, *status),
            positions.len()
        ))]);
        let items: Vec<Item> = positions.iter().map(|p| position(view, l, p)).collect();
        sink.list(&items);
    }
    sink.close(Section::FocusArea);
}

/// A position: title, statement, targets and priority on one line, and
/// below it what standard 1.1 adds (asks, shift, decision, references, the
/// latest follow-up).
fn position(view: &View, l: &Labels, p: &PositionView) -> Item {
    let lang = view.lang;
    let mut notes: Vec<String> = p
        .targets
        .iter()
        .map(|(body, level)| format!("{body} ({})", labels::level(lang, *level)))
        .collect();
    if let Some(priority) = p.priority {
        notes.push(format!(
            "{} {}",
            l.priority,
            labels::priority(lang, priority)
        ));
    }
    let line = vec![
        strong(p.title.as_str()),
        text(format!(": {} ", p.statement)),
        Inline::Note(vec![text(format!("→ {}", notes.join(", ")))]),
    ];
    let mut details = Vec::new();
    let mut detail = |label: &str, body: DetailBody| {
        details.push(Detail {
            label: label.to_owned(),
            body,
        });
    };
    let line_of = |s: &str| DetailBody::Line(vec![text(s)]);
    if let Some(rationale) = &p.rationale {
        detail(l.rationale, line_of(rationale));
    }
    if !p.asks.is_empty() {
        detail(
            l.asks,
            DetailBody::List(p.asks.iter().map(|a| vec![text(a.as_str())]).collect()),
        );
    }
    if let Some((from, to)) = &p.shift {
        detail(
            l.shift,
            DetailBody::Line(vec![text(format!("{from} → {to}"))]),
        );
    }
    if let Some(d) = &p.decision {
        let mut line = linked(
            vec![text(d.body.as_str()), text(", "), Inline::Date(d.date)],
            d.url.as_deref(),
        );
        if let Some(case) = &d.case_number {
            line.push(text(format!(", {} {case}", l.case_number)));
        }
        detail(l.decision, DetailBody::Line(line));
    }
    if !p.references.is_empty() {
        let items = p
            .references
            .iter()
            .map(|r| {
                let mut line = vec![text(format!("{}: ", labels::relation(lang, r.relation)))];
                line.extend(linked(vec![text(r.title.as_str())], r.url.as_deref()));
                let mut facts = vec![labels::reference_kind(lang, r.kind).to_owned()];
                facts.extend(r.identifier.clone());
                facts.extend(
                    r.case_number
                        .as_ref()
                        .map(|c| format!("{} {c}", l.case_number)),
                );
                line.push(text(format!(" ({})", facts.join("; "))));
                line
            })
            .collect();
        detail(l.references, DetailBody::List(items));
    }
    if let Some(f) = &p.follow_up {
        let mut facts: Vec<String> = Vec::new();
        facts.extend(f.status.map(|s| labels::status_of_one(lang, s).to_owned()));
        facts.extend(
            f.assessment
                .map(|a| format!("{}: {}", l.assessment, labels::assessment(lang, a))),
        );
        let mut line = vec![
            Inline::Date(f.date),
            text(format!(" – {}", facts.join(", "))),
        ];
        if let Some(note) = &f.note {
            line.push(text(format!(". {note}")));
        }
        detail(l.follow_up, DetailBody::Line(line));
    }
    if !p.aims.is_empty() {
        detail(l.contributes_to, line_of(&p.aims.join(", ")));
    }
    if !p.arenas.is_empty() {
        detail(l.position_arenas, line_of(&p.arenas.join(", ")));
    }
    if let Some(owner) = &p.owner {
        detail(l.owner, line_of(owner));
    }
    if let Some(date) = p.adopted {
        detail(l.adopted, DetailBody::Line(vec![Inline::Date(date)]));
    }
    if let Some(date) = p.review_by {
        detail(l.review_by, DetailBody::Line(vec![Inline::Date(date)]));
    }
    Item {
        text: line,
        details,
    }
}

/// The indicators of a goal at a glance: name, Kolada KPI, unit, which way
/// is better (when any says), baseline, target and the latest total result
/// (when any has results); `–` where the document says nothing.
fn indicator_table(view: &View, l: &Labels, indicators: &[IndicatorView]) -> Table {
    let lang = view.lang;
    let none = || Cell::Text("–".to_owned());
    let measured = |m: Option<(u16, f64)>| {
        m.map_or_else(none, |(year, value)| {
            Cell::Text(format!("{} ({year})", labels::number(lang, value)))
        })
    };
    let directions = indicators.iter().any(|i| i.direction.is_some());
    let results = indicators.iter().any(|i| !i.results.is_empty());
    let heading = |s: &str| Cell::Heading {
        text: s.to_owned(),
        key: None,
    };
    let mut header = vec![heading(l.indicator), heading(l.kolada_kpi), heading(l.unit)];
    if directions {
        header.push(heading(l.direction));
    }
    header.extend([heading(l.baseline), heading(l.target)]);
    if results {
        header.push(heading(l.latest_result));
    }
    let figures = 2 + usize::from(results);
    let mut numeric = vec![false; header.len() - figures];
    numeric.extend(std::iter::repeat_n(true, figures));
    let rows = indicators
        .iter()
        .map(|i| {
            let mut row = vec![
                Cell::Text(i.name.clone()),
                i.kolada_kpi.clone().map_or_else(none, Cell::Text),
                i.unit.clone().map_or_else(none, Cell::Text),
            ];
            if directions {
                row.push(
                    i.direction
                        .map_or_else(none, |d| Cell::Text(labels::direction(lang, d).to_owned())),
                );
            }
            row.extend([measured(i.baseline), measured(i.target)]);
            if results {
                let latest = i
                    .results
                    .iter()
                    .filter(|(_, _, g)| *g == Gender::Total)
                    .max_by_key(|(year, _, _)| *year)
                    .map(|&(year, value, _)| (year, value));
                row.push(measured(latest));
            }
            row
        })
        .collect();
    Table {
        matrix: false,
        header,
        numeric,
        rows,
        footer: None,
        key: None,
    }
}

/// An indicator's chart: the points of the line and the table of every figure.
pub(crate) fn chart(lang: Lang, l: &Labels, indicator: &IndicatorView) -> Chart {
    let figure = |value: f64| labels::number(lang, value);
    let mut facts: Vec<String> = Vec::new();
    facts.extend(indicator.unit.clone());
    facts.extend(indicator.kolada_kpi.as_ref().map(|k| format!("Kolada {k}")));
    facts.extend(
        indicator
            .direction
            .map(|d| labels::direction(lang, d).to_owned()),
    );
    let mut caption = vec![strong(indicator.name.as_str())];
    if !facts.is_empty() {
        caption.push(text(format!(" ({})", facts.join("; "))));
    }

    let totals: Vec<(u16, f64)> = indicator
        .results
        .iter()
        .filter(|(_, _, g)| *g == Gender::Total)
        .map(|&(year, value, _)| (year, value))
        .collect();
    let point = |kind, (year, value): (u16, f64)| Point {
        kind,
        year,
        value,
        label: figure(value),
    };
    let mut points = Vec::new();
    points.extend(indicator.baseline.map(|b| point(PointKind::Baseline, b)));
    points.extend(totals.iter().map(|&r| point(PointKind::Result, r)));
    points.extend(indicator.target.map(|t| point(PointKind::Target, t)));

    let mut sentence = vec![match &indicator.unit {
        Some(unit) => format!("{} ({unit})", indicator.name),
        None => indicator.name.clone(),
    }];
    if let Some((year, value)) = indicator.baseline {
        sentence.push(format!("{} {year}: {}", l.baseline, figure(value)));
    }
    if !totals.is_empty() {
        let years: Vec<String> = totals
            .iter()
            .map(|&(year, value)| format!("{year}: {}", figure(value)))
            .collect();
        sentence.push(format!("{} {}", l.result, years.join(", ")));
    }
    if let Some((year, value)) = indicator.target {
        sentence.push(format!("{} {year}: {}", l.target, figure(value)));
    }
    let mut description = sentence.join(". ");
    description.push('.');

    let mut legend = Vec::new();
    for (kind, name) in [
        (PointKind::Result, l.result),
        (PointKind::Baseline, l.baseline),
        (PointKind::Target, l.target),
    ] {
        if points.iter().any(|p| p.kind == kind) {
            legend.push((kind, name.to_owned()));
        }
    }

    let gendered = indicator
        .results
        .iter()
        .any(|(_, _, g)| *g != Gender::Total);
    let row = |year: u16, what: &str, gender: Option<&str>, value: f64| {
        let mut cells = vec![Cell::Text(year.to_string()), Cell::Text(what.to_owned())];
        if gendered {
            cells.push(Cell::Text(gender.unwrap_or_default().to_owned()));
        }
        cells.push(Cell::Text(figure(value)));
        cells
    };
    let mut rows = Vec::new();
    rows.extend(
        indicator
            .baseline
            .map(|(year, value)| row(year, l.baseline, None, value)),
    );
    rows.extend(
        indicator
            .results
            .iter()
            .map(|&(year, value, g)| row(year, l.result, labels::gender(lang, g), value)),
    );
    rows.extend(
        indicator
            .target
            .map(|(year, value)| row(year, l.target, None, value)),
    );
    let heading = |s: &str| Cell::Heading {
        text: s.to_owned(),
        key: None,
    };
    let value_heading = match &indicator.unit {
        Some(unit) => format!("{} ({unit})", l.value),
        None => l.value.to_owned(),
    };
    let mut header = vec![heading(l.year), heading(l.figure)];
    if gendered {
        header.push(heading(l.gender));
    }
    header.push(heading(&value_heading));
    let mut numeric = vec![false; header.len()];
    if let Some(last) = numeric.last_mut() {
        *last = true;
    }
    Chart {
        caption,
        description,
        points,
        legend,
        figures: l.figures.to_owned(),
        table: Table {
            matrix: false,
            header,
            numeric,
            rows,
            footer: None,
            key: None,
        },
    }
}

/// The heat level of a cell: 0 for a gap, else 1–4 by its share of the largest count.
pub(crate) fn heat(count: usize, max: usize) -> usize {
    if count == 0 || max == 0 {
        0
    } else {
        (count * 4).div_ceil(max).clamp(1, 4)
    }
}

fn coverage<S: Sink>(sink: &mut S, l: &Labels, matrix: &Matrix) {
    sink.open(Section::Coverage);
    sink.heading(2, &[text(l.coverage)]);
    sink.paragraph(Role::Legend, &phrase(l.coverage_note));
    let keys: Vec<String> = (1..=matrix.columns.len())
        .map(|k| format!("{}{k}", l.aim_key))
        .collect();
    let mut header = vec![Cell::Heading {
        text: l.focus_area.to_owned(),
        key: None,
    }];
    header.extend(
        matrix
            .columns
            .iter()
            .zip(&keys)
            .map(|(aim, key)| Cell::Heading {
                text: aim.clone(),
                key: Some(key.clone()),
            }),
    );
    header.push(Cell::TotalHeading(l.total.to_owned()));
    let rows = matrix
        .rows
        .iter()
        .zip(&matrix.counts)
        .zip(&matrix.row_totals)
        .map(|((row, counts), total)| {
            let mut cells = vec![Cell::RowHeading(row.clone())];
            cells.extend(counts.iter().map(|&count| Cell::Count {
                count,
                heat: heat(count, matrix.max),
            }));
            cells.push(Cell::Total(Some(*total)));
            cells
        })
        .collect();
    let mut footer = vec![Cell::TotalHeading(l.total.to_owned())];
    footer.extend(matrix.column_totals.iter().map(|t| Cell::Total(Some(*t))));
    footer.push(Cell::Total(None));
    let mut numeric = vec![false];
    numeric.extend(std::iter::repeat_n(true, matrix.columns.len() + 1));
    sink.table(&Table {
        matrix: true,
        header,
        numeric,
        rows,
        footer: Some(footer),
        key: Some((
            l.aims.to_owned(),
            keys.into_iter()
                .zip(matrix.columns.iter().cloned())
                .collect(),
        )),
    });
    sink.close(Section::Coverage);
}

fn arenas<S: Sink>(sink: &mut S, view: &View, l: &Labels) {
    sink.open(Section::Arenas);
    sink.heading(2, &[text(l.arenas)]);
    if view.arenas.is_empty() {
        sink.paragraph(Role::Empty, &[text(l.no_arenas)]);
    } else {
        let heading = |s: &str| Cell::Heading {
            text: s.to_owned(),
            key: None,
        };
        sink.table(&Table {
            matrix: false,
            header: vec![heading(l.arena), heading(l.kind), heading(l.level)],
            numeric: vec![false; 3],
            rows: view
                .arenas
                .iter()
                .map(|arena| {
                    vec![
                        Cell::Text(arena.name.clone()),
                        Cell::Text(labels::kind(view.lang, arena.kind).to_owned()),
                        Cell::Text(labels::level(view.lang, arena.level).to_owned()),
                    ]
                })
                .collect(),
            footer: None,
            key: None,
        });
    }
    sink.close(Section::Arenas);
}

/// The decision-making bodies, when the document has any (standard 1.1).
fn bodies<S: Sink>(sink: &mut S, view: &View, l: &Labels) {
    if view.bodies.is_empty() {
        return;
    }
    sink.open(Section::Bodies);
    sink.heading(2, &[text(l.bodies)]);
    let heading = |s: &str| Cell::Heading {
        text: s.to_owned(),
        key: None,
    };
    sink.table(&Table {
        matrix: false,
        header: vec![heading(l.body), heading(l.kind), heading(l.decided)],
        numeric: vec![false, false, true],
        rows: view
            .bodies
            .iter()
            .map(|body| {
                vec![
                    Cell::Text(body.name.clone()),
                    Cell::Text(labels::body_kind(view.lang, body.kind).to_owned()),
                    Cell::Text(body.decisions.to_string()),
                ]
            })
            .collect(),
        footer: None,
        key: None,
    });
    sink.close(Section::Bodies);
}

/// The publications, each with the positions it presents.
fn publications<S: Sink>(sink: &mut S, view: &View, l: &Labels) {
    sink.open(Section::Publications);
    sink.heading(2, &[text(l.publications)]);
    if view.publications.is_empty() {
        sink.paragraph(Role::Empty, &[text(l.no_publications)]);
    } else {
        let items: Vec<Item> = view
            .publications
            .iter()
            .map(|p| publication(view, l, p))
            .collect();
        sink.list(&items);
    }
    sink.close(Section::Publications);
}

fn publication(view: &View, l: &Labels, p: &PublicationView) -> Item {
    let mut line = linked(vec![strong(p.title.as_str())], p.url.as_deref());
    let mut facts: Vec<Vec<Inline>> = Vec::new();
    facts.extend(
        p.kind
            .map(|k| vec![text(labels::publication_kind(view.lang, k))]),
    );
    facts.extend(p.identifier.as_ref().map(|i| vec![text(i.as_str())]));
    facts.extend(
        p.published
            .map(|d| vec![text(format!("{} ", l.published)), Inline::Date(d)]),
    );
    if !facts.is_empty() {
        line.push(text(" ("));
        line.extend(facts.join(&text("; ")));
        line.push(text(")"));
    }
    let mut details = Vec::new();
    if !p.positions.is_empty() {
        details.push(Detail {
            label: l.positions.to_owned(),
            body: DetailBody::List(p.positions.iter().map(|t| vec![text(t.as_str())]).collect()),
        });
    }
    Item {
        text: line,
        details,
    }
}

/// Every activity in the document, in date order (the view sorts them),
/// with those that ended before today marked, and the order said above them.
fn activities<S: Sink>(sink: &mut S, view: &View, l: &Labels) {
    sink.open(Section::Activities);
    sink.heading(2, &[text(l.activities)]);
    if view.activities.is_empty() {
        sink.paragraph(Role::Empty, &[text(l.no_activities)]);
    } else {
        let note = match view.as_of {
            Some(today) => l.activities_note.replace("{date}", &today.to_string()),
            None => l.activities_order.to_owned(),
        };
        sink.paragraph(Role::Legend, &[text(note)]);
        let items: Vec<Item> = view
            .activities
            .iter()
            .map(|a| activity(view, l, a))
            .collect();
        sink.list(&items);
    }
    sink.close(Section::Activities);
}

fn activity(view: &View, l: &Labels, a: &ActivityView) -> Item {
    let mut line = vec![Inline::Date(a.starts)];
    if let Some(ends) = a.ends {
        line.extend([text(" – "), Inline::Date(ends)]);
    }
    line.push(text(": "));
    line.push(strong(a.title.as_str()));
    let arena = a
        .arena
        .as_deref()
        .map(|name| format!(", {name}"))
        .unwrap_or_default();
    line.push(text(format!(
        "{arena} ({})",
        count(view.lang, a.positions.len(), Noun::Position)
    )));
    let last = a.ends.unwrap_or(a.starts);
    match view.as_of {
        Some(today) if last < today => line.push(Inline::Mark(Mark::Past, l.ended.to_owned())),
        Some(today) if a.starts <= today => {
            line.push(Inline::Mark(Mark::Ongoing, l.ongoing.to_owned()));
        }
        _ => {}
    }
    let mut details = Vec::new();
    if let Some(description) = &a.description {
        details.push(Detail {
            label: l.description.to_owned(),
            body: DetailBody::Line(vec![text(description.as_str())]),
        });
    }
    if !a.positions.is_empty() {
        details.push(Detail {
            label: l.positions.to_owned(),
            body: DetailBody::List(a.positions.iter().map(|t| vec![text(t.as_str())]).collect()),
        });
    }
    Item {
        text: line,
        details,
    }
}

#[cfg(test)]
mod tests {
    use omvarld::Lang;

    use super::{heat, phrase, Inline};
    use crate::render::view::{ActivityView, View};
    use crate::render::{html, markdown};

    /// An empty programme view with `warnings` warnings and one activity
    /// naming `positions` positions.
    fn view(lang: Lang, warnings: usize, positions: usize) -> View {
        View {
            lang,
            title: Some("P".into()),
            organisation: None,
            adopted: None,
            period: None,
            summary: None,
            errors: Vec::new(),
            warnings,
            allowed: 0,
            complete: true,
            focus_areas: Vec::new(),
            arenas: Vec::new(),
            bodies: Vec::new(),
            publications: Vec::new(),
            as_of: None,
            activities: vec![ActivityView {
                title: "A".into(),
                starts: "2027-01-01".parse().unwrap(),
                ends: None,
                arena: None,
                positions: vec!["P".to_owned(); positions],
                description: None,
            }],
            matrix: None,
        }
    }

    #[test]
    fn counts_in_reports_agree_with_their_number() {
        let cases = [
            (
                Lang::Sv,
                1,
                "_1 varning; kör `omvarld validate` för detaljer._",
                "(1 ståndpunkt)",
            ),
            (
                Lang::Sv,
                2,
                "_2 varningar; kör `omvarld validate` för detaljer._",
                "(2 ståndpunkter)",
            ),
            (
                Lang::En,
                1,
                "_1 warning; run `omvarld validate` for details._",
                "(1 position)",
            ),
            (
                Lang::En,
                2,
                "_2 warnings; run `omvarld validate` for details._",
                "(2 positions)",
            ),
        ];
        for (lang, n, remark, positions) in cases {
            let md = markdown::render(&view(lang, n, n));
            assert!(md.contains(remark), "{md}");
            assert!(md.contains(positions), "{md}");
            let html = html::render(&view(lang, n, n));
            assert!(html.contains(positions), "{html}");
        }
        let md = markdown::render(&view(Lang::Sv, 0, 0));
        assert!(!md.contains("varning"), "{md}");
        assert!(md.contains("(0 ståndpunkter)"), "{md}");
    }

    #[test]
    fn heat_levels_scale_with_the_largest_count() {
        assert_eq!(heat(0, 0), 0);
        assert_eq!(heat(0, 5), 0);
        assert_eq!(heat(1, 8), 1);
        assert_eq!(heat(4, 8), 2);
        assert_eq!(heat(8, 8), 4);
        assert_eq!(heat(1, 1), 4);
    }

    #[test]
    fn backticks_in_a_phrase_become_code_spans() {
        assert_eq!(
            phrase("kör `omvarld validate` för detaljer."),
            vec![
                Inline::Text("kör ".into()),
                Inline::Code("omvarld validate".into()),
                Inline::Text(" för detaljer.".into()),
            ]
        );
        assert_eq!(phrase("inga"), vec![Inline::Text("inga".into())]);
    }
}
