//! Generates programmes in your own property tests, with the `proptest`
//! feature's strategies (`omvarld::testing::strategies`):
//! `cargo run -p omvarld --features proptest --example proptest_your_own`
//! runs the properties below with proptest's `TestRunner`;
//! `cargo test -p omvarld --features proptest --example proptest_your_own`
//! runs them as `proptest!` tests, as they would sit in your crate's tests.
//!
//! In your crate: `[dev-dependencies] omvarld = { version = "2", features =
//! ["proptest"] }` and `proptest = "1"`. Then `programme()` (or
//! `programme_of(SchemaVersion::V1_0)`) gives valid programmes with every
//! optional member sometimes present, and `mutated_document()` valid
//! documents broken by exactly one structural rule, with the code and path
//! the validator reports for it.
//!
//! The code under test here is an exporter of the kind a city writes: one
//! row per position and focus area, for a spreadsheet.

use std::process::ExitCode;

use omvarld::testing::strategies::{mutated_document, programme};
use omvarld::Programme;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

/// One row of the export: a position under one of its focus areas.
#[derive(Debug, PartialEq)]
struct Row {
    position: String,
    focus_area: String,
    focus_area_title: String,
    status: &'static str,
}

/// The exporter under test.
fn rows(programme: &Programme) -> Vec<Row> {
    programme
        .positions
        .iter()
        .flat_map(|position| {
            position.focus_areas.iter().map(move |area| Row {
                position: position.id.to_string(),
                focus_area: area.to_string(),
                focus_area_title: programme
                    .focus_area(area)
                    .map(|a| a.title.sv().to_owned())
                    .unwrap_or_default(),
                status: position.status.as_str(),
            })
        })
        .collect()
}

/// Every position appears once per focus area, and every area has its title
/// (a generated programme is valid, so every id resolves).
fn every_position_gets_a_row_per_area(programme: &Programme) -> Result<(), TestCaseError> {
    let rows = rows(programme);
    let expected: usize = programme
        .positions
        .iter()
        .map(|p| p.focus_areas.len())
        .sum();
    prop_assert_eq!(rows.len(), expected);
    prop_assert!(rows.iter().all(|r| !r.focus_area_title.is_empty()));
    Ok(())
}

/// A document broken by one rule never reaches the exporter: parsing
/// refuses it, with the code and path the mutation predicts.
fn a_broken_document_is_refused(
    doc: &serde_json::Value,
    code: omvarld::Code,
    path: &str,
) -> Result<(), TestCaseError> {
    let bytes = serde_json::to_vec(doc).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let report = omvarld::validate(&bytes, &Default::default());
    prop_assert!(!report.valid());
    prop_assert!(
        report
            .errors
            .iter()
            .any(|e| e.code == code && e.path == path),
        "expected {} at {path:?}, got {:?}",
        code,
        report.errors
    );
    Ok(())
}

fn main() -> ExitCode {
    let mut runner = TestRunner::new(Config {
        cases: 32,
        // A program has no source file to keep failing cases beside.
        failure_persistence: None,
        ..Config::default()
    });
    let rows = runner.run(&programme(), |p| every_position_gets_a_row_per_area(&p));
    let refused = runner.run(&mutated_document(), |(doc, code, path)| {
        a_broken_document_is_refused(&doc, code, &path)
    });
    // A failure is shrunk to a minimal case, which the error shows.
    let mut failed = false;
    if let Err(e) = rows {
        eprintln!("exporter: {e}");
        failed = true;
    }
    if let Err(e) = refused {
        eprintln!("broken documents: {e}");
        failed = true;
    }
    if failed {
        return ExitCode::FAILURE;
    }
    println!("both properties hold for 32 cases each");
    ExitCode::SUCCESS
}

// The same properties as your crate's tests would write them.
#[cfg(test)]
mod tests {
    use super::*;

    proptest! {
        #![proptest_config(Config { cases: 16, ..Config::default() })]

        #[test]
        fn exporter_writes_a_row_per_position_and_area(p in programme()) {
            every_position_gets_a_row_per_area(&p)?;
        }

        #[test]
        fn broken_documents_are_refused((doc, code, path) in mutated_document()) {
            a_broken_document_is_refused(&doc, code, &path)?;
        }
    }
}
