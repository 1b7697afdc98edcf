//! Every object type of the standard ([`StandardObject`]) on its own: its
//! schema (`schema::schema_for`) is the committed programme schema's entry
//! for it, with the `$defs` it refers to; it reads only from a JSON object,
//! through serde and through `parse::object` alike.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::collections::BTreeSet;
use std::path::PathBuf;

use omvarld::model::{
    Activity, AdvocacyPosition, Arena, Body, ContributionAim, Decision, DirectionGoal, FocusArea,
    FollowUp, Indicator, IndicatorResult, Measurement, Organisation, Period, Programme,
    Publication, Reference, Shift, Source, StandardObject, Target,
};
use omvarld::schema::schema_for;
use omvarld::Code;
use serde_json::{json, Value};

/// The committed (published) 1.1 programme schema.
fn published() -> Value {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../schemas/1.1/programme.schema.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// Every `$ref` in `value`, as `$defs` names.
fn refs(value: &Value, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref") {
                out.insert(r.strip_prefix("#/$defs/").expect("a local ref").to_owned());
            }
            map.values().for_each(|v| refs(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| refs(v, out)),
        _ => {}
    }
}

/// The `$defs` reachable from `value` in `defs`.
fn reachable(value: &Value, defs: &Value) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut todo = BTreeSet::new();
    refs(value, &mut todo);
    while let Some(name) = todo.pop_first() {
        if seen.insert(name.clone()) {
            refs(&defs[&name], &mut todo);
        }
    }
    seen
}

