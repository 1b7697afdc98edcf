//! The shared fixtures in `tests/fixtures/{valid,invalid}` through the
//! command: each `NAME.json` against its `NAME.expected.json`, except the
//! fixtures `known-divergences.json` lists, which must still disagree; and
//! every valid fixture (1.0 and 1.1) reports and upgrades.
//! A missing fixture directory fails the tests.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{omvarld, root};
use serde_json::Value;

/// The fixture directory under `root`, or why it cannot be used: a missing
/// directory is a failure, never a silent pass.
fn fixtures_dir_in(root: &Path) -> Result<PathBuf, String> {
    let dir = root.join("tests/fixtures");
    for kind in ["valid", "invalid"] {
        let sub = dir.join(kind);
        if !sub.is_dir() {
            return Err(format!("{} is missing", sub.display()));
        }
    }
    Ok(dir)
}

/// The repository's fixture directory; panics when it is missing.
fn fixtures_dir() -> PathBuf {
    fixtures_dir_in(&root()).unwrap_or_else(|e| panic!("no shared fixtures: {e}"))
}

/// Fixtures where the validator is known to disagree with the SPEC
/// (`known-divergences.json`: `"valid/NAME"` or `"invalid/NAME"` → why), read
/// as the core's fixture test reads it: each listed fixture must still
/// disagree, so the entry is removed once the core is fixed.
fn known_divergences() -> BTreeMap<String, String> {
    let path = fixtures_dir().join("known-divergences.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return BTreeMap::new();
    };
    let value: Value = serde_json::from_str(&text).expect("known-divergences.json is JSON");
    value
        .as_object()
        .expect("known-divergences.json is an object")
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
        .collect()
}

/// `valid/NAME` or `invalid/NAME`: how `known-divergences.json` names a fixture.
fn fixture_name(path: &Path) -> String {
    let kind = path
        .parent()
        .and_then(Path::file_name)
        .unwrap()
        .to_string_lossy();
    let stem = path.file_stem().unwrap().to_string_lossy();
    format!("{kind}/{stem}")
}

/// Every fixture document with its expected report, sorted by path.
fn fixtures() -> Vec<(PathBuf, Value)> {
    let mut found = Vec::new();
    for kind in ["valid", "invalid"] {
        let dir = fixtures_dir().join(kind);
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_str().unwrap().to_owned();
            if !name.ends_with(".json") || name.ends_with(".expected.json") {
                continue;
            }
            let expected_path = path.with_file_name(name.replace(".json", ".expected.json"));
            let expected = std::fs::read(&expected_path).unwrap_or_else(|e| {
                panic!("{} has no {}: {e}", path.display(), expected_path.display())
            });
            found.push((path, serde_json::from_slice(&expected).unwrap()));
        }
    }
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
}

/// (code, path, line, column) of each issue, sorted; line and column only
/// where the expected entry has them.
fn keys(actual: &Value, expected: &Value, list: &str) -> (Vec<String>, Vec<String>) {
    let exp = expected[list].as_array().cloned().unwrap_or_default();
    let want_location = |code: &str, path: &str| {
        exp.iter()
            .any(|e| e["code"] == code && e["path"] == path && e.get("line").is_some())
    };
    let key = |e: &Value, located: bool| {
        let mut k = format!(
            "{} {}",
            e["code"].as_str().unwrap(),
            e["path"].as_str().unwrap()
        );
        if located {
            k.push_str(&format!(" {}:{}", e["line"], e["column"]));
        }
        k
    };
    let mut a: Vec<String> = actual[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            key(
                e,
                want_location(e["code"].as_str().unwrap(), e["path"].as_str().unwrap()),
            )
        })
        .collect();
    let mut x: Vec<String> = exp
        .iter()
        .map(|e| key(e, e.get("line").is_some()))
        .collect();
    a.sort();
    x.sort();
    (a, x)
}

#[test]
fn every_fixture_gives_its_expected_report_through_the_command() {
    let fixtures = fixtures();
    let divergent = known_divergences();
    assert!(
        !fixtures.is_empty(),
        "tests/fixtures has no NAME.json + NAME.expected.json pairs"
    );
    let mut mismatches = Vec::new();
    for (path, expected) in &fixtures {
        let mut problems = Vec::new();
        let mut cmd = omvarld();
        cmd.args(["validate", "--format", "json"]);
        if let Some(as_of) = expected.pointer("/options/as_of").and_then(Value::as_str) {
            cmd.args(["--as-of", as_of]);
        }
        let out = cmd.arg(path).output().unwrap();
        let report: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "{}: output is not JSON ({e}): {}",
                path.display(),
                String::from_utf8_lossy(&out.stdout)
            )
        });
        let valid = expected["valid"].as_bool().unwrap();
        let name = path
            .strip_prefix(root())
            .unwrap_or(path)
            .display()
            .to_string();
        if report["valid"] != valid {
            problems.push(format!(
                "{name}: valid is {}, expected {valid}",
                report["valid"]
            ));
        }
        let code = out.status.code();
        if code != Some(if valid { 0 } else { 1 }) {
            problems.push(format!("{name}: exit status {code:?}"));
        }
        for list in ["errors", "warnings"] {
            let (actual, wanted) = keys(&report, expected, list);
            if actual != wanted {
                problems.push(format!(
                    "{name} {list}: got {actual:?}, expected {wanted:?}"
                ));
            }
        }
        match divergent.get(&fixture_name(path)) {
            // A known disagreement must still be one; once the core is
            // fixed, remove the entry from known-divergences.json.
            Some(why) if problems.is_empty() => mismatches.push(format!(
                "{name} now matches its expected report; remove it from known-divergences.json ({why})"
            )),
            Some(_) => {}
            None => mismatches.extend(problems),
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} fixtures differ:\n{}",
        mismatches.len(),
        fixtures.len(),
        mismatches.join("\n")
    );
}

