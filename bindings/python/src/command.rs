//! `python -m omvarld` (and the `omvarld` script the wheel installs): the
//! `omvarld` command itself, run through the binding, so the output and the
//! exit codes are the command's.

use pyo3::prelude::*;

/// Runs the `omvarld` command with `args` (without the program name) and
/// returns its exit status. It writes to the process's standard output and
/// error as the command does; the GIL is released meanwhile. A panic is
/// reported as an internal error with status 2, never raised in Python.
#[pyfunction]
pub(crate) fn run_command(py: Python<'_>, args: Vec<String>) -> u8 {
    py.allow_threads(move || {
        let argv = std::iter::once("omvarld".to_owned()).chain(args);
        std::panic::catch_unwind(|| omvarld_cli::run(argv)).unwrap_or_else(|_| {
            eprintln!("omvarld: error: internal error (a bug: please report it)");
            2
        })
    })
}
