//! Upgrade (SPEC §6): every valid 1.0 document becomes a valid 1.1 document
//! with the same values and the same bytes but for `schema_version`;
//! upgrading twice equals upgrading once; an invalid document is refused
//! with its report.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use omvarld::testing::strategies::programme_of;
use omvarld::{Code, Options, SchemaVersion};
use proptest::prelude::*;
use serde_json::Value;

fn config() -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(64);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn every_valid_1_0_document_upgrades_to_a_valid_1_1_document(
        p in programme_of(SchemaVersion::V1_0),
        pretty in any::<bool>(),
    ) {
        let bytes = if pretty {
            serde_json::to_vec_pretty(&p).unwrap()
        } else {
            serde_json::to_vec(&p).unwrap()
        };
        let before = omvarld::validate(&bytes, &Options::default());
        prop_assume!(before.valid());
        let upgraded = omvarld::upgrade(&bytes).unwrap();
        let after = omvarld::validate(&upgraded, &Options::default());
        prop_assert!(after.valid(), "{:?}", after.errors);
        // No new warning (SPEC §6), and the same ones.
        prop_assert_eq!(&after.warnings, &before.warnings);
        // The same values, but for the version.
        let mut old: Value = serde_json::from_slice(&bytes).unwrap();
        let new: Value = serde_json::from_slice(&upgraded).unwrap();
        old["schema_version"] = "1.1".into();
        prop_assert_eq!(&old, &new);
        // The same bytes, but for the version's.
        let text = String::from_utf8(bytes).unwrap();
        let expected = text.replacen("\"schema_version\":\"1.0\"", "\"schema_version\":\"1.1\"", 1)
            .replacen("\"schema_version\": \"1.0\"", "\"schema_version\": \"1.1\"", 1);
        prop_assert_eq!(String::from_utf8(upgraded.clone()).unwrap(), expected);
        // Idempotent.
        prop_assert_eq!(omvarld::upgrade(&upgraded).unwrap(), upgraded);
    }

    #[test]
    fn a_1_1_document_is_returned_unchanged(p in programme_of(SchemaVersion::V1_1)) {
        let bytes = serde_json::to_vec_pretty(&p).unwrap();
        prop_assume!(omvarld::validate(&bytes, &Options::default()).valid());
        prop_assert_eq!(omvarld::upgrade(&bytes).unwrap(), bytes);
    }
}

#[test]
fn formatting_choices_and_extensions_are_kept() {
    // Odd spacing, member order, number spellings, escapes, a BOM and CRLF
    // line ends all survive: only the version's bytes change.
    let doc = "\u{feff}{ \"id\" : \"x\",\r\n\"schema_version\"  :  \"1\\u002e0\" ,\r\n\
        \"title\":{\"sv\":\"Program\"},\"organisation\":{\"name\":{\"sv\":\"Stad\"}},\
        \"focus_areas\":[{\"id\":\"a\",\"number\":1.0,\"title\":{\"sv\":\"A\"},\
        \"direction_goal\":{\"statement\":{\"sv\":\"M\\u00e5l\"}}}],\
        \"contribution_aims\":[],\"extensions\":{\"z\":1e2,\"a\":[true,null]}}";
    let upgraded = String::from_utf8(omvarld::upgrade(doc.as_bytes()).unwrap()).unwrap();
    assert_eq!(
        upgraded,
        doc.replace("\"1\\u002e0\"", "\"1.1\""),
        "only the version changes"
    );
    assert!(omvarld::validate(upgraded.as_bytes(), &Options::default()).valid());
}

/// The message of a 1.1 member in a 1.0 document says `omvarld upgrade`
/// sets the version: it does, when the document is valid as 1.1.
#[test]
fn a_1_0_document_that_uses_1_1_members_upgrades_when_valid_as_1_1() {
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/invalid/unknown-field-1-1-in-1-0.json"
    );
    let bytes = std::fs::read(fixture).unwrap();
    let report = omvarld::validate(&bytes, &Options::default());
    assert!(report
        .errors
        .iter()
        .all(|e| e.code == Code::UnknownField && e.message.contains("omvarld upgrade")));
    let upgraded = omvarld::upgrade(&bytes).unwrap();
    assert!(omvarld::validate(&upgraded, &Options::default()).valid());
    let text = String::from_utf8(bytes).unwrap();
    assert_eq!(
        String::from_utf8(upgraded).unwrap(),
        text.replacen(
            "\"schema_version\": \"1.0\"",
            "\"schema_version\": \"1.1\"",
            1
        )
    );
}

#[test]
fn an_invalid_document_is_refused_with_its_located_report() {
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/invalid/unknown-reference.json"
    );
    let bytes = std::fs::read(fixture).unwrap();
    let err = omvarld::upgrade(&bytes).unwrap_err();
    let report = err.report();
    assert!(!report.valid());
    assert!(report
        .errors
        .iter()
        .all(|e| e.code == Code::UnknownReference && e.line.is_some()));
    // A 1.0 document with a semantic error is refused, even with 1.1 members.
    let mut doc: Value = serde_json::from_slice(
        &std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/fixtures/invalid/unknown-field-1-1-in-1-0.json"
        ))
        .unwrap(),
    )
    .unwrap();
    doc["positions"][0]["decision"]["body"] = "nobody".into();
    let err = omvarld::upgrade(doc.to_string().as_bytes()).unwrap_err();
    let codes: Vec<Code> = err.report().errors.iter().map(|e| e.code).collect();
    assert!(codes.iter().all(|c| *c == Code::UnknownField), "{codes:?}");
    // Swedish on request.
    let err = omvarld::upgrade_with(b"[]", &Options::new().lang(omvarld::Lang::Sv)).unwrap_err();
    assert!(err.report().errors[0].message.starts_with("förväntade"));
}
