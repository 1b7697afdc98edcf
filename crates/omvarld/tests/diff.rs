//! `omvarld::diff`: diff(a, a) is empty; applying diff(a, b) to a gives b;
//! reordering lists whose order carries no meaning is no change; and the
//! shared old/new fixture pair gives its expected diff.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use omvarld::diff::{diff_values, ChangeKind};
use omvarld::testing::strategies::programme;
use proptest::prelude::*;
use serde_json::{json, Value};

/// One edit of a document, chosen by the property tests.
#[derive(Clone, Debug)]
enum Edit {
    /// A position gets another status.
    Status(usize),
    /// A position's Swedish title changes and it gets an English one.
    Retitle(usize),
    /// A position is removed.
    Remove(usize),
    /// A copy of a position is added under a new id at an index.
    Add(usize, usize),
    /// The positions are rotated by one.
    Rotate,
    /// Two focus areas swap places and are renumbered in list order.
    Renumber(usize, usize),
    /// A position gets one more target.
    Target(usize),
    /// The document becomes 1.1.
    Version,
    /// A member of the programme's `extensions` is set.
    Extension(u8),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::Status),
        any::<usize>().prop_map(Edit::Retitle),
        any::<usize>().prop_map(Edit::Remove),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Add(a, b)),
        Just(Edit::Rotate),
        (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Edit::Renumber(a, b)),
        any::<usize>().prop_map(Edit::Target),
        Just(Edit::Version),
        any::<u8>().prop_map(Edit::Extension),
    ]
}

fn positions(doc: &mut Value) -> Option<&mut Vec<Value>> {
    doc.get_mut("positions")?
        .as_array_mut()
        .filter(|p| !p.is_empty())
}

fn apply_edit(doc: &mut Value, edit: &Edit, step: usize) {
    match *edit {
        Edit::Status(k) => {
            if let Some(list) = positions(doc) {
                let n = list.len();
                let p = &mut list[k % n];
                let next = match p["status"].as_str() {
                    Some("adopted") => "achieved",
                    Some("achieved") => "withdrawn",
                    _ => "adopted",
                };
                p["status"] = json!(next);
            }
        }
        Edit::Retitle(k) => {
            if let Some(list) = positions(doc) {
                let n = list.len();
                let title = &mut list[k % n]["title"];
                let sv = format!("{} (rev. {step})", title["sv"].as_str().unwrap_or(""));
                title["sv"] = json!(sv);
                title["en"] = json!(format!("Revised {step}"));
            }
        }
        Edit::Remove(k) => {
            if let Some(list) = positions(doc) {
                let n = list.len();
                list.remove(k % n);
            }
        }
        Edit::Add(k, at) => {
            if let Some(list) = positions(doc) {
                let n = list.len();
                let mut copy = list[k % n].clone();
                copy["id"] = json!(format!("tillagd-{step}-x"));
                list.insert(at % (n + 1), copy);
            }
        }
        Edit::Rotate => {
            if let Some(list) = positions(doc) {
                list.rotate_left(1);
            }
        }
        Edit::Renumber(i, j) => {
            let areas = doc["focus_areas"].as_array_mut().unwrap();
            let n = areas.len();
            areas.swap(i % n, j % n);
            for (k, area) in areas.iter_mut().enumerate() {
                area["number"] = json!(k + 1);
            }
        }
        Edit::Target(k) => {
            if let Some(list) = positions(doc) {
                let n = list.len();
                let targets = list[k % n]["targets"].as_array_mut().unwrap();
                targets.push(json!({"level": "eu", "body": {"sv": "Europeiska kommissionen"}}));
            }
        }
        Edit::Version => doc["schema_version"] = json!("1.1"),
        Edit::Extension(v) => {
            doc["extensions"] = json!({"x-ändrad": v, "x-lista": [v, step]});
        }
    }
}