/// `T`'s schema is the published def plus `$schema` and the defs it refers to.
fn schema_matches_the_published_def<T: StandardObject>(published: &Value) {
    let mut ours = schema_for::<T>();
    let text = serde_json::to_string(&ours).unwrap();
    assert!(!text.contains(r#""null""#), "{}: null in {text}", T::NAME);
    assert_eq!(
        ours["$schema"],
        "https://json-schema.org/draft/2020-12/schema",
        "{}",
        T::NAME
    );
    let object = ours.as_object_mut().unwrap();
    object.remove("$schema");
    let defs = object.remove("$defs").unwrap_or_else(|| json!({}));
    let expected = if T::NAME == "Programme" {
        // The published root has the file's $schema, $id, title and description.
        let mut root = published.clone();
        let root_object = root.as_object_mut().unwrap();
        for key in ["$schema", "$id", "$defs", "title", "description"] {
            root_object.remove(key);
        }
        for key in ["title", "description"] {
            object.remove(key);
        }
        root
    } else {
        published["$defs"][T::NAME].clone()
    };
    assert_eq!(
        Value::Object(object.clone()),
        expected,
        "{}: the def",
        T::NAME
    );
    let needed = reachable(&Value::Object(object.clone()), &published["$defs"]);
    let have: BTreeSet<String> = defs.as_object().unwrap().keys().cloned().collect();
    assert_eq!(have, needed, "{}: the $defs it refers to", T::NAME);
    for name in &have {
        assert_eq!(
            defs[name],
            published["$defs"][name],
            "{}: $defs/{name}",
            T::NAME
        );
    }
}

/// `T` reads from its JSON object, and not from an array of its members.
fn reads_only_an_object<T: StandardObject>(sample: &Value) {
    assert!(sample.is_object(), "{}: sample {sample}", T::NAME);
    let value: T =
        serde_json::from_value(sample.clone()).unwrap_or_else(|e| panic!("{}: {e}", T::NAME));
    assert_eq!(
        serde_json::to_value(&value).unwrap(),
        *sample,
        "{}",
        T::NAME
    );
    let bytes = serde_json::to_vec(sample).unwrap();
    assert_eq!(
        omvarld::parse::object::<T>(&bytes).unwrap(),
        value,
        "{}",
        T::NAME
    );

    let members: Vec<Value> = sample.as_object().unwrap().values().cloned().collect();
    let array = Value::Array(members);
    let err = serde_json::from_value::<T>(array.clone()).unwrap_err();
    assert!(
        err.to_string().contains("expected an object"),
        "{}: {err}",
        T::NAME
    );
    let err = omvarld::parse::object::<T>(&serde_json::to_vec(&array).unwrap()).unwrap_err();
    let issues: Vec<_> = err
        .report()
        .unwrap()
        .errors
        .iter()
        .map(|e| (e.code, e.path.clone()))
        .collect();
    assert_eq!(issues, [(Code::Type, String::new())], "{}", T::NAME);
}

/// Runs `check::<T>(…)` for every object type, each with its sample.
macro_rules! every_object_type {
    ($check:ident, $doc:expr, $published:expr) => {{
        let doc: &Value = $doc;
        let p = |pointer: &str| {
            doc.pointer(pointer)
                .unwrap_or_else(|| panic!("no {pointer}"))
                .clone()
        };
        let position = "/positions/0";
        let indicator = "/focus_areas/0/direction_goal/indicators/0";
        $check::<Programme>(&p(""), $published);
        $check::<Organisation>(&p("/organisation"), $published);
        $check::<Period>(&p("/period"), $published);
        $check::<FocusArea>(&p("/focus_areas/0"), $published);
        $check::<DirectionGoal>(&p("/focus_areas/0/direction_goal"), $published);
        $check::<Indicator>(&p(indicator), $published);
        $check::<Measurement>(&p(&format!("{indicator}/baseline")), $published);
        $check::<IndicatorResult>(&p(&format!("{indicator}/results/0")), $published);
        $check::<Source>(&p(&format!("{indicator}/results/0/source")), $published);
        $check::<ContributionAim>(&p("/contribution_aims/0"), $published);
        $check::<Arena>(&p("/arenas/0"), $published);
        $check::<Body>(&p("/bodies/0"), $published);
        $check::<AdvocacyPosition>(&p(position), $published);
        $check::<Target>(&p(&format!("{position}/targets/0")), $published);
        $check::<Shift>(&p(&format!("{position}/shift")), $published);
        $check::<Decision>(&p(&format!("{position}/decision")), $published);
        $check::<Reference>(&p(&format!("{position}/references/0")), $published);
        $check::<FollowUp>(&p(&format!("{position}/follow_up/0")), $published);
        $check::<Activity>(&p("/activities/0"), $published);
        $check::<Publication>(&p("/publications/0"), $published);
        20
    }};
}

/// The rich 1.1 fixture: every object type at index 0 of its list.
fn sample_document() -> Value {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/valid/v1-1-rich.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn the_schema_of_each_object_type_is_its_published_def() {
    let published = published();
    let doc = sample_document();
    fn schema<T: StandardObject>(_: &Value, published: &Value) {
        schema_matches_the_published_def::<T>(published);
    }
    let count = every_object_type!(schema, &doc, &published);
    // Every object def of the published schema is covered (and Programme).
    let objects = published["$defs"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(name, def)| {
            def["type"] == "object" && !matches!(name.as_str(), "Text" | "Title" | "Extensions")
        })
        .count();
    assert_eq!(count, objects + 1);
}

#[test]
fn each_object_type_reads_only_from_an_object() {
    let doc = sample_document();
    fn read<T: StandardObject>(sample: &Value, _: &()) {
        reads_only_an_object::<T>(sample);
    }
    every_object_type!(read, &doc, &());
}

#[test]
fn a_programme_read_as_an_object_follows_its_version() {
    // parse::object::<Programme> reads as parse::from_slice does: a 1.0
    // document with a 1.1 member is refused.
    let mut doc = serde_json::to_value(omvarld::malmo()).unwrap();
    doc["schema_version"] = json!("1.0");
    doc["bodies"] =
        json!([{"id": "ks", "name": {"sv": "Kommunstyrelsen"}, "kind": "executive_board"}]);
    let bytes = serde_json::to_vec(&doc).unwrap();
    let err = omvarld::parse::object::<Programme>(&bytes).unwrap_err();
    let via_from_slice = omvarld::parse::from_slice(&bytes).unwrap_err();
    assert_eq!(err.report(), via_from_slice.report());
    assert_eq!(err.report().unwrap().errors[0].code, Code::UnknownField);
}
