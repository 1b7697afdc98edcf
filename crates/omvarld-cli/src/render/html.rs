//! A report as one self-contained HTML5 file: inline CSS, no JavaScript, no
//! external requests (a Content-Security-Policy says so), printable, with
//! the coverage matrix as a heat-map table and each indicator's figures as
//! an inline SVG line chart. The [`Sink`] for the one walk in
//! [`crate::render::walk`]; every piece of text goes through [`h`].

use std::fmt::Write as _;

use crate::escape::html as h;
use crate::render::follow_up::view::FollowUpReport;
use crate::render::view::View;
use crate::render::walk::{
    self, Cell, Chart, DetailBody, Inline, Item, Mark, Point, PointKind, Role, Section, Sink, Table,
};

const STYLE: &str = r#"
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --line: #d0d4d9; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); max-width: 70rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.8rem; margin-bottom: .25rem; }
h2 { margin-top: 2.5rem; border-bottom: 2px solid var(--ink); padding-bottom: .2rem; }
h3 { margin-bottom: .3rem; }
.facts { color: var(--muted); }
.summary { border-left: 4px solid var(--line); padding-left: 1rem; color: var(--muted); }
.errors { border: 2px solid #b3261e; background: #fdecea; padding: .5rem 1rem; border-radius: 6px; }
.errors code { font-weight: 600; }
.goal { margin-top: 0; }
.status { font-size: .95rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); margin: .8rem 0 .2rem; }
.targets { color: var(--muted); font-size: .9rem; display: inline-block; }
.none { color: var(--muted); font-style: italic; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .55rem; vertical-align: top; }
thead th { background: #f3f4f6; text-align: left; }
th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
th[scope=row] { text-align: left; }
table.matrix td { text-align: center; min-width: 3.2rem; font-variant-numeric: tabular-nums; }
table.matrix thead th { font-size: .85rem; font-weight: 600; vertical-align: bottom; }
table.matrix th[scope=row] { text-align: left; font-weight: 600; }
table.matrix .total { background: #f3f4f6; font-weight: 600; }
td.h0 { background: #fff4e5; color: #b26a00; }
td.h1 { background: #dbeafe; }
td.h2 { background: #93c5fd; }
td.h3 { background: #3b82f6; color: #fff; }
td.h4 { background: #1e40af; color: #fff; }
.legend { color: var(--muted); font-size: .9rem; }
a { color: #1e40af; }
dl.details { display: grid; grid-template-columns: minmax(13rem, max-content) minmax(0, 1fr); gap: .15rem .9rem; margin: .35rem 0 .8rem; font-size: .92rem; }
@media (max-width: 40rem) { dl.details { display: block; } dl.details dd { margin-bottom: .35rem; } }
dl.details dt { color: var(--muted); font-weight: 600; }
dl.details dd { margin: 0; }
dl.details ul { margin: 0; padding-left: 1.1rem; }
#positions dl.details dd ul { list-style: none; padding-left: .9rem; border-left: 2px solid var(--line); }
#positions dl.details dd li { position: relative; margin-bottom: .15rem; }
#positions dl.details dd li::before { content: ""; position: absolute; left: -1.27rem; top: .45rem; width: .55rem; height: .55rem; border-radius: 50%; background: #1e40af; }
figure.indicator { margin: .8rem 0 1.2rem; max-width: 36rem; }
figure.indicator figcaption { margin-bottom: .2rem; }
figure.indicator svg { display: block; width: 100%; height: auto; }
svg .axis { stroke: var(--line); stroke-width: 1; }
svg .grid { stroke: #eceff1; stroke-width: 1; }
svg .goal { stroke: #b26a00; stroke-width: 1.2; stroke-dasharray: 1 3; }
svg text.tick { font-size: 11px; }
svg .actual { fill: none; stroke: #1e40af; stroke-width: 2.5; }
svg .planned { fill: none; stroke: #1e40af; stroke-width: 1.5; stroke-dasharray: 5 4; }
svg circle.result { fill: #1e40af; }
svg circle.baseline { fill: #fff; stroke: #1e40af; stroke-width: 2; }
svg circle.target { fill: #fff; stroke: #b26a00; stroke-width: 2.5; }
svg text { font-size: 12px; fill: var(--muted); }
svg text.value { fill: var(--ink); font-weight: 600; }
.mark { display: inline-block; font-size: .78rem; font-weight: 600; text-transform: uppercase; letter-spacing: .04em; padding: 0 .4rem; border-radius: 3px; margin-left: .3rem; vertical-align: .05rem; }
.mark.past { background: #eceff1; color: var(--muted); }
.mark.ongoing { background: #dcfce7; color: #166534; }
.mark.overdue { background: #fdecea; color: #b3261e; }
li:has(> .mark.past) { color: var(--muted); }
.chart-legend { color: var(--muted); font-size: .85rem; margin: .2rem 0; }
.chart-legend span { margin-right: 1rem; white-space: nowrap; }
.chart-legend span::before { content: ""; display: inline-block; width: .7rem; height: .7rem; border-radius: 50%; margin-right: .3rem; vertical-align: -.05rem; border: 2px solid #1e40af; }
.chart-legend .result::before { background: #1e40af; }
.chart-legend .target::before { border-color: #b26a00; }
figure.indicator details { font-size: .9rem; }
figure.indicator summary { color: var(--muted); cursor: pointer; }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2, h3, h4, figcaption, p.goal, #coverage p.legend { break-after: avoid; }
  li, tr, figure, table.matrix { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// Renders the whole report as an HTML5 document.
pub(crate) fn render(view: &View) -> String {
    walk::render(view, Html::default())
}

/// Renders the follow-up report as an HTML5 document.
pub(crate) fn follow_up(view: &FollowUpReport) -> String {
    crate::render::follow_up::walk::render(view, Html::default())
}

/// A fresh HTML sink, for walks other than the report's (`omvarld diff`).
pub(crate) fn sink() -> impl Sink {
    Html::default()
}

/// Writes HTML; all text is escaped with [`h`].
#[derive(Debug)]
struct Html {
    out: String,
    /// The document's language tag, for the words inside charts.
    lang: String,
}

impl Default for Html {
    fn default() -> Self {
        Html {
            out: String::with_capacity(16 * 1024),
            lang: String::new(),
        }
    }
}

/// Inline HTML for `inlines`.
fn inline(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for piece in inlines {
        let _ = match piece {
            Inline::Text(s) => write!(out, "{}", h(s)),
            Inline::Strong(inner) => write!(out, "<strong>{}</strong>", inline(inner)),
            Inline::Code(s) | Inline::Path(s) => write!(out, "<code>{}</code>", h(s)),
            Inline::Note(inner) => write!(out, "<span class=\"targets\">{}</span>", inline(inner)),
            Inline::Date(d) => write!(out, "<time datetime=\"{d}\">{d}</time>"),
            // The core admits only http(s) addresses; anything else stays text.
            Inline::Link { text, url }
                if url.starts_with("https://") || url.starts_with("http://") =>
            {
                write!(out, "<a href=\"{}\">{}</a>", h(url), inline(text))
            }
            Inline::Link { text, .. } => write!(out, "{}", inline(text)),
            Inline::Mark(mark, s) => {
                let class = match mark {
                    Mark::Past => "past",
                    Mark::Ongoing => "ongoing",
                    Mark::Overdue => "overdue",
                };
                write!(out, " <span class=\"mark {class}\">{}</span>", h(s))
            }
        };
    }
    out
}

/// One cell; `header` for the cells of the header row, `numeric` for a
/// column of numbers (right-aligned).
fn cell(cell: &Cell, header: bool, numeric: bool) -> String {
    let num = if numeric { " class=\"num\"" } else { "" };
    match cell {
        Cell::Heading { text, .. } => format!("<th scope=\"col\"{num}>{}</th>", h(text)),
        Cell::TotalHeading(text) => {
            let scope = if header { "col" } else { "row" };
            format!("<th scope=\"{scope}\" class=\"total\">{}</th>", h(text))
        }
        Cell::RowHeading(text) => format!("<th scope=\"row\">{}</th>", h(text)),
        Cell::Text(text) => format!("<td{num}>{}</td>", h(text)),
        Cell::Count { count, heat } => {
            let shown = if *count == 0 {
                "–".to_owned()
            } else {
                count.to_string()
            };
            format!("<td class=\"h{heat}\" data-count=\"{count}\">{shown}</td>")
        }
        Cell::Total(total) => format!(
            "<td class=\"total\">{}</td>",
            total.map(|t| t.to_string()).unwrap_or_default()
        ),
    }
}

impl Html {
    /// A row; `numeric` says which columns are numbers (empty: none).
    fn row(&mut self, cells: &[Cell], header: bool, numeric: &[bool]) {
        self.out.push_str("<tr>");
        for (k, c) in cells.iter().enumerate() {
            let num = numeric.get(k).copied().unwrap_or(false);
            self.out.push_str(&cell(c, header, num));
        }
        self.out.push_str("</tr>\n");
    }
}

impl Sink for Html {
    fn begin(&mut self, lang: &str, title: &str, report: &str) {
        lang.clone_into(&mut self.lang);
        let _ = write!(
            self.out,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
             <meta name=\"generator\" content=\"omvarld {}\">\n<title>{} – {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
            h(lang),
            env!("CARGO_PKG_VERSION"),
            h(title),
            h(report),
        );
    }

    fn open(&mut self, section: Section) {
        self.out.push_str(match section {
            Section::Header => "<header>\n",
            Section::Errors => "<section class=\"errors\" id=\"errors\">\n",
            Section::FocusAreas => "<section id=\"focus-areas\">\n",
            Section::FocusArea => "<section class=\"focus-area\">\n",
            Section::Coverage => "<section id=\"coverage\">\n",
            Section::Arenas => "<section id=\"arenas\">\n",
            Section::Bodies => "<section id=\"bodies\">\n",
            Section::Publications => "<section id=\"publications\">\n",
            Section::Activities => "<section id=\"activities\">\n",
            Section::Overdue => "<section id=\"overdue\">\n",
            Section::Positions => "<section id=\"positions\">\n",
            Section::Changes => "<section class=\"changes\">\n",
        });
    }

    fn close(&mut self, section: Section) {
        self.out.push_str(match section {
            Section::Header => "</header>\n<main>\n",
            _ => "</section>\n",
        });
    }

    fn heading(&mut self, level: u8, text: &[Inline]) {
        let _ = writeln!(self.out, "<h{level}>{}</h{level}>", inline(text));
    }

    fn group_heading(&mut self, text: &[Inline]) {
        let _ = writeln!(self.out, "<h4 class=\"status\">{}</h4>", inline(text));
    }

    fn paragraph(&mut self, role: Role, text: &[Inline]) {
        let class = match role {
            Role::Plain => "",
            Role::Facts => " class=\"facts\"",
            Role::Summary => " class=\"summary\"",
            Role::Goal => " class=\"goal\"",
            Role::Legend | Role::Remark => " class=\"legend\"",
            Role::Empty => " class=\"none\"",
        };
        let _ = writeln!(self.out, "<p{class}>{}</p>", inline(text));
    }

    /// Details are a description list inside the item.
    fn list(&mut self, items: &[Item]) {
        self.out.push_str("<ul>\n");
        for item in items {
            let _ = write!(self.out, "<li>{}", inline(&item.text));
            if !item.details.is_empty() {
                self.out.push_str("\n<dl class=\"details\">\n");
                for detail in &item.details {
                    let _ = write!(self.out, "<dt>{}</dt><dd>", h(&detail.label));
                    match &detail.body {
                        DetailBody::Line(line) => self.out.push_str(&inline(line)),
                        DetailBody::List(lines) => {
                            self.out.push_str("<ul>");
                            for line in lines {
                                let _ = write!(self.out, "<li>{}</li>", inline(line));
                            }
                            self.out.push_str("</ul>");
                        }
                    }
                    self.out.push_str("</dd>\n");
                }
                self.out.push_str("</dl>\n");
            }
            self.out.push_str("</li>\n");
        }
        self.out.push_str("</ul>\n");
    }

    /// The full column headings are shown, so `table.key` is not needed.
    fn table(&mut self, table: &Table) {
        self.out.push_str(if table.matrix {
            "<table class=\"matrix\">\n<thead>\n"
        } else {
            "<table>\n<thead>\n"
        });
        // The matrix centres its counts by its own style.
        let numeric: &[bool] = if table.matrix { &[] } else { &table.numeric };
        self.row(&table.header, true, numeric);
        self.out.push_str("</thead>\n<tbody>\n");
        for row in &table.rows {
            self.row(row, false, numeric);
        }
        self.out.push_str("</tbody>\n");
        if let Some(footer) = &table.footer {
            self.out.push_str("<tfoot>\n");
            self.row(footer, false, numeric);
            self.out.push_str("</tfoot>\n");
        }
        self.out.push_str("</table>\n");
    }

    /// A figure: the caption, the SVG line chart, its legend, and the table
    /// of every figure folded under it.
    fn chart(&mut self, chart: &Chart) {
        let _ = writeln!(
            self.out,
            "<figure class=\"indicator\">\n<figcaption>{}</figcaption>",
            inline(&chart.caption)
        );
        self.out.push_str(&svg(chart, &self.lang));
        self.out
            .push_str("<p class=\"chart-legend\" aria-hidden=\"true\">");
        for (kind, name) in &chart.legend {
            let _ = write!(
                self.out,
                "<span class=\"{}\">{}</span>",
                class(*kind),
                h(name)
            );
        }
        self.out.push_str("</p>\n");
        let _ = writeln!(
            self.out,
            "<details><summary>{}</summary>",
            h(&chart.figures)
        );
        self.table(&chart.table);
        self.out.push_str("</details>\n</figure>\n");
    }

    fn finish(mut self) -> String {
        self.out.push_str("</main>\n</body>\n</html>\n");
        self.out
    }
}

/// The CSS class of a kind of point.
fn class(kind: PointKind) -> &'static str {
    match kind {
        PointKind::Baseline => "baseline",
        PointKind::Result => "result",
        PointKind::Target => "target",
    }
}

/// Width and height of a chart's coordinate system.
const WIDTH: f64 = 560.0;
const HEIGHT: f64 = 210.0;
/// Room around the plot: for value labels above, year labels below.
const LEFT: f64 = 56.0;
const RIGHT: f64 = 36.0;
const TOP: f64 = 26.0;
const BOTTOM: f64 = 34.0;
/// At most this many year and value labels, so they do not overlap.
const MAX_LABELS: usize = 12;

/// How to read a chart, for its `<desc>`, in the language `lang`.
fn reading(lang: &str) -> &'static str {
    if lang == "en" {
        "Line chart by year. The results are a solid line with filled points; the baseline is a ring; the target is an orange ring, with a dashed line from the latest result to it and a dotted horizontal line at its value. Below the chart, every figure is also in a table."
    } else {
        "Linjediagram per år. Utfallen är en heldragen linje med fyllda punkter; utgångsvärdet är en ring; målvärdet är en orange ring, med en streckad linje dit från det senaste utfallet och en prickad vågrät linje vid dess värde. Under diagrammet finns alla värden också i en tabell."
    }
}

/// An inline SVG line chart of `chart.points`: the results as a solid line
/// from the baseline, a dashed line on to the target and a dotted
/// horizontal line at the target's value, each point marked (with its
/// figure as a tooltip), values above the points, years below and the
/// lowest and highest value on the vertical axis. No script, no external
/// reference; `role="img"` with the figures as its accessible name and
/// `<title>`, and how to read it as its `<desc>` (in `lang`).
fn svg(chart: &Chart, lang: &str) -> String {
    let points = &chart.points;
    let (Some(first), Some(last)) = (
        points.iter().map(|p| p.year).min(),
        points.iter().map(|p| p.year).max(),
    ) else {
        return String::new();
    };
    let mut lo = points.iter().map(|p| p.value).fold(f64::INFINITY, f64::min);
    let mut hi = points
        .iter()
        .map(|p| p.value)
        .fold(f64::NEG_INFINITY, f64::max);
    if (hi - lo).abs() < f64::EPSILON {
        let pad = if lo.abs() > 0.0 { lo.abs() * 0.1 } else { 1.0 };
        lo -= pad;
        hi += pad;
    } else {
        let pad = (hi - lo) * 0.12;
        lo -= pad;
        hi += pad;
    }
    if !(hi - lo).is_finite() {
        // Figures near f64's limits: the table shows them, no chart can.
        return String::new();
    }
    let plot_w = WIDTH - LEFT - RIGHT;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let x = |year: u16| {
        if first == last {
            LEFT + plot_w / 2.0
        } else {
            LEFT + f64::from(year - first) / f64::from(last - first) * plot_w
        }
    };
    let y = |value: f64| TOP + (hi - value) / (hi - lo) * plot_h;
    let at = |p: &Point| format!("{:.1},{:.1}", x(p.year), y(p.value));

    let mut out = String::with_capacity(2048);
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" role=\"img\" aria-label=\"{0}\">\n<title>{0}</title>\n<desc>{1}</desc>",
        h(&chart.description),
        h(reading(lang))
    );
    // The vertical axis: a guide line and label at the lowest and the
    // highest value (labels as the report writes them).
    let lowest = points.iter().min_by(|a, b| a.value.total_cmp(&b.value));
    let highest = points.iter().max_by(|a, b| a.value.total_cmp(&b.value));
    let mut ticks: Vec<&Point> = lowest.into_iter().chain(highest).collect();
    ticks.dedup_by(|a, b| (a.value - b.value).abs() < f64::EPSILON);
    for tick in ticks {
        let at = y(tick.value);
        let _ = writeln!(
            out,
            "<line class=\"grid\" x1=\"{LEFT}\" y1=\"{at:.1}\" x2=\"{}\" y2=\"{at:.1}\"/>\n<text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            WIDTH - RIGHT,
            LEFT - 14.0,
            at + 4.0,
            h(&tick.label)
        );
    }
    // The target as a line across the plot at its value.
    if let Some(target) = points.iter().find(|p| p.kind == PointKind::Target) {
        let at = y(target.value);
        let _ = writeln!(
            out,
            "<line class=\"goal\" x1=\"{LEFT}\" y1=\"{at:.1}\" x2=\"{}\" y2=\"{at:.1}\"/>",
            WIDTH - RIGHT
        );
    }
    let axis = HEIGHT - BOTTOM + 8.0;
    let _ = writeln!(
        out,
        "<line class=\"axis\" x1=\"{LEFT}\" y1=\"{axis}\" x2=\"{}\" y2=\"{axis}\"/>",
        WIDTH - RIGHT
    );
    // The solid line runs through the baseline and the results; the dashed
    // one from the last of them to the target.
    let actual: Vec<&Point> = points
        .iter()
        .filter(|p| p.kind != PointKind::Target)
        .collect();
    if actual.len() > 1 {
        let line: Vec<String> = actual.iter().map(|p| at(p)).collect();
        let _ = writeln!(
            out,
            "<polyline class=\"actual\" points=\"{}\"/>",
            line.join(" ")
        );
    }
    if let (Some(from), Some(target)) = (
        actual.last(),
        points.iter().find(|p| p.kind == PointKind::Target),
    ) {
        let _ = writeln!(
            out,
            "<polyline class=\"planned\" points=\"{} {}\"/>",
            at(from),
            at(target)
        );
    }
    // Years below the axis: each year of a point, thinned when there are many.
    let mut years: Vec<u16> = points.iter().map(|p| p.year).collect();
    years.sort_unstable();
    years.dedup();
    let step = years.len().div_ceil(MAX_LABELS).max(1);
    for (k, year) in years.iter().enumerate() {
        if k % step == 0 || k + 1 == years.len() {
            let _ = writeln!(
                out,
                "<text class=\"year\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{year}</text>",
                x(*year),
                HEIGHT - 8.0
            );
        }
    }
    let labelled = points.len() <= MAX_LABELS;
    // A baseline is a ring around its point, drawn first: where a result of
    // the same year sits on it, both stay visible.
    let mut order: Vec<usize> = (0..points.len()).collect();
    order.sort_by_key(|&k| points.get(k).is_none_or(|p| p.kind != PointKind::Baseline));
    for k in order {
        let Some(p) = points.get(k) else { continue };
        let name = chart
            .legend
            .iter()
            .find(|(kind, _)| *kind == p.kind)
            .map_or("", |(_, name)| name.as_str());
        let radius = if p.kind == PointKind::Baseline {
            7.5
        } else {
            4.5
        };
        let _ = writeln!(
            out,
            "<circle class=\"{}\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"{radius}\"><title>{} {}: {}</title></circle>",
            class(p.kind),
            x(p.year),
            y(p.value),
            h(name),
            p.year,
            h(&p.label)
        );
        // A baseline on a result of its year is the same point: one label.
        let hidden = p.kind == PointKind::Baseline
            && points
                .iter()
                .any(|q| q.kind == PointKind::Result && q.year == p.year);
        let ends = k == 0 || k + 1 == points.len();
        if !hidden && (labelled || ends) {
            let _ = writeln!(
                out,
                "<text class=\"value\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
                x(p.year),
                y(p.value) - 12.0,
                h(&p.label)
            );
        }
    }
    out.push_str("</svg>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::svg;
    use crate::render::walk::{Chart, Point, PointKind, Table};

    fn chart(points: &[(PointKind, u16, f64)]) -> Chart {
        Chart {
            caption: Vec::new(),
            description: "d".into(),
            points: points
                .iter()
                .map(|&(kind, year, value)| Point {
                    kind,
                    year,
                    value,
                    label: value.to_string(),
                })
                .collect(),
            legend: Vec::new(),
            figures: String::new(),
            table: Table {
                matrix: false,
                header: Vec::new(),
                numeric: Vec::new(),
                rows: Vec::new(),
                footer: None,
                key: None,
            },
        }
    }

    #[test]
    fn one_year_or_one_value_still_draws_finite_points() {
        for points in [
            &[(PointKind::Result, 2024, 3.0)][..],
            &[
                (PointKind::Result, 2023, 0.0),
                (PointKind::Result, 2024, 0.0),
            ],
            &[
                (PointKind::Baseline, 2024, -2.0),
                (PointKind::Target, 2024, -2.0),
            ],
        ] {
            let out = svg(&chart(points), "sv");
            assert!(!out.contains("NaN") && !out.contains("inf"), "{out}");
            assert_eq!(out.matches("<circle").count(), points.len(), "{out}");
        }
        assert_eq!(svg(&chart(&[]), "sv"), "");
    }

    #[test]
    fn the_line_goes_solid_to_the_last_result_and_dashed_to_the_target() {
        let out = svg(
            &chart(&[
                (PointKind::Baseline, 2020, 1.0),
                (PointKind::Target, 2030, 2.0),
            ]),
            "sv",
        );
        assert!(!out.contains("class=\"actual\""), "{out}");
        assert_eq!(out.matches("class=\"planned\"").count(), 1, "{out}");
        let out = svg(
            &chart(&[
                (PointKind::Result, 2020, 1.0),
                (PointKind::Result, 2021, 2.0),
            ]),
            "en",
        );
        assert_eq!(out.matches("class=\"actual\"").count(), 1, "{out}");
        assert!(!out.contains("class=\"planned\""), "{out}");
    }

    #[test]
    fn many_years_are_thinned_to_a_readable_number_of_labels() {
        let points: Vec<(PointKind, u16, f64)> = (1990..2025)
            .map(|year| (PointKind::Result, year, f64::from(year % 7)))
            .collect();
        let out = svg(&chart(&points), "sv");
        let years = out.matches("class=\"year\"").count();
        assert!((2..=super::MAX_LABELS + 1).contains(&years), "{years}");
        assert!(out.contains(">1990</text>") && out.contains(">2024</text>"));
        assert_eq!(out.matches("<circle").count(), points.len());
        assert!(out.matches("class=\"value\"").count() <= 2);
    }
}
