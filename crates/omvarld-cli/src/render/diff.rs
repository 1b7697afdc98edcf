//! `omvarld diff` as a changelog: one sentence per change, in Swedish or
//! English, grouped by the part of the programme it concerns (the
//! programme itself, focus areas, positions, …), with the errors of
//! invalid documents at the top. Text is plain, to paste into a memo;
//! Markdown and HTML go through the report's sinks, which escape every
//! user text.
//!
//! The words come from the core and the spreadsheet crate: object terms
//! (`omvarld::shape::terms`), enumeration labels (`label(lang)` of the
//! shape's enumerations) and member labels (`omvarld_tables::member_label`),
//! so a member is called the same in a workbook, a report and a diff.

use std::fmt::Write as _;

use omvarld::diagnostics::Term;
use omvarld::diff::{Change, ChangeKind, Diff, Side, Subject};
use omvarld::shape::{terms, Shape, Type, TypeRef};
use omvarld::{Issue, Lang};
use serde_json::Value;

use crate::render::plural::{count, Noun};
use crate::render::walk::{phrase, Inline, Item, Role, Section, Sink};

/// The longest user text a sentence quotes in full; longer ones end in `…`.
const QUOTE_MAX: usize = 200;

/// An ask ("Malmö vill att …"): a text in a position's `asks`, which has no
/// object type of its own.
const ASK: Term = Term::new("ask", "krav", "kravet", true);

/// The rendered changelog: what every format shows.
#[derive(Debug)]
pub(crate) struct Changelog {
    lang: Lang,
    title: String,
    facts: String,
    /// (heading, issues) per document that has errors.
    errors: Vec<(String, Vec<Issue>)>,
    /// (heading, sentences) per part of the programme, in document order.
    groups: Vec<(String, Vec<String>)>,
}

/// The names the command gave the two documents (file names).
pub(crate) struct Names<'a> {
    pub(crate) old: &'a str,
    pub(crate) new: &'a str,
}

impl Changelog {
    /// The changelog of `diff` in `lang`.
    pub(crate) fn of(diff: &Diff, names: &Names<'_>, lang: Lang) -> Changelog {
        let title = match lang {
            Lang::Sv => format!("Ändringar från {} till {}", names.old, names.new),
            _ => format!("Changes from {} to {}", names.old, names.new),
        };
        let version = |side: &Side| side.version.clone().unwrap_or_else(|| "?".to_owned());
        // "Standard" in both languages.
        let mut facts = format!("Standard {} → {}. ", version(&diff.old), version(&diff.new));
        if diff.is_empty() {
            facts.push_str(lang.pick("No changes.", "Inga ändringar."));
        } else {
            let _ = write!(
                facts,
                "{}.",
                capitalise(&count(lang, diff.len(), Noun::Change))
            );
        }
        let mut errors = Vec::new();
        for (side, name) in [(&diff.old, names.old), (&diff.new, names.new)] {
            if !side.errors.is_empty() {
                let heading = match lang {
                    Lang::Sv => format!("Fel i {name} ({})", side.errors.len()),
                    _ => format!("Errors in {name} ({})", side.errors.len()),
                };
                errors.push((heading, side.errors.clone()));
            }
        }
        // The programme's own members first, then each list in document order.
        let mut groups: Vec<(String, Vec<String>)> = vec![(
            lang.pick("The programme", "Programmet").to_owned(),
            Vec::new(),
        )];
        for change in &diff.changes {
            let heading = group(change, lang);
            let line = sentence(change, lang);
            match groups.iter_mut().find(|(h, _)| *h == heading) {
                Some((_, lines)) => lines.push(line),
                None => groups.push((heading, vec![line])),
            }
        }
        groups.retain(|(_, lines)| !lines.is_empty());
        Changelog {
            lang,
            title,
            facts,
            errors,
            groups,
        }
    }

