//! Helpers shared by the integration tests of the `omvarld` command.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::{Path, PathBuf};

use assert_cmd::Command;

/// The `omvarld` binary, with colour switched off by the environment not being a terminal.
pub(crate) fn omvarld() -> Command {
    let mut cmd = Command::cargo_bin("omvarld").unwrap();
    cmd.env_remove("NO_COLOR");
    cmd
}

/// The repository root.
pub(crate) fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// The Malmö programme as pretty JSON, edited by `edit`.
pub(crate) fn malmo_with(edit: impl FnOnce(&mut serde_json::Value)) -> Vec<u8> {
    let mut doc = serde_json::to_value(omvarld::malmo()).unwrap();
    edit(&mut doc);
    serde_json::to_vec_pretty(&doc).unwrap()
}

/// A position in force naming `areas` and `aims`.
pub(crate) fn position(id: &str, status: &str, areas: &[&str], aims: &[&str]) -> serde_json::Value {
    serde_json::json!({
        "id": id,
        "title": {"sv": format!("Ståndpunkt {id}")},
        "statement": {"sv": "Malmö vill något."},
        "focus_areas": areas,
        "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
        "status": status,
        "contribution_aims": aims,
    })
}

/// Writes `bytes` to `name` in `dir` and returns the path.
pub(crate) fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Stdout of a finished command as a string.
pub(crate) fn stdout(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// Stderr of a finished command as a string.
pub(crate) fn stderr(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}
