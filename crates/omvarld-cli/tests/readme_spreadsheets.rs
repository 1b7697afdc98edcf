//! The README's spreadsheet workflow runs as written: each `$ omvarld …`
//! line of its `console` block is run in an empty folder and prints what
//! the README shows after it (standard output, then standard error). The
//! edit in Excel is the one line a program cannot do as a person would;
//! the test makes the workbook that edit gives by exporting the document
//! with the same change.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use common::{omvarld, root, stderr, stdout};

/// The README's "Spreadsheets" section.
fn section() -> String {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let heading = "\n## Spreadsheets\n";
    let start = readme
        .find(heading)
        .expect("README section \"Spreadsheets\"")
        + heading.len();
    let rest = &readme[start..];
    let end = rest.find("\n## ").unwrap_or(rest.len());
    rest[..end].to_owned()
}

/// The section's one `console` block.
fn console() -> String {
    let section = section();
    let blocks: Vec<&str> = section.split("```console\n").skip(1).collect();
    assert_eq!(
        blocks.len(),
        1,
        "one console block in the Spreadsheets section"
    );
    blocks[0].split("\n```").next().unwrap().to_owned() + "\n"
}

/// `(command, expected output)` per `$ ` line.
fn steps(block: &str) -> Vec<(String, String)> {
    let mut steps: Vec<(String, String)> = Vec::new();
    for line in block.lines() {
        if let Some(command) = line.strip_prefix("$ ") {
            steps.push((command.to_owned(), String::new()));
        } else {
            let (_, out) = steps.last_mut().expect("output before the first command");
            out.push_str(line);
            out.push('\n');
        }
    }
    steps
}

/// The edit the README describes: the first position's first focus area
/// typed as `transport` instead of the id `transporter`.
const EDIT: &str = "gets `transport` for `transporter`";
/// And its undoing.
const FIX: &str = "gets `transporter` back";

/// The workbook that `programme.json` with its first position's first
/// focus area `area` exports to: what the edit in a spreadsheet gives.
fn workbook_with(dir: &std::path::Path, area: &str) {
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(dir.join("programme.json")).unwrap()).unwrap();
    let areas = doc["positions"][0]["focus_areas"].as_array_mut().unwrap();
    assert_eq!(areas[0], "transporter", "the example's first position");
    areas[0] = area.into();
    let edited = dir.join("edited.json");
    std::fs::write(&edited, serde_json::to_vec_pretty(&doc).unwrap()).unwrap();
    let out = omvarld()
        .current_dir(dir)
        .args([
            "export",
            "edited.json",
            "--to",
            "xlsx",
            "--out",
            "programme.xlsx",
        ])
        .output()
        .unwrap();
    // Export checks each object's form, not the references between them
    // (README, "Reading of the specification"): the misspelt id is
    // written, and import finds it at its cell.
    assert_eq!(out.status.code(), Some(0), "{area}");
    std::fs::remove_file(edited).unwrap();
}

#[test]
fn the_readme_spreadsheet_workflow_runs_as_written() {
    let block = console();
    let steps = steps(&block);
    assert!(steps.len() >= 5, "{steps:?}");
    let dir = tempfile::tempdir().unwrap();
    let mut edits = 0;
    for (command, expected) in &steps {
        if let Some(comment) = command.strip_prefix("# ") {
            assert!(expected.is_empty(), "a comment prints nothing: {comment}");
            if comment.contains(EDIT) {
                workbook_with(dir.path(), "transport");
                edits += 1;
            } else if comment.contains(FIX) {
                workbook_with(dir.path(), "transporter");
                edits += 1;
            }
            continue;
        }
        let (command, redirect) = match command.split_once(" > ") {
            Some((c, file)) => (c, Some(file.trim())),
            None => (command.as_str(), None),
        };
        let mut words = command.split_whitespace();
        assert_eq!(words.next(), Some("omvarld"), "{command}");
        let out = omvarld()
            .current_dir(dir.path())
            .args(words)
            .output()
            .unwrap();
        let mut printed = stdout(&out);
        if let Some(file) = redirect {
            std::fs::write(dir.path().join(file), &out.stdout).unwrap();
            printed.clear();
        }
        printed.push_str(&stderr(&out));
        assert_eq!(&printed, expected, "README: `{command}`");
        let failed = expected.contains(": invalid,");
        assert_eq!(
            out.status.code(),
            Some(u8::from(failed).into()),
            "`{command}`"
        );
    }
    assert_eq!(
        edits, 2,
        "the block shows the edit ({EDIT}) and its fix ({FIX})"
    );
}