    /// Plain text: the title, the facts, the errors and one `- ` line per
    /// change under each part's heading.
    pub(crate) fn text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "{}\n{}\n", self.title, self.facts);
        for (heading, issues) in &self.errors {
            let _ = writeln!(out, "{heading}");
            for issue in issues {
                let _ = writeln!(out, "- {}", issue_line(issue, self.lang));
            }
            out.push('\n');
        }
        if !self.errors.is_empty() {
            let _ = writeln!(out, "{}\n", errors_note(self.lang));
        }
        for (heading, lines) in &self.groups {
            let _ = writeln!(out, "{heading}");
            for line in lines {
                let _ = writeln!(out, "- {line}");
            }
            out.push('\n');
        }
        while out.ends_with("\n\n") {
            out.pop();
        }
        out
    }

    /// Walks the changelog into one of the report's sinks (Markdown, HTML).
    pub(crate) fn render<S: Sink>(&self, mut sink: S) -> String {
        let tag = self.lang.as_str();
        sink.begin(tag, &self.title, self.lang.pick("changes", "ändringar"));
        sink.open(Section::Header);
        sink.heading(1, &[Inline::Text(self.title.clone())]);
        sink.paragraph(Role::Facts, &[Inline::Text(self.facts.clone())]);
        sink.close(Section::Header);
        for (heading, issues) in &self.errors {
            sink.open(Section::Errors);
            sink.heading(2, &[Inline::Text(heading.clone())]);
            sink.paragraph(Role::Plain, &phrase(errors_note(self.lang)));
            let items: Vec<Item> = issues
                .iter()
                .map(|issue| {
                    let mut line = vec![
                        Inline::Code(format!("{}[{}]", issue.severity, issue.code)),
                        Inline::Text(" ".to_owned()),
                        Inline::Path(issue.display_path().to_owned()),
                        Inline::Text(format!("{}: ", place(issue, self.lang))),
                    ];
                    line.extend(phrase(&issue.message));
                    line.into()
                })
                .collect();
            sink.list(&items);
            sink.close(Section::Errors);
        }
        for (heading, lines) in &self.groups {
            sink.open(Section::Changes);
            sink.heading(2, &[Inline::Text(heading.clone())]);
            let items: Vec<Item> = lines
                .iter()
                .map(|line| vec![Inline::Text(line.clone())].into())
                .collect();
            sink.list(&items);
            sink.close(Section::Changes);
        }
        sink.finish()
    }
}

fn errors_note(lang: Lang) -> &'static str {
    lang.pick(
        "The changes below cover what can be read of the documents.",
        "Ändringarna nedan gäller det som går att läsa i dokumenten.",
    )
}

/// ` (rad 3, kolumn 5)` when the issue has a place in the file.
fn place(issue: &Issue, lang: Lang) -> String {
    match (issue.line, issue.column) {
        (Some(line), Some(column)) => match lang {
            Lang::Sv => format!(" (rad {line}, kolumn {column})"),
            _ => format!(" (line {line}, column {column})"),
        },
        _ => String::new(),
    }
}

fn issue_line(issue: &Issue, lang: Lang) -> String {
    format!(
        "{}[{}] {}{}: {}",
        issue.severity,
        issue.code,
        issue.display_path(),
        place(issue, lang),
        issue.message
    )
}

/// `text` with its first letter in upper case.
fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A label for use inside a sentence: lower case unless it is an acronym
/// (`URL`, `JSON Schema`).
fn lower(label: &str) -> String {
    let mut chars = label.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => {
            first.to_lowercase().chain(label.chars().skip(1)).collect()
        }
        _ => label.to_owned(),
    }
}

/// The path of the change in the document it is in (new, else old).
fn path(change: &Change) -> &str {
    change
        .new_path
        .as_deref()
        .or(change.old_path.as_deref())
        .unwrap_or("")
}

fn tokens(change: &Change) -> Vec<String> {
    omvarld::pointer::tokens(path(change))
}

/// The heading of the part of the programme a change belongs to: the
/// top-level list its path starts in, or the programme itself.
fn group(change: &Change, lang: Lang) -> String {
    let tokens = tokens(change);
    match tokens.as_slice() {
        [list, _, ..] if is_list(list) => omvarld_tables::member_label(list, lang),
        _ => lang.pick("The programme", "Programmet").to_owned(),
    }
}

