//! Schema equivalence, tested both ways (SPEC §2): a document has no
//! structural issue if and only if the committed `programme.schema.json`
//! of its version accepts it (Draft 2020-12, formats asserted).
//!
//! Case counts are set so the suite runs in seconds in debug builds;
//! `PROPTEST_CASES` raises them (e.g. `PROPTEST_CASES=5000 cargo test --release`).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::sync::LazyLock;

use omvarld::testing::strategies::{
    mutated_document, mutated_document_with, perturbed_document, programme, Mutation,
};
use omvarld::{Code, Options, Report};
use proptest::prelude::*;
use serde_json::{json, Value};

/// The committed schema of `version`, compiled: Draft 2020-12, formats
/// asserted, the default (fancy-regex, ECMA-262 compatible) pattern engine.
fn compile(version: &str) -> jsonschema::Validator {
    let path = format!(
        "{}/../../schemas/{version}/programme.schema.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

static SCHEMA_1_0: LazyLock<jsonschema::Validator> = LazyLock::new(|| compile("1.0"));
static SCHEMA_1_1: LazyLock<jsonschema::Validator> = LazyLock::new(|| compile("1.1"));

/// The schema of the version `doc` says it follows (SPEC §6: each document
/// is validated by the rules of its own version); the newest for a document
/// without a version it names.
fn schema_for(doc: &Value) -> &'static jsonschema::Validator {
    match doc.get("schema_version").and_then(Value::as_str) {
        Some("1.0") => &SCHEMA_1_0,
        _ => &SCHEMA_1_1,
    }
}

fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        max_shrink_iters: 2_000,
        ..ProptestConfig::default()
    }
}

fn schema_errors(doc: &Value) -> Vec<String> {
    schema_for(doc)
        .iter_errors(doc)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect()
}

fn report(doc: &Value) -> Report {
    omvarld::validate(doc.to_string().as_bytes(), &Options::default())
}

fn errors(report: &Report) -> Vec<(Code, &str)> {
    report
        .errors
        .iter()
        .map(|e| (e.code, e.path.as_str()))
        .collect()
}

fn has_structural_error(report: &Report) -> bool {
    report.errors.iter().any(|e| e.code.info().structural)
}

proptest! {
    #![proptest_config(config(64))]

    /// Valid programmes: the schema accepts them, our validator finds no
    /// error (compact and pretty), and they round-trip to an equal value.
    #[test]
    fn valid_programmes_pass_both_and_round_trip(p in programme()) {
        let value = serde_json::to_value(&p).unwrap();
        let schema_errors = schema_errors(&value);
        prop_assert!(schema_errors.is_empty(), "schema rejects a valid programme: {:?}", schema_errors);
        for bytes in [serde_json::to_vec(&p).unwrap(), serde_json::to_vec_pretty(&p).unwrap()] {
            let report = omvarld::validate(&bytes, &Options::default());
            prop_assert!(report.errors.is_empty(), "{:?}", report.errors);
            prop_assert!(report.valid());
            prop_assert_eq!(&omvarld::parse::from_slice(&bytes).unwrap(), &p);
        }
        prop_assert!(p.validate(&Options::default()).valid());
    }

    /// One structural mutation: the schema rejects the document and our
    /// report holds exactly the expected error.
    #[test]
    fn one_mutation_is_rejected_by_both((doc, code, path) in mutated_document()) {
        prop_assert!(!schema_for(&doc).is_valid(&doc), "schema accepts a document with {code} at {path:?}");
        let report = report(&doc);
        prop_assert_eq!(errors(&report), vec![(code, path.as_str())]);
        prop_assert!(!report.valid());
    }

    /// Any JSON value put anywhere in a valid programme: the schema accepts
    /// the result exactly when our report has no structural error.
    #[test]
    fn schema_and_validator_agree_on_perturbed_documents(doc in perturbed_document()) {
        let report = report(&doc);
        let schema_errors = schema_errors(&doc);
        prop_assert_eq!(
            schema_errors.is_empty(),
            !has_structural_error(&report),
            "schema: {:?}\nours: {:?}", schema_errors, report.errors
        );
    }
}

