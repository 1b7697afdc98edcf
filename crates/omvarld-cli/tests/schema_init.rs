//! `omvarld schema` (each version), `omvarld init`, `--help` (of every command) and `--version`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use common::{omvarld, root, stderr, stdout};

const NAMES: [&str; 3] = ["programme", "advocacy-position", "validation-report"];

/// The versions of the standard and their directory under `schemas/`.
const VERSIONS: [(omvarld::SchemaVersion, &str); 2] = [
    (omvarld::SchemaVersion::V1_0, "1.0"),
    (omvarld::SchemaVersion::V1_1, "1.1"),
];

#[test]
fn schema_writes_the_committed_bytes_of_each_version() {
    let dir = tempfile::tempdir().unwrap();
    for (version, tag) in VERSIONS {
        let out_dir = dir.path().join(tag);
        let out = omvarld()
            .args(["schema", "--version", tag, "--out"])
            .arg(&out_dir)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
        for name in NAMES {
            let file = format!("{name}.schema.json");
            let written = std::fs::read(out_dir.join(&file)).unwrap();
            assert_eq!(
                written,
                omvarld::schema::schema_file_in(name, version)
                    .unwrap()
                    .as_bytes(),
                "{tag}/{file}"
            );
            let committed = std::fs::read(root().join("schemas").join(tag).join(&file)).unwrap();
            assert_eq!(written, committed, "{file} differs from schemas/{tag}/");
            let schema: serde_json::Value = serde_json::from_slice(&written).unwrap();
            assert_eq!(
                schema["$id"],
                format!("https://omvarld.github.io/schemas/{tag}/{file}")
            );
        }
        assert_eq!(std::fs::read_dir(&out_dir).unwrap().count(), 3);
    }

    // Without --version: the newest version, 1.1.
    let latest = dir.path().join("latest");
    omvarld()
        .args(["schema", "--out"])
        .arg(&latest)
        .assert()
        .code(0);
    for name in NAMES {
        let file = format!("{name}.schema.json");
        assert_eq!(
            std::fs::read(latest.join(&file)).unwrap(),
            std::fs::read(dir.path().join("1.1").join(&file)).unwrap(),
            "{file}"
        );
    }

    // Without --out: schemas/VERSION under the working directory, the published layout.
    let work = tempfile::tempdir().unwrap();
    omvarld()
        .current_dir(work.path())
        .args(["schema", "--version", "1.0"])
        .assert()
        .code(0);
    assert_eq!(
        std::fs::read(work.path().join("schemas/1.0/programme.schema.json")).unwrap(),
        std::fs::read(root().join("schemas/1.0/programme.schema.json")).unwrap()
    );
    assert!(!work.path().join("schemas/1.1").exists());

    // A version the standard does not have is a usage error.
    let out = omvarld()
        .args(["schema", "--version", "2.0", "--out"])
        .arg(dir.path().join("nope"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("1.0, 1.1"), "{}", stderr(&out));
    assert!(!dir.path().join("nope").exists());
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

    // A 1.0 directory is not a 1.1 one.
    let old = d.join("old");
    omvarld()
        .args(["schema", "--version", "1.0", "--out"])
        .arg(&old)
        .assert()
        .code(0);
    let out = omvarld()
        .args(["schema", "--check", "--out"])
        .arg(&old)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("--version 1.1"),
        "the hint names the version: {}",
        stderr(&out)
    );

    // The repository's own schemas/1.0 and schemas/1.1 are up to date, with
    // and without --out.
    for (_, tag) in VERSIONS {
        let out = omvarld()
            .args(["schema", "--check", "--version", tag, "--out"])
            .arg(root().join("schemas").join(tag))
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{tag}: {}", stderr(&out));
        assert!(
            stdout(&out).contains(&format!("standard {tag}")),
            "{}",
            stdout(&out)
        );
        omvarld()
            .current_dir(root())
            .args(["schema", "--check", "--version", tag])
            .assert()
            .code(0);
    }
    omvarld()
        .current_dir(root())
        .args(["schema", "--check"])
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
    let text = stdout(&out);
    // Standard 1.1, naming its schema in the first member for JSON editors.
    assert!(
        text.starts_with(
            "{\n  \"$schema\": \"https://omvarld.github.io/schemas/1.1/programme.schema.json\",\n  \"schema_version\": \"1.1\",\n"
        ),
        "{text}"
    );
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
fn init_example_prints_the_worked_example_valid_with_no_warnings() {
    let out = omvarld().args(["init", "--example"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // Byte for byte the shared fixture (and so the block in docs/standard.md).
    let fixture = std::fs::read(root().join("tests/fixtures/valid/exempelby.json")).unwrap();
    assert!(
        out.stdout == fixture,
        "init --example differs from tests/fixtures/valid/exempelby.json"
    );
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["organisation"]["name"]["sv"], "Exempelby kommun");
    assert!(doc["summary"]["sv"]
        .as_str()
        .unwrap()
        .starts_with("Ett påhittat exempel: Exempelby kommun finns inte"));
    // Valid with no warning, also with a review date check as of today.
    omvarld()
        .args(["validate", "--deny-warnings", "-"])
        .write_stdin(out.stdout.clone())
        .assert()
        .code(0);
    omvarld()
        .args(["validate", "--deny-warnings", "--as-of", "2027-01-01", "-"])
        .write_stdin(out.stdout)
        .assert()
        .code(0);
    // Plain `init` is still the Malmö starter.
    let starter = stdout(&omvarld().arg("init").output().unwrap());
    assert!(
        starter.contains("\"municipality_code\": \"1280\""),
        "{starter}"
    );
    assert!(!starter.contains("Exempelby"));
}

#[test]
fn every_command_has_help_with_an_example_and_there_is_a_version() {
    for args in [
        &["--help"][..],
        &["validate", "--help"],
        &["report", "--help"],
        &["schema", "--help"],
        &["upgrade", "--help"],
        &["init", "--help"],
        &["explain", "--help"],
        &["export", "--help"],
        &["import", "--help"],
        &["kolada", "fetch", "--help"],
    ] {
        let out = omvarld().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let text = stdout(&out);
        assert!(text.contains("Example"), "{args:?}: {text}");
        assert!(text.contains("omvarld "), "{args:?}");
    }
    // The command's version and every version of the standard it reads.
    let versions = format!("{} (data standard 1.0, 1.1)", env!("CARGO_PKG_VERSION"));
    let out = omvarld().arg("--version").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(stdout(&out), format!("omvarld {versions}\n"));
    let standards: Vec<&str> = omvarld::SchemaVersion::ALL
        .iter()
        .map(|v| v.as_str())
        .collect();
    assert!(versions.contains(&standards.join(", ")));
    let out = omvarld().args(["validate", "--version"]).output().unwrap();
    assert_eq!(stdout(&out), format!("omvarld-validate {versions}\n"));
    // `schema --version` is the standard's version, not the command's.
    let out = omvarld().args(["schema", "--version"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    omvarld().assert().code(2);
    omvarld().arg("frobnicate").assert().code(2);
}
