//! `--allow CODE` on `omvarld validate` and `omvarld report`, and the note
//! beside the summary of a document with structural errors.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use common::{malmo_with, omvarld, stderr, stdout, write};
use serde_json::Value;

#[test]
fn allowed_warnings_are_counted_not_listed_and_do_not_fail_deny_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "malmo.json", &malmo_with(|_| {}));
    let name = file.display().to_string();

    // Six uncovered focus areas allowed; the seven unserved aims still deny.
    let out = omvarld()
        .args([
            "validate",
            "--deny-warnings",
            "--allow",
            "uncovered_focus_area",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(!text.contains("uncovered_focus_area"), "{text}");
    assert_eq!(
        text.matches("warning[unserved_contribution_aim]").count(),
        7
    );
    assert!(
        text.contains(&format!("{name}: valid, 0 errors, 7 warnings, 6 allowed\n")),
        "{text}"
    );
    assert!(
        text.ends_with("1 file checked: 1 valid, 0 invalid; 0 errors, 7 warnings, 6 allowed\n"),
        "{text}"
    );

    // Both allowed: nothing is listed and --deny-warnings passes.
    let out = omvarld()
        .args(["validate", "--deny-warnings", "--lang", "sv"])
        .args(["--allow", "uncovered_focus_area"])
        .args(["--allow", "unserved_contribution_aim"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        format!(
            "{name}: giltig, 0 fel, 0 varningar, 13 tillåtna\n1 fil kontrollerad: 1 giltig, 0 ogiltiga; 0 fel, 0 varningar, 13 tillåtna\n"
        )
    );
}

#[test]
fn the_json_report_counts_the_allowed_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "malmo.json", &malmo_with(|_| {}));
    let out = omvarld()
        .args([
            "validate",
            "--format",
            "json",
            "--allow",
            "uncovered_focus_area",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["allowed"], 6);
    assert_eq!(report["warnings"].as_array().unwrap().len(), 7);
    // It reads back as a report (the 1.1 report schema has `allowed`).
    let back: omvarld::Report = serde_json::from_value(report).unwrap();
    assert_eq!(back.allowed, 6);
    // Without --allow the member is absent, as before.
    let out = omvarld()
        .args(["validate", "--format", "json"])
        .arg(&file)
        .output()
        .unwrap();
    let report: Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert!(report.get("allowed").is_none(), "{report}");
}

#[test]
fn allowing_an_error_or_an_unknown_code_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "malmo.json", &malmo_with(|_| {}));
    for command in ["validate", "report"] {
        let out = omvarld()
            .args([command, "--allow", "duplicate_id"])
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{command}");
        let err = stderr(&out);
        assert!(
            err.contains("`duplicate_id` is an error, and only warnings can be allowed"),
            "{err}"
        );
        assert!(err.contains("`uncovered_focus_area`"), "{err}");
        let out = omvarld()
            .args([command, "--allow", "uncovered-focus-area"])
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{command}");
        assert!(
            stderr(&out).contains("did you mean `uncovered_focus_area`?"),
            "{}",
            stderr(&out)
        );
    }
}

#[test]
fn report_leaves_out_allowed_warnings() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "malmo.json", &malmo_with(|_| {}));
    let out = omvarld()
        .args(["report", "--lang", "en"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).contains("13 warnings"), "{}", stdout(&out));
    let out = omvarld()
        .args(["report", "--lang", "en", "--allow", "uncovered_focus_area"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("7 warnings, 6 allowed") && !text.contains("13 warnings"),
        "{text}"
    );
    // The report says how many were allowed, in Swedish and in HTML too.
    let out = omvarld()
        .args(["report", "--lang", "sv", "--format", "html"])
        .args([
            "--allow",
            "uncovered_focus_area",
            "--allow",
            "unserved_contribution_aim",
        ])
        .arg(&file)
        .output()
        .unwrap();
    let html = stdout(&out);
    assert!(html.contains("0 varningar, 13 tillåtna"), "{html}");
}

#[test]
fn structural_errors_come_with_a_note_that_the_semantic_rules_wait() {
    let dir = tempfile::tempdir().unwrap();
    // A structural error (a Swedish status) beside an unknown reference.
    let broken = malmo_with(|doc| {
        doc["positions"] = serde_json::json!([common::position(
            "bostadspolitik",
            "antagen",
            &["bostad"],
            &[]
        )]);
    });
    let file = write(dir.path(), "broken.json", &broken);
    let name = file.display().to_string();
    let out = omvarld().arg("validate").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.contains("did you mean `adopted` (Swedish \"antagen\")?"),
        "{text}"
    );
    assert!(!text.contains("unknown_reference"), "{text}");
    let note = format!(
        "{name}: note: the reference, numbering and date checks and the warnings (the semantic rules) run once the structural errors are fixed\n"
    );
    assert!(text.contains(&note), "{text}");
    let out = omvarld()
        .args(["validate", "--lang", "sv"])
        .arg(&file)
        .output()
        .unwrap();
    let text = stdout(&out);
    assert!(
        text.contains(&format!("{name}: obs: kontrollerna av hänvisningar, numrering och datum och varningarna (de semantiska reglerna) körs när de strukturella felen är rättade\n")),
        "{text}"
    );
    // With the status fixed, the unknown reference shows and there is no note.
    let fixed = String::from_utf8(broken)
        .unwrap()
        .replace("antagen", "adopted");
    let file = write(dir.path(), "fixed.json", fixed.as_bytes());
    let out = omvarld().arg("validate").arg(&file).output().unwrap();
    let text = stdout(&out);
    assert!(text.contains("error[unknown_reference]"), "{text}");
    assert!(!text.contains("note:"), "{text}");
}
