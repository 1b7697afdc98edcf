//! The committed schemas in `schemas/<version>/`: the newest version's are
//! exactly what the code generates (regenerate with `make schemas`, this
//! test with `UPDATE_SCHEMAS=1`); the published 1.0 files never change.

use std::path::PathBuf;

use omvarld::schema::{schema_file, schema_file_in, schema_in, DIFF_SCHEMA_NAME, SCHEMA_NAMES};
use omvarld::SchemaVersion;
use sha2::{Digest, Sha256};

fn schemas_dir(version: SchemaVersion) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../schemas")
        .join(version.as_str())
}

#[test]
fn committed_schemas_of_the_newest_version_match_the_code() {
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    let dir = schemas_dir(SchemaVersion::LATEST);
    if update {
        std::fs::create_dir_all(&dir).unwrap();
    }
    let mut drifted = Vec::new();
    // The diff schema is published from 1.1 on, beside the others.
    for name in SCHEMA_NAMES.into_iter().chain([DIFF_SCHEMA_NAME]) {
        let path = dir.join(format!("{name}.schema.json"));
        let generated = schema_file(name).unwrap();
        if update {
            std::fs::write(&path, &generated).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        if committed != generated {
            let line = committed
                .lines()
                .zip(generated.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| committed.lines().count().min(generated.lines().count()));
            drifted.push(format!(
                "{} differs from the code at line {}:\n  committed: {:?}\n  generated: {:?}",
                path.display(),
                line + 1,
                committed.lines().nth(line).unwrap_or("<end of file>"),
                generated.lines().nth(line).unwrap_or("<end of file>"),
            ));
        }
    }
    assert!(
        drifted.is_empty(),
        "{}\n\nRun `make schemas` to regenerate the committed schemas.",
        drifted.join("\n")
    );
}

/// SHA-256 of each 1.0 file as published with omvarld 1.0.0.
const PUBLISHED_1_0: [(&str, &str); 3] = [
    (
        "programme",
        "928a6bdf9c1fe51e8535a01413917a3fd20ba64358ba950609f059432e37902e",
    ),
    (
        "advocacy-position",
        "8938d9d338e28d285ba3ca22c27e73cff4ed5cbba37b8ad427d809221f2923b4",
    ),
    (
        "validation-report",
        "04dade12de7df47d2848656369c8158ffefe041f07ef2990f8180abd11641051",
    ),
];

#[test]
fn the_published_1_0_schemas_are_byte_identical_to_their_release() {
    for (name, digest) in PUBLISHED_1_0 {
        let path = schemas_dir(SchemaVersion::V1_0).join(format!("{name}.schema.json"));
        let committed = std::fs::read(&path).unwrap();
        let hex: String = Sha256::digest(&committed)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(
            hex,
            digest,
            "{} changed after it was published",
            path.display()
        );
        // The crate carries the same bytes.
        let carried = schema_file_in(name, SchemaVersion::V1_0).unwrap();
        assert_eq!(carried.as_bytes(), committed, "{name}");
    }
}

#[test]
fn every_version_has_every_schema_with_its_own_id() {
    for version in SchemaVersion::ALL {
        for name in SCHEMA_NAMES {
            let schema = schema_in(name, *version).unwrap();
            assert_eq!(
                schema["$id"],
                omvarld::schema::schema_url(*version, name),
                "{version} {name}"
            );
            assert_eq!(
                schema["$schema"],
                "https://json-schema.org/draft/2020-12/schema"
            );
        }
    }
}

#[test]
fn every_type_and_property_has_a_description() {
    fn walk(value: &serde_json::Value, at: &str, missing: &mut Vec<String>) {
        let Some(object) = value.as_object() else {
            return;
        };
        if let Some(props) = object.get("properties").and_then(|p| p.as_object()) {
            for (name, prop) in props {
                if prop
                    .get("description")
                    .and_then(|d| d.as_str())
                    .is_none_or(str::is_empty)
                {
                    missing.push(format!("{at}/properties/{name}"));
                }
                walk(prop, &format!("{at}/properties/{name}"), missing);
            }
        }
        if let Some(defs) = object.get("$defs").and_then(|d| d.as_object()) {
            for (name, def) in defs {
                if def
                    .get("description")
                    .and_then(|d| d.as_str())
                    .is_none_or(str::is_empty)
                {
                    missing.push(format!("{at}/$defs/{name}"));
                }
                walk(def, &format!("{at}/$defs/{name}"), missing);
            }
        }
    }
    for name in SCHEMA_NAMES.into_iter().chain([DIFF_SCHEMA_NAME]) {
        let schema = omvarld::schema::schema(name).unwrap();
        for key in ["$id", "title", "description"] {
            assert!(
                schema.get(key).and_then(|v| v.as_str()).is_some(),
                "{name}: no {key}"
            );
        }
        let mut missing = Vec::new();
        walk(&schema, "", &mut missing);
        assert!(missing.is_empty(), "{name}: no description at {missing:?}");
    }
}

/// The members 1.1 added are exactly the difference of the two versions'
/// programme schemas, as `omvarld::model::versions` lists them.
#[test]
fn the_members_1_1_added_are_the_difference_of_the_schemas() {
    let old = schema_in("programme", SchemaVersion::V1_0).unwrap();
    let new = schema_in("programme", SchemaVersion::V1_1).unwrap();
    let properties = |schema: &serde_json::Value, def: &str| -> Vec<String> {
        let object = if def == "Programme" {
            schema
        } else {
            &schema["$defs"][def]
        };
        object["properties"]
            .as_object()
            .map(|p| p.keys().cloned().collect())
            .unwrap_or_default()
    };
    let mut added = Vec::new();
    for def in old["$defs"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .chain(["Programme".to_owned()])
    {
        let before = properties(&old, &def);
        for member in properties(&new, &def) {
            if !before.contains(&member) {
                added.push((def.clone(), member));
            }
        }
    }
    let mut listed: Vec<(String, String)> = omvarld::model::versions::MEMBERS_SINCE_1_1
        .iter()
        .map(|(d, m)| ((*d).to_owned(), (*m).to_owned()))
        .collect();
    added.sort();
    listed.sort();
    assert_eq!(added, listed);
}

/// The diff schema is published from 1.1 on only: 1.0 is frozen.
#[test]
fn the_diff_schema_is_published_from_1_1_only() {
    assert!(schema_in(DIFF_SCHEMA_NAME, SchemaVersion::V1_0).is_none());
    assert!(!schemas_dir(SchemaVersion::V1_0)
        .join("diff.schema.json")
        .exists());
    let schema = schema_in(DIFF_SCHEMA_NAME, SchemaVersion::V1_1).unwrap();
    assert_eq!(
        schema["$id"],
        omvarld::schema::schema_url(SchemaVersion::V1_1, DIFF_SCHEMA_NAME)
    );
}

/// What `omvarld::diff` makes passes the published diff schema, with errors
/// and every kind of change.
#[test]
fn diffs_pass_the_diff_schema() {
    let schema = omvarld::schema::diff_schema();
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let old = serde_json::json!({
        "schema_version": "1.0", "id": "p", "title": {"sv": "Gammal", "en": "Old"},
        "focus_areas": [{"id": "a", "number": 1}, {"id": "b", "number": 2}],
        "positions": [{"id": "x", "status": "adopted", "focus_areas": ["a"]}, {"id": "y"}]
    });
    let new = serde_json::json!({
        "schema_version": "1.1", "id": "p", "title": {"sv": "Ny"},
        "focus_areas": [{"id": "b", "number": 1}, {"id": "a", "number": 2}],
        "positions": [{"id": "x", "status": "achieved", "focus_areas": ["b"]}, {"id": "z"}]
    });
    let diff = omvarld::diff::diff_documents(
        old.to_string().as_bytes(),
        new.to_string().as_bytes(),
        &omvarld::Options::default(),
    );
    assert!(!diff.valid());
    let kinds: std::collections::BTreeSet<String> = diff
        .changes
        .iter()
        .map(|c| {
            serde_json::to_value(c.kind)
                .unwrap()
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        kinds.into_iter().collect::<Vec<_>>(),
        [
            "added",
            "changed",
            "moved",
            "removed",
            "renumbered",
            "status_changed"
        ]
    );
    let value = serde_json::to_value(&diff).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    // And it reads back as the same diff.
    let back: omvarld::Diff = serde_json::from_value(value).unwrap();
    assert_eq!(back, diff);
}
