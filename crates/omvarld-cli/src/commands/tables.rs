//! `omvarld export FILE --to xlsx|csv` and `omvarld import PATH`: a
//! programme to a workbook or CSV folder and back (the layout lives in
//! omvarld-tables; this is argument handling, I/O and exit codes).

use std::io::Write as _;
use std::path::{Path, PathBuf};

use omvarld::{Options, Report};

use crate::cli::{ExportArgs, ImportArgs, TableFormat, ValidateFormat};
use crate::render::text;
use crate::{complain, input, output, Status};

/// Where export writes when `--out` is not given: FILE with `.xlsx`, or
/// FILE without its extension (a folder) for CSV; `programme` for stdin.
fn default_out(file: &Path, to: TableFormat) -> PathBuf {
    let stem = if input::is_stdin(file) {
        PathBuf::from("programme")
    } else {
        file.with_extension("")
    };
    match to {
        TableFormat::Xlsx => stem.with_extension("xlsx"),
        TableFormat::Csv => stem,
    }
}

/// Exports a document that can be read. The document is read a piece at a
/// time and each object's form checked as it goes (`Sheets::read`); the
/// whole check (references, numbering, dates, warnings) is `omvarld
/// validate`'s and import's. A document that does not pass is read whole
/// and checked by the core, whose issues go to standard error, and nothing
/// is written (exit 1).
pub(crate) fn export(args: &ExportArgs) -> Status {
    let name = input::display_name(&args.file);
    let streamed = if input::is_stdin(&args.file) {
        None
    } else {
        std::fs::File::open(&args.file)
            .ok()
            .map(omvarld_tables::Sheets::read)
    };
    let sheets = match streamed {
        Some(Ok(sheets)) => sheets,
        Some(Err(omvarld_tables::NotStreamed::Io(e))) => {
            complain(format!("cannot read {name}: {}", input::describe(&e)));
            return Status::Failure;
        }
        // Standard input, or a document to read whole.
        _ => match read_whole(args, &name) {
            Ok(sheets) => sheets,
            Err(status) => return status,
        },
    };
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| default_out(&args.file, args.to));
    let written = match args.to {
        TableFormat::Xlsx if out.as_os_str() == "-" => {
            let mut xlsx = std::io::Cursor::new(Vec::new());
            sheets
                .to_xlsx(args.lang, &mut xlsx)
                .map_err(|e| e.to_string())
                .and_then(|()| output::emit(None, xlsx.into_inner()))
        }
        TableFormat::Xlsx => write_xlsx(sheets, args.lang, &out),
        TableFormat::Csv => sheets
            .to_csv_dir(args.lang, &out)
            .map_err(|e| e.to_string()),
    };
    if let Err(message) = written {
        complain(message);
        return Status::Failure;
    }
    if out.as_os_str() != "-" {
        println!("exported {name} to {}", out.display());
    }
    Status::Ok
}

/// The document read whole and checked by the core: its sheets, or the
/// status once its issues are on standard error.
fn read_whole(args: &ExportArgs, name: &str) -> Result<omvarld_tables::Sheets, Status> {
    let bytes = input::read(&args.file).map_err(|message| {
        complain(message);
        Status::Failure
    })?;
    let checked = omvarld::validate::check(&bytes, &Options::new().lang(args.lang));
    match checked.programme {
        Some(programme) => Ok(omvarld_tables::Sheets::of(&programme)),
        None => {
            let mut report = checked.report;
            report.locate(&bytes);
            print_issues(name, &report, None, args.lang);
            complain(format!(
                "{name} cannot be read as a programme, so it was not exported"
            ));
            Err(Status::Invalid)
        }
    }
}