/// The programme's own lists (groups of the changelog).
fn is_list(member: &str) -> bool {
    matches!(
        member,
        "focus_areas"
            | "contribution_aims"
            | "arenas"
            | "bodies"
            | "positions"
            | "activities"
            | "publications"
    )
}

fn term(def: &str) -> Term {
    terms::of_def(def)
}

/// What the reader knows the subject by: `Ståndpunkten infra-1 ”Titel”`.
fn subject_phrase(subject: Option<&Subject>, lang: Lang) -> String {
    let Some(subject) = subject else {
        return lang.pick("The document", "Dokumentet").to_owned();
    };
    let t = term(&subject.object);
    let noun = match lang {
        Lang::Sv => capitalise(t.sv_definite),
        _ => capitalise(t.en),
    };
    let title = subject
        .title
        .as_ref()
        .and_then(|title| text_in(title, lang))
        .map(|title| quote(&title, lang));
    match title {
        Some(title) => format!("{noun} {} {title}", subject.id),
        None => format!("{noun} {}", subject.id),
    }
}

/// A text's value in `lang`, else its Swedish one, else any.
fn text_in(text: &Value, lang: Lang) -> Option<String> {
    let map = text.as_object()?;
    map.get(lang.as_str())
        .or_else(|| map.get("sv"))
        .or_else(|| map.values().next())
        .and_then(Value::as_str)
        .map(str::to_owned)
}

/// User text in quotation marks (”…” in Swedish, “…” in English), cut at
/// [`QUOTE_MAX`] characters.
fn quote(text: &str, lang: Lang) -> String {
    let short: String = text.chars().take(QUOTE_MAX).collect();
    let cut = if short.len() < text.len() { "…" } else { "" };
    match lang {
        Lang::Sv => format!("”{short}{cut}”"),
        _ => format!("“{short}{cut}”"),
    }
}

/// What a language tag is called.
fn language(tag: &str, lang: Lang) -> String {
    match (tag, lang) {
        ("sv", Lang::Sv) => "på svenska".to_owned(),
        ("en", Lang::Sv) => "på engelska".to_owned(),
        ("sv", _) => "in Swedish".to_owned(),
        ("en", _) => "in English".to_owned(),
        (other, Lang::Sv) => format!("på språket {other}"),
        (other, _) => format!("in language {other}"),
    }
}

/// The type of `member` of the object type `def`.
fn member_type(def: &str, member: &str) -> Option<TypeRef> {
    let shape = Shape::programme();
    match shape.get(shape.def(def)?) {
        Type::Object(object) => object.member(member).map(|m| m.ty),
        _ => None,
    }
}

/// A value as a sentence shows it: enumeration values by their labels,
/// texts quoted in `lang`, objects by their main members.
fn show(value: &Value, ty: Option<TypeRef>, lang: Lang) -> String {
    let shape = Shape::programme();
    match (ty.map(|t| shape.get(t)), value) {
        (Some(Type::Enum { labels, .. }), Value::String(code)) => labels
            .iter()
            .find(|l| l.code == code)
            // A value outside the enumeration (an invalid document) as written.
            .map_or_else(|| quote(code, lang), |l| l.get(lang).to_owned()),
        (Some(Type::Text { .. }), Value::Object(_)) => {
            text_in(value, lang).map_or_else(String::new, |t| quote(&t, lang))
        }
        (Some(Type::Array { items, .. }), Value::Array(list)) => list
            .iter()
            .map(|v| show(v, Some(*items), lang))
            .collect::<Vec<_>>()
            .join("; "),
        (Some(Type::Object(object)), Value::Object(map)) => {
            const MAIN: [&str; 14] = [
                "date",
                "year",
                "gender",
                "value",
                "level",
                "body",
                "title",
                "name",
                "identifier",
                "kind",
                "status",
                "assessment",
                "note",
                "comment",
            ];
            let parts: Vec<String> = MAIN
                .iter()
                .filter_map(|m| {
                    let v = map.get(*m)?;
                    Some(show(v, object.member(m).map(|m| m.ty), lang))
                })
                .filter(|s| !s.is_empty())
                .collect();
            if parts.is_empty() {
                compact(value)
            } else {
                parts.join(", ")
            }
        }
        (Some(Type::String), Value::String(s)) => quote(s, lang),
        (_, Value::String(s)) => s.clone(),
        (_, Value::Array(list)) => list
            .iter()
            .map(|v| show(v, None, lang))
            .collect::<Vec<_>>()
            .join(", "),
        (_, Value::Object(_)) => compact(value),
        (_, other) => other.to_string(),
    }
}