/// Every list whose order carries no meaning, reversed: id lists and results.
fn reverse_unordered(value: &mut Value, key: Option<&str>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map.iter_mut() {
                // Lists inside extensions are the publisher's own: order counts.
                if k != "extensions" {
                    reverse_unordered(v, Some(k));
                }
            }
        }
        Value::Array(items) => {
            let id_list = matches!(
                key,
                Some("focus_areas" | "contribution_aims" | "arenas" | "positions")
            ) && items.iter().all(Value::is_string);
            if id_list || key == Some("results") {
                items.reverse();
            }
            for item in items {
                reverse_unordered(item, None);
            }
        }
        _ => {}
    }
}

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn edits_apply(a: &omvarld::Programme, edits: &[Edit]) -> Result<(), TestCaseError> {
    let a = serde_json::to_value(a).unwrap();
    prop_assert!(diff_values(&a, &a).is_empty());
    let mut b = a.clone();
    for (step, e) in edits.iter().enumerate() {
        apply_edit(&mut b, e, step);
    }
    let diff = diff_values(&a, &b);
    prop_assert_eq!(diff.is_empty(), a == b);
    prop_assert_eq!(&diff.apply(&a).unwrap(), &b);
    // The JSON form carries all apply needs.
    let back: omvarld::Diff = serde_json::from_value(serde_json::to_value(&diff).unwrap()).unwrap();
    prop_assert_eq!(&back.apply(&a).unwrap(), &b);
    // And the way back.
    prop_assert_eq!(&diff_values(&b, &a).apply(&b).unwrap(), &a);
    Ok(())
}

fn reorder_is_no_change(a: &omvarld::Programme) -> Result<(), TestCaseError> {
    let a = serde_json::to_value(a).unwrap();
    let mut b = a.clone();
    reverse_unordered(&mut b, None);
    let diff = diff_values(&a, &b);
    prop_assert!(diff.is_empty(), "{:?}", diff.changes);
    Ok(())
}

proptest! {
    #![proptest_config(config(96))]

    #[test]
    fn applying_the_diff_gives_the_new_document(a in programme(), edits in prop::collection::vec(edit(), 0..6)) {
        edits_apply(&a, &edits)?;
    }

    #[test]
    fn reordering_id_lists_and_results_is_no_change(a in programme()) {
        reorder_is_no_change(&a)?;
    }
}

/// `diff` (typed programmes, read through their JSON text), `diff_values`
/// (JSON values) and `diff_documents` (bytes) find the same changes.
fn entry_points_agree(
    a: &omvarld::Programme,
    b: &omvarld::Programme,
    edits: &[Edit],
) -> Result<(), TestCaseError> {
    let (va, vb) = (
        serde_json::to_value(a).unwrap(),
        serde_json::to_value(b).unwrap(),
    );
    prop_assert_eq!(omvarld::diff(a, b), diff_values(&va, &vb));
    let mut edited = va.clone();
    for (step, e) in edits.iter().enumerate() {
        apply_edit(&mut edited, e, step);
    }
    // `diff_documents` compares what it reads: the typed programme where the
    // document is one (an empty list is then no member), else the JSON.
    let read = |v: &Value| match serde_json::from_value::<omvarld::Programme>(v.clone()) {
        Ok(p) => serde_json::to_value(p).unwrap(),
        Err(_) => v.clone(),
    };
    let from_values = diff_values(&read(&va), &read(&edited));
    let bytes = |v: &Value| serde_json::to_vec_pretty(v).unwrap();
    let from_bytes =
        omvarld::diff::diff_documents(&bytes(&va), &bytes(&edited), &omvarld::Options::default());
    prop_assert_eq!(from_bytes.changes, from_values.changes);
    Ok(())
}

proptest! {
    #![proptest_config(config(64))]

    #[test]
    fn every_entry_point_finds_the_same_changes(
        a in programme(),
        b in programme(),
        edits in prop::collection::vec(edit(), 0..6),
    ) {
        entry_points_agree(&a, &b, &edits)?;
    }
}

proptest! {
    #![proptest_config(config(4096))]

    /// The same properties with many more cases: `cargo test -p omvarld --test diff -- --ignored`.
    #[test]
    #[ignore = "stress run"]
    fn stress_applying_the_diff_gives_the_new_document(a in programme(), edits in prop::collection::vec(edit(), 0..12)) {
        edits_apply(&a, &edits)?;
        reorder_is_no_change(&a)?;
    }
}