/// The workbook written to a temporary file beside `out`, renamed over it
/// once complete: an error never leaves a half-written workbook.
fn write_xlsx(
    sheets: omvarld_tables::Sheets,
    lang: omvarld::Lang,
    out: &Path,
) -> Result<(), String> {
    let fail =
        |e: std::io::Error| format!("cannot write {}: {}", out.display(), input::describe(&e));
    let dir = match out.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".omvarld-").suffix(".tmp");
    // As a file made the ordinary way (the umask applies), not the
    // temporary file's owner-only mode.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    let file = builder.tempfile_in(&dir).map_err(fail)?;
    let mut writer = std::io::BufWriter::with_capacity(1 << 16, file);
    sheets
        .to_xlsx(lang, &mut writer)
        .map_err(|e| e.to_string())?;
    let file = writer.into_inner().map_err(|e| fail(e.into_error()))?;
    file.persist(out).map(|_| ()).map_err(|e| fail(e.error))
}

/// Issues of a JSON document (`file:LINE:COL: …`) or, with a workbook
/// name, of an import (`Sheet!A1: …`), on standard error, and the summary.
fn print_issues(name: &str, report: &Report, workbook: Option<&str>, lang: omvarld::Lang) {
    let colour = output::colour_stderr();
    let mut err = std::io::stderr().lock();
    for issue in report.issues() {
        let line = match workbook {
            Some(book) => text::workbook_issue_line(book, issue, colour),
            None => text::issue_line(name, issue, colour),
        };
        let _ = writeln!(err, "{line}");
    }
    let _ = writeln!(err, "{}", text::file_summary(name, report, lang, colour));
}

/// Imports a workbook or CSV folder; writes the document when it has no
/// errors, and the issues (to standard error when the document goes to
/// standard output).
pub(crate) fn import(args: &ImportArgs) -> Status {
    let name = input::display_name(&args.path);
    // The command writes the programme, never the document as built.
    let options = Options::new().lang(args.lang);
    let imported = match omvarld_tables::read_path_without_document(&args.path, &options) {
        Ok(imported) => imported,
        Err(e) => {
            complain(format!("{name}: {e}"));
            return Status::Failure;
        }
    };
    let report = &imported.report;
    let to_stdout = args.out.is_none();
    let issues = write_import_report(&name, report, args, to_stdout);
    if let Err(e) = issues {
        complain(format!("cannot write the report: {}", input::describe(&e)));
        return Status::Failure;
    }
    if !report.valid() {
        if !to_stdout || args.format == ValidateFormat::Text {
            complain(format!("{name} is not valid, so no document was written"));
        }
        return Status::Invalid;
    }
    let Some(programme) = &imported.programme else {
        return Status::Invalid;
    };
    // Straight to the file or standard output, not through a string of the
    // whole document (BENCHMARKS.md).
    let written = match args.out.as_deref() {
        Some(path) => write_json_file(path, programme),
        None => output::stdout(|w| write_json(w, programme)),
    };
    if let Err(message) = written {
        complain(message);
        return Status::Failure;
    }
    Status::Ok
}

/// The programme as pretty JSON and a newline.
fn write_json(w: &mut dyn std::io::Write, programme: &omvarld::Programme) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *w, programme).map_err(std::io::Error::from)?;
    writeln!(w)
}

fn write_json_file(path: &Path, programme: &omvarld::Programme) -> Result<(), String> {
    let write = || -> std::io::Result<()> {
        let mut file = std::io::BufWriter::new(std::fs::File::create(path)?);
        write_json(&mut file, programme)?;
        file.flush()
    };
    write().map_err(|e| format!("cannot write {}: {}", path.display(), input::describe(&e)))
}

fn write_import_report(
    name: &str,
    report: &Report,
    args: &ImportArgs,
    to_stderr: bool,
) -> std::io::Result<()> {
    let mut sink: Box<dyn std::io::Write> = if to_stderr {
        Box::new(std::io::stderr().lock())
    } else {
        Box::new(std::io::stdout().lock())
    };
    match args.format {
        ValidateFormat::Text => {
            let colour = if to_stderr {
                output::colour_stderr()
            } else {
                output::colour_stdout()
            };
            for issue in report.issues() {
                writeln!(sink, "{}", text::workbook_issue_line(name, issue, colour))?;
            }
            writeln!(
                sink,
                "{}",
                text::file_summary(name, report, args.lang, colour)
            )
        }
        ValidateFormat::Json => {
            serde_json::to_writer_pretty(&mut sink, report)?;
            writeln!(sink)
        }
    }
}
