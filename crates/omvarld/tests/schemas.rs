//! The committed schemas in `schemas/` are exactly what the code generates.
//!
//! Regenerate with `make schemas` (this test with `UPDATE_SCHEMAS=1`).

use std::path::PathBuf;

fn schemas_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../schemas")
}

#[test]
fn committed_schemas_match_the_code() {
    let update = std::env::var_os("UPDATE_SCHEMAS").is_some();
    let mut drifted = Vec::new();
    for name in omvarld::schema::SCHEMA_NAMES {
        let path = schemas_dir().join(format!("{name}.schema.json"));
        let generated = omvarld::schema::schema_file(name).unwrap();
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
    for name in omvarld::schema::SCHEMA_NAMES {
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
