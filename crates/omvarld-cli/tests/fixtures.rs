//! The shared fixtures in `tests/fixtures/{valid,invalid}` through the
//! command: each `NAME.json` against its `NAME.expected.json`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::path::PathBuf;

use common::{omvarld, root};
use serde_json::Value;

/// Every fixture document with its expected report, sorted by path.
fn fixtures() -> Vec<(PathBuf, Value)> {
    let mut found = Vec::new();
    for kind in ["valid", "invalid"] {
        let dir = root().join("tests/fixtures").join(kind);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
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
    if !root().join("tests/fixtures").exists() {
        eprintln!("tests/fixtures is not there yet; nothing to compare");
        return;
    }
    assert!(
        !fixtures.is_empty(),
        "tests/fixtures has no NAME.json + NAME.expected.json pairs"
    );
    let mut mismatches = Vec::new();
    for (path, expected) in &fixtures {
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
            mismatches.push(format!(
                "{name}: valid is {}, expected {valid}",
                report["valid"]
            ));
        }
        let code = out.status.code();
        if code != Some(if valid { 0 } else { 1 }) {
            mismatches.push(format!("{name}: exit status {code:?}"));
        }
        for list in ["errors", "warnings"] {
            let (actual, wanted) = keys(&report, expected, list);
            if actual != wanted {
                mismatches.push(format!(
                    "{name} {list}: got {actual:?}, expected {wanted:?}"
                ));
            }
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
