//! The shared fixtures of `tests/fixtures` (also read by the Python and
//! command-line tests): every document gets exactly the report its
//! `NAME.expected.json` gives, in English and in Swedish, and every report has
//! the shape of SPEC §2.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use omvarld::{Code, Issue, Lang, Options, Report};
use serde_json::Value;

fn fixtures_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures")
}

/// Fixtures where the validator is known to disagree with the SPEC, with why.
/// The expected report stays what the SPEC says; these are checked to still
/// disagree (so the entry is removed when the core is fixed).
fn known_divergences() -> Vec<(String, String)> {
    let path = fixtures_dir().join("known-divergences.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        return Vec::new();
    };
    let value: Value = serde_json::from_str(&text).expect("known-divergences.json is JSON");
    value
        .as_object()
        .expect("known-divergences.json is an object")
        .iter()
        .map(|(k, v)| (k.clone(), v.as_str().unwrap_or_default().to_owned()))
        .collect()
}

/// One fixture: `valid/NAME` or `invalid/NAME`, its bytes and expectation.
struct Fixture {
    name: String,
    bytes: Vec<u8>,
    expected: Value,
}

fn fixtures() -> Vec<Fixture> {
    let mut out = Vec::new();
    for kind in ["valid", "invalid"] {
        let dir = fixtures_dir().join(kind);
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| {
                let name = p.file_name().unwrap().to_string_lossy();
                name.ends_with(".json") && !name.ends_with(".expected.json")
            })
            .collect();
        paths.sort();
        for path in paths {
            let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
            let expected_path = dir.join(format!("{stem}.expected.json"));
            let expected_text = std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
            let expected: Value = serde_json::from_str(&expected_text)
                .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
            out.push(Fixture {
                name: format!("{kind}/{stem}"),
                bytes: std::fs::read(&path).unwrap(),
                expected,
            });
        }
    }
    assert!(
        out.len() >= 40,
        "only {} fixtures found in {}",
        out.len(),
        fixtures_dir().display()
    );
    out
}

fn options(expected: &Value, lang: Lang) -> Options {
    let mut options = Options::new().lang(lang);
    if let Some(as_of) = expected.pointer("/options/as_of").and_then(Value::as_str) {
        options = options.as_of(
            as_of
                .parse()
                .unwrap_or_else(|e| panic!("bad as_of {as_of}: {e}")),
        );
    }
    options
}

/// An issue as the fixture format compares it: code, path, and line/column
/// where the expected entry gives them.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    code: String,
    path: String,
    place: Option<(u64, u64)>,
}

impl std::fmt::Display for Entry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {:?}", self.code, self.path)?;
        if let Some((line, column)) = self.place {
            write!(f, " at {line}:{column}")?;
        }
        Ok(())
    }
}

fn expected_entries(expected: &Value, key: &str) -> Vec<Entry> {
    let mut entries: Vec<Entry> = expected[key]
        .as_array()
        .unwrap_or_else(|| panic!("`{key}` is a list"))
        .iter()
        .map(|e| Entry {
            code: e["code"].as_str().expect("code").to_owned(),
            path: e["path"].as_str().expect("path").to_owned(),
            place: e
                .get("line")
                .map(|l| (l.as_u64().unwrap(), e["column"].as_u64().unwrap())),
        })
        .collect();
    entries.sort();
    entries
}

/// The actual issues, with line/column kept only where the expected list
/// has a located entry with the same code and path.
fn actual_entries(issues: &[Issue], expected: &[Entry]) -> Vec<Entry> {
    let mut entries: Vec<Entry> = issues
        .iter()
        .map(|i| {
            let located = expected
                .iter()
                .any(|e| e.place.is_some() && e.code == i.code.as_str() && e.path == i.path);
            Entry {
                code: i.code.as_str().to_owned(),
                path: i.path.clone(),
                place: if located { i.line.zip(i.column) } else { None },
            }
        })
        .collect();
    entries.sort();
    entries
}

