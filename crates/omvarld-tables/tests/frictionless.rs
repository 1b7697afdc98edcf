//! The Python `frictionless` package accepts the exported CSV folder, and
//! it and our import both reject one whose foreign key is broken.
//!
//! `frictionless` is found as `$OMVARLD_FRICTIONLESS`, in the repository's
//! `.venv` (`make venv` installs it), or on `PATH`; without it the tests
//! skip and say so.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::{fixture, records, write_records};
use omvarld::{Code, Lang, Options};

fn frictionless() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("OMVARLD_FRICTIONLESS") {
        return Some(PathBuf::from(path));
    }
    let venv = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../.venv/bin/frictionless");
    if venv.is_file() {
        return Some(venv);
    }
    Command::new("frictionless")
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|_| PathBuf::from("frictionless"))
}

/// `frictionless validate` on the package in `dir`: success and its output.
fn validate(tool: &Path, dir: &Path) -> (bool, String) {
    let out = Command::new(tool)
        .args(["validate", "--json", "datapackage.json"])
        .current_dir(dir)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    (out.status.success(), text)
}

#[test]
fn frictionless_accepts_the_package_and_rejects_a_broken_foreign_key() {
    let Some(tool) = frictionless() else {
        eprintln!("skipped: `frictionless` not found (make venv installs it; or set OMVARLD_FRICTIONLESS)");
        return;
    };
    let programme = fixture("v1-1-rich.json");
    for lang in [Lang::Sv, Lang::En] {
        let dir = tempfile::tempdir().unwrap();
        omvarld_tables::to_csv_dir(&programme, lang, dir.path()).unwrap();
        let (ok, report) = validate(&tool, dir.path());
        assert!(ok, "{lang:?}: {report}");
    }
    let malmo = tempfile::tempdir().unwrap();
    omvarld_tables::to_csv_dir(&omvarld::malmo(), Lang::Sv, malmo.path()).unwrap();
    let (ok, report) = validate(&tool, malmo.path());
    assert!(ok, "malmo: {report}");

    // A target names a position that does not exist.
    let dir = tempfile::tempdir().unwrap();
    omvarld_tables::to_csv_dir(&programme, Lang::En, dir.path()).unwrap();
    let targets = dir.path().join("targets.csv");
    let mut cells = records(&std::fs::read_to_string(&targets).unwrap());
    cells[1][0] = "no-such-position".to_owned();
    std::fs::write(&targets, write_records(&cells)).unwrap();
    let (ok, report) = validate(&tool, dir.path());
    assert!(!ok && report.contains("foreign-key"), "{report}");
    let imported = omvarld_tables::read_csv_dir(dir.path(), &Options::default()).unwrap();
    let sheet: Vec<_> = imported.report.with_code(Code::Sheet).collect();
    assert_eq!(sheet.len(), 1, "{}", imported.report);
    assert_eq!(
        (sheet[0].sheet.as_deref(), sheet[0].cell.as_deref()),
        (Some("targets"), Some("A2"))
    );
}
