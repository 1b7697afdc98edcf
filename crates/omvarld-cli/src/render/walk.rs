//! The one walk over a [`View`]: what a report says and in which order,
//! told to a [`Sink`] that knows one format (Markdown or HTML). The walk
//! decides content and structure; a sink decides only syntax and escaping.

use omvarld::Date;

use crate::render::labels::{self, labels, Labels};
use crate::render::plural::{count, Noun};
use crate::render::view::{AreaView, Matrix, View};

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
}

/// Plain text.
fn text(s: impl Into<String>) -> Inline {
    Inline::Text(s.into())
}

/// Strong text.
fn strong(s: impl Into<String>) -> Inline {
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
    /// The upcoming activities.
    Activities,
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

/// A table: the matrix or the arenas.
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
    fn list(&mut self, items: &[Vec<Inline>]);
    /// A table.
    fn table(&mut self, table: &Table);
    /// Ends the document and returns it.
    fn finish(self) -> String;
}

/// Walks the whole report into `sink` and returns the document.
pub(crate) fn render<S: Sink>(view: &View, mut sink: S) -> String {
    let l = labels(view.lang);
    let title = view.title.as_deref().unwrap_or(l.untitled);
    sink.begin(l.lang, title, l.report);
    header(&mut sink, view, l, title);
    errors(&mut sink, view, l);
    if view.warnings > 0 {
        let mut remark = vec![text(format!(
            "{}; ",
            count(view.lang, view.warnings, Noun::Warning)
        ))];
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
        activities(&mut sink, view, l);
    } else {
        sink.paragraph(Role::Empty, &[text(l.partial)]);
    }
    sink.finish()
}

fn header<S: Sink>(sink: &mut S, view: &View, l: &Labels, title: &str) {
    sink.open(Section::Header);
    sink.heading(1, &[text(title)]);
    let mut facts: Vec<Vec<Inline>> = Vec::new();
    if let Some(org) = &view.organisation {
        facts.push(vec![
            strong(format!("{}:", l.organisation)),
            text(format!(" {org}")),
        ]);
    }
    if let Some(adopted) = view.adopted {
        facts.push(vec![
            strong(format!("{}:", l.adopted)),
            text(format!(" {adopted}")),
        ]);
    }
    if let Some((start, end)) = view.period {
        let end = end.map(|e| e.to_string()).unwrap_or_default();
        facts.push(vec![
            strong(format!("{}:", l.period)),
            text(format!(" {start} – {end}")),
        ]);
    }
    if !facts.is_empty() {
        let joined: Vec<Inline> = facts.join(&text(" · "));
        sink.paragraph(Role::Facts, &joined);
    }
    if let Some(summary) = &view.summary {
        sink.paragraph(Role::Summary, &[text(summary.as_str())]);
    }
    sink.close(Section::Header);
}

fn errors<S: Sink>(sink: &mut S, view: &View, l: &Labels) {
    if view.errors.is_empty() {
        return;
    }
    sink.open(Section::Errors);
    sink.heading(2, &[text(format!("{} ({})", l.errors, view.errors.len()))]);
    sink.paragraph(Role::Plain, &phrase(l.errors_note));
    let items: Vec<Vec<Inline>> = view
        .errors
        .iter()
        .map(|issue| {
            let place = match (issue.line, issue.column) {
                (Some(line), Some(column)) => {
                    format!(" ({} {line}, {} {column})", l.line, l.column)
                }
                _ => String::new(),
            };
            vec![
                Inline::Code(format!("{}[{}]", issue.severity, issue.code)),
                text(" "),
                Inline::Path(issue.display_path().to_owned()),
                text(format!("{place}: {}", issue.message)),
            ]
        })
        .collect();
    sink.list(&items);
    sink.close(Section::Errors);
}

fn focus_area<S: Sink>(sink: &mut S, view: &View, l: &Labels, area: &AreaView) {
    sink.open(Section::FocusArea);
    let number = area.number.map(|n| format!("{n}. ")).unwrap_or_default();
    let title = area.title.as_deref().unwrap_or(l.untitled);
    sink.heading(3, &[text(format!("{number}{title}"))]);
    if let Some(goal) = &area.goal {
        sink.paragraph(
            Role::Goal,
            &[
                strong(format!("{}:", l.direction_goal)),
                text(format!(" {goal}")),
            ],
        );
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
        let items: Vec<Vec<Inline>> = positions
            .iter()
            .map(|p| {
                let mut notes: Vec<String> = p
                    .targets
                    .iter()
                    .map(|(body, level)| format!("{body} ({})", labels::level(view.lang, *level)))
                    .collect();
                if let Some(priority) = p.priority {
                    notes.push(format!(
                        "{} {}",
                        l.priority,
                        labels::priority(view.lang, priority)
                    ));
                }
                vec![
                    strong(p.title.as_str()),
                    text(format!(": {} ", p.statement)),
                    Inline::Note(vec![text(format!("→ {}", notes.join(", ")))]),
                ]
            })
            .collect();
        sink.list(&items);
    }
    sink.close(Section::FocusArea);
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

fn activities<S: Sink>(sink: &mut S, view: &View, l: &Labels) {
    sink.open(Section::Activities);
    let from = view
        .as_of
        .map(|d| format!(" ({} {d})", l.from))
        .unwrap_or_default();
    sink.heading(2, &[text(format!("{}{from}", l.upcoming))]);
    if view.activities.is_empty() {
        sink.paragraph(Role::Empty, &[text(l.no_activities)]);
    } else {
        let items: Vec<Vec<Inline>> = view
            .activities
            .iter()
            .map(|a| {
                let mut item = vec![Inline::Date(a.starts)];
                let ends = a.ends.map(|e| format!(" – {e}")).unwrap_or_default();
                item.push(text(format!("{ends}: ")));
                item.push(strong(a.title.as_str()));
                let arena = a
                    .arena
                    .as_deref()
                    .map(|name| format!(", {name}"))
                    .unwrap_or_default();
                item.push(text(format!(
                    "{arena} ({})",
                    count(view.lang, a.positions, Noun::Position)
                )));
                item
            })
            .collect();
        sink.list(&items);
    }
    sink.close(Section::Activities);
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
            complete: true,
            focus_areas: Vec::new(),
            arenas: Vec::new(),
            as_of: None,
            activities: vec![ActivityView {
                title: "A".into(),
                starts: "2027-01-01".parse().unwrap(),
                ends: None,
                arena: None,
                positions,
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
