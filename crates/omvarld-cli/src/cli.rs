//! The command line: clap types for every command and option.

use std::path::PathBuf;
use std::sync::LazyLock;

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use omvarld::{Code, Date, Lang, SchemaVersion};

/// What `--version` prints after the name: the command's version and every
/// version of the data standard it reads, `2.0.0 (data standard 1.0, 1.1)`.
pub(crate) static VERSION: LazyLock<String> = LazyLock::new(|| {
    let standards: Vec<&str> = SchemaVersion::ALL.iter().map(|v| v.as_str()).collect();
    format!(
        "{} (data standard {})",
        env!("CARGO_PKG_VERSION"),
        standards.join(", ")
    )
});

/// Validate, summarise, upgrade and start programmes for strategic external
/// relations work (program för strategiskt omvärldsarbete), omvarld data
/// standard 1.0 and 1.1.
#[derive(Debug, Parser)]
#[command(name = "omvarld", version = VERSION.as_str(), about, propagate_version = true)]
#[command(
    after_help = "Examples:\n  omvarld validate programme.json\n  omvarld upgrade old.json --out programme.json\n  omvarld report --format html --out report.html\n  omvarld explain unknown_reference\n  omvarld init > programme.json"
)]
pub(crate) struct Cli {
    /// The command to run.
    #[command(subcommand)]
    pub(crate) command: Command,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Validate programme documents and list every error and warning.
    #[command(
        after_help = "Examples:\n  omvarld validate programme.json\n  omvarld validate --format json --as-of 2026-01-01 a.json b.json\n  omvarld validate --deny-warnings --allow uncovered_focus_area programme.json\n  cat programme.json | omvarld validate -\n\nExit status: 0 all valid, 1 any invalid (or any warning with --deny-warnings), 2 usage or I/O error."
    )]
    Validate(ValidateArgs),
    /// Upgrade a valid document to the newest standard (1.1), changing only `schema_version`.
    #[command(
        after_help = "Examples:\n  omvarld upgrade programme.json --out programme.json\n  cat old.json | omvarld upgrade - > new.json\n\nThe upgraded document goes to standard output (or --out), byte for byte the input but for the version; an invalid document is not upgraded and its report goes to standard error.\n\nExit status: 0 upgraded (or already 1.1), 1 invalid, 2 usage or I/O error."
    )]
    Upgrade(UpgradeArgs),
    /// Summarise a programme: focus areas with goals, indicators and positions, a coverage matrix, arenas, bodies, publications and activities.
    #[command(
        after_help = "Examples:\n  omvarld report                      # the built-in Malmö programme\n  omvarld report programme.json --lang en\n  omvarld report programme.json --format html --out report.html\n  omvarld report programme.json --follow-up --as-of 2025-03-01 --format html --out uppfoljning.html\n\nExit status: 0 valid, 1 invalid (the report still shows what it can, errors first), 2 usage or I/O error."
    )]
    Report(ReportArgs),
    /// Show what changed between two versions of a programme: positions added, removed and changed, status transitions, renumbered focus areas, moves and texts per language.
    #[command(
        after_help = "Examples:\n  omvarld diff programme-2025.json programme-2026.json\n  omvarld diff old.json new.json --lang en --format markdown\n  omvarld diff old.json new.json --format html --out changes.html\n  omvarld diff old.json new.json --format json   # schemas/1.1/diff.schema.json\n\nObjects are matched by id, not by place in a list; lists of ids are sets. An invalid document is diffed as far as it can be read, its errors first.\n\nExit status: 0 identical, 1 different or a document invalid, 2 usage or I/O error."
    )]
    Diff(DiffArgs),
    /// Write the published JSON Schemas of one version, or check that a directory holds them.
    #[command(
        disable_version_flag = true,
        after_help = "Examples:\n  omvarld schema                      # writes schemas/1.1/\n  omvarld schema --version 1.0 --out vendor/omvarld\n  omvarld schema --out vendor/omvarld --check\n\nExit status: 0 written or up to date, 1 a file differs or is missing (--check), 2 I/O error."
    )]
    Schema(SchemaArgs),
    /// Explain a validation code: what it means, a document that triggers it, how to fix it.
    #[command(
        after_help = "Examples:\n  omvarld explain unknown_reference\n  omvarld explain review_overdue --lang sv\n  omvarld explain --list\n\nExit status: 0 explained or listed, 2 unknown code or usage error."
    )]
    Explain(ExplainArgs),
    /// Write a programme as an xlsx workbook or a folder of CSV files, to edit in a spreadsheet.
    #[command(
        after_help = "Examples:\n  omvarld export programme.json --to xlsx            # writes programme.xlsx\n  omvarld export programme.json --to csv --lang en --out tables/\n\nSheets, headers and dropdowns follow the standard; `omvarld import` reads the result back. Export checks the form of the document and of each of its objects; `omvarld validate` (or import) runs the whole check.\n\nExit status: 0 written, 1 the document cannot be read as a programme (nothing written), 2 usage or I/O error."
    )]
    Export(ExportArgs),
    /// Read a workbook or CSV folder back into a programme document and validate it.
    #[command(
        after_help = "Examples:\n  omvarld import programme.xlsx --out programme.json\n  omvarld import tables/ --format json\n\nEach issue names its sheet and cell: `Ståndpunkter!C7: error[format] /positions/5/review_by: …`. The document is written only when it has no errors; without --out it goes to standard output and the issues to standard error.\n\nExit status: 0 valid, 1 invalid, 2 usage or I/O error or not a workbook."
    )]
    Import(ImportArgs),
    /// Print a starter document (or write a starter workbook): the Malmö programme plus one draft example position.
    #[command(
        after_help = "Examples:\n  omvarld init > programme.json && omvarld validate programme.json\n  omvarld init --example > exempelby.omvarld.json\n  omvarld init --to xlsx                # writes programme.xlsx, dropdowns in place"
    )]
    Init(InitArgs),
    /// Work with Kolada, the national database of municipal key figures: `omvarld kolada fetch`.
    #[command(subcommand)]
    Kolada(KoladaCommand),
}

