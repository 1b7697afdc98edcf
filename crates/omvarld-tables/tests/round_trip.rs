//! import(export(doc)) == doc, through xlsx and through CSV, in both header
//! languages: for the fixtures and for every generated valid 1.1 document.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use omvarld::testing::strategies::programme_of;
use omvarld::{Lang, Options, Programme, SchemaVersion};
use proptest::prelude::*;

fn fixture(name: &str) -> Programme {
    let path = format!(
        "{}/../../tests/fixtures/valid/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    omvarld::parse::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

fn through_xlsx(programme: &Programme, lang: Lang) -> omvarld_tables::Imported {
    let bytes = omvarld_tables::to_xlsx(programme, lang).unwrap();
    omvarld_tables::read_xlsx(&bytes, &Options::default()).unwrap()
}

fn through_csv(programme: &Programme, lang: Lang) -> omvarld_tables::Imported {
    let files = omvarld_tables::to_csv_files(programme, lang).unwrap();
    let files: Vec<(String, String)> = files
        .into_iter()
        .filter(|(name, _)| name.ends_with(".csv"))
        .map(|(name, text)| (name.trim_end_matches(".csv").to_owned(), text))
        .collect();
    omvarld_tables::read_csv_files(
        files.iter().map(|(n, t)| (n.as_str(), t.as_bytes())),
        &Options::default(),
        &omvarld_tables::Limits::default(),
    )
    .unwrap()
}

/// `programme` as a sheet can hold it: an empty string (a free-text
/// member such as `owner` may be one) is an empty cell, which reads back as
/// no value (the README says so).
fn as_cells_hold_it(programme: &Programme) -> Programme {
    fn drop_empty(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::Object(map) => {
                map.retain(|_, v| v.as_str() != Some(""));
                // `extensions` is JSON text in one cell and keeps its "".
                map.iter_mut()
                    .filter(|(k, _)| *k != "extensions")
                    .for_each(|(_, v)| drop_empty(v));
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(drop_empty),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(programme).unwrap();
    drop_empty(&mut value);
    serde_json::from_value(value).unwrap()
}

fn assert_round_trip(programme: &Programme) {
    let programme = &as_cells_hold_it(programme);
    let expected = programme.validate(&Options::default());
    for lang in [Lang::Sv, Lang::En] {
        for (how, imported) in [
            ("xlsx", through_xlsx(programme, lang)),
            ("csv", through_csv(programme, lang)),
        ] {
            let back = imported.programme.as_ref().unwrap_or_else(|| {
                panic!(
                    "{how} {lang:?}: {}\n{:#}",
                    imported.report, imported.document
                )
            });
            if back != programme {
                let a = serde_json::to_value(programme).unwrap();
                let b = serde_json::to_value(back).unwrap();
                panic!(
                    "{how} {lang:?}: {}",
                    first_difference(&a, &b, String::new())
                );
            }
            assert_eq!(
                imported
                    .report
                    .issues()
                    .map(|i| (i.code, &i.path))
                    .collect::<Vec<_>>(),
                expected
                    .issues()
                    .map(|i| (i.code, &i.path))
                    .collect::<Vec<_>>(),
                "{how} {lang:?}"
            );
        }
    }
}

#[test]
fn the_rich_fixture_and_malmo_round_trip() {
    assert_round_trip(&fixture("v1-1-rich.json"));
    assert_round_trip(&omvarld::malmo());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]
    #[test]
    fn every_valid_document_round_trips(programme in programme_of(SchemaVersion::V1_1)) {
        assert_round_trip(&programme);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 12, ..ProptestConfig::default() })]
    /// A 1.0 document keeps its version and gains no 1.1 member.
    #[test]
    fn every_valid_1_0_document_round_trips(programme in programme_of(SchemaVersion::V1_0)) {
        assert_round_trip(&programme);
    }
}

/// The first place where two JSON values differ, with both values there.
fn first_difference(a: &serde_json::Value, b: &serde_json::Value, at: String) -> String {
    use serde_json::Value;
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for key in x.keys().chain(y.keys()) {
                let (l, r) = (
                    x.get(key).unwrap_or(&Value::Null),
                    y.get(key).unwrap_or(&Value::Null),
                );
                if l != r {
                    return first_difference(l, r, format!("{at}/{key}"));
                }
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (l, r)) in x.iter().zip(y).enumerate() {
                if l != r {
                    return first_difference(l, r, format!("{at}/{i}"));
                }
            }
        }
        _ => {}
    }
    let cut = |v: &Value| v.to_string().chars().take(300).collect::<String>();
    format!("at {at}: expected {} got {}", cut(a), cut(b))
}
