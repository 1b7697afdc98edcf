//! `omvarld upgrade`: the upgraded bytes on standard output or in `--out`,
//! the report of an invalid document on standard error, and exit codes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::path::PathBuf;

use common::{omvarld, root, stderr, stdout};
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures").join(name)
}

/// The (code, path) pairs of a report's or an expected report's `list`, sorted.
fn codes(report: &Value, list: &str) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = report[list]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["code"].as_str().unwrap().to_owned(),
                e["path"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    pairs.sort();
    pairs
}

#[test]
fn a_1_0_document_comes_out_byte_for_byte_but_for_the_version() {
    for name in [
        "valid/malmo-rich.json",
        "valid/small.json",
        "valid/bom.json",
    ] {
        let path = fixture(name);
        let original = std::fs::read(&path).unwrap();
        let out = omvarld().arg("upgrade").arg(&path).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
        assert!(out.stderr.is_empty(), "{name}: {}", stderr(&out));
        let text = String::from_utf8(original).unwrap();
        let wanted = text.replacen(
            "\"schema_version\": \"1.0\"",
            "\"schema_version\": \"1.1\"",
            1,
        );
        assert_ne!(wanted, text, "{name} is a 1.0 fixture");
        assert_eq!(stdout(&out), wanted, "{name}");
        // The upgraded document is valid 1.1, through the command too.
        let report = omvarld::validate(&out.stdout, &omvarld::Options::new());
        assert!(report.valid(), "{name}: {report}");
        omvarld()
            .args(["validate", "-"])
            .write_stdin(out.stdout)
            .assert()
            .code(0);
    }
}

#[test]
fn a_1_1_document_is_left_as_it_is() {
    let path = fixture("valid/v1-1-rich.json");
    let original = std::fs::read(&path).unwrap();
    let out = omvarld().arg("upgrade").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(out.stdout, original);
    // Upgrading the upgraded document again changes nothing either.
    let old = std::fs::read(fixture("valid/malmo-rich.json")).unwrap();
    let once = omvarld()
        .args(["upgrade", "-"])
        .write_stdin(old)
        .output()
        .unwrap();
    let twice = omvarld()
        .args(["upgrade", "-"])
        .write_stdin(once.stdout.clone())
        .output()
        .unwrap();
    assert_eq!(twice.status.code(), Some(0));
    assert_eq!(twice.stdout, once.stdout);
}

#[test]
fn an_invalid_document_is_not_upgraded_and_its_report_goes_to_stderr() {
    let path = fixture("invalid/unknown-reference.json");
    let expected: Value = serde_json::from_slice(
        &std::fs::read(fixture("invalid/unknown-reference.expected.json")).unwrap(),
    )
    .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.json");

    let out = omvarld()
        .args(["upgrade", "--out"])
        .arg(&target)
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "{}", stdout(&out));
    assert!(
        !target.exists(),
        "--out is not written for an invalid document"
    );
    let text = stderr(&out);
    let name = path.display().to_string();
    for (code, pointer) in codes(&expected, "errors") {
        let line = text
            .lines()
            .find(|l| l.contains(&format!(": error[{code}] {pointer}: ")))
            .unwrap_or_else(|| panic!("no line for {code} {pointer}: {text}"));
        // Located like validate's lines: file:LINE:COL.
        assert!(line.starts_with(&format!("{name}:")), "{line}");
        assert!(
            line.split(':').nth(1).unwrap().parse::<u64>().is_ok(),
            "{line}"
        );
    }
    assert!(
        text.contains(&format!("{name}: invalid, 6 errors, 1 warning")),
        "{text}"
    );
    assert!(text.contains("not upgraded"), "{text}");

    // --format json: the report object, as validate --format json writes it.
    let out = omvarld()
        .args(["upgrade", "--format", "json", "--lang", "sv"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let report: Value = serde_json::from_slice(&out.stderr).unwrap();
    assert_eq!(report["valid"], false);
    assert_eq!(codes(&report, "errors"), codes(&expected, "errors"));
    assert_eq!(codes(&report, "warnings"), codes(&expected, "warnings"));
    assert!(
        report["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("menade du"),
        "messages follow --lang: {report}"
    );
    let validated = omvarld()
        .args(["validate", "--format", "json", "--lang", "sv"])
        .arg(&path)
        .output()
        .unwrap();
    let validated: Value = serde_json::from_slice(&validated.stdout).unwrap();
    assert_eq!(report, validated);
}

#[test]
fn out_writes_the_file_even_over_its_input() {
    let dir = tempfile::tempdir().unwrap();
    let original = std::fs::read(fixture("valid/small.json")).unwrap();
    let file = common::write(dir.path(), "small.json", &original);
    let target = dir.path().join("upgraded.json");
    let out = omvarld()
        .arg("upgrade")
        .arg(&file)
        .arg("--out")
        .arg(&target)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let written = std::fs::read(&target).unwrap();
    assert_eq!(written, omvarld::upgrade(&original).unwrap());
    assert!(stdout(&out).contains("upgraded"), "{}", stdout(&out));
    assert!(stdout(&out).contains("upgraded.json"), "{}", stdout(&out));

    // In place.
    let out = omvarld()
        .arg("upgrade")
        .arg(&file)
        .arg("--out")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(std::fs::read(&file).unwrap(), written);
    let out = omvarld()
        .arg("upgrade")
        .arg(&file)
        .arg("--out")
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        stdout(&out).contains("already standard 1.1"),
        "{}",
        stdout(&out)
    );
    assert_eq!(std::fs::read(&file).unwrap(), written);
}

#[test]
fn io_and_usage_problems_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = omvarld()
        .arg("upgrade")
        .arg(dir.path().join("missing.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(stderr(&out).contains("missing.json"), "{}", stderr(&out));
    assert_eq!(stderr(&out).lines().count(), 1);

    // A directory is not a file.
    omvarld().arg("upgrade").arg(dir.path()).assert().code(2);
    // Nowhere to write.
    let out = omvarld()
        .arg("upgrade")
        .arg(fixture("valid/small.json"))
        .arg("--out")
        .arg(dir.path().join("no/such/dir/out.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1, "{}", stderr(&out));
    // No FILE, a bad option value.
    omvarld().arg("upgrade").assert().code(2);
    omvarld()
        .args(["upgrade", "--lang", "de"])
        .arg(fixture("valid/small.json"))
        .assert()
        .code(2);
    omvarld()
        .args(["upgrade", "--format", "yaml"])
        .arg(fixture("valid/small.json"))
        .assert()
        .code(2);
}
