//! The walk of the follow-up report: what it says and in which order, told
//! to a [`Sink`] of the summary report (Markdown or HTML), so the tables,
//! the indicator charts and the escaping are theirs.

use omvarld::Status;

use crate::render::follow_up::labels::{self as words, labels, FollowUpLabels};
use crate::render::follow_up::view::{
    AreaProgress, FollowUpReport, IndicatorRow, PositionLog, STATUS_ORDER,
};
use crate::render::labels::{self, number, Labels};
use crate::render::plural::{count, Noun};
use crate::render::walk::{
    self, chart, phrase, strong, text, Cell, Detail, DetailBody, Inline, Item, Mark, Role, Section,
    Sink, Table,
};

/// Walks the whole follow-up report into `sink` and returns the document.
pub(crate) fn render<S: Sink>(view: &FollowUpReport, mut sink: S) -> String {
    let l = labels::labels(view.lang);
    let f = labels(view.lang);
    let title = view.title.as_deref().unwrap_or(l.untitled);
    sink.begin(l.lang, title, f.report);
    header(&mut sink, view, l, f, title);
    walk::errors(&mut sink, &view.errors, l, f.errors_note);
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
    if view.complete {
        overdue(&mut sink, view, f);
    }
    sink.open(Section::FocusAreas);
    sink.heading(2, &[text(f.indicators)]);
    if view.areas.iter().any(|a| !a.indicators.is_empty()) {
        sink.paragraph(Role::Legend, &[text(f.indicators_note)]);
    }
    for area in &view.areas {
        focus_area(&mut sink, view, l, f, area);
    }
    sink.close(Section::FocusAreas);
    if view.complete {
        positions(&mut sink, view, l, f);
    } else {
        sink.paragraph(Role::Empty, &[text(l.partial)]);
    }
    sink.finish()
}

fn header<S: Sink>(
    sink: &mut S,
    view: &FollowUpReport,
    l: &Labels,
    f: &FollowUpLabels,
    title: &str,
) {
    sink.open(Section::Header);
    sink.heading(1, &[text(format!("{}: {title}", f.report))]);
    let mut facts: Vec<Vec<Inline>> = Vec::new();
    if let Some(org) = &view.organisation {
        facts.push(walk::fact(l.organisation, vec![text(org.as_str())]));
    }
    if let Some((start, end)) = view.period {
        facts.push(walk::fact(l.period, vec![text(walk::period(start, end))]));
    }
    if let Some(as_of) = view.as_of {
        facts.push(walk::fact(f.as_of, vec![Inline::Date(as_of)]));
    }
    walk::facts_paragraph(sink, &facts);
    sink.close(Section::Header);
}

/// The positions in force whose review date has passed, first: what the
/// council has to act on.
fn overdue<S: Sink>(sink: &mut S, view: &FollowUpReport, f: &FollowUpLabels) {
    let lang = view.lang;
    let late: Vec<&PositionLog> = view
        .positions
        .iter()
        .filter(|p| p.days_overdue.is_some())
        .collect();
    sink.open(Section::Overdue);
    sink.heading(2, &[text(format!("{} ({})", f.overdue, late.len()))]);
    match view.as_of {
        None => sink.paragraph(Role::Empty, &phrase(f.overdue_unknown)),
        Some(_) if late.is_empty() => sink.paragraph(Role::Empty, &[text(f.no_overdue)]),
        Some(as_of) => {
            sink.paragraph(
                Role::Legend,
                &[text(f.overdue_note.replace("{date}", &as_of.to_string()))],
            );
            let l = labels::labels(lang);
            let items: Vec<Item> = late
                .iter()
                .map(|p| {
                    let mut line = vec![strong(p.title.as_str())];
                    if let (Some(review_by), Some(days)) = (p.review_by, p.days_overdue) {
                        line.extend([
                            text(format!(
                                " ({}): {} ",
                                labels::status_of_one(lang, p.status),
                                l.review_by.to_lowercase()
                            )),
                            Inline::Date(review_by),
                            text(match lang {
                                omvarld::Lang::Sv => {
                                    format!(", {} försenad", words::days(lang, days))
                                }
                                omvarld::Lang::En => {
                                    format!(", {} overdue", words::days(lang, days))
                                }
                            }),
                        ]);
                    }
                    if let Some(owner) = &p.owner {
                        line.extend([text(" "), Inline::Note(vec![text(format!("→ {owner}"))])]);
                    }
                    line.into()
                })
                .collect();
            sink.list(&items);
        }
    }
    sink.close(Section::Overdue);
}