/// Compact JSON, cut at [`QUOTE_MAX`] characters.
fn compact(value: &Value) -> String {
    let text = value.to_string();
    let short: String = text.chars().take(QUOTE_MAX).collect();
    if short.len() < text.len() {
        format!("{short}…")
    } else {
        short
    }
}

/// The term of a list element: its object type's, an ask, or the type an
/// id list names (a position's `focus_areas` name focus areas).
fn element_term(change: &Change) -> Term {
    let member = change.member.as_deref().unwrap_or("");
    match (change.object.as_str(), member) {
        ("Id", "focus_areas") => terms::FOCUS_AREA,
        ("Id", "contribution_aims") => terms::CONTRIBUTION_AIM,
        ("Id", "arenas") => terms::ARENA,
        ("Id", "positions") => terms::POSITION,
        ("Text" | "Title", "asks") => ASK,
        (def, _) => term(def),
    }
}

/// `en ny` / `ett nytt` before a Swedish noun.
fn sv_new(t: Term) -> &'static str {
    if t.sv_neuter {
        "ett nytt"
    } else {
        "en ny"
    }
}

/// The element's number in its list (1-based), when the change is one
/// of a list's elements.
fn element_index(change: &Change) -> Option<usize> {
    tokens(change).last()?.parse::<usize>().ok().map(|i| i + 1)
}

/// The member a member-level change concerns, as a sentence names it:
/// `titel på engelska`, `mottagare 2: organ på svenska`, `krav 1`.
fn thing(change: &Change, lang: Lang) -> String {
    let tokens = tokens(change);
    let member = change.member.as_deref().unwrap_or("");
    let at = tokens.iter().rposition(|t| t == member);
    let mut out = String::new();
    // A member of an object without an id inside the subject (a target).
    let inside = change
        .subject
        .as_ref()
        .is_some_and(|s| s.object != change.object)
        && !change.object.is_empty();
    if inside {
        let index = at.and_then(|at| {
            tokens
                .get(..at)?
                .iter()
                .rev()
                .find_map(|t| t.parse::<usize>().ok())
        });
        let t = term(&change.object);
        out.push_str(lang.pick(t.en, t.sv));
        if let Some(i) = index {
            let _ = write!(out, " {}", i + 1);
        }
        out.push_str(": ");
    }
    out.push_str(&lower(&omvarld_tables::member_label(member, lang)));
    // An element of a list of texts (an ask).
    if let Some(index) = at
        .and_then(|at| tokens.get(at + 1))
        .and_then(|t| t.parse::<usize>().ok())
    {
        let _ = write!(out, " {}", index + 1);
    }
    if let Some(tag) = &change.lang {
        out.push(' ');
        out.push_str(&language(tag, lang));
    }
    out
}

/// The type of the value a change carries, for [`show`].
fn value_type(change: &Change) -> Option<TypeRef> {
    let member = change.member.as_deref()?;
    let ty = member_type(&change.object, member)?;
    if change.lang.is_some() {
        return None;
    }
    Some(ty)
}

