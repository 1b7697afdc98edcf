//! `omvarld diff`: the changelog in Swedish and English, Markdown, HTML
//! and JSON (against the published schema), invalid documents, exit codes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use common::{omvarld, root, stderr, stdout, write};
use scraper::{Html, Selector};

fn fixture(name: &str) -> std::path::PathBuf {
    root().join("tests/diff").join(name)
}

fn diff(args: &[&str]) -> std::process::Output {
    let mut command = omvarld();
    command
        .arg("diff")
        .arg(fixture("old.json"))
        .arg(fixture("new.json"));
    command.args(args).output().unwrap()
}

#[test]
fn the_swedish_changelog_reads_as_sentences_for_a_memo() {
    let output = diff(&[]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    for line in [
        "Standard 1.0 → 1.1. 11 ändringar.",
        "- Ståndpunkten infra-1 ”Utbyggd pendeltågstrafik” har ändrat status från antagen till uppnådd.",
        "- Fokusområdet bostad ”Bostadsförsörjning” har fått nummer 1 (tidigare 2).",
        "- Fokusområdet infrastruktur ”Infrastruktur och transporter” har flyttats från plats 1 till plats 2.",
        "- Ståndpunkten klimat-1 ”Klimatklivet för kommuner” har tagits bort.",
        "- Ståndpunkten kompetens-1 ”Yrkesvux i hela regionen” har lagts till.",
        "- Ståndpunkten infra-1 ”Utbyggd pendeltågstrafik” har fått ett nytt bidrag: genomslag.",
        "- Ståndpunkten bostad-1 ”Fler hyresrätter med rimliga hyror”: titel på engelska har lagts till: ”More rental homes at reasonable rents”.",
        "- Ståndpunkten bostad-1 ”Fler hyresrätter med rimliga hyror”: titel på svenska har ändrats från ”Fler hyresrätter” till ”Fler hyresrätter med rimliga hyror”.",
    ] {
        assert!(text.lines().any(|l| l == line), "no line {line:?} in\n{text}");
    }
    // The programme's own changes come first, then each list.
    let headings: Vec<&str> = text
        .lines()
        .filter(|l| ["Programmet", "Fokusområden", "Ståndpunkter"].contains(l))
        .collect();
    assert_eq!(headings, ["Programmet", "Fokusområden", "Ståndpunkter"]);
    // Reordered focus_areas of a position are no change.
    assert!(!text.contains("fokusområde bostad"), "{text}");
    assert!(stderr(&output).is_empty());
}

#[test]
fn english_uses_english_labels_and_titles() {
    let text = stdout(&diff(&["--lang", "en"]));
    assert!(text.contains(
        "- Position infra-1 “Utbyggd pendeltågstrafik” changed status from adopted to achieved."
    ));
    assert!(text.contains("- Focus area bostad “Bostadsförsörjning” is now number 1 (was 2)."));
    assert!(text.starts_with("Changes from "));
}

#[test]
fn identical_documents_exit_0_and_say_so() {
    let output = omvarld()
        .arg("diff")
        .arg(fixture("old.json"))
        .arg(fixture("old.json"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(stdout(&output).contains("Inga ändringar."));
    let json = omvarld()
        .args(["diff", "--format", "json"])
        .arg(fixture("new.json"))
        .arg(fixture("new.json"))
        .output()
        .unwrap();
    assert_eq!(json.status.code(), Some(0));
    let value: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(value["changes"], serde_json::json!([]));
}

#[test]
fn json_is_the_expected_diff_and_passes_the_published_schema() {
    let output = diff(&["--format", "json", "--lang", "en"]);
    assert_eq!(output.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("expected.json")).unwrap()).unwrap();
    assert_eq!(value, expected);
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("schemas/1.1/diff.schema.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .build(&schema)
        .unwrap();
    assert!(validator.is_valid(&value));
}

#[test]
fn markdown_and_html_escape_user_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("old.json")).unwrap()).unwrap();
    let old = write(dir.path(), "old.json", doc.to_string().as_bytes());
    doc["positions"][0]["title"]["sv"] =
        serde_json::json!("<script>alert(1)</script> *fet* [länk](x)");
    let new = write(dir.path(), "new.json", doc.to_string().as_bytes());
    let html = omvarld()
        .args(["diff", "--format", "html"])
        .arg(&old)
        .arg(&new)
        .output()
        .unwrap();
    assert_eq!(html.status.code(), Some(1));
    let page = stdout(&html);
    assert!(!page.contains("<script>"));
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(page.contains("<html lang=\"sv\">"));
    let parsed = Html::parse_document(&page);
    let items: Vec<String> = parsed
        .select(&Selector::parse("section.changes li").unwrap())
        .map(|li| li.text().collect())
        .collect();
    assert_eq!(items.len(), 1);
    assert!(items[0].contains("<script>alert(1)</script>"), "{items:?}");
    let markdown = omvarld()
        .args(["diff", "--format", "markdown"])
        .arg(&old)
        .arg(&new)
        .output()
        .unwrap();
    let text = stdout(&markdown);
    assert!(text.starts_with("# Ändringar från "));
    assert!(
        text.contains("\\<script\\>") && text.contains("\\*fet\\*"),
        "{text}"
    );
}

