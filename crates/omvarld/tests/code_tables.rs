//! The tables of codes in README.md and docs/standard.md are generated from
//! the catalogue (`omvarld::codes()`), between `<!-- codes:start -->` and
//! `<!-- codes:end -->`. This test fails when they differ; `make docs`
//! (`UPDATE_DOCS=1`) rewrites them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::PathBuf;

const START: &str = "<!-- codes:start -->";
const END: &str = "<!-- codes:end -->";

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

/// Checks (or, with `UPDATE_DOCS`, rewrites) the table in `file`.
fn check(file: &str, detailed: bool) -> Option<String> {
    let path = repo(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let start = text.find(START).expect("the start marker") + START.len();
    let end = text.find(END).expect("the end marker");
    let wanted = format!("\n{}", table(detailed));
    if text[start..end] == wanted {
        return None;
    }
    if std::env::var_os("UPDATE_DOCS").is_some() {
        let updated = format!("{}{wanted}{}", &text[..start], &text[end..]);
        std::fs::write(&path, updated).unwrap();
        return None;
    }
    Some(format!(
        "{file}: the code table differs from omvarld::codes(); run `make docs`"
    ))
}

#[test]
fn the_code_tables_are_the_catalogue() {
    let problems: Vec<String> = [("README.md", false), ("docs/standard.md", true)]
        .into_iter()
        .filter_map(|(file, detailed)| check(file, detailed))
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
