//! `omvarld kolada fetch FILE [--years Y1-Y2] [--out FILE] [--base-url URL]`:
//! indicator results from Kolada.
//!
//! The updated document replaces FILE (or goes to `--out`; `-` is standard
//! output), written through a temporary file in the same folder that is
//! renamed over the target, so the target is whole or untouched. Without
//! `--out`, FILE is written only when a result was added. The summary goes
//! to standard output, or to standard error when the document does.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use omvarld::{Lang, Options, Report};
use omvarld_kolada::http::{Client, Config};
use omvarld_kolada::{DocumentError, Years};

use crate::cli::KoladaFetchArgs;
use crate::render::text;
use crate::{complain, input, output, today, Status};

/// Where the updated document goes.
enum Target<'a> {
    /// Over FILE, only when something was added.
    InPlace(&'a Path),
    /// To this file, always.
    File(&'a Path),
    /// To standard output, always.
    Stdout,
}

/// Fetches, merges and writes; 0 done, 1 conflicts or a document that
/// cannot take results, 2 usage, network or I/O error.
pub(crate) fn fetch(args: &KoladaFetchArgs) -> Status {
    let lang = args.lang;
    let bytes = match input::read(&args.file) {
        Ok(bytes) => bytes,
        Err(message) => {
            complain(message);
            return Status::Failure;
        }
    };
    let name = input::display_name(&args.file);
    let (mut programme, municipality) =
        match omvarld_kolada::read(&bytes, &Options::new().lang(lang)) {
            Ok(read) => read,
            Err(DocumentError::Invalid(report)) => {
                write_report(&name, &report, lang);
                return Status::Invalid;
            }
            Err(e) => {
                complain(format!("{name}: {}", e.message(lang)));
                return Status::Invalid;
            }
        };
    let Some(retrieved) = args.retrieved.or_else(today::today) else {
        complain("cannot tell today's date: give --retrieved");
        return Status::Failure;
    };
    let default = || {
        omvarld::Year::try_from(retrieved.year())
            .ok()
            .map(Years::ten_up_to)
    };
    let Some(years) = args.years.or_else(default) else {
        complain(format!(
            "{retrieved} is outside the years of the standard: give --years"
        ));
        return Status::Failure;
    };
    let mut config = Config::default();
    config.base_url.clone_from(&args.base_url);
    config.timeout = Duration::from_secs_f64(args.timeout);
    config.connect_timeout = config.connect_timeout.min(config.timeout);
    let fetched =
        Client::new(config).and_then(|client| client.fetch(&programme, &municipality, &years));
    let data = match fetched {
        Ok(data) => data,
        Err(e) => {
            complain(format!("{} ({})", e.message(lang), unchanged(&name, lang)));
            return Status::Failure;
        }
    };
    let summary = omvarld_kolada::merge(&mut programme, &data, retrieved, years);
    let target = match (&args.out, input::is_stdin(&args.file)) {
        (Some(out), _) if input::is_stdin(out) => Target::Stdout,
        (Some(out), _) => Target::File(out),
        (None, true) => Target::Stdout,
        (None, false) => Target::InPlace(&args.file),
    };
    let write = match target {
        Target::InPlace(_) if !summary.changed() => None,
        Target::InPlace(path) | Target::File(path) => Some(Some(path)),
        Target::Stdout => Some(None),
    };
    if let Some(path) = write {
        let text = match serde_json::to_string_pretty(&programme) {
            Ok(text) => text + "\n",
            Err(e) => {
                complain(format!("cannot serialize the document: {e}"));
                return Status::Failure;
            }
        };
        let written = match path {
            Some(path) => replace(path, text.as_bytes()),
            None => output::emit(None, text),
        };
        if let Err(message) = written {
            complain(format!("{message} ({})", unchanged(&name, lang)));
            return Status::Failure;
        }
    }
    let mut report = summary.render(lang);
    report.push_str(&match (write, lang) {
        (Some(Some(path)), Lang::Sv) => format!("Skrev {}.\n", path.display()),
        (Some(Some(path)), _) => format!("Wrote {}.\n", path.display()),
        (None, _) => format!("{}.\n", unchanged(&name, lang)),
        (Some(None), _) => String::new(),
    });
    let shown = if matches!(write, Some(None)) {
        std::io::stderr()
            .lock()
            .write_all(report.as_bytes())
            .map_err(|e| e.to_string())
    } else {
        output::stdout(|w| w.write_all(report.as_bytes()))
    };
    if let Err(message) = shown {
        complain(message);
        return Status::Failure;
    }
    if summary.conflicts().next().is_some() {
        Status::Invalid
    } else {
        Status::Ok
    }
}

/// "NAME is unchanged" in `lang`.
fn unchanged(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Sv => format!("{name} är oförändrad"),
        _ => format!("{name} is unchanged"),
    }
}

/// Writes `bytes` to a temporary file beside `path` and renames it over
/// `path`, keeping `path`'s permissions, so `path` is never half written.
fn replace(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    };
    let fail =
        |e: std::io::Error| format!("cannot write {}: {}", path.display(), input::describe(&e));
    let mut file = tempfile::Builder::new()
        .prefix(".omvarld-")
        .suffix(".tmp")
        .tempfile_in(&dir)
        .map_err(fail)?;
    file.write_all(bytes)
        .and_then(|()| file.flush())
        .map_err(fail)?;
    if let Ok(metadata) = std::fs::metadata(path) {
        file.as_file()
            .set_permissions(metadata.permissions())
            .map_err(fail)?;
    }
    file.persist(path).map(|_| ()).map_err(|e| fail(e.error))
}

/// The report of a document that nothing was fetched into, on standard error.
fn write_report(name: &str, report: &Report, lang: Lang) {
    let mut err = std::io::stderr().lock();
    let colour = output::colour_stderr();
    for issue in report.issues() {
        let _ = writeln!(err, "{}", text::issue_line(name, issue, colour));
    }
    let _ = writeln!(err, "{}", text::file_summary(name, report, lang, colour));
    let _ = match lang {
        Lang::Sv => writeln!(
            err,
            "omvarld: {name} är inte giltig, så inget hämtades till den"
        ),
        _ => writeln!(
            err,
            "omvarld: {name} is not valid, so nothing was fetched into it"
        ),
    };
}
