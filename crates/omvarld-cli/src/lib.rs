//! The `omvarld` command as a library: [`run`] parses the arguments and runs
//! the command, writing to the process's standard output and error, and
//! returns the exit status. The `omvarld` binary calls it, and so does the
//! Python package (`python -m omvarld`), so both behave the same.
//!
//! Exit status: 0 valid, 1 invalid (or warnings under `--deny-warnings`),
//! 2 usage or I/O error (with a one-line message on standard error).
//!
//! ```
//! // `--version` prints the version and the standards read, and succeeds.
//! assert_eq!(omvarld_cli::run(["omvarld", "--version"]), 0);
//! // An unknown subcommand is a usage error.
//! assert_eq!(omvarld_cli::run(["omvarld", "frobnicate"]), 2);
//! ```

mod cli;
mod commands;
mod escape;
mod input;
mod output;
mod parallel;
mod render;
mod today;

use std::ffi::OsString;
use std::io::Write as _;

use clap::Parser;

use crate::cli::{Cli, Command};

/// How a command ended; the process exit status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Status {
    /// Everything valid (0).
    Ok,
    /// A document is invalid, a warning was denied, or a schema differs (1).
    Invalid,
    /// Usage or I/O error (2).
    Failure,
}

/// Prints a one-line error message on standard error.
pub(crate) fn complain(message: impl std::fmt::Display) {
    eprintln!("omvarld: error: {message}");
}

/// Runs the command line `args` (the first is the program name, as in
/// `std::env::args_os()`) and returns the exit status: 0, 1 or 2 as the
/// command documents. Help and version requests print and return 0; a
/// usage error prints clap's message and returns 2. Standard output is
/// flushed before returning.
pub fn run<I, T>(args: I) -> u8
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let status = match Cli::try_parse_from(args) {
        Ok(cli) => dispatch(cli),
        Err(err) => {
            // Help and version go to standard output with status 0.
            let _ = err.print();
            return u8::try_from(err.exit_code()).unwrap_or(2);
        }
    };
    let _ = std::io::stdout().flush();
    match status {
        Status::Ok => 0,
        Status::Invalid => 1,
        Status::Failure => 2,
    }
}

/// The changelog of `diff` as `omvarld diff --format FORMAT --lang LANG`
/// writes it (`format`: `text`, `markdown` or `html`; `None` for another),
/// naming the documents `old` and `new`. The Python binding's
/// `Diff.changelog()` calls it, so both read the same.
///
/// ```
/// let old = omvarld::malmo();
/// let mut new = old.clone();
/// new.arenas.clear();
/// let diff = omvarld::diff(&old, &new);
/// let text = omvarld_cli::render_diff(&diff, "2025.json", "2026.json", omvarld::Lang::Sv, "text").unwrap();
/// assert!(text.starts_with("Ändringar från 2025.json till 2026.json"));
/// assert!(omvarld_cli::render_diff(&diff, "a", "b", omvarld::Lang::En, "pdf").is_none());
/// ```
#[must_use]
pub fn render_diff(
    diff: &omvarld::Diff,
    old: &str,
    new: &str,
    lang: omvarld::Lang,
    format: &str,
) -> Option<String> {
    let names = render::diff::Names { old, new };
    let changelog = render::diff::Changelog::of(diff, &names, lang);
    match format {
        "text" => Some(changelog.text()),
        "markdown" => Some(changelog.render(render::markdown::sink())),
        "html" => Some(changelog.render(render::html::sink())),
        _ => None,
    }
}

fn dispatch(cli: Cli) -> Status {
    match cli.command {
        Command::Validate(args) => commands::validate::run(&args),
        Command::Upgrade(args) => commands::upgrade::run(&args),
        Command::Report(args) => commands::report::run(&args),
        Command::Diff(args) => commands::diff::run(&args),
        Command::Schema(args) => commands::schema::run(&args),
        Command::Explain(args) => commands::explain::run(&args),
        Command::Export(args) => commands::tables::export(&args),
        Command::Import(args) => commands::tables::import(&args),
        Command::Init(args) => commands::init::run(&args),
        Command::Kolada(cli::KoladaCommand::Fetch(args)) => commands::kolada::fetch(&args),
    }
}