/// The commands of `omvarld kolada`.
#[derive(Debug, Subcommand)]
pub(crate) enum KoladaCommand {
    /// Fill the results of every indicator that has a `kolada_kpi` with Kolada's total values for the organisation's municipality_code.
    #[command(
        after_help = "Examples:\n  omvarld kolada fetch programme.json                    # the last ten years, in place\n  omvarld kolada fetch programme.json --years 2015-2025 --lang sv\n  omvarld kolada fetch programme.json --out updated.json\n  omvarld kolada fetch programme.json --out - > updated.json\n\nOnly total (T) values are used. A result already in the file is never overwritten: a different value is reported as a conflict. The file is written only when a result was added, through a temporary file renamed over it, so it is untouched on any error. Each request has a timeout (--timeout, 30 s), 429 and 5xx answers are retried 3 times with backoff, and a response may run to at most 1000 pages of 16 MiB. Cite the data as \"Källa: Kolada\".\n\nExit status: 0 fetched, 1 conflicts or a document that cannot take results (invalid, standard 1.0, no municipality_code), 2 usage, network or I/O error."
    )]
    Fetch(KoladaFetchArgs),
}

/// Options of `omvarld kolada fetch`.
#[derive(Debug, Args)]
pub(crate) struct KoladaFetchArgs {
    /// The document to fill; `-` reads standard input (the result then goes to standard output).
    #[arg(value_name = "FILE")]
    pub(crate) file: PathBuf,
    /// The years to fetch, `2015-2025` or `2024`; the last ten years when absent.
    #[arg(long, value_name = "YEARS")]
    pub(crate) years: Option<omvarld_kolada::Years>,
    /// Write the updated document to this file (`-`: standard output) instead of over FILE.
    #[arg(long, value_name = "FILE")]
    pub(crate) out: Option<PathBuf>,
    /// Address of Kolada's API v3.
    #[arg(long, value_name = "URL", default_value = omvarld_kolada::http::DEFAULT_BASE_URL)]
    pub(crate) base_url: String,
    /// Seconds one request may take, from connecting to the last byte.
    #[arg(long, value_name = "SECONDS", default_value_t = 30.0, value_parser = seconds_parser())]
    pub(crate) timeout: f64,
    /// The date written as each new result's `retrieved` (YYYY-MM-DD); today when absent.
    #[arg(long, value_name = "DATE")]
    pub(crate) retrieved: Option<Date>,
    /// Language of the summary and messages.
    #[arg(long, value_name = "LANG", value_parser = lang_parser(), default_value = "en")]
    pub(crate) lang: Lang,
}

