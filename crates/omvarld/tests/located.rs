//! `validate_file` and `validate_reader` give every issue they can place a
//! line and column, and put errors and warnings in document order.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};

use omvarld::{Issue, Options};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../../tests/fixtures/invalid/{name}.json"))
}

fn places(issues: &[Issue]) -> Vec<(u64, u64)> {
    issues
        .iter()
        .map(|i| (i.line.expect("located"), i.column.expect("located")))
        .collect()
}

fn assert_in_document_order(issues: &[Issue], what: &str) {
    let found = places(issues);
    let mut sorted = found.clone();
    sorted.sort_unstable();
    assert_eq!(
        found, sorted,
        "{what} are not in document order: {issues:#?}"
    );
}

#[test]
fn errors_of_a_file_come_located_and_in_document_order() {
    for name in ["semantic-many", "structural-many"] {
        let report = omvarld::validate_file(fixture(name), &Options::default()).unwrap();
        assert!(report.errors.len() >= 3, "{name}: {report}");
        let located: Vec<Issue> = report
            .errors
            .iter()
            .filter(|i| i.line.is_some())
            .cloned()
            .collect();
        assert!(located.len() >= 3, "{name}: {report}");
        assert_in_document_order(&located, &format!("{name}: errors"));
        let warnings: Vec<Issue> = report
            .warnings
            .iter()
            .filter(|i| i.line.is_some())
            .cloned()
            .collect();
        assert_in_document_order(&warnings, &format!("{name}: warnings"));
    }
}

#[test]
fn every_semantic_issue_of_a_file_has_a_place() {
    let report = omvarld::validate_file(fixture("semantic-many"), &Options::default()).unwrap();
    assert!(
        report
            .issues()
            .all(|i| i.line.is_some() && i.column.is_some()),
        "{report}"
    );
}

#[test]
fn a_reader_gives_the_same_located_report_as_the_file() {
    for name in ["semantic-many", "structural-many", "duplicate-id"] {
        let path = fixture(name);
        let from_file = omvarld::validate_file(&path, &Options::default()).unwrap();
        let file = std::fs::File::open(&path).unwrap();
        let from_reader = omvarld::validate_reader(file, &Options::default()).unwrap();
        assert_eq!(from_file, from_reader, "{name}");
    }
}

#[test]
fn a_located_issue_shows_its_place_once() {
    let report = omvarld::validate_file(fixture("semantic-many"), &Options::default()).unwrap();
    let first = &report.errors[0];
    let (line, column) = (first.line.unwrap(), first.column.unwrap());
    let text = first.to_string();
    assert_eq!(
        text.matches(&format!("({line}:{column})")).count(),
        1,
        "{text}"
    );
}
