//! The published JSON Schemas (Draft 2020-12), one set per version of the
//! standard.
//!
//! The newest version's schemas are generated from the model types;
//! `schemas/<version>/` in the repository holds these exact bytes, a test
//! fails when they drift, and `make schemas` rewrites them. A published
//! version never changes: the 1.0 files are kept as they were published
//! (this crate carries their bytes), and a test checks their digests.

use std::borrow::Cow;

use schemars::generate::SchemaSettings;
use schemars::JsonSchema;
use serde_json::Value;

use crate::diagnostics::Report;
use crate::model::{AdvocacyPosition, Programme, SchemaVersion, StandardObject};

/// Base of every schema's `$id`, before the version.
///
/// ```
/// let id = omvarld::schema::programme_schema()["$id"].as_str().unwrap().to_owned();
/// assert!(id.starts_with(omvarld::schema::SCHEMA_BASE_URI));
/// ```
pub const SCHEMA_BASE_URI: &str = "https://omvarld.github.io/schemas/";

/// The `$id` of a published schema: its address.
///
/// ```
/// use omvarld::{schema::schema_url, SchemaVersion};
/// assert_eq!(
///     schema_url(SchemaVersion::V1_0, "programme"),
///     "https://omvarld.github.io/schemas/1.0/programme.schema.json",
/// );
/// ```
#[must_use]
pub fn schema_url(version: SchemaVersion, name: &str) -> String {
    format!("{SCHEMA_BASE_URI}{version}/{name}.schema.json")
}

/// The 1.0 schemas as published (`schemas/1.0/` in the repository).
const PUBLISHED_1_0: [(&str, &str); 3] = [
    (
        "programme",
        include_str!("../schemas/1.0/programme.schema.json"),
    ),
    (
        "advocacy-position",
        include_str!("../schemas/1.0/advocacy-position.schema.json"),
    ),
    (
        "validation-report",
        include_str!("../schemas/1.0/validation-report.schema.json"),
    ),
];

/// The file stems of the published schemas, in a stable order.
///
/// ```
/// for name in omvarld::schema::SCHEMA_NAMES {
///     assert!(omvarld::schema::schema(name).is_some(), "{name}");
/// }
/// ```
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
        ordered.insert("$id".into(), schema_url(SchemaVersion::LATEST, name).into());
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

/// The JSON Schema of one object type of the standard on its own, in the
/// newest version: the published programme schema's `$defs` entry for `T`
/// (for [`Programme`], the published schema's root), with `$schema` and the
/// `$defs` it refers to, so it stands alone. Optional members are absent,
/// never `null`, as in the published files.
///
/// ```
/// use omvarld::schema::schema_for;
/// use omvarld::{AdvocacyPosition, Target};
/// let target = schema_for::<Target>();
/// assert_eq!(target["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// assert_eq!(target["required"], serde_json::json!(["level", "body"]));
/// assert_eq!(target["properties"]["body"]["$ref"], "#/$defs/Text");
/// assert!(target["$defs"]["Text"].is_object());
///
/// // The same as the type's entry in the published programme schema.
/// let published = omvarld::schema::programme_schema();
/// let position = schema_for::<AdvocacyPosition>();
/// assert_eq!(position["properties"], published["$defs"]["AdvocacyPosition"]["properties"]);
/// assert!(!serde_json::to_string(&position)?.contains(r#""null""#));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[must_use]
pub fn schema_for<T: StandardObject>() -> Value {
    // As a subschema, as in the programme schema: a root schema would get
    // a `title` that the type's def does not have.
    let mut generator = SchemaSettings::draft2020_12().into_generator();
    let _ = generator.subschema_for::<T>();
    let mut defs = generator.take_definitions(true);
    let def = defs.remove(T::NAME);
    let mut schema = serde_json::Map::new();
    schema.insert(
        "$schema".into(),
        "https://json-schema.org/draft/2020-12/schema".into(),
    );
    if let Some(Value::Object(def)) = def {
        schema.extend(def);
    }
    if !defs.is_empty() {
        schema.insert("$defs".into(), Value::Object(defs));
    }
    let mut value = Value::Object(schema);
    remove_null(&mut value);
    value
}

/// The newest version's schema of a whole programme document (`programme.schema.json`).
///
/// ```
/// let schema = omvarld::schema::programme_schema();
/// assert_eq!(schema["$id"], "https://omvarld.github.io/schemas/1.1/programme.schema.json");
/// assert_eq!(schema["$schema"], "https://json-schema.org/draft/2020-12/schema");
/// ```
#[must_use]
pub fn programme_schema() -> Value {
    generate::<Programme>(
        "programme",
        "omvarld programme 1.1",
        "A city's programme for strategic external relations work (program för strategiskt omvärldsarbete), omvarld data standard 1.1: focus areas (fokusområden) with direction goals (inriktningsmål) and indicator results (utfall), contribution aims, arenas (omvärldsarenor), decision-making bodies (beslutande organ), advocacy positions (intressebevakning) with their asks, decisions, references and follow-up, activities and publications.",
    )
}