/// A readable diff of two sorted lists: `-` expected only, `+` actual only.
fn diff(expected: &[Entry], actual: &[Entry]) -> String {
    let mut out = String::new();
    for e in expected.iter().filter(|e| !actual.contains(e)) {
        writeln!(out, "    - {e}").unwrap();
    }
    for a in actual.iter().filter(|a| !expected.contains(a)) {
        writeln!(out, "    + {a}").unwrap();
    }
    out
}

/// Compares a report with a fixture's expectation; `None` when they agree.
fn compare(fixture: &Fixture, report: &Report) -> Option<String> {
    let mut problems = String::new();
    let want_valid = fixture.expected["valid"]
        .as_bool()
        .expect("`valid` is a bool");
    if report.valid() != want_valid {
        writeln!(
            problems,
            "  valid: expected {want_valid}, got {}",
            report.valid()
        )
        .unwrap();
    }
    for (key, issues) in [("errors", &report.errors), ("warnings", &report.warnings)] {
        let expected = expected_entries(&fixture.expected, key);
        let actual = actual_entries(issues, &expected);
        if expected != actual {
            writeln!(
                problems,
                "  {key} (- expected only, + actual only):\n{}",
                diff(&expected, &actual)
            )
            .unwrap();
        }
    }
    (!problems.is_empty()).then(|| {
        let mut messages = String::new();
        for issue in report.issues() {
            writeln!(messages, "    {issue}").unwrap();
        }
        format!(
            "{}:\n{problems}  the whole report:\n{messages}",
            fixture.name
        )
    })
}

