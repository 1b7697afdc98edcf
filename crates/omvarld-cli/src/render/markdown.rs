//! A report as Markdown: readable in a terminal and on a code host. The
//! [`Sink`] for the one walk in [`crate::render::walk`].

use std::fmt::Write as _;

use crate::escape::markdown as md;
use crate::render::follow_up::view::FollowUpReport;
use crate::render::view::View;
use crate::render::walk::{
    self, Cell, Chart, DetailBody, Inline, Item, Role, Section, Sink, Table,
};

/// Renders the whole report.
pub(crate) fn render(view: &View) -> String {
    walk::render(view, Markdown::default())
}

/// Renders the follow-up report.
pub(crate) fn follow_up(view: &FollowUpReport) -> String {
    crate::render::follow_up::walk::render(view, Markdown::default())
}

/// A fresh Markdown sink, for walks other than the report's (`omvarld diff`).
pub(crate) fn sink() -> impl Sink {
    Markdown::default()
}

/// Writes Markdown; all text is escaped with [`md`].
#[derive(Debug, Default)]
struct Markdown {
    out: String,
}

/// Inline Markdown for `inlines`.
fn inline(inlines: &[Inline]) -> String {
    let mut out = String::new();
    for piece in inlines {
        match piece {
            Inline::Text(s) | Inline::Path(s) => out.push_str(&md(s)),
            Inline::Strong(inner) => {
                let _ = write!(out, "**{}**", inline(inner));
            }
            Inline::Note(inner) => {
                let _ = write!(out, "_{}_", inline(inner));
            }
            Inline::Code(s) => out.push_str(&code(s)),
            Inline::Date(d) => {
                let _ = write!(out, "{d}");
            }
            Inline::Link { text, url } => {
                let _ = write!(out, "[{}](<{}>)", inline(text), destination(url));
            }
            Inline::Mark(_, s) => {
                let _ = write!(out, " — _{}_", md(s));
            }
        }
    }
    out
}

/// A link destination in CommonMark's `<…>` form: `\`, `<` and `>` escaped
/// (a Url has no whitespace, so nothing else can end it).
fn destination(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for c in url.chars() {
        if matches!(c, '\\' | '<' | '>') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A CommonMark code span of `s`: fenced with one backtick more than the
/// longest run inside, padded when `s` starts or ends with a backtick.
fn code(s: &str) -> String {
    let longest = s
        .split(|c| c != '`')
        .map(str::len)
        .max()
        .unwrap_or_default();
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{s}{pad}{fence}")
}

/// A cell of the header row, where every cell is a heading already: short
/// keys stand in for long column headings.
fn header_cell(cell: &Cell) -> String {
    match cell {
        Cell::Heading { key: Some(key), .. } => md(key),
        Cell::Heading { text, .. } | Cell::TotalHeading(text) => md(text),
        other => body_cell(other),
    }
}

/// A cell of a body or footer row.
fn body_cell(cell: &Cell) -> String {
    match cell {
        Cell::Heading { text, .. } | Cell::RowHeading(text) | Cell::Text(text) => md(text),
        Cell::TotalHeading(text) => format!("**{}**", md(text)),
        Cell::Count { count: 0, .. } => "–".to_owned(),
        Cell::Count { count, .. } => format!("**{count}**"),
        Cell::Total(total) => total.map(|t| t.to_string()).unwrap_or_default(),
    }
}

impl Markdown {
    fn row(&mut self, cells: impl Iterator<Item = String>) {
        self.out.push('|');
        for cell in cells {
            let _ = write!(self.out, " {cell} |");
        }
        self.out.push('\n');
    }
}

impl Sink for Markdown {
    fn begin(&mut self, _lang: &str, _title: &str, _report: &str) {}

    fn open(&mut self, _section: Section) {}

    fn close(&mut self, _section: Section) {}

    fn heading(&mut self, level: u8, text: &[Inline]) {
        let marks = "#".repeat(usize::from(level));
        let _ = writeln!(self.out, "{marks} {}\n", inline(text));
    }

    fn group_heading(&mut self, text: &[Inline]) {
        let _ = writeln!(self.out, "**{}**\n", inline(text));
    }

    fn paragraph(&mut self, role: Role, text: &[Inline]) {
        let text = inline(text);
        let _ = match role {
            Role::Plain | Role::Facts | Role::Goal | Role::Legend => {
                writeln!(self.out, "{text}\n")
            }
            Role::Summary => writeln!(self.out, "> {text}\n"),
            Role::Remark | Role::Empty => writeln!(self.out, "_{text}_\n"),
        };
    }

    /// Details are a nested list: `  - **Label:** line`, or the label and a
    /// list one level deeper.
    fn list(&mut self, items: &[Item]) {
        for item in items {
            let _ = writeln!(self.out, "- {}", inline(&item.text));
            for detail in &item.details {
                let label = md(&detail.label);
                let _ = match &detail.body {
                    DetailBody::Line(line) => {
                        writeln!(self.out, "  - **{label}:** {}", inline(line))
                    }
                    DetailBody::List(lines) => {
                        let _ = writeln!(self.out, "  - **{label}:**");
                        lines
                            .iter()
                            .try_for_each(|line| writeln!(self.out, "    - {}", inline(line)))
                    }
                };
            }
        }
        self.out.push('\n');
    }

    fn table(&mut self, table: &Table) {
        self.row(table.header.iter().map(header_cell));
        self.out.push('|');
        for &numeric in &table.numeric {
            self.out.push_str(if numeric { "--:|" } else { "---|" });
        }
        self.out.push('\n');
        for row in table.rows.iter().chain(&table.footer) {
            self.row(row.iter().map(body_cell));
        }
        self.out.push('\n');
        if let Some((intro, keys)) = &table.key {
            let _ = writeln!(self.out, "{}:\n", md(intro));
            for (key, text) in keys {
                let _ = writeln!(self.out, "- {}: {}", md(key), md(text));
            }
            self.out.push('\n');
        }
    }

    /// No chart in Markdown: the caption and the table of figures.
    fn chart(&mut self, chart: &Chart) {
        let _ = writeln!(self.out, "{}\n", inline(&chart.caption));
        self.table(&chart.table);
    }

    fn finish(mut self) -> String {
        while self.out.ends_with("\n\n") {
            self.out.pop();
        }
        self.out
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn code_spans_fence_around_backticks() {
        assert_eq!(super::code("omvarld validate"), "`omvarld validate`");
        assert_eq!(super::code("a`b"), "``a`b``");
        assert_eq!(super::code("`x"), "`` `x ``");
    }

    #[test]
    fn link_destinations_cannot_end_early() {
        assert_eq!(super::destination("https://a.se/x"), "https://a.se/x");
        assert_eq!(
            super::destination("https://a.se/<x>\\y"),
            "https://a.se/\\<x\\>\\\\y"
        );
    }
}