/// Each kind of mutation on its own, a few cases each, so that every kind is
/// exercised in every run.
#[test]
fn every_mutation_kind_is_rejected_by_both() {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(6);
    for &mutation in Mutation::ALL {
        let mut runner = proptest::test_runner::TestRunner::new(ProptestConfig {
            cases,
            max_global_rejects: 10_000,
            ..ProptestConfig::default()
        });
        let result = runner.run(&mutated_document_with(mutation), |(doc, code, path)| {
            prop_assert_eq!(code, mutation.code());
            prop_assert!(
                !schema_for(&doc).is_valid(&doc),
                "schema accepts {mutation:?} at {path:?}"
            );
            let report = report(&doc);
            prop_assert_eq!(errors(&report), vec![(code, path.as_str())]);
            Ok(())
        });
        if let Err(e) = result {
            panic!("{mutation:?}: {e}");
        }
    }
}

/// jsonschema's default engine (fancy-regex) supports the `(?!\n)` lookahead
/// of our patterns: a trailing newline fails, as in our checks.
#[test]
fn schema_patterns_reject_a_trailing_newline() {
    let malmo = serde_json::to_value(omvarld::malmo()).unwrap();
    assert!(
        schema_for(&malmo).is_valid(&malmo),
        "{:?}",
        schema_errors(&malmo)
    );
    for (pointer, bad) in [
        ("/id", "malmo\n"),
        ("/organisation/municipality_code", "1280\n"),
        ("/organisation/country", "SE\n"),
        ("/adopted", "2024-01-01\n"),
    ] {
        let mut doc = malmo.clone();
        let (parent, member) = pointer.rsplit_once('/').unwrap();
        doc.pointer_mut(parent).unwrap()[member] = json!(bad);
        assert!(
            !schema_for(&doc).is_valid(&doc),
            "schema accepts {bad:?} at {pointer}"
        );
        assert_eq!(errors(&report(&doc)), [(Code::Format, pointer)]);
    }
}

/// Shapes that serde's derives accept but the schema does not, found by the
/// mutation tests: an object written as the array of its fields in order, a
/// unit enum written as `{"value": null}`. Both must be `type` errors.
#[test]
fn serde_only_shapes_are_type_errors() {
    let mut malmo = serde_json::to_value(omvarld::malmo()).unwrap();
    malmo["positions"] = json!([{
        "id": "p", "title": {"sv": "P"}, "statement": {"sv": "S"},
        "focus_areas": [malmo["focus_areas"][0]["id"].clone()],
        "targets": [{"level": "eu", "body": {"sv": "EU"}}], "status": "active"
    }]);
    assert!(schema_for(&malmo).is_valid(&malmo));
    let cases: [(&str, Value); 7] = [
        ("/positions/0/targets/0", json!(["eu", {"sv": "EU"}])),
        ("/positions/0/status", json!({"active": null})),
        ("/schema_version", json!({"1.0": null})),
        ("/organisation", json!([{"sv": "Malmö stad"}])),
        ("/period", json!(["2024-01-01"])),
        ("/focus_areas/0/direction_goal", json!([{"sv": "Mål"}])),
        ("/arenas/0/level", json!({"eu": null})),
    ];
    for (pointer, bad) in cases {
        let mut doc = malmo.clone();
        let (parent, member) = pointer.rsplit_once('/').unwrap();
        let parent = doc.pointer_mut(parent).unwrap();
        match parent {
            Value::Array(items) => items[member.parse::<usize>().unwrap()] = bad,
            other => other[member] = bad,
        }
        assert!(!schema_for(&doc).is_valid(&doc), "schema accepts {pointer}");
        assert_eq!(errors(&report(&doc)), [(Code::Type, pointer)], "{pointer}");
    }
    // A whole programme as the array of its members in order.
    let p = &malmo;
    let as_array = json!([
        "1.0", p["id"], p["title"], p["organisation"], "2024-01-01", {"start": "2024-01-01"},
        {"sv": "S"}, p["focus_areas"], p["contribution_aims"]
    ]);
    assert!(!schema_for(&as_array).is_valid(&as_array));
    assert_eq!(errors(&report(&as_array)), [(Code::Type, "")]);
}

/// Numbers read back exactly as written (serde_json `float_roundtrip`).
#[test]
fn numbers_round_trip_exactly() {
    let mut malmo = omvarld::malmo();
    let value = -3.748_448_255_540_332_6e59;
    malmo.extensions = Some(omvarld::Extensions(
        [("x".to_owned(), json!(value))].into_iter().collect(),
    ));
    let bytes = serde_json::to_vec(&malmo).unwrap();
    let back = omvarld::parse::from_slice(&bytes).unwrap();
    assert_eq!(back.extensions.unwrap()["x"].as_f64(), Some(value));
}