#[test]
fn all_fixtures_in_one_run_match_one_at_a_time() {
    let fixtures: Vec<_> = fixtures()
        .into_iter()
        .filter(|(_, e)| e.get("options").is_none())
        .collect();
    if fixtures.len() < 2 {
        return;
    }
    let out = omvarld()
        .args(["validate", "--format", "json"])
        .args(fixtures.iter().map(|(p, _)| p))
        .output()
        .unwrap();
    let entries: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(entries.len(), fixtures.len());
    for (entry, (path, _)) in entries.iter().zip(&fixtures) {
        assert_eq!(entry["file"], path.display().to_string());
        // The same report as validating the file on its own.
        let alone = omvarld()
            .args(["validate", "--format", "json"])
            .arg(path)
            .output()
            .unwrap();
        let alone: Value = serde_json::from_slice(&alone.stdout).unwrap();
        assert_eq!(entry["report"], alone, "{}", path.display());
    }
    let any_invalid = entries.iter().any(|e| e["report"]["valid"] == false);
    assert_eq!(out.status.code(), Some(if any_invalid { 1 } else { 0 }));
}

#[test]
fn every_valid_fixture_reports_and_upgrades_through_the_command() {
    let valid: Vec<PathBuf> = fixtures()
        .into_iter()
        .filter(|(_, expected)| expected["valid"] == true)
        .map(|(path, _)| path)
        .collect();
    assert!(!valid.is_empty());
    let mut problems = Vec::new();
    for path in &valid {
        let name = path
            .strip_prefix(root())
            .unwrap_or(path)
            .display()
            .to_string();
        for format in ["markdown", "html"] {
            let out = omvarld()
                .args(["report", "--as-of", "2025-01-01", "--format", format])
                .arg(path)
                .output()
                .unwrap();
            if out.status.code() != Some(0) || out.stdout.is_empty() {
                problems.push(format!(
                    "{name}: report --format {format} exited {:?}: {}",
                    out.status.code(),
                    String::from_utf8_lossy(&out.stderr)
                ));
            } else if format == "html" {
                let html = String::from_utf8(out.stdout).unwrap();
                let doc = scraper::Html::parse_document(&html);
                if !doc.errors.is_empty() {
                    problems.push(format!("{name}: HTML parse errors {:?}", doc.errors));
                }
            }
        }
        // Upgrading gives a valid 1.1 document.
        let out = omvarld().arg("upgrade").arg(path).output().unwrap();
        let report = omvarld::validate(&out.stdout, &omvarld::Options::new());
        // Read as the core reads it (serde_json alone stops at 128 levels).
        let version = omvarld::parse::from_slice(&out.stdout)
            .ok()
            .map(|p| p.schema_version.as_str());
        if out.status.code() != Some(0) || !report.valid() || version != Some("1.1") {
            problems.push(format!(
                "{name}: upgrade exited {:?}, version {version:?}, valid {}: {}",
                out.status.code(),
                report.valid(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn a_missing_fixture_directory_is_an_error() {
    let empty = tempfile::tempdir().unwrap();
    let err = fixtures_dir_in(empty.path()).unwrap_err();
    assert!(err.contains("tests/fixtures"), "{err}");
    std::fs::create_dir_all(empty.path().join("tests/fixtures/valid")).unwrap();
    let err = fixtures_dir_in(empty.path()).unwrap_err();
    assert!(err.contains("invalid"), "{err}");
    std::fs::create_dir_all(empty.path().join("tests/fixtures/invalid")).unwrap();
    assert!(fixtures_dir_in(empty.path()).is_ok());
    // And the repository has its fixtures.
    assert!(fixtures_dir_in(&root()).is_ok());
}

#[test]
fn known_divergences_name_existing_fixtures() {
    let names: Vec<String> = fixtures().iter().map(|(p, _)| fixture_name(p)).collect();
    for name in known_divergences().keys() {
        assert!(
            names.contains(name),
            "known-divergences.json lists {name}, which is not a fixture"
        );
    }
}
