//! `omvarld validate`: text and JSON output, options and exit codes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use common::{malmo_with, omvarld, position, stderr, stdout, write};
use serde_json::{json, Value};

/// The Malmö programme with one adopted position that names a focus area that does not exist.
fn with_typo() -> Vec<u8> {
    malmo_with(|doc| {
        doc["positions"] = json!([position(
            "bostadspolitik",
            "adopted",
            &["bostad"],
            &["nationell-paverkan"]
        )]);
    })
}

/// 1-based line of the first line of `bytes` that contains `needle`.
fn line_of(bytes: &[u8], needle: &str) -> usize {
    String::from_utf8_lossy(bytes)
        .lines()
        .position(|l| l.contains(needle))
        .unwrap()
        + 1
}

#[test]
fn valid_document_with_warnings_exits_0_and_locates_every_warning() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = malmo_with(|_| {});
    let file = write(dir.path(), "malmo.json", &bytes);
    let out = omvarld().arg("validate").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let name = file.display().to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 13 + 2, "{text}");
    // Every warning has LINE:COL, not only syntax errors.
    let area_line = line_of(&bytes, "\"focus_areas\": [") + 1; // the `{` of focus area 0
    let area = lines
        .iter()
        .find(|l| l.contains(": warning[uncovered_focus_area] /focus_areas/0: "))
        .unwrap();
    assert!(
        area.starts_with(&format!("{name}:{area_line}:")),
        "{area:?} should point at line {area_line}"
    );
    // In document order: each warning's line is at or after the one before.
    let at: Vec<u64> = lines[..13]
        .iter()
        .map(|l| l.split(':').nth(1).unwrap().parse().unwrap())
        .collect();
    assert!(at.windows(2).all(|w| w[0] <= w[1]), "{text}");
    assert!(
        lines[..13]
            .iter()
            .all(|l| l.split(':').nth(1).unwrap().parse::<u64>().is_ok()),
        "{text}"
    );
    assert_eq!(lines[13], format!("{name}: valid, 0 errors, 13 warnings"));
    assert_eq!(
        lines[14],
        "1 file checked: 1 valid, 0 invalid; 0 errors, 13 warnings"
    );
    assert!(!text.contains('\x1b'), "no colour when not on a terminal");
}

#[test]
fn deny_warnings_turns_warnings_into_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "malmo.json", &malmo_with(|_| {}));
    omvarld()
        .args(["validate", "--deny-warnings"])
        .arg(&file)
        .assert()
        .code(1);
    // A document with no warnings passes even with --deny-warnings.
    let clean = write(
        dir.path(),
        "clean.json",
        &omvarld::testing::generate_json(20, 3),
    );
    omvarld()
        .args(["validate", "--deny-warnings"])
        .arg(&clean)
        .assert()
        .code(0);
}

#[test]
fn unknown_reference_is_an_error_with_line_column_and_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = with_typo();
    let file = write(dir.path(), "typo.json", &bytes);
    let out = omvarld().arg("validate").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let line = line_of(&bytes, "\"bostad\"");
    let column = String::from_utf8_lossy(&bytes)
        .lines()
        .nth(line - 1)
        .unwrap()
        .find("\"bostad\"")
        .unwrap()
        + 1;
    let expected = format!(
        "{}:{line}:{column}: error[unknown_reference] /positions/0/focus_areas/0: focus area `bostad` does not exist; did you mean `bostader`?",
        file.display()
    );
    assert_eq!(text.lines().next().unwrap(), expected, "{text}");
    assert!(
        text.contains(&format!("{}: invalid, 1 error, ", file.display())),
        "{text}"
    );
}

#[test]
fn syntax_error_has_line_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "broken.json",
        b"{\n  \"schema_version\": \"1.0\",\n  \"id\" \"x\"\n}\n",
    );
    let out = omvarld().arg("validate").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let first = stdout(&out).lines().next().unwrap().to_owned();
    assert!(
        first.starts_with(&format!("{}:3:", file.display())),
        "{first}"
    );
    assert!(first.contains(": error[syntax] "), "{first}");
}