fn fixture(name: &str) -> Value {
    let path = format!("{}/../../tests/diff/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap()
}

/// The shared pair (a 1.0 document and its 1.1 revision) gives exactly the
/// expected diff; the Python tests read the same files.
#[test]
fn the_fixture_pair_gives_its_expected_diff() {
    let old = fixture("old.json");
    let new = fixture("new.json");
    let diff = omvarld::diff::diff_documents(
        old.to_string().as_bytes(),
        new.to_string().as_bytes(),
        &omvarld::Options::default(),
    );
    let got = serde_json::to_value(&diff).unwrap();
    if std::env::var_os("UPDATE_DIFF_FIXTURE").is_some() {
        let path = format!(
            "{}/../../tests/diff/expected.json",
            env!("CARGO_MANIFEST_DIR")
        );
        std::fs::write(path, serde_json::to_string_pretty(&got).unwrap() + "\n").unwrap();
    }
    assert_eq!(got, fixture("expected.json"));
    // Up to the order of id lists, which are sets.
    assert!(diff_values(&diff.apply(&old).unwrap(), &new).is_empty());
}

#[test]
fn status_transition_renumbering_move_and_texts() {
    let old = fixture("old.json");
    let new = fixture("new.json");
    let diff = diff_values(&old, &new);
    let find = |kind: ChangeKind| diff.changes.iter().filter(move |c| c.kind == kind);
    let status: Vec<_> = find(ChangeKind::StatusChanged)
        .map(|c| {
            (
                c.subject.as_ref().unwrap().id.as_str(),
                c.old.clone().unwrap(),
                c.new.clone().unwrap(),
            )
        })
        .collect();
    assert_eq!(status, [("infra-1", json!("adopted"), json!("achieved"))]);
    let renumbered: Vec<_> = find(ChangeKind::Renumbered)
        .map(|c| c.new_path.clone().unwrap())
        .collect();
    assert_eq!(
        renumbered,
        ["/focus_areas/0/number", "/focus_areas/1/number"]
    );
    // The focus areas swapped: one move, not a removal and an addition.
    assert_eq!(find(ChangeKind::Moved).count(), 1);
    assert!(find(ChangeKind::Removed).all(|c| c.object != "FocusArea"));
    // An English title added, the Swedish one changed: one change each.
    let langs: Vec<_> = diff
        .changes
        .iter()
        .filter(|c| {
            c.member.as_deref() == Some("title")
                && c.subject.as_ref().is_some_and(|s| s.id == "bostad-1")
        })
        .map(|c| (c.kind, c.lang.clone().unwrap()))
        .collect();
    assert_eq!(
        langs,
        [
            (ChangeKind::Added, "en".to_owned()),
            (ChangeKind::Changed, "sv".to_owned())
        ]
    );
    // The reordered focus_areas of a position are no change, the added id is.
    let ids: Vec<_> = diff
        .changes
        .iter()
        .filter(|c| c.object == "Id")
        .map(|c| {
            (
                c.kind,
                c.member.clone().unwrap(),
                c.new.clone().or(c.old.clone()).unwrap(),
            )
        })
        .collect();
    assert_eq!(
        ids,
        [(
            ChangeKind::Added,
            "contribution_aims".to_owned(),
            json!("genomslag")
        )]
    );
}

#[test]
fn invalid_documents_diff_as_far_as_they_read() {
    let old = br#"{"schema_version": "1.1", "id": "p", "title": {"sv": "T"}, "positions": [{"id": "a", "status": "adopted"}]}"#;
    let new = br#"{"schema_version": "1.1", "id": "p", "title": {"sv": "T"}, "positions": [{"id": "a", "status": "antagen"}]}"#;
    let diff = omvarld::diff::diff_documents(old, new, &omvarld::Options::default());
    assert!(!diff.valid());
    assert!(diff
        .new
        .errors
        .iter()
        .any(|e| e.path == "/positions/0/status"));
    assert_eq!(diff.changes.len(), 1);
    assert_eq!(diff.changes[0].kind, ChangeKind::StatusChanged);
    // Not JSON at all: the errors, and no changes.
    let diff = omvarld::diff::diff_documents(old, b"{\"id\": ", &omvarld::Options::default());
    assert!(diff.is_empty() && !diff.valid());
    assert_eq!(diff.new.errors[0].line, Some(1));
    // Nested far deeper than the parser allows: its error, no changes, no overflow.
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let diff = omvarld::diff::diff_documents(old, deep.as_bytes(), &omvarld::Options::default());
    assert!(diff.is_empty());
    assert_eq!(diff.new.errors[0].code, omvarld::Code::Syntax);
}

#[test]
fn a_diff_made_from_another_document_does_not_apply() {
    let diff = diff_values(
        &json!({"positions": [{"id": "a"}, {"id": "b"}]}),
        &json!({"positions": [{"id": "b"}, {"id": "a"}, {"id": "c"}]}),
    );
    assert!(diff.apply(&json!({"positions": []})).is_err());
    assert!(diff.apply(&json!({})).is_err());
}