#[test]
fn every_fixture_gets_its_expected_report() {
    let divergent = known_divergences();
    let mut failures = Vec::new();
    for fixture in fixtures() {
        let report = omvarld::validate(&fixture.bytes, &options(&fixture.expected, Lang::En));
        let outcome = compare(&fixture, &report);
        match divergent.iter().find(|(name, _)| *name == fixture.name) {
            // A known disagreement with the SPEC must still be one; once the
            // core is fixed, remove the entry from known-divergences.json.
            Some((_, why)) if outcome.is_none() => failures.push(format!(
                "{} now matches its expected report; remove it from known-divergences.json ({why})",
                fixture.name
            )),
            Some(_) => {}
            None => failures.extend(outcome),
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture(s) disagree:\n\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn valid_and_invalid_directories_match_the_verdict() {
    for fixture in fixtures() {
        let valid = fixture.expected["valid"].as_bool().unwrap();
        assert_eq!(
            valid,
            fixture.name.starts_with("valid/"),
            "{} is in the wrong directory",
            fixture.name
        );
        let errors = fixture.expected["errors"].as_array().unwrap();
        assert_eq!(
            valid,
            errors.is_empty(),
            "{}: `valid` disagrees with `errors`",
            fixture.name
        );
        for error in errors.iter().filter(|e| e["code"] == "syntax") {
            assert!(
                error.get("line").is_some() && error.get("column").is_some(),
                "{}: syntax without line/column",
                fixture.name
            );
        }
    }
}

#[test]
fn every_code_appears_in_some_fixture() {
    let mut seen = BTreeSet::new();
    for fixture in fixtures() {
        for key in ["errors", "warnings"] {
            for entry in expected_entries(&fixture.expected, key) {
                seen.insert(entry.code);
            }
        }
    }
    let missing: Vec<&str> = omvarld::codes()
        .iter()
        .map(|c| c.code.as_str())
        // `sheet` comes only from importing a workbook (omvarld-tables tests it).
        .filter(|c| !seen.contains(*c) && *c != "sheet")
        .collect();
    assert!(missing.is_empty(), "codes without a fixture: {missing:?}");
    // And no fixture expects a code the catalogue does not know.
    let known: BTreeSet<&str> = omvarld::codes().iter().map(|c| c.code.as_str()).collect();
    let unknown: Vec<&String> = seen
        .iter()
        .filter(|c| !known.contains(c.as_str()))
        .collect();
    assert!(
        unknown.is_empty(),
        "fixtures expect unknown codes: {unknown:?}"
    );
}

#[test]
fn swedish_messages_give_the_same_codes_and_paths() {
    for fixture in fixtures() {
        let en = omvarld::validate(&fixture.bytes, &options(&fixture.expected, Lang::En));
        let sv = omvarld::validate(&fixture.bytes, &options(&fixture.expected, Lang::Sv));
        let key = |r: &Report| -> Vec<(Code, String, Option<u64>, Option<u64>)> {
            r.issues()
                .map(|i| (i.code, i.path.clone(), i.line, i.column))
                .collect()
        };
        assert_eq!(
            key(&en),
            key(&sv),
            "{}: codes, paths or places differ between en and sv",
            fixture.name
        );
        assert_eq!(en.valid(), sv.valid(), "{}", fixture.name);
        for (e, s) in en.issues().zip(sv.issues()) {
            assert!(
                !s.message.trim().is_empty(),
                "{}: empty Swedish message for {}",
                fixture.name,
                s.code
            );
            if e.code != Code::Syntax {
                // Syntax details come from the JSON parser; every other message is translated.
                assert_ne!(
                    e.message, s.message,
                    "{}: the {} message is not translated",
                    fixture.name, e.code
                );
            }
        }
    }
}

/// Checks that `value` is a report of exactly the SPEC §2 shape.
fn assert_report_shape(name: &str, value: &Value) {
    let object = value
        .as_object()
        .unwrap_or_else(|| panic!("{name}: the report is not an object"));
    let keys: BTreeSet<&str> = object.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        BTreeSet::from(["valid", "errors", "warnings"]),
        "{name}: report members"
    );
    assert!(object["valid"].is_boolean(), "{name}: valid");
    let known: BTreeSet<&str> = omvarld::codes().iter().map(|c| c.code.as_str()).collect();
    for (key, severity) in [("errors", "error"), ("warnings", "warning")] {
        for issue in object[key]
            .as_array()
            .unwrap_or_else(|| panic!("{name}: {key} is not a list"))
        {
            let issue = issue
                .as_object()
                .unwrap_or_else(|| panic!("{name}: an issue is not an object"));
            let keys: BTreeSet<&str> = issue.keys().map(String::as_str).collect();
            let code = issue["code"]
                .as_str()
                .unwrap_or_else(|| panic!("{name}: code is not a string"));
            let base = BTreeSet::from(["code", "severity", "path", "message"]);
            if code == "syntax" {
                let located: BTreeSet<&str> =
                    base.iter().copied().chain(["line", "column"]).collect();
                assert_eq!(keys, located, "{name}: members of a syntax issue");
            } else {
                let extra: Vec<&&str> = keys.difference(&base).collect();
                assert!(
                    base.is_subset(&keys),
                    "{name}: an issue lacks one of {base:?}: {keys:?}"
                );
                assert!(
                    extra.iter().all(|k| **k == "line" || **k == "column"),
                    "{name}: extra members {extra:?}"
                );
            }
            assert!(known.contains(code), "{name}: unknown code {code}");
            assert_eq!(
                issue["severity"], severity,
                "{name}: {code} listed under {key}"
            );
            let expected_severity = omvarld::codes()
                .iter()
                .find(|c| c.code.as_str() == code)
                .unwrap()
                .severity;
            assert_eq!(
                issue["severity"],
                expected_severity.as_str(),
                "{name}: severity of {code}"
            );
            let path = issue["path"]
                .as_str()
                .unwrap_or_else(|| panic!("{name}: path is not a string"));
            assert!(
                path.is_empty() || path.starts_with('/'),
                "{name}: {path:?} is not a JSON Pointer"
            );
            assert!(
                issue["message"]
                    .as_str()
                    .is_some_and(|m| !m.trim().is_empty()),
                "{name}: empty message"
            );
            for place in ["line", "column"] {
                if let Some(v) = issue.get(place) {
                    assert!(
                        v.as_u64().is_some_and(|v| v >= 1),
                        "{name}: {place} is not a positive integer"
                    );
                }
            }
        }
    }
    assert_eq!(
        object["valid"],
        object["errors"].as_array().unwrap().is_empty(),
        "{name}: valid vs errors"
    );
}

#[test]
fn every_report_serializes_to_the_spec_shape() {
    for fixture in fixtures() {
        for lang in [Lang::En, Lang::Sv] {
            let report = omvarld::validate(&fixture.bytes, &options(&fixture.expected, lang));
            let value = serde_json::to_value(&report).unwrap();
            assert_report_shape(&fixture.name, &value);
            // And it reads back as the same report.
            let back: Report = serde_json::from_value(value).unwrap();
            assert_eq!(back, report, "{}", fixture.name);
        }
    }
}

#[test]
fn the_malmo_fixture_is_the_builtin_programme() {
    let path = fixtures_dir().join("valid/malmo.json");
    let builtin = serde_json::to_string_pretty(&omvarld::malmo()).unwrap() + "\n";
    if std::env::var_os("OMVARLD_UPDATE_FIXTURES").is_some() {
        std::fs::write(&path, &builtin).unwrap();
    }
    let committed: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let builtin: Value = serde_json::from_str(&builtin).unwrap();
    assert!(
        committed == builtin,
        "tests/fixtures/valid/malmo.json differs from omvarld::malmo(); regenerate it with\n  \
         OMVARLD_UPDATE_FIXTURES=1 cargo test -p omvarld --test fixtures the_malmo_fixture_is_the_builtin_programme"
    );
}

#[test]
fn review_overdue_needs_an_as_of_date() {
    let bytes = std::fs::read(fixtures_dir().join("valid/warning-review-overdue.json")).unwrap();
    let without = omvarld::validate(&bytes, &Options::new());
    assert!(without.is_clean(), "{without}");
    let with = omvarld::validate(&bytes, &Options::new().as_of("2025-06-01".parse().unwrap()));
    assert!(
        with.valid() && with.warnings.iter().all(|w| w.code == Code::ReviewOverdue),
        "{with}"
    );
    assert_eq!(with.warnings.len(), 2, "{with}");
}

#[test]
fn a_bom_changes_nothing() {
    let small = std::fs::read(fixtures_dir().join("valid/small.json")).unwrap();
    let bom = std::fs::read(fixtures_dir().join("valid/bom.json")).unwrap();
    assert_eq!(
        bom.get(..3),
        Some(&b"\xEF\xBB\xBF"[..]),
        "bom.json starts with a byte order mark"
    );
    assert_eq!(&bom[3..], &small[..]);
    // An invalid document behind a BOM keeps its line and column.
    let invalid = std::fs::read(fixtures_dir().join("invalid/syntax-truncated.json")).unwrap();
    let with_bom = [&b"\xEF\xBB\xBF"[..], &invalid].concat();
    let (plain, bommed) = (
        omvarld::validate(&invalid, &Options::new()),
        omvarld::validate(&with_bom, &Options::new()),
    );
    assert_eq!(plain, bommed);
}

/// SPEC §5: duplicate names, lone surrogates, bytes that are not UTF-8 and
/// too deep nesting are `syntax` errors "with a message that says which".
#[test]
fn syntax_messages_say_which_problem() {
    let cases = [
        (
            "invalid/syntax-duplicate-member",
            "duplicate member name `id`",
            &["surrogate"][..],
        ),
        ("invalid/syntax-lone-surrogate", "surrogate", &["UTF-8"][..]),
        (
            "invalid/syntax-invalid-utf8",
            "must be UTF-8",
            &["surrogate"][..],
        ),
        ("invalid/syntax-too-deep", "nested deeper than", &[][..]),
        (
            "invalid/syntax-number-out-of-range",
            "number out of range",
            &[][..],
        ),
        ("invalid/syntax-truncated", "the document ends", &[][..]),
    ];
    for (name, says, not) in cases {
        let bytes = std::fs::read(fixtures_dir().join(format!("{name}.json"))).unwrap();
        let report = omvarld::validate(&bytes, &Options::new());
        let message = &report.errors[0].message;
        assert!(
            message.contains(says),
            "{name}: {message:?} does not say {says:?}"
        );
        for wrong in not {
            assert!(
                !message.contains(wrong),
                "{name}: {message:?} wrongly mentions {wrong:?}"
            );
        }
    }
}
