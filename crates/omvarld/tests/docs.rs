//! `docs/standard.md` documents every validation code, so the documentation
//! cannot drift from `omvarld::codes()`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::Path;

/// The `### Codes` section of the document.
fn codes_section(doc: &str) -> &str {
    let after = doc
        .split("### Codes")
        .nth(1)
        .expect("a `### Codes` section in docs/standard.md");
    after.split("\n### ").next().unwrap_or_default()
}

fn standard() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/standard.md");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The cells of the code table's row that starts with `` `code` ``, if any.
fn row<'a>(doc: &'a str, code: &str) -> Option<Vec<&'a str>> {
    let start = format!("| `{code}` |");
    codes_section(doc)
        .lines()
        .find(|line| line.starts_with(&start))
        .map(|line| {
            line.trim()
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect()
        })
}

#[test]
fn every_code_has_a_table_row_with_its_severity() {
    let doc = standard();
    let mut problems = Vec::new();
    for info in omvarld::codes() {
        let code = info.code.as_str();
        match row(&doc, code) {
            None => problems.push(format!("no table row `| `{code}` | …` in docs/standard.md")),
            Some(cells) => {
                if cells.get(1) != Some(&info.severity.as_str()) {
                    problems.push(format!(
                        "{code}: severity column says {:?}, expected {:?}",
                        cells.get(1),
                        info.severity.as_str()
                    ));
                }
                let kind = if info.structural {
                    "structural"
                } else {
                    "semantic"
                };
                if cells.get(2) != Some(&kind) {
                    problems.push(format!(
                        "{code}: kind column says {:?}, expected {kind:?}",
                        cells.get(2)
                    ));
                }
                if cells.len() < 5 || cells.iter().any(|c| c.is_empty()) {
                    problems.push(format!(
                        "{code}: the row needs code, severity, kind, when and path"
                    ));
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "docs/standard.md drifted from omvarld::codes():\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_code_table_has_no_unknown_codes() {
    let doc = standard();
    let known: Vec<&str> = omvarld::codes().iter().map(|c| c.code.as_str()).collect();
    let table = doc
        .split("### Codes")
        .nth(1)
        .expect("a `### Codes` section")
        .split("\n### ")
        .next()
        .unwrap_or_default();
    for line in table.lines().filter(|l| l.starts_with("| `")) {
        let code = line
            .trim_start_matches("| `")
            .split('`')
            .next()
            .unwrap_or_default();
        assert!(
            known.contains(&code),
            "docs/standard.md documents `{code}`, which omvarld::codes() does not have"
        );
    }
}

#[test]
fn limits_in_the_docs_match_the_code() {
    let doc = standard();
    assert_eq!(omvarld::model::ID_MAX_LENGTH, 64);
    assert!(doc.contains("1 to 64 characters"), "Id length");
    assert_eq!(omvarld::model::TEXT_MAX_LENGTH, 10_000);
    assert!(doc.contains("at most 10 000 characters"), "Text limit");
    assert_eq!(omvarld::model::TITLE_MAX_LENGTH, 300);
    assert!(doc.contains("at most 300 characters"), "Title limit");
    assert!(
        doc.contains(&format!("at least {} levels", omvarld::parse::MAX_DEPTH)),
        "depth limit"
    );
}
