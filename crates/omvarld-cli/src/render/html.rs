//! A report as one self-contained HTML5 file: inline CSS, no JavaScript, no
//! external requests (a Content-Security-Policy says so), printable, with
//! the coverage matrix as a heat-map table. The [`Sink`] for the one walk in
//! [`crate::render::walk`]; every piece of text goes through [`h`].

use std::fmt::Write as _;

use crate::escape::html as h;
use crate::render::view::View;
use crate::render::walk::{self, Cell, Inline, Role, Section, Sink, Table};

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
.targets { color: var(--muted); font-size: .9rem; }
.none { color: var(--muted); font-style: italic; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--line); padding: .35rem .55rem; vertical-align: top; }
thead th { background: #f3f4f6; text-align: left; }
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
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; }
  section, table, li { break-inside: avoid; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

/// Renders the whole report as an HTML5 document.
pub(crate) fn render(view: &View) -> String {
    walk::render(
        view,
        Html {
            out: String::with_capacity(16 * 1024),
        },
    )
}

/// Writes HTML; all text is escaped with [`h`].
#[derive(Debug, Default)]
struct Html {
    out: String,
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
        };
    }
    out
}

/// One cell; `header` for the cells of the header row.
fn cell(cell: &Cell, header: bool) -> String {
    match cell {
        Cell::Heading { text, .. } => format!("<th scope=\"col\">{}</th>", h(text)),
        Cell::TotalHeading(text) => {
            let scope = if header { "col" } else { "row" };
            format!("<th scope=\"{scope}\" class=\"total\">{}</th>", h(text))
        }
        Cell::RowHeading(text) => format!("<th scope=\"row\">{}</th>", h(text)),
        Cell::Text(text) => format!("<td>{}</td>", h(text)),
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
    fn row(&mut self, cells: &[Cell], header: bool) {
        self.out.push_str("<tr>");
        for c in cells {
            self.out.push_str(&cell(c, header));
        }
        self.out.push_str("</tr>\n");
    }
}

impl Sink for Html {
    fn begin(&mut self, lang: &str, title: &str, report: &str) {
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
            Section::Activities => "<section id=\"activities\">\n",
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

    fn list(&mut self, items: &[Vec<Inline>]) {
        self.out.push_str("<ul>\n");
        for item in items {
            let _ = writeln!(self.out, "<li>{}</li>", inline(item));
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
        self.row(&table.header, true);
        self.out.push_str("</thead>\n<tbody>\n");
        for row in &table.rows {
            self.row(row, false);
        }
        self.out.push_str("</tbody>\n");
        if let Some(footer) = &table.footer {
            self.out.push_str("<tfoot>\n");
            self.row(footer, false);
            self.out.push_str("</tfoot>\n");
        }
        self.out.push_str("</table>\n");
    }

    fn finish(mut self) -> String {
        self.out.push_str("</main>\n</body>\n</html>\n");
        self.out
    }
}
