//! `omvarld export` and `omvarld import`: files written where they should
//! be, the round trip through the command, and issues named by sheet and
//! cell.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use common::{omvarld, root, stderr, stdout, write};
use omvarld::Lang;

fn rich() -> Vec<u8> {
    std::fs::read(root().join("tests/fixtures/valid/v1-1-rich.json")).unwrap()
}

fn programme(bytes: &[u8]) -> omvarld::Programme {
    omvarld::parse::from_slice(bytes).unwrap()
}

#[test]
fn export_then_import_gives_the_document_back_through_xlsx_and_csv() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "programme.json", &rich());
    let out = omvarld()
        .args(["export"])
        .arg(&file)
        .args(["--to", "xlsx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let xlsx = dir.path().join("programme.xlsx");
    assert_eq!(
        stdout(&out),
        format!("exported {} to {}\n", file.display(), xlsx.display())
    );

    let out = omvarld().arg("import").arg(&xlsx).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(programme(&out.stdout), programme(&rich()));
    assert_eq!(
        stderr(&out),
        format!("{}: valid, 0 errors, 0 warnings\n", xlsx.display())
    );

    let tables = dir.path().join("tables");
    let out = omvarld()
        .arg("export")
        .arg(&file)
        .args(["--to", "csv", "--lang", "en", "--out"])
        .arg(&tables)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(tables.join("datapackage.json").is_file());
    assert!(tables.join("positions.csv").is_file());
    let back = dir.path().join("back.json");
    let out = omvarld()
        .arg("import")
        .arg(&tables)
        .arg("--out")
        .arg(&back)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        programme(&std::fs::read(&back).unwrap()),
        programme(&rich())
    );
}

#[test]
fn import_names_the_sheet_and_cell_of_each_issue() {
    // review_by before adopted: a date_order error the workbook carries.
    let mut doc: serde_json::Value = serde_json::from_slice(&rich()).unwrap();
    doc["positions"][0]["review_by"] = "2020-01-01".into();
    let bad: omvarld::Programme = serde_json::from_value(doc).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let xlsx = write(
        dir.path(),
        "p.xlsx",
        &omvarld_tables::to_xlsx(&bad, Lang::Sv).unwrap(),
    );
    let out = omvarld().arg("import").arg(&xlsx).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout(&out).is_empty(),
        "no document for an invalid workbook"
    );
    let text = stderr(&out);
    let first = text.lines().next().unwrap();
    assert!(
        first.starts_with("Ståndpunkter!")
            && first.contains(
                ": error[date_order] /positions/0/review_by: `review_by` 2020-01-01 is before"
            ),
        "{text}"
    );

    let out = omvarld()
        .arg("import")
        .arg(&xlsx)
        .args(["--format", "json", "--out"])
        .arg(dir.path().join("x.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["errors"][0]["sheet"], "Ståndpunkter");
    assert!(report["errors"][0]["cell"].as_str().unwrap().ends_with('2'));
    assert!(!dir.path().join("x.json").exists());
}

#[test]
fn what_is_not_a_workbook_exits_2_and_a_document_that_cannot_be_read_is_not_exported() {
    let dir = tempfile::tempdir().unwrap();
    let junk = write(dir.path(), "junk.xlsx", b"not a workbook");
    let out = omvarld().arg("import").arg(&junk).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("omvarld: error: "),
        "{}",
        stderr(&out)
    );

    let csv = write(dir.path(), "positions.csv", b"Id\nx\n");
    let out = omvarld().arg("import").arg(&csv).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is one CSV file; import reads the folder"),
        "{}",
        stderr(&out)
    );

    let broken = write(dir.path(), "broken.json", b"{\"schema_version\": \"1.1\"}");
    let out = omvarld()
        .arg("export")
        .arg(&broken)
        .args(["--to", "xlsx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(!dir.path().join("broken.xlsx").exists());
    assert!(stderr(&out).contains("error[required]"), "{}", stderr(&out));

    let out = omvarld()
        .args(["export", "x.json", "--to", "ods"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn init_to_xlsx_writes_a_starter_workbook_that_imports_as_the_starter_document() {
    let dir = tempfile::tempdir().unwrap();
    let out = omvarld().arg("init").output().unwrap();
    let starter = programme(&out.stdout);
    let out = omvarld()
        .args(["init", "--to", "xlsx"])
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(stdout(&out), "wrote programme.xlsx\n");
    let bytes = std::fs::read(dir.path().join("programme.xlsx")).unwrap();
    let imported = omvarld_tables::read_xlsx(&bytes, &omvarld::Options::default()).unwrap();
    assert_eq!(imported.programme, Some(starter));
}

/// The sheets of a workbook, as the XML of its parts (the creation time
/// left out).
fn parts(xlsx: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).unwrap();
    let mut parts = Vec::new();
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).unwrap();
        let mut text = String::new();
        std::io::Read::read_to_string(&mut part, &mut text).unwrap();
        if part.name() != "docProps/core.xml" {
            parts.push((part.name().to_owned(), text));
        }
    }
    parts.sort();
    parts
}

#[test]
fn export_checks_each_object_as_it_reads_and_leaves_the_whole_check_to_validate() {
    let dir = tempfile::tempdir().unwrap();
    // A file is read a piece at a time; standard input is read whole: the
    // same workbook.
    let file = write(dir.path(), "programme.json", &rich());
    let out = omvarld()
        .arg("export")
        .arg(&file)
        .args(["--to", "xlsx", "--out", "-"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let from_file = out.stdout;
    let out = omvarld()
        .args(["export", "-", "--to", "xlsx", "--out", "-"])
        .write_stdin(rich())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(parts(&from_file), parts(&out.stdout));
    assert_eq!(
        parts(&from_file),
        parts(&omvarld_tables::to_xlsx(&programme(&rich()), Lang::Sv).unwrap())
    );

    // A wrong value in the last position: the core's issue, at its line,
    // and nothing written.
    let mut doc: serde_json::Value = serde_json::from_slice(&rich()).unwrap();
    let last = doc["positions"].as_array().unwrap().len() - 1;
    doc["positions"][last]["status"] = "maybe".into();
    let bad = write(
        dir.path(),
        "bad.json",
        &serde_json::to_vec_pretty(&doc).unwrap(),
    );
    let out = omvarld()
        .arg("export")
        .arg(&bad)
        .args(["--to", "csv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stderr(&out);
    assert!(
        text.contains(&format!("error[enum] /positions/{last}/status")),
        "{text}"
    );
    assert!(text.contains("bad.json:"), "{text}");
    assert!(text.contains("so it was not exported"), "{text}");
    assert!(!dir.path().join("bad").exists());

    // An id that names nothing is the whole check's to find: exported.
    doc["positions"][last]["status"] = "adopted".into();
    doc["positions"][last]["focus_areas"] = serde_json::json!(["nowhere"]);
    let dangling = write(
        dir.path(),
        "dangling.json",
        &serde_json::to_vec(&doc).unwrap(),
    );
    let out = omvarld()
        .arg("export")
        .arg(&dangling)
        .args(["--to", "xlsx"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(dir.path().join("dangling.xlsx").is_file());
    let out = omvarld().arg("validate").arg(&dangling).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
}
