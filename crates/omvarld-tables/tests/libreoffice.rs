//! A real spreadsheet program in the loop: LibreOffice converts an exported
//! workbook to ODS and back to xlsx, re-saves one as xlsx, and re-writes the
//! CSV files of an exported folder; each result imports as the document
//! exported. Skips, saying so, where `soffice` is
//! absent (Debian: `apt-get install libreoffice-calc-nogui`).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::fixture;
use omvarld::{Lang, Options};

fn soffice() -> Option<&'static str> {
    ["soffice", "libreoffice"].into_iter().find(|tool| {
        Command::new(tool)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// `soffice --headless --convert-to FORMAT FILE --outdir DIR`, with a
/// profile of its own so that runs in parallel do not share one.
fn convert(tool: &str, file: &Path, format: &str, dir: &Path) -> PathBuf {
    let profile = dir.join("profile");
    let out = Command::new(tool)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--convert-to", format])
        .arg(file)
        .arg("--outdir")
        .arg(dir)
        .output()
        .unwrap();
    let converted = dir.join(file.with_extension(format).file_name().unwrap());
    assert!(
        out.status.success() && converted.is_file(),
        "soffice failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    converted
}

#[test]
fn libreoffice_round_trips_the_workbook_through_ods_and_xlsx() {
    let Some(tool) = soffice() else {
        eprintln!("skipped: `soffice` not found (apt-get install libreoffice-calc-nogui)");
        return;
    };
    let programme = fixture("v1-1-rich.json");
    for (lang, through) in [(Lang::Sv, "ods"), (Lang::En, "xlsx")] {
        let dir = tempfile::tempdir().unwrap();
        let exported = dir.path().join("exported.xlsx");
        std::fs::write(
            &exported,
            omvarld_tables::to_xlsx(&programme, lang).unwrap(),
        )
        .unwrap();
        let step = dir.path().join("step");
        let middle = convert(tool, &exported, through, &step);
        let back_dir = dir.path().join("back");
        let back = if through == "ods" {
            convert(tool, &middle, "xlsx", &back_dir)
        } else {
            middle
        };
        let bytes = std::fs::read(&back).unwrap();
        let imported = omvarld_tables::read_xlsx(&bytes, &Options::default()).unwrap();
        assert!(
            imported.report.issues().next().is_none(),
            "{lang:?} via {through}: {}",
            imported.report
        );
        assert!(
            imported.programme.as_ref() == Some(&programme),
            "{lang:?} via {through}: the document changed"
        );
    }
}

#[test]
fn csv_files_that_libreoffice_wrote_import_as_the_document() {
    let Some(tool) = soffice() else {
        eprintln!("skipped: `soffice` not found (apt-get install libreoffice-calc-nogui)");
        return;
    };
    let programme = fixture("v1-1-rich.json");
    let dir = tempfile::tempdir().unwrap();
    let exported = dir.path().join("exported");
    omvarld_tables::to_csv_dir(&programme, Lang::Sv, &exported).unwrap();
    let files: Vec<PathBuf> = std::fs::read_dir(&exported)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    // Every column as text, as a person would import them to keep ids and
    // dates as they are; LibreOffice writes UTF-8 without a BOM and quotes
    // every field.
    let columns: Vec<String> = (1..=60).map(|c| format!("{c}/2")).collect();
    let rewritten = dir.path().join("rewritten");
    let out = Command::new(tool)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.path().join("profile").display()
        ))
        .arg("--headless")
        .arg(format!("--infilter=CSV:44,34,76,1,{}", columns.join("/")))
        .args(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1"])
        .args(&files)
        .arg("--outdir")
        .arg(&rewritten)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let bytes = std::fs::read(rewritten.join("positions.csv")).unwrap();
    assert!(!bytes.starts_with(b"\xef\xbb\xbf") && bytes.starts_with(b"\"Id\""));
    let imported = omvarld_tables::read_csv_dir(&rewritten, &Options::default()).unwrap();
    assert!(
        imported.report.issues().next().is_none(),
        "{}",
        imported.report
    );
    assert!(
        imported.programme.as_ref() == Some(&programme),
        "the document changed"
    );
}
