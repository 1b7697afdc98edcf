//! `omvarld kolada fetch` against a local server serving recorded Kolada v3
//! responses: the document filled in place or elsewhere, conflicts
//! reported, and the input untouched on every failure.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use common::{omvarld, stdout};
use omvarld_kolada::testing::{data_dir, kolada, recorded, Reply, Server};

/// The recorded programme, copied into a fresh folder.
fn programme(dir: &Path) -> PathBuf {
    let path = dir.join("programme.json");
    std::fs::copy(data_dir().join("programme.json"), &path).unwrap();
    path
}

fn fetch(server: &Server, file: &Path, extra: &[&str]) -> std::process::Output {
    omvarld()
        .args(["kolada", "fetch"])
        .arg(file)
        .args([
            "--years",
            "2020-2024",
            "--retrieved",
            "2026-12-01",
            "--base-url",
        ])
        .arg(format!("{}/v3", server.base()))
        .args(extra)
        .output()
        .unwrap()
}

fn stderr(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn results(file: &Path) -> Vec<(u64, f64, Option<String>)> {
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(file).unwrap()).unwrap();
    doc["focus_areas"][0]["direction_goal"]["indicators"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["year"].as_u64().unwrap(),
                r["value"].as_f64().unwrap(),
                r["gender"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

#[test]
fn fills_the_file_in_place_and_reports_the_conflict() {
    let server = Server::start(kolada);
    let dir = tempfile::tempdir().unwrap();
    let file = programme(dir.path());
    let out = fetch(&server, &file, &[]);
    assert_eq!(out.status.code(), Some(1), "a conflict: {}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with(
            "Kolada 2020-2024 for municipality 1280, retrieved 2026-12-01 (total values, T):\n"
        ),
        "{text}"
    );
    assert!(
        text.contains("(N00914): 2 added, 1 unchanged, 2 kept, 1 conflict\n"),
        "{text}"
    );
    assert!(
        text.contains("the file has 71, Kolada has 71.2 – the file's value is kept"),
        "{text}"
    );
    assert!(
        text.ends_with(&format!(
            "Source: Kolada (Källa: Kolada)\nWrote {}.\n",
            file.display()
        )),
        "{text}"
    );
    assert_eq!(
        results(&file),
        vec![
            (2019, 69.0, None),
            (2020, 70.1, None),
            (2021, 71.0, None),
            (2021, 69.5, Some("female".to_owned())),
            (2022, 72.5, None),
            (2023, 72.8, None),
        ]
    );
    omvarld().arg("validate").arg(&file).assert().code(0);
    // No temporary file is left beside it.
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);

    // A second fetch adds nothing and leaves the file as it is.
    let before = std::fs::read(&file).unwrap();
    let again = fetch(&server, &file, &["--lang", "sv"]);
    assert_eq!(again.status.code(), Some(1));
    let text = stdout(&again);
    assert!(
        text.contains("0 tillagda, 3 oförändrade, 2 behållna, 1 avvikande"),
        "{text}"
    );
    assert!(
        text.ends_with(&format!("{} är oförändrad.\n", file.display())),
        "{text}"
    );
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn without_conflicts_it_succeeds() {
    let server = Server::start(kolada);
    let dir = tempfile::tempdir().unwrap();
    let file = programme(dir.path());
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("\"value\": 71.0", "\"value\": 71.2");
    std::fs::write(&file, text).unwrap();
    let out = fetch(&server, &file, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("2 results added from Kolada, 0 conflicts."));
}

#[test]
fn out_writes_elsewhere_and_dash_writes_standard_output() {
    let server = Server::start(kolada);
    let dir = tempfile::tempdir().unwrap();
    let file = programme(dir.path());
    let original = std::fs::read(&file).unwrap();
    let target = dir.path().join("updated.json");
    let out = fetch(&server, &file, &["--out", target.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(&file).unwrap(), original);
    assert_eq!(results(&target).len(), 6);

    let piped = fetch(&server, &file, &["--out", "-"]);
    assert_eq!(piped.status.code(), Some(1));
    assert_eq!(piped.stdout, std::fs::read(&target).unwrap());
    assert!(
        stderr(&piped).contains("2 results added from Kolada"),
        "{}",
        stderr(&piped)
    );
    assert_eq!(std::fs::read(&file).unwrap(), original);
}

#[test]
fn a_municipality_kolada_does_not_know_changes_nothing() {
    let server = Server::start(kolada);
    let dir = tempfile::tempdir().unwrap();
    let file = programme(dir.path());
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("\"1280\"", "\"9999\"");
    std::fs::write(&file, &text).unwrap();
    let out = fetch(&server, &file, &[]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let summary = stdout(&out);
    assert!(
        summary.contains("(N00914): no values in Kolada for 2020-2024; 4 results kept"),
        "{summary}"
    );
    assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
}

#[test]
fn a_429_then_success_fills_the_file() {
    let server = Server::start(|base, path, before| {
        if before == 0 {
            Reply::with(429, "application/json", "{}").header("Retry-After", "0")
        } else {
            kolada(base, path, before)
        }
    });
    let dir = tempfile::tempdir().unwrap();
    let file = programme(dir.path());
    let out = fetch(&server, &file, &[]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_eq!(results(&file).len(), 6);
}

/// Runs a fetch that must fail with status 2 and `message`, and checks the
/// input is byte for byte as it was, with nothing left beside it.
fn fails_and_leaves_the_file(server: &Server, extra: &[&str], message: &str) -> Duration {
    let unchanged = if extra.contains(&"sv") {
        "är oförändrad"
    } else {
        "is unchanged"
    };
    let dir = tempfile::tempdir().unwrap();
    let file = programme(dir.path());
    let original = std::fs::read(&file).unwrap();
    let started = Instant::now();
    let out = fetch(server, &file, extra);
    let took = started.elapsed();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains(message), "{err}");
    assert!(
        err.ends_with(&format!("({} {unchanged})\n", file.display())),
        "{err}"
    );
    assert!(out.stdout.is_empty());
    assert_eq!(std::fs::read(&file).unwrap(), original);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    took
}

#[test]
fn html_is_an_error() {
    let server =
        Server::start(|base, _, _| Reply::with(200, "text/html", recorded("error.html", base)));
    fails_and_leaves_the_file(
        &server,
        &[],
        "with text/html, not JSON (is the address right?)",
    );
}

#[test]
fn a_value_that_is_not_a_number_is_an_error() {
    let server = Server::start(|base, _, _| Reply::json(recorded("not-a-number.json", base)));
    fails_and_leaves_the_file(
        &server,
        &["--lang", "sv"],
        "värdet är inget tal: \"70,1\" vid /values/0/values/0/value",
    );
}

#[test]
fn a_server_that_hangs_is_an_error_within_the_timeout() {
    let server = Server::start(|base, path, before| {
        kolada(base, path, before).after(Duration::from_secs(60))
    });
    let took = fails_and_leaves_the_file(&server, &["--timeout", "0.5"], "did not answer");
    assert!(took < Duration::from_secs(10), "took {took:?}");
}

#[test]
fn endless_pages_are_an_error() {
    let server = Server::start(|base, path, _| {
        let n: u64 = path
            .rsplit_once("page=")
            .and_then(|(_, n)| n.parse().ok())
            .unwrap_or(1);
        Reply::json(format!(
            r#"{{"values": [], "next_url": "{base}/v3/endless?page={}"}}"#,
            n + 1
        ))
    });
    fails_and_leaves_the_file(&server, &[], "goes on past 1000 pages");
    assert_eq!(server.requests().len(), 1000);
}

#[test]
fn a_document_that_cannot_take_results_is_refused() {
    let server = Server::start(kolada);
    let dir = tempfile::tempdir().unwrap();
    // Standard 1.0: no results yet.
    let old = dir.path().join("old.json");
    std::fs::copy(
        common::root().join("tests/fixtures/valid/malmo-rich.json"),
        &old,
    )
    .unwrap();
    let out = fetch(&server, &old, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(
            "is standard 1.0, which has no indicator results: run `omvarld upgrade` first"
        ),
        "{}",
        stderr(&out)
    );
    // No municipality code.
    let file = programme(dir.path());
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace("\"municipality_code\": \"1280\",", "");
    std::fs::write(&file, &text).unwrap();
    let out = fetch(&server, &file, &["--lang", "sv"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("organisationen har ingen municipality_code"),
        "{}",
        stderr(&out)
    );
    // Invalid: the report, and nothing asked.
    std::fs::write(&file, text.replace("\"year\": 2019", "\"year\": 1800")).unwrap();
    let out = fetch(&server, &file, &[]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("is not valid, so nothing was fetched into it"),
        "{}",
        stderr(&out)
    );
    assert!(server.requests().is_empty());
}