/// One sentence for one change.
fn sentence(change: &Change, lang: Lang) -> String {
    let s = subject_phrase(change.subject.as_ref(), lang);
    let sv = matches!(lang, Lang::Sv);
    let element = element_index(change).is_some()
        && matches!(
            change.kind,
            ChangeKind::Added | ChangeKind::Removed | ChangeKind::Moved
        )
        && change.lang.is_none();
    let itself = element
        && change
            .subject
            .as_ref()
            .is_some_and(|s| s.object == change.object);
    if itself {
        return match change.kind {
            ChangeKind::Added => {
                lang.pick(format!("{s} was added."), format!("{s} har lagts till."))
            }
            ChangeKind::Removed => {
                lang.pick(format!("{s} was removed."), format!("{s} har tagits bort."))
            }
            _ => {
                let place = |p: Option<&str>| {
                    p.and_then(|p| p.rsplit('/').next()?.parse::<usize>().ok())
                        .map_or(0, |i| i + 1)
                };
                let (from, to) = (
                    place(change.old_path.as_deref()),
                    place(change.new_path.as_deref()),
                );
                lang.pick(
                    format!("{s} moved from place {from} to place {to}."),
                    format!("{s} har flyttats från plats {from} till plats {to}."),
                )
            }
        };
    }
    if element {
        let t = element_term(change);
        let items = member_type(
            change.subject.as_ref().map_or("", |s| s.object.as_str()),
            change.member.as_deref().unwrap_or(""),
        )
        .and_then(|ty| match Shape::programme().get(ty) {
            Type::Array { items, .. } => Some(*items),
            _ => None,
        });
        let value = change.new.as_ref().or(change.old.as_ref());
        let shown = value.map_or_else(String::new, |v| show(v, items, lang));
        return match (change.kind, sv) {
            (ChangeKind::Added, true) => format!("{s} har fått {} {}: {shown}.", sv_new(t), t.sv),
            (ChangeKind::Added, false) => format!("{s} has a new {}: {shown}.", t.en),
            (_, true) => format!("{s} har inte längre {} {shown}.", t.sv_definite),
            (_, false) => format!("{s} no longer has the {} {shown}.", t.en),
        };
    }
    let ty = value_type(change);
    let old = change
        .old
        .as_ref()
        .map_or_else(String::new, |v| show_member(v, ty, change, lang));
    let new = change
        .new
        .as_ref()
        .map_or_else(String::new, |v| show_member(v, ty, change, lang));
    let what = thing(change, lang);
    match (change.kind, sv) {
        (ChangeKind::StatusChanged, true) => {
            format!("{s} har ändrat status från {old} till {new}.")
        }
        (ChangeKind::StatusChanged, false) => {
            format!("{s} changed status from {old} to {new}.")
        }
        (ChangeKind::Renumbered, true) => format!("{s} har fått nummer {new} (tidigare {old})."),
        (ChangeKind::Renumbered, false) => format!("{s} is now number {new} (was {old})."),
        (ChangeKind::Added, true) => format!("{s}: {what} har lagts till: {new}."),
        (ChangeKind::Added, false) => format!("{s}: {what} added: {new}."),
        (ChangeKind::Removed, true) => format!("{s}: {what} har tagits bort (var {old})."),
        (ChangeKind::Removed, false) => format!("{s}: {what} removed (was {old})."),
        (_, true) => format!("{s}: {what} har ändrats från {old} till {new}."),
        (_, false) => format!("{s}: {what} changed from {old} to {new}."),
    }
}

/// A member's value: a text language's string quoted, else [`show`].
fn show_member(value: &Value, ty: Option<TypeRef>, change: &Change, lang: Lang) -> String {
    match value {
        Value::String(s) if change.lang.is_some() => quote(s, lang),
        _ => show(value, ty, lang),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_sentences_are_lower_case_but_acronyms() {
        assert_eq!(lower("Titel"), "titel");
        assert_eq!(lower("URL"), "URL");
        assert_eq!(lower("JSON Schema"), "JSON Schema");
        assert_eq!(capitalise("ståndpunkten"), "Ståndpunkten");
    }

    #[test]
    fn long_texts_are_cut() {
        let long = "å".repeat(QUOTE_MAX + 5);
        let quoted = quote(&long, Lang::Sv);
        assert!(quoted.ends_with("…”"));
        assert_eq!(quoted.chars().count(), QUOTE_MAX + 3);
        assert_eq!(quote("kort", Lang::En), "“kort”");
    }
}