#[test]
fn invalid_documents_show_their_errors_first_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("new.json")).unwrap()).unwrap();
    doc["positions"][0]["status"] = serde_json::json!("antagen");
    let new = write(
        dir.path(),
        "ny.json",
        serde_json::to_string_pretty(&doc).unwrap().as_bytes(),
    );
    let output = omvarld()
        .arg("diff")
        .arg(fixture("old.json"))
        .arg(&new)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    let errors = text.find("Fel i ").unwrap();
    let changes = text.find("Ståndpunkter").unwrap();
    assert!(errors < changes, "{text}");
    assert!(
        text.contains("error[enum] /positions/0/status (rad "),
        "{text}"
    );
    // What can be read is still diffed.
    // (the bad value as written, beside the label of the good one).
    assert!(
        text.contains("- Ståndpunkten infra-1 ”Utbyggd pendeltågstrafik” har ändrat status från antagen till ”antagen”."),
        "{text}"
    );
    assert!(stderr(&output).contains("ny.json is not valid: 1 error"));
}

#[test]
fn io_errors_and_bad_options_exit_2() {
    let output = omvarld()
        .arg("diff")
        .arg(fixture("old.json"))
        .arg("finns-inte.json")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("cannot read finns-inte.json"));
    assert!(stdout(&output).is_empty());
    assert_eq!(diff(&["--format", "pdf"]).status.code(), Some(2));
    assert_eq!(diff(&["--lang", "de"]).status.code(), Some(2));
    let both = omvarld().args(["diff", "-", "-"]).output().unwrap();
    assert_eq!(both.status.code(), Some(2));
}

#[test]
fn a_document_that_is_not_json_has_only_its_errors() {
    let dir = tempfile::tempdir().unwrap();
    let broken = write(dir.path(), "trasig.json", b"{\"id\": ");
    let output = omvarld()
        .args(["diff", "--format", "json"])
        .arg(fixture("old.json"))
        .arg(&broken)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let value: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(value["changes"], serde_json::json!([]));
    assert_eq!(value["new"]["errors"][0]["code"], "syntax");
}

/// The README's example is the command's real output.
#[test]
fn the_readme_example_is_real_output() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let command = "$ omvarld diff tests/diff/old.json tests/diff/new.json\n";
    let start = readme.find(command).unwrap() + command.len();
    let end = start + readme[start..].find("```").unwrap();
    let output = omvarld()
        .current_dir(root())
        .args(["diff", "tests/diff/old.json", "tests/diff/new.json"])
        .output()
        .unwrap();
    assert_eq!(stdout(&output), &readme[start..end]);
}
