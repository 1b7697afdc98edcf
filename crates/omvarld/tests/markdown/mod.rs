//! Reading the repository's Markdown in tests: its files, and the text of
//! one section. Shared by `docs.rs` and `guides.rs`.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::{Path, PathBuf};

/// The repository root.
pub(crate) fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The file at `relative` (from the repository root).
pub(crate) fn read(relative: &str) -> String {
    let path = repo().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The text after the line `heading`, up to the next heading of the same or
/// a higher level (lines in fenced code blocks are not headings).
pub(crate) fn section<'a>(doc: &'a str, heading: &str) -> &'a str {
    let level = heading.find(' ').unwrap();
    let start = doc
        .find(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("no heading {heading:?}"))
        + heading.len()
        + 2;
    let rest = &doc[start..];
    let (mut at, mut fenced) = (0, false);
    for line in rest.split_inclusive('\n') {
        fenced ^= line.starts_with("```");
        let hashes = line.len() - line.trim_start_matches('#').len();
        if !fenced && hashes > 0 && hashes <= level && line[hashes..].starts_with(' ') {
            return &rest[..at];
        }
        at += line.len();
    }
    rest
}