#[test]
fn json_output_for_one_file_is_the_report_object() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "typo.json", &with_typo());
    let out = omvarld()
        .args(["validate", "--format", "json"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let schema: Value =
        serde_json::from_str(&omvarld::schema::schema_file("validation-report").unwrap()).unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    assert!(validator.is_valid(&report), "{report:#}");
    assert_eq!(report["valid"], json!(false));
    assert_eq!(report["errors"].as_array().unwrap().len(), 1);
    let error = &report["errors"][0];
    assert_eq!(error["code"], "unknown_reference");
    assert_eq!(error["severity"], "error");
    assert_eq!(error["path"], "/positions/0/focus_areas/0");
    assert!(
        error["line"].as_u64().is_some() && error["column"].as_u64().is_some(),
        "{error}"
    );
    // The same report as the library gives, apart from the located lines.
    let mut library = omvarld::validate(&with_typo(), &omvarld::Options::new());
    library.locate(&with_typo());
    assert_eq!(report, serde_json::to_value(&library).unwrap());
}

#[test]
fn json_output_for_several_files_keeps_the_order_given() {
    let dir = tempfile::tempdir().unwrap();
    let good = omvarld::testing::generate_json(5, 1);
    let bad = with_typo();
    let files: Vec<_> = (0..24)
        .map(|i| {
            write(
                dir.path(),
                &format!("f{i:02}.json"),
                if i % 3 == 0 { &bad } else { &good },
            )
        })
        .collect();
    let out = omvarld()
        .args(["validate", "--format", "json"])
        .args(files.iter().rev())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let entries: Vec<Value> = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(entries.len(), 24);
    for (entry, file) in entries.iter().zip(files.iter().rev()) {
        assert_eq!(entry["file"], file.display().to_string());
        let i: usize = file.file_stem().unwrap().to_str().unwrap()[1..]
            .parse()
            .unwrap();
        assert_eq!(
            entry["report"]["valid"],
            json!(!i.is_multiple_of(3)),
            "{entry}"
        );
    }
    // All valid: exit 0.
    let valid: Vec<_> = files
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 3 != 0)
        .map(|(_, f)| f)
        .collect();
    omvarld()
        .args(["validate", "--format", "json"])
        .args(&valid)
        .assert()
        .code(0);
}

#[test]
fn dash_reads_standard_input() {
    let out = omvarld()
        .args(["validate", "-"])
        .write_stdin(with_typo())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).starts_with("<stdin>:"), "{}", stdout(&out));
    omvarld()
        .args(["validate", "-"])
        .write_stdin(omvarld::testing::generate_json(3, 9))
        .assert()
        .code(0);
}

#[test]
fn io_problems_exit_2_with_a_one_line_message() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(
        dir.path(),
        "good.json",
        &omvarld::testing::generate_json(3, 2),
    );
    let missing = dir.path().join("missing.json");
    let out = omvarld()
        .arg("validate")
        .arg(&good)
        .arg(&missing)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("missing.json") && err.contains("No such file"),
        "{err}"
    );
    // The readable file is still reported.
    assert!(
        stdout(&out).contains("good.json: valid"),
        "{}",
        stdout(&out)
    );

    let out = omvarld().arg("validate").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1);
}

#[test]
fn bad_options_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let good = write(
        dir.path(),
        "good.json",
        &omvarld::testing::generate_json(3, 2),
    );
    omvarld()
        .args(["validate", "--as-of", "2026-02-30"])
        .arg(&good)
        .assert()
        .code(2);
    omvarld()
        .args(["validate", "--format", "yaml"])
        .arg(&good)
        .assert()
        .code(2);
    omvarld().arg("validate").assert().code(2);
    omvarld()
        .args(["validate", "--nope"])
        .arg(&good)
        .assert()
        .code(2);
}

