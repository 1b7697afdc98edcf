//! A report as one self-contained HTML5 file: inline CSS, no JavaScript, no
//! external requests (a Content-Security-Policy says so), printable, with
//! the coverage matrix as a heat-map table.

use std::fmt::Write as _;

use crate::escape::html as h;
use crate::render::labels::{self, labels};
use crate::render::view::{AreaView, Matrix, View};

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
    let l = labels(view.lang);
    let title = view.title.as_deref().unwrap_or(l.untitled);
    let mut out = String::with_capacity(16 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"omvarld {}\">\n<title>{} – {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        l.lang,
        env!("CARGO_PKG_VERSION"),
        h(title),
        l.report,
    );
    let _ = writeln!(out, "<header>\n<h1>{}</h1>", h(title));
    let mut facts = Vec::new();
    if let Some(org) = &view.organisation {
        facts.push(format!("<strong>{}:</strong> {}", l.organisation, h(org)));
    }
    if let Some(adopted) = view.adopted {
        facts.push(format!("<strong>{}:</strong> {adopted}", l.adopted));
    }
    if let Some((start, end)) = view.period {
        let end = end.map(|e| e.to_string()).unwrap_or_default();
        facts.push(format!("<strong>{}:</strong> {start} – {end}", l.period));
    }
    if !facts.is_empty() {
        let _ = writeln!(out, "<p class=\"facts\">{}</p>", facts.join(" · "));
    }
    if let Some(summary) = &view.summary {
        let _ = writeln!(out, "<p class=\"summary\">{}</p>", h(summary));
    }
    out.push_str("</header>\n<main>\n");
    errors(&mut out, view);
    if view.warnings > 0 {
        let _ = writeln!(
            out,
            "<p class=\"legend\">{} {}</p>",
            view.warnings,
            h(l.warnings_note)
        );
    }
    let _ = writeln!(
        out,
        "<section id=\"focus-areas\">\n<h2>{}</h2>",
        l.focus_areas
    );
    for area in &view.focus_areas {
        focus_area(&mut out, view, area);
    }
    out.push_str("</section>\n");
    if let Some(matrix) = &view.matrix {
        coverage(&mut out, view, matrix);
    }
    if view.complete {
        arenas(&mut out, view);
        activities(&mut out, view);
    } else {
        let _ = writeln!(out, "<p class=\"none\">{}</p>", l.partial);
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn errors(out: &mut String, view: &View) {
    if view.errors.is_empty() {
        return;
    }
    let l = labels(view.lang);
    let _ = writeln!(
        out,
        "<section class=\"errors\" id=\"errors\">\n<h2>{} ({})</h2>\n<p>{}</p>\n<ul>",
        l.errors,
        view.errors.len(),
        l.errors_note
    );
    for issue in &view.errors {
        let place = match (issue.line, issue.column) {
            (Some(line), Some(column)) => format!(" ({} {line}, {} {column})", l.line, l.column),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "<li><code>{}[{}]</code> <code>{}</code>{place}: {}</li>",
            issue.severity,
            issue.code,
            h(issue.display_path()),
            h(&issue.message)
        );
    }
    out.push_str("</ul>\n</section>\n");
}

fn focus_area(out: &mut String, view: &View, area: &AreaView) {
    let l = labels(view.lang);
    let number = area.number.map(|n| format!("{n}. ")).unwrap_or_default();
    let title = area.title.as_deref().unwrap_or(l.untitled);
    let _ = writeln!(
        out,
        "<section class=\"focus-area\">\n<h3>{number}{}</h3>",
        h(title)
    );
    if let Some(goal) = &area.goal {
        let _ = writeln!(
            out,
            "<p class=\"goal\"><strong>{}:</strong> {}</p>",
            l.direction_goal,
            h(goal)
        );
    }
    if view.complete && area.groups.is_empty() {
        let _ = writeln!(out, "<p class=\"none\">{}</p>", l.no_positions);
    }
    for (status, positions) in &area.groups {
        let _ = writeln!(
            out,
            "<h4 class=\"status\">{} ({})</h4>\n<ul>",
            labels::status(view.lang, *status),
            positions.len()
        );
        for p in positions {
            let mut notes: Vec<String> = p
                .targets
                .iter()
                .map(|(body, level)| format!("{} ({})", h(body), labels::level(view.lang, *level)))
                .collect();
            if let Some(priority) = p.priority {
                notes.push(format!(
                    "{} {}",
                    l.priority,
                    labels::priority(view.lang, priority)
                ));
            }
            let _ = writeln!(
                out,
                "<li><strong>{}</strong>: {} <span class=\"targets\">→ {}</span></li>",
                h(&p.title),
                h(&p.statement),
                notes.join(", ")
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

/// The heat level of a cell: 0 for a gap, else 1–4 by its share of the largest count.
fn heat(count: usize, max: usize) -> usize {
    if count == 0 || max == 0 {
        0
    } else {
        (count * 4).div_ceil(max).clamp(1, 4)
    }
}

fn coverage(out: &mut String, view: &View, matrix: &Matrix) {
    let l = labels(view.lang);
    let _ = writeln!(
        out,
        "<section id=\"coverage\">\n<h2>{}</h2>\n<p class=\"legend\">{}</p>\n<table class=\"matrix\">\n<thead>\n<tr><th scope=\"col\">{}</th>",
        l.coverage, l.coverage_note, l.focus_area
    );
    for aim in &matrix.columns {
        let _ = write!(out, "<th scope=\"col\">{}</th>", h(aim));
    }
    let _ = writeln!(
        out,
        "<th scope=\"col\" class=\"total\">{}</th></tr>\n</thead>\n<tbody>",
        l.total
    );
    for ((row, counts), total) in matrix
        .rows
        .iter()
        .zip(&matrix.counts)
        .zip(&matrix.row_totals)
    {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", h(row));
        for &count in counts {
            let shown = if count == 0 {
                "–".to_owned()
            } else {
                count.to_string()
            };
            let _ = write!(
                out,
                "<td class=\"h{}\" data-count=\"{count}\">{shown}</td>",
                heat(count, matrix.max)
            );
        }
        let _ = writeln!(out, "<td class=\"total\">{total}</td></tr>");
    }
    let _ = write!(
        out,
        "</tbody>\n<tfoot>\n<tr><th scope=\"row\" class=\"total\">{}</th>",
        l.total
    );
    for total in &matrix.column_totals {
        let _ = write!(out, "<td class=\"total\">{total}</td>");
    }
    out.push_str("<td class=\"total\"></td></tr>\n</tfoot>\n</table>\n</section>\n");
}

fn arenas(out: &mut String, view: &View) {
    let l = labels(view.lang);
    let _ = writeln!(out, "<section id=\"arenas\">\n<h2>{}</h2>", l.arenas);
    if view.arenas.is_empty() {
        let _ = writeln!(out, "<p class=\"none\">{}</p>", l.no_arenas);
    } else {
        let _ = writeln!(
            out,
            "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            l.arena, l.kind, l.level
        );
        for arena in &view.arenas {
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                h(&arena.name),
                labels::kind(view.lang, arena.kind),
                labels::level(view.lang, arena.level)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }
    out.push_str("</section>\n");
}

fn activities(out: &mut String, view: &View) {
    let l = labels(view.lang);
    let from = view
        .as_of
        .map(|d| format!(" ({} {d})", l.from))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "<section id=\"activities\">\n<h2>{}{from}</h2>",
        l.upcoming
    );
    if view.activities.is_empty() {
        let _ = writeln!(out, "<p class=\"none\">{}</p>", l.no_activities);
    } else {
        out.push_str("<ul>\n");
        for a in &view.activities {
            let ends = a.ends.map(|e| format!(" – {e}")).unwrap_or_default();
            let arena = a
                .arena
                .as_deref()
                .map(|name| format!(", {}", h(name)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<li><time datetime=\"{}\">{}</time>{ends}: <strong>{}</strong>{arena} ({} {})</li>",
                a.starts,
                a.starts,
                h(&a.title),
                a.positions,
                l.positions
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
}

#[cfg(test)]
mod tests {
    #[test]
    fn heat_levels_scale_with_the_largest_count() {
        assert_eq!(super::heat(0, 0), 0);
        assert_eq!(super::heat(0, 5), 0);
        assert_eq!(super::heat(1, 8), 1);
        assert_eq!(super::heat(4, 8), 2);
        assert_eq!(super::heat(8, 8), 4);
        assert_eq!(super::heat(1, 1), 4);
    }
}
