//! `omvarld validate FILE…`: every error and warning of each document.

use std::path::{Path, PathBuf};

use omvarld::{Lang, Options, Report};

use crate::cli::{ValidateArgs, ValidateFormat};
use crate::render::text;
use crate::{complain, input, output, parallel, Status};

/// Validates every file (in parallel), prints the results in the order given
/// and returns the exit status.
pub(crate) fn run(args: &ValidateArgs) -> Status {
    let options = crate::cli::options(args.lang, args.as_of, &args.allow);
    let keep = args.files.len() == 1;
    let results = parallel::map(&args.files, |path| validate_one(path, &options, keep));

    let mut status = Status::Ok;
    let mut readable: Vec<(&PathBuf, &Report)> = Vec::with_capacity(results.len());
    for (path, result) in args.files.iter().zip(&results) {
        match result {
            Ok(report) => readable.push((path, report)),
            Err(message) => {
                complain(message);
                status = Status::Failure;
            }
        }
    }
    let written = match args.format {
        ValidateFormat::Text => write_text(&readable, results.len(), args.lang),
        ValidateFormat::Json => write_json(&readable, args.files.len() == 1),
    };
    if let Err(message) = written {
        complain(message);
        return Status::Failure;
    }
    if status == Status::Failure {
        return status;
    }
    let invalid = readable.iter().any(|(_, r)| !r.valid());
    let warned = readable.iter().any(|(_, r)| !r.warnings.is_empty());
    if invalid || (args.deny_warnings && warned) {
        Status::Invalid
    } else {
        Status::Ok
    }
}

/// Reads and validates one document. A file takes the library's own path
/// (`check_owned`: the input is freed before the semantic pass), so a clean
/// file costs what `omvarld::validate_file` costs; only when there is
/// something to show is the file read again to find lines and columns.
/// Standard input cannot be read twice, so it is kept instead.
///
/// With `leak_model` (one file, and the process ends right after) the
/// parsed model is not freed: the operating system takes the memory back at
/// exit, which saves freeing a few hundred thousand small allocations.
fn validate_one(path: &Path, options: &Options, leak_model: bool) -> Result<Report, String> {
    let bytes = input::read(path)?;
    if input::is_stdin(path) {
        let mut report = omvarld::validate(&bytes, options);
        if !report.is_clean() {
            report.locate(&bytes);
        }
        return Ok(report);
    }
    let checked = omvarld::validate::check_owned(bytes, options);
    let mut report = checked.report;
    if leak_model {
        std::mem::forget(checked.programme);
    }
    if !report.is_clean() {
        let bytes = input::read(path)?;
        report.locate(&bytes);
    }
    Ok(report)
}

fn write_text(reports: &[(&PathBuf, &Report)], files: usize, lang: Lang) -> Result<(), String> {
    let colour = output::colour_stdout();
    output::stdout(|out| {
        for (path, report) in reports {
            let name = input::display_name(path);
            for issue in report.issues() {
                writeln!(out, "{}", text::issue_line(&name, issue, colour))?;
            }
            writeln!(out, "{}", text::file_summary(&name, report, lang, colour))?;
        }
        writeln!(
            out,
            "{}",
            text::total_summary(reports.iter().map(|(_, r)| *r), files, lang, colour)
        )
    })
}

fn write_json(reports: &[(&PathBuf, &Report)], single: bool) -> Result<(), String> {
    if single && reports.is_empty() {
        return Ok(());
    }
    let value = match reports {
        [(_, report)] if single => serde_json::to_value(report),
        _ => serde_json::to_value(
            reports
                .iter()
                .map(|(path, report)| {
                    serde_json::json!({ "file": input::display_name(path), "report": report })
                })
                .collect::<Vec<_>>(),
        ),
    }
    .map_err(|e| format!("cannot serialize the report: {e}"))?;
    output::stdout(|out| {
        serde_json::to_writer_pretty(&mut *out, &value)?;
        writeln!(out)
    })
}
