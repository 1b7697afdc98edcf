//! The published JSON Schemas (Draft 2020-12), generated from the model types.
//!
//! `schemas/` in the repository holds these exact bytes; a test fails when
//! they drift, and `make schemas` rewrites them.

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::Value;

use crate::diagnostics::Report;
use crate::model::{AdvocacyPosition, Programme};

/// Base of every schema's `$id`; the version of the standard is part of it.
pub const SCHEMA_BASE_URI: &str = "https://omvarld.github.io/schemas/1.0/";

/// The file stems of the published schemas, in a stable order.
pub const SCHEMA_NAMES: [&str; 3] = ["programme", "advocacy-position", "validation-report"];

fn generate<T: JsonSchema>(name: &str, title: &str, description: &str) -> Value {
    let schema = SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>();
    let mut value = schema.to_value();
    remove_null(&mut value);
    if let Some(object) = value.as_object_mut() {
        let mut ordered = serde_json::Map::new();
        ordered.insert(
            "$schema".into(),
            "https://json-schema.org/draft/2020-12/schema".into(),
        );
        ordered.insert(
            "$id".into(),
            format!("{SCHEMA_BASE_URI}{name}.schema.json").into(),
        );
        ordered.insert("title".into(), title.into());
        ordered.insert("description".into(), description.into());
        for (key, v) in std::mem::take(object) {
            if !matches!(key.as_str(), "$schema" | "title" | "description") {
                ordered.insert(key, v);
            }
        }
        *object = ordered;
    }
    value
}

/// Optional members are absent, never `null`: schemars describes `Option<T>`
/// as "T or null", which the standard does not accept, so null is taken out.
fn remove_null(value: &mut Value) {
    match value {
        Value::Object(object) => {
            if let Some(Value::Array(types)) = object.get_mut("type") {
                types.retain(|t| t != "null");
                if let [only] = types.as_slice() {
                    let only = only.clone();
                    object.insert("type".into(), only);
                }
            }
            if let Some(Value::Array(any_of)) = object.get_mut("anyOf") {
                any_of.retain(|s| s.get("type").is_none_or(|t| t != "null"));
                if let [only] = any_of.as_slice() {
                    let only = only.clone();
                    object.remove("anyOf");
                    if let Value::Object(inner) = only {
                        for (k, v) in inner {
                            object.entry(k).or_insert(v);
                        }
                    }
                }
            }
            object.values_mut().for_each(remove_null);
        }
        Value::Array(items) => items.iter_mut().for_each(remove_null),
        _ => {}
    }
}

/// The schema of a whole programme document (`programme.schema.json`).
///
/// ```
/// let schema = omvarld::schema::programme_schema();
/// assert_eq!(schema["$id"], "https://omvarld.github.io/schemas/1.0/programme.schema.json");
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// ```
#[must_use]
pub fn programme_schema() -> Value {
    generate::<Programme>(
        "programme",
        "omvarld programme 1.0",
        "A city's programme for strategic external relations work (program för strategiskt omvärldsarbete), omvarld data standard 1.0: focus areas (fokusområden) with direction goals (inriktningsmål), contribution aims, arenas (omvärldsarenor), advocacy positions (intressebevakning), activities and publications.",
    )
}

/// The schema of one advocacy position on its own (`advocacy-position.schema.json`).
#[must_use]
pub fn advocacy_position_schema() -> Value {
    generate::<AdvocacyPosition>(
        "advocacy-position",
        "omvarld advocacy position 1.0",
        "One advocacy position (intressebevakning, \"Det här vill Malmö\") of omvarld data standard 1.0, on its own: what the city wants from decision makers. References to focus areas, aims and arenas are checked only within a whole programme.",
    )
}

/// The schema of a validation report (`validation-report.schema.json`).
#[must_use]
pub fn validation_report_schema() -> Value {
    generate::<Report>(
        "validation-report",
        "omvarld validation report 1.0",
        "The report omvarld gives for a programme document (valideringsrapport): every error and warning, each with a stable code, a JSON Pointer path and a message.",
    )
}

/// The schema with this file stem (`"programme"`, `"advocacy-position"`,
/// `"validation-report"`).
///
/// ```
/// assert!(omvarld::schema::schema("programme").is_some());
/// assert!(omvarld::schema::schema("nope").is_none());
/// ```
#[must_use]
pub fn schema(name: &str) -> Option<Value> {
    match name {
        "programme" => Some(programme_schema()),
        "advocacy-position" => Some(advocacy_position_schema()),
        "validation-report" => Some(validation_report_schema()),
        _ => None,
    }
}

/// The bytes of the published file for this stem: pretty JSON with a final newline.
#[must_use]
pub fn schema_file(name: &str) -> Option<String> {
    let value = schema(name)?;
    let mut text = serde_json::to_string_pretty(&value).ok()?;
    text.push('\n');
    Some(text)
}
