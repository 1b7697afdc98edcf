//! A 100 000-position document through `omvarld validate` (run by `make bench`).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::time::Instant;

use common::{omvarld, stdout, write};

#[test]
#[ignore = "large: run with `make bench` or `cargo test --release -p omvarld-cli -- --ignored`"]
fn validates_a_100k_position_document() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = omvarld::testing::generate_json(100_000, 42);
    let file = write(dir.path(), "big.json", &bytes);

    let started = Instant::now();
    let report = omvarld::validate(&std::fs::read(&file).unwrap(), &omvarld::Options::new());
    let library = started.elapsed();
    assert!(report.is_clean());

    let started = Instant::now();
    let out = omvarld().arg("validate").arg(&file).output().unwrap();
    let command = started.elapsed();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout(&out).contains(": valid, 0 errors, 0 warnings"),
        "{}",
        stdout(&out)
    );
    eprintln!(
        "{} MB, 100000 positions: library read+validate {library:?}, `omvarld validate` {command:?}",
        bytes.len() / 1_000_000
    );

    // The same document with one mistake deep inside is found and located.
    let mut text = String::from_utf8(bytes).unwrap();
    let at = text.rfind("\"status\": \"").unwrap() + "\"status\": \"".len();
    text.insert(at, 'x');
    let broken = write(dir.path(), "broken.json", text.as_bytes());
    let out = omvarld()
        .args(["validate", "--format", "json"])
        .arg(&broken)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["errors"][0]["code"], "enum");
    assert!(report["errors"][0]["line"].as_u64().unwrap() > 100_000);
}
