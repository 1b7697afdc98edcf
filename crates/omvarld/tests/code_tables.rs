//! The tables of codes in README.md and docs/standard.md are generated from
//! the catalogue (`omvarld::codes()`), between `<!-- codes:start -->` and
//! `<!-- codes:end -->`, and so is the section per code of docs/standard.md
//! (`Code::explanation()`), between `<!-- explanations:start -->` and
//! `<!-- explanations:end -->`, and the values of every enumeration with
//! their English and Swedish labels (`shape::ENUMERATIONS`), between
//! `<!-- values:start -->` and `<!-- values:end -->`. This test fails when
//! they differ; `make docs` (`UPDATE_DOCS=1`) rewrites them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::PathBuf;

use omvarld::{Code, Lang};

/// A generated region: its markers and what the catalogue says goes there.
struct Region {
    start: &'static str,
    end: &'static str,
    text: String,
}

impl Region {
    fn codes(detailed: bool) -> Self {
        Self {
            start: "<!-- codes:start -->",
            end: "<!-- codes:end -->",
            text: table(detailed),
        }
    }

    fn values() -> Self {
        Self {
            start: "<!-- values:start -->",
            end: "<!-- values:end -->",
            text: values(),
        }
    }

    fn explanations() -> Self {
        Self {
            start: "<!-- explanations:start -->",
            end: "<!-- explanations:end -->",
            text: explanations(),
        }
    }
}

fn repo(file: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(file)
}

/// `| code | severity | kind | when |` and, with `detailed`, the path and
/// the Swedish description.
fn table(detailed: bool) -> String {
    let mut out = String::from(if detailed {
        "| code | severity | kind | when | path | på svenska |\n|---|---|---|---|---|---|\n"
    } else {
        "| code | severity | kind | when |\n|---|---|---|---|\n"
    });
    for c in omvarld::codes() {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |",
            c.code, c.severity, c.kind, c.description_en
        ));
        if detailed {
            out.push_str(&format!(" {} | {} |", c.path, c.description_sv));
        }
        out.push('\n');
    }
    out
}

/// A table per enumeration: each value's code, English and Swedish label,
/// and the other Swedish spellings the validator recognises.
fn values() -> String {
    let mut out = String::new();
    for (def, labels) in &omvarld::shape::ENUMERATIONS {
        let term = omvarld::shape::terms::of_def(def);
        out.push_str(&format!(
            "\n**{}** (*{}*, `{def}`)\n\n| code | English | svenska | also recognised |\n|---|---|---|---|\n",
            capitalised(term.en),
            term.sv
        ));
        for label in *labels {
            let also: Vec<String> = label.spellings.iter().map(|s| format!("*{s}*")).collect();
            out.push_str(&format!(
                "| `{}` | {} | *{}* | {} |\n",
                label.code,
                label.en,
                label.sv,
                also.join(", ")
            ));
        }
    }
    out
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A section per code: the code with its severity, kind and one-line
/// description, what it means, the example and where it is reported, how to
/// fix it; the Swedish meaning and fix below the English ones.
fn explanations() -> String {
    let mut out = String::new();
    for &code in Code::ALL {
        let info = code.info();
        let e = code.explanation();
        out.push_str(&format!("\n### `{code}`\n\n"));
        out.push_str(&format!(
            "{}, {}: {}. *På svenska:* {}.\n\n",
            info.severity, info.kind, info.description_en, info.description_sv
        ));
        out.push_str(&format!("{}\n\n", e.meaning(Lang::En)));
        out.push_str(&format!("> *På svenska:* {}\n\n", e.meaning(Lang::Sv)));
        // Every example is a document but `sheet`'s, a CSV file.
        let fence = if code == Code::Sheet { "csv" } else { "json" };
        out.push_str(&format!("```{fence}\n{}\n```\n\n", e.example()));
        let at = match e.example_path() {
            "" => "`\"\"` (the whole document)".to_owned(),
            path => format!("`{path}`"),
        };
        match e.as_of() {
            Some(date) => out.push_str(&format!(
                "With the as-of date {date} (`--as-of {date}`) this reports `{code}` at {at}.\n\n"
            )),
            None => out.push_str(&format!("This reports `{code}` at {at}.\n\n")),
        }
        out.push_str(&format!("**How to fix.** {}\n\n", e.fix(Lang::En)));
        out.push_str(&format!("> *Så rättar du:* {}\n", e.fix(Lang::Sv)));
    }
    out
}

/// Checks (or, with `UPDATE_DOCS`, rewrites) the generated region in `file`.
fn check(file: &str, region: &Region) -> Option<String> {
    let path = repo(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let start = text.find(region.start).expect("the start marker") + region.start.len();
    let end = text.find(region.end).expect("the end marker");
    let wanted = format!("\n{}", region.text);
    if text[start..end] == wanted {
        return None;
    }
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let updated = format!("{}{wanted}{}", &text[..start], &text[end..]);
        std::fs::write(&path, updated).unwrap();
        return None;
    }
    Some(format!(
        "{file}: the region {} differs from the catalogue; run `make docs`",
        region.start
    ))
}

#[test]
fn the_code_tables_are_the_catalogue() {
    let problems: Vec<String> = [
        ("README.md", Region::codes(false)),
        ("docs/standard.md", Region::codes(true)),
        ("docs/standard.md", Region::values()),
        ("docs/standard.md", Region::explanations()),
    ]
    .iter()
    .filter_map(|(file, region)| check(file, region))
    .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_code_is_in_the_table_once() {
    let table = table(true);
    for code in omvarld::Code::ALL {
        assert_eq!(table.matches(&format!("| `{code}` |")).count(), 1, "{code}");
    }
}

#[test]
fn every_code_has_its_section_once() {
    let sections = explanations();
    for code in Code::ALL {
        assert_eq!(
            sections.matches(&format!("\n### `{code}`\n")).count(),
            1,
            "{code}"
        );
        assert!(sections.contains(code.explanation().example()), "{code}");
    }
}