/// The newest version's schema of one advocacy position on its own (`advocacy-position.schema.json`).
///
/// ```
/// let schema = omvarld::schema::advocacy_position_schema();
/// assert_eq!(schema["$id"], "https://omvarld.github.io/schemas/1.1/advocacy-position.schema.json");
/// assert!(schema["required"].as_array().unwrap().contains(&"statement".into()));
/// ```
#[must_use]
pub fn advocacy_position_schema() -> Value {
    generate::<AdvocacyPosition>(
        "advocacy-position",
        "omvarld advocacy position 1.1",
        "One advocacy position (intressebevakning, \"Det här vill Malmö\") of omvarld data standard 1.1, on its own: what the city wants from decision makers. References to focus areas, aims, arenas and bodies are checked only within a whole programme.",
    )
}

/// The schema of a validation report (`validation-report.schema.json`),
/// which every report follows, whatever the document's version.
///
/// ```
/// let schema = omvarld::schema::validation_report_schema();
/// assert_eq!(schema["$id"], "https://omvarld.github.io/schemas/1.1/validation-report.schema.json");
/// assert!(schema["properties"]["errors"].is_object());
/// ```
#[must_use]
pub fn validation_report_schema() -> Value {
    generate::<Report>(
        "validation-report",
        "omvarld validation report 1.1",
        "The report omvarld gives for a programme document (valideringsrapport): every error and warning, each with a stable code, a JSON Pointer path and a message, and for a document read from a spreadsheet its sheet and cell.",
    )
}

/// The name of the diff schema (`schemas/1.1/diff.schema.json`), published
/// from standard 1.1 on; not in [`SCHEMA_NAMES`], which lists the schemas
/// every version has.
///
/// ```
/// use omvarld::schema::{schema_in, DIFF_SCHEMA_NAME, SCHEMA_NAMES};
/// use omvarld::SchemaVersion;
/// assert!(!SCHEMA_NAMES.contains(&DIFF_SCHEMA_NAME));
/// assert!(schema_in(DIFF_SCHEMA_NAME, SchemaVersion::V1_1).is_some());
/// assert!(schema_in(DIFF_SCHEMA_NAME, SchemaVersion::V1_0).is_none());
/// ```
pub const DIFF_SCHEMA_NAME: &str = "diff";

/// The schema of [`Diff`](crate::Diff) as `omvarld diff --format json`
/// writes it (published from standard 1.1 on).
///
/// ```
/// let schema = omvarld::schema::diff_schema();
/// assert_eq!(schema["$id"], "https://omvarld.github.io/schemas/1.1/diff.schema.json");
/// assert!(schema["$defs"]["ChangeKind"].is_object());
/// ```
#[must_use]
pub fn diff_schema() -> Value {
    generate::<crate::Diff>(
        DIFF_SCHEMA_NAME,
        "omvarld diff 1.1",
        "What changed between two versions of a programme document (förändringar), as `omvarld diff --format json` writes it: both documents' versions and errors, and each change with its kind, JSON Pointer paths in the old and new documents, member, language, the identified object it belongs to, and old and new values.",
    )
}

/// The newest version's schema with this file stem (`"programme"`,
/// `"advocacy-position"`, `"validation-report"`, and `"diff"`).
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
        DIFF_SCHEMA_NAME => Some(diff_schema()),
        _ => None,
    }
}

/// The schema with this file stem in `version`.
///
/// ```
/// use omvarld::{schema::schema_in, SchemaVersion};
/// let old = schema_in("programme", SchemaVersion::V1_0).unwrap();
/// assert_eq!(old["$id"], "https://omvarld.github.io/schemas/1.0/programme.schema.json");
/// assert!(old["$defs"]["AdvocacyPosition"]["properties"].get("follow_up").is_none());
/// let new = schema_in("programme", SchemaVersion::V1_1).unwrap();
/// assert!(new["$defs"]["AdvocacyPosition"]["properties"].get("follow_up").is_some());
/// ```
#[must_use]
pub fn schema_in(name: &str, version: SchemaVersion) -> Option<Value> {
    match version {
        SchemaVersion::V1_1 => schema(name),
        SchemaVersion::V1_0 => serde_json::from_str(&schema_file_in(name, version)?).ok(),
    }
}

/// The bytes of the newest version's published file for this stem: pretty
/// JSON with a final newline.
///
/// ```
/// let file = omvarld::schema::schema_file("programme").unwrap();
/// assert!(file.ends_with("}\n"));
/// let value: serde_json::Value = serde_json::from_str(&file)?;
/// assert_eq!(value, omvarld::schema::programme_schema());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[must_use]
pub fn schema_file(name: &str) -> Option<String> {
    let value = schema(name)?;
    let mut text = serde_json::to_string_pretty(&value).ok()?;
    text.push('\n');
    Some(text)
}

/// The bytes of `version`'s published file for this stem.
///
/// ```
/// use omvarld::{schema::schema_file_in, SchemaVersion};
/// let published = schema_file_in("validation-report", SchemaVersion::V1_0).unwrap();
/// assert!(published.contains("https://omvarld.github.io/schemas/1.0/validation-report.schema.json"));
/// ```
#[must_use]
pub fn schema_file_in(name: &str, version: SchemaVersion) -> Option<Cow<'static, str>> {
    match version {
        SchemaVersion::V1_1 => schema_file(name).map(Cow::Owned),
        SchemaVersion::V1_0 => PUBLISHED_1_0
            .iter()
            .find(|(stem, _)| *stem == name)
            .map(|(_, text)| Cow::Borrowed(*text)),
    }
}