/// Parses `--timeout`: a positive number of seconds, at most a day.
fn seconds_parser() -> impl TypedValueParser<Value = f64> {
    clap::builder::NonEmptyStringValueParser::new().try_map(|text| match text.parse::<f64>() {
        Ok(s) if s > 0.0 && s <= 86_400.0 => Ok(s),
        _ => Err(format!(
            "`{text}` is not a number of seconds above 0 and at most 86400"
        )),
    })
}

/// Options of `omvarld validate`.
#[derive(Debug, Args)]
pub(crate) struct ValidateArgs {
    /// Documents to validate; `-` reads standard input.
    #[arg(required = true, value_name = "FILE")]
    pub(crate) files: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ValidateFormat::Text)]
    pub(crate) format: ValidateFormat,
    /// Check review dates against this date (YYYY-MM-DD); enables `review_overdue`.
    #[arg(long, value_name = "DATE")]
    pub(crate) as_of: Option<Date>,
    /// Exit with status 1 when there is any warning (allowed ones do not count).
    #[arg(long)]
    pub(crate) deny_warnings: bool,
    /// Acknowledge the warning CODE (repeatable): its warnings are counted as allowed, not listed.
    #[arg(long = "allow", value_name = "CODE", value_parser = allow_parser())]
    pub(crate) allow: Vec<Code>,
    /// Language of messages.
    #[arg(long, value_name = "LANG", value_parser = lang_parser(), default_value = "en")]
    pub(crate) lang: Lang,
}
/// Options of `omvarld explain`.
#[derive(Debug, Args)]
pub(crate) struct ExplainArgs {
    /// The code to explain, as reports give it (`unknown_reference`); without it, every code is listed.
    #[arg(value_name = "CODE", conflicts_with = "list")]
    pub(crate) code: Option<String>,
    /// List every code with its one-line description.
    #[arg(long)]
    pub(crate) list: bool,
    /// Language of the explanation.
    #[arg(long, value_name = "LANG", value_parser = lang_parser(), default_value = "en")]
    pub(crate) lang: Lang,
}

/// Output format of `omvarld validate`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ValidateFormat {
    /// One line per issue (`file:LINE:COL: error[code] /path: message`) and summaries.
    Text,
    /// The report object of `validation-report.schema.json`; for several files an array of `{"file", "report"}`.
    Json,
}

/// Options of `omvarld upgrade`.
#[derive(Debug, Args)]
pub(crate) struct UpgradeArgs {
    /// The document to upgrade; `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub(crate) file: PathBuf,
    /// Write the upgraded document to this file instead of standard output (it may be FILE itself).
    #[arg(long, value_name = "FILE")]
    pub(crate) out: Option<PathBuf>,
    /// Format of the report of an invalid document, written to standard error.
    #[arg(long, value_enum, default_value_t = ValidateFormat::Text)]
    pub(crate) format: ValidateFormat,
    /// Language of the report's messages.
    #[arg(long, value_name = "LANG", value_parser = lang_parser(), default_value = "en")]
    pub(crate) lang: Lang,
}

