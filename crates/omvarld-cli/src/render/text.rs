//! Validation results as text, in the style of rustc and ruff:
//! `file:LINE:COL: error[code] /path: message`.

use omvarld::diagnostics::{messages, Detail, Message};
use omvarld::{Issue, Lang, Report, Severity};

use crate::render::plural::{count, Noun};

const RED: &str = "\x1b[1;31m";
const YELLOW: &str = "\x1b[1;33m";
const GREEN: &str = "\x1b[1;32m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

fn paint(text: &str, style: &str, colour: bool) -> String {
    if colour {
        format!("{style}{text}{RESET}")
    } else {
        text.to_owned()
    }
}

/// One line for an issue: the file, `LINE:COL` when known, the severity and
/// code, the JSON Pointer (`(document)` for the root) and the message.
pub(crate) fn issue_line(file: &str, issue: &Issue, colour: bool) -> String {
    let place = match (issue.line, issue.column) {
        (Some(line), Some(column)) => format!("{file}:{line}:{column}"),
        (Some(line), None) => format!("{file}:{line}"),
        _ => file.to_owned(),
    };
    let style = match issue.severity {
        Severity::Error => RED,
        Severity::Warning => YELLOW,
    };
    let kind = paint(
        &format!("{}[{}]", issue.severity, issue.code),
        style,
        colour,
    );
    format!(
        "{}: {kind} {}: {}",
        paint(&place, BOLD, colour),
        issue.display_path(),
        issue.message
    )
}

/// One line for an issue of an imported workbook: `Ståndpunkter!C7:` (the
/// sheet and cell it came from; the sheet alone, or the workbook's name,
/// when that is all it has), then as [`issue_line`].
pub(crate) fn workbook_issue_line(workbook: &str, issue: &Issue, colour: bool) -> String {
    let place = match (&issue.sheet, &issue.cell) {
        (Some(sheet), Some(cell)) => format!("{sheet}!{cell}"),
        (Some(sheet), None) => sheet.clone(),
        _ => workbook.to_owned(),
    };
    issue_line(&place, issue, colour)
}

/// `file: valid, 0 errors, 13 warnings` (`file: giltig, 0 fel, 13
/// varningar`), then `, 2 allowed` (`, 2 tillåtna`) when warnings were
/// allowed; for a report with structural errors, a second line saying that
/// the semantic rules run once they are fixed (`file: note: …`).
pub(crate) fn file_summary(file: &str, report: &Report, lang: Lang, colour: bool) -> String {
    let verdict = if report.valid() {
        paint(lang.pick("valid", "giltig"), GREEN, colour)
    } else {
        paint(lang.pick("invalid", "ogiltig"), RED, colour)
    };
    let mut text = format!(
        "{}: {verdict}, {}, {}",
        paint(file, BOLD, colour),
        count(lang, report.errors.len(), Noun::Error),
        count(lang, report.warnings.len(), Noun::Warning),
    );
    if report.allowed > 0 {
        text.push_str(&format!(", {}", allowed(lang, report.allowed)));
    }
    if report.has_structural_errors() {
        let note = messages::render(&Detail::new(Message::SemanticChecksPending), lang);
        text.push_str(&format!(
            "\n{}: {} {note}",
            paint(file, BOLD, colour),
            paint(lang.pick("note:", "obs:"), BOLD, colour)
        ));
    }
    text
}

/// `2 allowed`, `1 tillåten`, `2 tillåtna` (allowed warnings).
pub(crate) fn allowed(lang: Lang, n: usize) -> String {
    let word = match lang {
        Lang::Sv if n == 1 => "tillåten",
        Lang::Sv => "tillåtna",
        _ => "allowed",
    };
    format!("{n} {word}")
}

/// `3 files checked: 2 valid, 1 invalid, 0 unreadable; 4 errors, 13
/// warnings` (and `, 2 allowed` when warnings were allowed).
pub(crate) fn total_summary<'a>(
    reports: impl Iterator<Item = &'a Report>,
    files: usize,
    lang: Lang,
    colour: bool,
) -> String {
    let (mut valid, mut invalid, mut errors, mut warnings, mut allowed_warnings) = (0, 0, 0, 0, 0);
    for report in reports {
        if report.valid() {
            valid += 1;
        } else {
            invalid += 1;
        }
        errors += report.errors.len();
        warnings += report.warnings.len();
        allowed_warnings += report.allowed;
    }
    let unreadable = files.saturating_sub(valid + invalid);
    // Swedish adjectives agree with the number: 1 giltig, 2 giltiga.
    let agree = |n: usize, one: &'static str, many: &'static str| if n == 1 { one } else { many };
    let mut text = match lang {
        Lang::Sv => format!(
            "{} {}: {valid} {}, {invalid} {}",
            count(lang, files, Noun::File),
            agree(files, "kontrollerad", "kontrollerade"),
            agree(valid, "giltig", "giltiga"),
            agree(invalid, "ogiltig", "ogiltiga"),
        ),
        _ => format!(
            "{} checked: {valid} valid, {invalid} invalid",
            count(lang, files, Noun::File)
        ),
    };
    if unreadable > 0 {
        let word = lang.pick("unreadable", agree(unreadable, "oläsbar", "oläsbara"));
        text.push_str(&format!(", {unreadable} {word}"));
    }
    text.push_str(&format!(
        "; {}, {}",
        count(lang, errors, Noun::Error),
        count(lang, warnings, Noun::Warning)
    ));
    if allowed_warnings > 0 {
        text.push_str(&format!(", {}", allowed(lang, allowed_warnings)));
    }
    paint(&text, BOLD, colour)
}

#[cfg(test)]
mod tests {
    use omvarld::{Code, Issue};

    #[test]
    fn formats_an_issue_with_and_without_a_location() {
        let mut issue = Issue::new(
            Code::UnknownReference,
            "/positions/2/focus_areas/0",
            "no `bostad`",
        );
        assert_eq!(
            super::issue_line("a.json", &issue, false),
            "a.json: error[unknown_reference] /positions/2/focus_areas/0: no `bostad`"
        );
        issue.line = Some(3);
        issue.column = Some(7);
        assert_eq!(
            super::issue_line("a.json", &issue, false),
            "a.json:3:7: error[unknown_reference] /positions/2/focus_areas/0: no `bostad`"
        );
        let coloured = super::issue_line("a.json", &issue, true);
        assert!(coloured.contains("\x1b[1;31merror[unknown_reference]\x1b[0m"));
        let root = Issue::new(Code::Type, "", "not an object");
        assert_eq!(
            super::issue_line("a.json", &root, false),
            "a.json: error[type] (document): not an object"
        );
    }
}
