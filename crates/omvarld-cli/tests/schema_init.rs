//! `omvarld schema`, `omvarld init`, `--help` (of every command) and `--version`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use common::{omvarld, root, stderr, stdout};

const NAMES: [&str; 3] = ["programme", "advocacy-position", "validation-report"];

#[test]
fn schema_writes_the_committed_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let out_dir = dir.path().join("pinned");
    omvarld()
        .args(["schema", "--out"])
        .arg(&out_dir)
        .assert()
        .code(0);
    for name in NAMES {
        let file = format!("{name}.schema.json");
        let written = std::fs::read(out_dir.join(&file)).unwrap();
        assert_eq!(
            written,
            omvarld::schema::schema_file(name).unwrap().as_bytes(),
            "{file}"
        );
        let committed = std::fs::read(root().join("schemas").join(&file)).unwrap();
        assert_eq!(written, committed, "{file} differs from schemas/");
    }
    assert_eq!(std::fs::read_dir(&out_dir).unwrap().count(), 3);
}

#[test]
fn schema_check_exits_1_when_a_file_differs_or_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    omvarld().args(["schema", "--out"]).arg(d).assert().code(0);
    let out = omvarld()
        .args(["schema", "--check", "--out"])
        .arg(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("3 schemas"));

    let programme = d.join("programme.schema.json");
    let mut bytes = std::fs::read(&programme).unwrap();
    bytes.push(b' ');
    std::fs::write(&programme, bytes).unwrap();
    let out = omvarld()
        .args(["schema", "--check", "--out"])
        .arg(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("programme.schema.json differs"),
        "{}",
        stderr(&out)
    );
    // --check writes nothing.
    assert_ne!(
        std::fs::read(&programme).unwrap(),
        omvarld::schema::schema_file("programme")
            .unwrap()
            .as_bytes()
    );

    std::fs::remove_file(&programme).unwrap();
    let out = omvarld()
        .args(["schema", "--check", "--out"])
        .arg(d)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("programme.schema.json is missing"));

    // The repository's own schemas/ is up to date.
    omvarld()
        .args(["schema", "--check", "--out"])
        .arg(root().join("schemas"))
        .assert()
        .code(0);
}

#[test]
fn schema_io_problems_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, b"x").unwrap();
    omvarld()
        .args(["schema", "--out"])
        .arg(&file)
        .assert()
        .code(2);
    omvarld()
        .args(["schema", "--check", "--out"])
        .arg(&file)
        .assert()
        .code(2);
}

#[test]
fn init_prints_a_valid_starter_with_one_draft_position() {
    let out = omvarld().arg("init").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let positions = doc["positions"].as_array().unwrap();
    assert_eq!(positions.len(), 1);
    assert_eq!(positions[0]["status"], "draft");
    assert_eq!(doc["focus_areas"].as_array().unwrap().len(), 6);
    let report = omvarld::validate(&out.stdout, &omvarld::Options::new());
    assert!(report.errors.is_empty(), "{report}");
    // And through the command.
    omvarld()
        .args(["validate", "-"])
        .write_stdin(out.stdout)
        .assert()
        .code(0);
}

#[test]
fn every_command_has_help_with_an_example_and_there_is_a_version() {
    for args in [
        &["--help"][..],
        &["validate", "--help"],
        &["report", "--help"],
        &["schema", "--help"],
        &["init", "--help"],
        &["explain", "--help"],
    ] {
        let out = omvarld().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let text = stdout(&out);
        assert!(text.contains("Example"), "{args:?}: {text}");
        assert!(text.contains("omvarld "), "{args:?}");
    }
    let out = omvarld().arg("--version").output().unwrap();
    assert_eq!(
        stdout(&out).trim(),
        format!("omvarld {}", env!("CARGO_PKG_VERSION"))
    );
    omvarld().assert().code(2);
    omvarld().arg("frobnicate").assert().code(2);
}
