//! The `omvarld` command: validate programme documents, upgrade them to the
//! newest standard, summarise a programme as Markdown or HTML, write the
//! published schemas, explain a validation code and start a new document.
//!
//! Exit status: 0 valid, 1 invalid (or warnings under `--deny-warnings`),
//! 2 usage or I/O error (with a one-line message on standard error).
//!
//! The command lives in the library ([`omvarld_cli::run`]), which the Python
//! package's `python -m omvarld` calls too.

use std::process::ExitCode;

/// mimalloc, as uv and ruff use: a document is millions of small
/// allocations (strings, maps), made and freed on every core.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    ExitCode::from(omvarld_cli::run(std::env::args_os()))
}
