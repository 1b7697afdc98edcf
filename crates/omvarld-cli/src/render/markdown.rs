//! A report as Markdown: readable in a terminal and on a code host.

use std::fmt::Write as _;

use crate::escape::markdown as md;
use crate::render::labels::{self, labels};
use crate::render::view::{AreaView, Matrix, View};

/// Renders the whole report.
pub(crate) fn render(view: &View) -> String {
    let l = labels(view.lang);
    let mut out = String::new();
    let title = view
        .title
        .as_deref()
        .map_or_else(|| l.untitled.to_owned(), md);
    let _ = writeln!(out, "# {title}\n");
    let mut facts = Vec::new();
    if let Some(org) = &view.organisation {
        facts.push(format!("**{}:** {}", l.organisation, md(org)));
    }
    if let Some(adopted) = view.adopted {
        facts.push(format!("**{}:** {adopted}", l.adopted));
    }
    if let Some((start, end)) = view.period {
        let end = end.map(|e| e.to_string()).unwrap_or_default();
        facts.push(format!("**{}:** {start} – {end}", l.period));
    }
    if !facts.is_empty() {
        let _ = writeln!(out, "{}\n", facts.join(" · "));
    }
    if let Some(summary) = &view.summary {
        let _ = writeln!(out, "> {}\n", md(summary));
    }
    errors(&mut out, view);
    if view.warnings > 0 {
        let _ = writeln!(out, "_{} {}_\n", view.warnings, l.warnings_note);
    }
    let _ = writeln!(out, "## {}\n", l.focus_areas);
    for area in &view.focus_areas {
        focus_area(&mut out, view, area);
    }
    if let Some(matrix) = &view.matrix {
        coverage(&mut out, view, matrix);
    }
    if view.complete {
        arenas(&mut out, view);
        activities(&mut out, view);
    } else {
        let _ = writeln!(out, "_{}_", l.partial);
    }
    while out.ends_with("\n\n") {
        out.pop();
    }
    out
}

fn errors(out: &mut String, view: &View) {
    if view.errors.is_empty() {
        return;
    }
    let l = labels(view.lang);
    let _ = writeln!(
        out,
        "## {} ({})\n\n{}\n",
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
            "- `{}[{}]` {}{place}: {}",
            issue.severity,
            issue.code,
            md(issue.display_path()),
            md(&issue.message)
        );
    }
    out.push('\n');
}

fn focus_area(out: &mut String, view: &View, area: &AreaView) {
    let l = labels(view.lang);
    let number = area.number.map(|n| format!("{n}. ")).unwrap_or_default();
    let title = area
        .title
        .as_deref()
        .map_or_else(|| l.untitled.to_owned(), md);
    let _ = writeln!(out, "### {number}{title}\n");
    if let Some(goal) = &area.goal {
        let _ = writeln!(out, "**{}:** {}\n", l.direction_goal, md(goal));
    }
    if !view.complete {
        return;
    }
    if area.groups.is_empty() {
        let _ = writeln!(out, "_{}_\n", l.no_positions);
    }
    for (status, positions) in &area.groups {
        let _ = writeln!(
            out,
            "**{} ({})**\n",
            labels::status(view.lang, *status),
            positions.len()
        );
        for p in positions {
            let mut notes: Vec<String> = p
                .targets
                .iter()
                .map(|(body, level)| format!("{} ({})", md(body), labels::level(view.lang, *level)))
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
                "- **{}**: {} _→ {}_",
                md(&p.title),
                md(&p.statement),
                notes.join(", ")
            );
        }
        out.push('\n');
    }
}

fn coverage(out: &mut String, view: &View, matrix: &Matrix) {
    let l = labels(view.lang);
    let _ = writeln!(out, "## {}\n\n{}\n", l.coverage, l.coverage_note);
    let _ = write!(out, "| {} |", l.focus_area);
    for k in 1..=matrix.columns.len() {
        let _ = write!(out, " {}{k} |", l.aim_key);
    }
    let _ = writeln!(out, " {} |", l.total);
    out.push_str("|---|");
    for _ in 0..=matrix.columns.len() {
        out.push_str("--:|");
    }
    out.push('\n');
    for ((row, counts), total) in matrix
        .rows
        .iter()
        .zip(&matrix.counts)
        .zip(&matrix.row_totals)
    {
        let _ = write!(out, "| {} |", md(row));
        for &count in counts {
            if count == 0 {
                out.push_str(" – |");
            } else {
                let _ = write!(out, " **{count}** |");
            }
        }
        let _ = writeln!(out, " {total} |");
    }
    let _ = write!(out, "| **{}** |", l.total);
    for total in &matrix.column_totals {
        let _ = write!(out, " {total} |");
    }
    out.push_str("  |\n\n");
    let _ = writeln!(out, "{}:\n", l.aims);
    for (k, aim) in matrix.columns.iter().enumerate() {
        let _ = writeln!(out, "- {}{}: {}", l.aim_key, k + 1, md(aim));
    }
    out.push('\n');
}

fn arenas(out: &mut String, view: &View) {
    let l = labels(view.lang);
    let _ = writeln!(out, "## {}\n", l.arenas);
    if view.arenas.is_empty() {
        let _ = writeln!(out, "_{}_\n", l.no_arenas);
        return;
    }
    let _ = writeln!(
        out,
        "| {} | {} | {} |\n|---|---|---|",
        l.arena, l.kind, l.level
    );
    for arena in &view.arenas {
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            md(&arena.name),
            labels::kind(view.lang, arena.kind),
            labels::level(view.lang, arena.level)
        );
    }
    out.push('\n');
}

fn activities(out: &mut String, view: &View) {
    let l = labels(view.lang);
    let from = view
        .as_of
        .map(|d| format!(" ({} {d})", l.from))
        .unwrap_or_default();
    let _ = writeln!(out, "## {}{from}\n", l.upcoming);
    if view.activities.is_empty() {
        let _ = writeln!(out, "_{}_\n", l.no_activities);
        return;
    }
    for a in &view.activities {
        let ends = a.ends.map(|e| format!(" – {e}")).unwrap_or_default();
        let arena = a
            .arena
            .as_deref()
            .map(|name| format!(", {}", md(name)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "- {}{ends}: **{}**{arena} ({} {})",
            a.starts,
            md(&a.title),
            a.positions,
            l.positions
        );
    }
    out.push('\n');
}