#[test]
fn as_of_enables_review_overdue() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = malmo_with(|doc| {
        let mut p = position("p", "active", &["bostader"], &["profilering"]);
        p["adopted"] = json!("2024-01-01");
        p["review_by"] = json!("2025-06-30");
        doc["positions"] = json!([p]);
    });
    let file = write(dir.path(), "review.json", &bytes);
    let without = omvarld()
        .args(["validate", "--format", "json"])
        .arg(&file)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&without.stdout).unwrap();
    assert!(!report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|w| w["code"] == "review_overdue"));
    let with = omvarld()
        .args(["validate", "--format", "json", "--as-of", "2026-01-01"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(with.status.code(), Some(0));
    let report: Value = serde_json::from_slice(&with.stdout).unwrap();
    let overdue: Vec<&Value> = report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["code"] == "review_overdue")
        .collect();
    assert_eq!(overdue.len(), 1);
    assert_eq!(overdue[0]["path"], "/positions/0/review_by");
}

#[test]
fn lang_sv_gives_swedish_messages() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "typo.json", &with_typo());
    let en = stdout(&omvarld().arg("validate").arg(&file).output().unwrap());
    let sv = stdout(
        &omvarld()
            .args(["validate", "--lang", "sv"])
            .arg(&file)
            .output()
            .unwrap(),
    );
    let first = |s: &str| s.lines().next().unwrap().to_owned();
    assert_ne!(first(&en), first(&sv));
    // Codes and paths do not depend on the language.
    assert!(
        first(&sv).contains("error[unknown_reference] /positions/0/focus_areas/0: "),
        "{sv}"
    );
    // The summaries follow the language too, with Swedish agreement.
    let name = file.display().to_string();
    assert!(sv.contains(&format!("{name}: ogiltig, 1 fel, ")), "{sv}");
    assert!(
        sv.lines()
            .last()
            .unwrap()
            .starts_with("1 fil kontrollerad: 0 giltiga, 1 ogiltig; 1 fel, "),
        "{sv}"
    );
    assert!(
        en.lines()
            .last()
            .unwrap()
            .starts_with("1 file checked: 0 valid, 1 invalid; 1 error, "),
        "{en}"
    );
}

#[test]
fn no_color_and_pipes_give_plain_text() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "typo.json", &with_typo());
    let out = omvarld()
        .env("NO_COLOR", "1")
        .arg("validate")
        .arg(&file)
        .output()
        .unwrap();
    assert!(!stdout(&out).contains('\x1b'));
}

#[test]
fn lang_takes_the_core_tags_and_rejects_others_with_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "t.json", &with_typo());
    for command in ["validate", "report"] {
        for bad in ["de", "EN", "svenska"] {
            let out = omvarld()
                .args([command, "--lang", bad])
                .arg(&file)
                .output()
                .unwrap();
            assert_eq!(out.status.code(), Some(2), "{command} --lang {bad:?}");
            let message = stderr(&out);
            assert!(
                message.contains(&format!("invalid value '{bad}' for '--lang <LANG>'")),
                "{message}"
            );
            assert!(message.contains("[possible values: sv, en]"), "{message}");
            assert!(out.stdout.is_empty());
        }
        let help = stdout(&omvarld().args([command, "--help"]).output().unwrap());
        assert!(help.contains("- sv: Swedish (svenska)"), "{help}");
        assert!(help.contains("- en: English"), "{help}");
    }
    // The defaults: validate speaks English, report Swedish.
    let english = stdout(&omvarld().arg("validate").arg(&file).output().unwrap());
    assert!(english.contains("did you mean"), "{english}");
    let swedish = stdout(&omvarld().arg("report").arg(&file).output().unwrap());
    assert!(swedish.contains("menade du"), "{swedish}");
}