/// Options of `omvarld report`.
#[derive(Debug, Args)]
pub(crate) struct ReportArgs {
    /// The document to summarise (`-` reads standard input); the built-in Malmö programme when absent.
    #[arg(value_name = "FILE")]
    pub(crate) file: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ReportFormat::Markdown)]
    pub(crate) format: ReportFormat,
    /// Language of the report; Swedish is used where a translation is missing.
    #[arg(long, value_name = "LANG", value_parser = lang_parser(), default_value = "sv")]
    pub(crate) lang: Lang,
    /// Write the report to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub(crate) out: Option<PathBuf>,
    /// The date activities that ended before it are marked past, and review dates are checked against (default: today).
    #[arg(long, value_name = "DATE")]
    pub(crate) as_of: Option<Date>,
    /// Acknowledge the warning CODE (repeatable): its warnings are not shown or counted as warnings.
    #[arg(long = "allow", value_name = "CODE", value_parser = allow_parser())]
    pub(crate) allow: Vec<Code>,
    /// The follow-up report (uppföljning): indicators against baseline and target, positions overdue for review (as of --as-of), each position's follow-up log.
    #[arg(long)]
    pub(crate) follow_up: bool,
}

/// Options of `omvarld diff`.
#[derive(Debug, Args)]
pub(crate) struct DiffArgs {
    /// The old version of the document (`-` reads standard input).
    #[arg(value_name = "OLD")]
    pub(crate) old: PathBuf,
    /// The new version of the document (`-` reads standard input).
    #[arg(value_name = "NEW")]
    pub(crate) new: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub(crate) format: DiffFormat,
    /// Language of the sentences and messages; Swedish is used where a translation is missing.
    #[arg(long, value_name = "LANG", value_parser = lang_parser(), default_value = "sv")]
    pub(crate) lang: Lang,
    /// Write the diff to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub(crate) out: Option<PathBuf>,
}

/// Output format of `omvarld diff`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum DiffFormat {
    /// A changelog of plain sentences, to paste into a memo.
    Text,
    /// The changelog as Markdown.
    Markdown,
    /// The changelog as one self-contained, printable HTML5 file.
    Html,
    /// The diff object of `diff.schema.json`.
    Json,
}

/// Output format of `omvarld report`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum ReportFormat {
    /// Markdown, readable in a terminal and on a code host.
    Markdown,
    /// One self-contained, printable HTML5 file.
    Html,
}

/// Parses `--lang` with the core's [`Lang`] (through its `FromStr`), and
/// lists the tags it accepts so `--help` and a bad value both show them.
fn lang_parser() -> impl TypedValueParser<Value = Lang> {
    PossibleValuesParser::new([
        PossibleValue::new("sv").help("Swedish (svenska)"),
        PossibleValue::new("en").help("English"),
    ])
    .try_map(|tag| tag.parse::<Lang>())
}

/// Parses `--allow CODE`: a code of the catalogue whose severity is
/// warning. An unknown code names the nearest one; an error code is refused
/// with the core's [`AllowError`](omvarld::AllowError) (both exit 2).
fn allow_parser() -> impl TypedValueParser<Value = Code> {
    clap::builder::NonEmptyStringValueParser::new().try_map(|text| {
        let code = text
            .parse::<Code>()
            .map_err(|_| match Code::nearest(&text) {
                Some(near) => format!("unknown code `{text}`; did you mean `{near}`?"),
                None => format!("unknown code `{text}`; `omvarld explain --list` lists them"),
            })?;
        omvarld::Options::new()
            .allow(code)
            .map(|_| code)
            .map_err(|e| e.to_string())
    })
}

/// The options of validation from the command line's.
pub(crate) fn options(lang: Lang, as_of: Option<Date>, allow: &[Code]) -> omvarld::Options {
    let mut options = omvarld::Options::new().lang(lang);
    if let Some(date) = as_of {
        options = options.as_of(date);
    }
    for &code in allow {
        // `allow_parser` let through only warnings.
        if let Ok(allowed) = options.clone().allow(code) {
            options = allowed;
        }
    }
    options
}