fn focus_area<S: Sink>(
    sink: &mut S,
    view: &FollowUpReport,
    l: &Labels,
    f: &FollowUpLabels,
    area: &AreaProgress,
) {
    walk::focus_area_heading(
        sink,
        l,
        area.number,
        area.title.as_deref(),
        area.goal.as_deref(),
    );
    if area.indicators.is_empty() {
        if view.complete {
            sink.paragraph(Role::Empty, &[text(f.no_indicators)]);
        }
    } else {
        sink.table(&indicator_table(view, l, f, &area.indicators));
        for row in area
            .indicators
            .iter()
            .filter(|i| !i.figures.results.is_empty())
        {
            sink.chart(&chart(view.lang, l, &row.figures));
        }
    }
    sink.close(Section::FocusArea);
}

/// Each indicator in one row: baseline, latest value, change since the
/// previous result, whether it went the desired way, target and what is
/// left to it; `–` where there is nothing to show.
fn indicator_table(
    view: &FollowUpReport,
    l: &Labels,
    f: &FollowUpLabels,
    rows: &[IndicatorRow],
) -> Table {
    let lang = view.lang;
    let none = || Cell::Text("–".to_owned());
    let measured = |m: Option<(u16, f64)>| {
        m.map_or_else(none, |(year, value)| {
            Cell::Text(format!("{} ({year})", number(lang, value)))
        })
    };
    let heading = |s: &str| Cell::Heading {
        text: s.to_owned(),
        key: None,
    };
    let header = vec![
        heading(l.indicator),
        heading(l.baseline),
        heading(f.latest),
        heading(f.change),
        heading(f.desired),
        heading(l.target),
        heading(f.to_target),
    ];
    let numeric = vec![false, true, true, true, false, true, true];
    let rows = rows
        .iter()
        .map(|r| {
            let i = &r.figures;
            let name = match &i.unit {
                Some(unit) => format!("{} ({unit})", i.name),
                None => i.name.clone(),
            };
            let change = r
                .change
                .zip(r.previous)
                .map_or_else(none, |(c, (year, _))| {
                    Cell::Text(format!("{} {} {year}", words::signed(lang, c), f.since))
                });
            let desired = match (r.movement, i.direction) {
                (Some(m), _) => Cell::Text(words::movement(lang, m).to_owned()),
                // No change to judge, and no direction to judge it by.
                (None, None) if r.latest.is_some() => Cell::Text(
                    words::movement(lang, omvarld::progress::Movement::NoDirection).to_owned(),
                ),
                _ => none(),
            };
            let left = if r.target_reached == Some(true) {
                Cell::Text(f.reached.to_owned())
            } else {
                r.to_target.map_or_else(none, |left| {
                    let mut cell = number(lang, left.abs());
                    if let Some(share) = r.gap_left {
                        cell.push_str(&format!(" ({})", words::percent(lang, share)));
                    }
                    Cell::Text(cell)
                })
            };
            vec![
                Cell::Text(name),
                measured(i.baseline),
                measured(r.latest),
                change,
                desired,
                measured(i.target),
                left,
            ]
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

/// How many positions have each status, then each status group with its
/// positions and their logs.
fn positions<S: Sink>(sink: &mut S, view: &FollowUpReport, l: &Labels, f: &FollowUpLabels) {
    let lang = view.lang;
    sink.open(Section::Positions);
    sink.heading(2, &[text(f.positions)]);
    if view.positions.is_empty() {
        sink.paragraph(Role::Empty, &[text(f.no_positions)]);
        sink.close(Section::Positions);
        return;
    }
    let of = |status: Status| view.positions.iter().filter(move |p| p.status == status);
    let heading = |s: &str| Cell::Heading {
        text: s.to_owned(),
        key: None,
    };
    sink.group_heading(&[text(f.statuses)]);
    sink.table(&Table {
        matrix: false,
        header: vec![heading(f.status), heading(f.count)],
        numeric: vec![false, true],
        rows: STATUS_ORDER
            .iter()
            .map(|&s| {
                vec![
                    Cell::RowHeading(capitalised(labels::status_of_one(lang, s))),
                    Cell::Text(of(s).count().to_string()),
                ]
            })
            .collect(),
        footer: Some(vec![
            Cell::TotalHeading(l.total.to_owned()),
            Cell::Text(view.positions.len().to_string()),
        ]),
        key: None,
    });
    sink.paragraph(Role::Legend, &[text(f.positions_note)]);
    for status in STATUS_ORDER {
        let group: Vec<&PositionLog> = of(status).collect();
        if group.is_empty() {
            continue;
        }
        sink.group_heading(&[text(format!(
            "{} ({})",
            labels::status(lang, status),
            group.len()
        ))]);
        let items: Vec<Item> = group.iter().map(|p| position(view, l, f, p)).collect();
        sink.list(&items);
    }
    sink.close(Section::Positions);
}

/// A position: its title and focus areas, when it was last followed up,
/// its review date (marked when overdue), and its log as a timeline.
fn position(view: &FollowUpReport, l: &Labels, f: &FollowUpLabels, p: &PositionLog) -> Item {
    let lang = view.lang;
    let mut line = vec![strong(p.title.as_str())];
    if !p.areas.is_empty() {
        let noun = if p.areas.len() == 1 {
            l.focus_area
        } else {
            f.focus_areas
        };
        line.extend([
            text(" "),
            Inline::Note(vec![text(format!(
                "→ {}: {}",
                noun.to_lowercase(),
                p.areas.join(", ")
            ))]),
        ]);
    }
    let mut details = Vec::new();
    let last = match p.last {
        None => vec![text(f.never)],
        Some((date, since)) => {
            let mut last = vec![Inline::Date(date)];
            if let Some((days, months)) = since {
                last.push(text(format!(" ({})", words::ago(lang, days, months))));
            }
            last
        }
    };
    details.push(Detail {
        label: f.last_follow_up.to_owned(),
        body: DetailBody::Line(last),
    });
    if let Some(review_by) = p.review_by {
        let mut line = vec![Inline::Date(review_by)];
        if p.days_overdue.is_some() {
            line.push(Inline::Mark(Mark::Overdue, f.overdue_mark.to_owned()));
        }
        details.push(Detail {
            label: l.review_by.to_owned(),
            body: DetailBody::Line(line),
        });
    }
    if let Some(owner) = &p.owner {
        details.push(Detail {
            label: l.owner.to_owned(),
            body: DetailBody::Line(vec![text(owner.as_str())]),
        });
    }
    if !p.log.is_empty() {
        let entries = p
            .log
            .iter()
            .map(|e| {
                let mut facts: Vec<String> = Vec::new();
                facts.extend(e.status.map(|s| {
                    format!(
                        "{}: {}",
                        f.status.to_lowercase(),
                        labels::status_of_one(lang, s)
                    )
                }));
                facts.extend(
                    e.assessment
                        .map(|a| format!("{}: {}", l.assessment, labels::assessment(lang, a))),
                );
                let mut line = vec![
                    Inline::Date(e.date),
                    text(format!(" – {}", facts.join(", "))),
                ];
                if let Some(note) = &e.note {
                    line.push(text(format!(". {note}")));
                }
                line
            })
            .collect();
        details.push(Detail {
            label: f.log.to_owned(),
            body: DetailBody::List(entries),
        });
    }
    Item {
        text: line,
        details,
    }
}

/// `s` with its first letter in upper case (`aktiv` → `Aktiv`).
fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}