/// Parses a version of the standard with the core's [`SchemaVersion`],
/// listing every version it has.
fn version_parser() -> impl TypedValueParser<Value = SchemaVersion> {
    PossibleValuesParser::new(
        SchemaVersion::ALL
            .iter()
            .map(|v| PossibleValue::new(v.as_str())),
    )
    .try_map(|text| text.parse::<SchemaVersion>())
}

/// Options of `omvarld schema`.
#[derive(Debug, Args)]
pub(crate) struct SchemaArgs {
    /// The version of the standard whose schemas to write (1.0 as published).
    #[arg(long, value_name = "VERSION", value_parser = version_parser(), default_value = SchemaVersion::LATEST.as_str())]
    pub(crate) version: SchemaVersion,
    /// Directory to write the schemas to (or to check); `schemas/VERSION` when absent, as published.
    #[arg(long, value_name = "DIR")]
    pub(crate) out: Option<PathBuf>,
    /// Write nothing; exit with status 1 when a file in DIR is missing or differs.
    #[arg(long)]
    pub(crate) check: bool,
}

/// What `omvarld export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum TableFormat {
    /// One xlsx workbook (Excel, LibreOffice, Numbers).
    Xlsx,
    /// A folder with one CSV file per sheet and a Frictionless `datapackage.json`.
    Csv,
}

/// Options of `omvarld export`.
#[derive(Debug, Args)]
pub(crate) struct ExportArgs {
    /// The document to export; `-` reads standard input.
    #[arg(value_name = "FILE")]
    pub(crate) file: PathBuf,
    /// Workbook or CSV folder.
    #[arg(long, value_enum)]
    pub(crate) to: TableFormat,
    /// Language of sheet names and headers.
    #[arg(long, value_name = "LANG", value_parser = lang_parser(), default_value = "sv")]
    pub(crate) lang: Lang,
    /// Where to write: a file for xlsx (`-` for standard output), a folder for CSV; FILE with `.xlsx`, or without its extension for CSV, when absent.
    #[arg(long, value_name = "PATH")]
    pub(crate) out: Option<PathBuf>,
}

/// Options of `omvarld import`.
#[derive(Debug, Args)]
pub(crate) struct ImportArgs {
    /// An xlsx workbook or a folder of CSV files.
    #[arg(value_name = "PATH")]
    pub(crate) path: PathBuf,
    /// Write the document to this file instead of standard output.
    #[arg(long, value_name = "FILE")]
    pub(crate) out: Option<PathBuf>,
    /// Format of the issues.
    #[arg(long, value_enum, default_value_t = ValidateFormat::Text)]
    pub(crate) format: ValidateFormat,
    /// Language of messages.
    #[arg(long, value_name = "LANG", value_parser = lang_parser(), default_value = "en")]
    pub(crate) lang: Lang,
}

/// What `omvarld init` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum InitFormat {
    /// The JSON document, on standard output.
    Json,
    /// A workbook to start in Excel or LibreOffice.
    Xlsx,
}

/// Options of `omvarld init`.
#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    /// The complete worked example instead of the starter: the fictional Exempelby kommun, which uses every object and member of the standard.
    #[arg(long)]
    pub(crate) example: bool,
    /// A JSON document or a workbook.
    #[arg(long, value_enum, default_value_t = InitFormat::Json)]
    pub(crate) to: InitFormat,
    /// Where to write the workbook (`programme.xlsx` when absent); the JSON document goes to standard output unless given.
    #[arg(long, value_name = "FILE")]
    pub(crate) out: Option<PathBuf>,
    /// Language of the workbook's sheet names and headers.
    #[arg(long, value_name = "LANG", value_parser = lang_parser(), default_value = "sv")]
    pub(crate) lang: Lang,
}
