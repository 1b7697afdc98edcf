//! # omvarld-tables
//!
//! Spreadsheets for [`omvarld`] programmes: a programme converts to an xlsx
//! workbook or a folder of CSV files (with a Frictionless
//! `datapackage.json`) and back without loss, as the standard's §7 says.
//! The sheets and columns come from [`omvarld::shape::Shape`], the one
//! description of the document.
//!
//! ```
//! use omvarld::{Lang, Options};
//! let malmo = omvarld::malmo();
//! let bytes = omvarld_tables::to_xlsx(&malmo, Lang::Sv)?;
//! let imported = omvarld_tables::read_xlsx(&bytes, &Options::default())?;
//! assert!(imported.report.valid());
//! assert_eq!(imported.programme.as_ref(), Some(&malmo));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! **Limits** ([`Limits`]): a workbook is untrusted input. Reading refuses
//! an xlsx file that unpacks to more than 256 MiB or has more than 10 000
//! parts, and any sheet or CSV file with more than 2 000 000 cells with
//! values; columns beyond the 1 000th are not read. Cells are read one by
//! one, so memory follows the cells a sheet holds, not the dimension it
//! claims. Formula cells give their cached value; nothing is evaluated.

mod assemble;
mod cells;
mod csv;
mod import;
mod json;
mod labels;
mod layout;
mod locate;
mod rows;
mod sheets;
mod split;
mod spool;
mod table;
mod xlsx;
mod zipcheck;

use std::path::Path;

use omvarld::{Lang, Options, Programme};

pub use import::Imported;
pub use sheets::{NotStreamed, Sheets};

/// What the member `member` of the standard is called in `lang`, as the
/// sheets' headers name it (`focus_areas` → `Fokusområden`); its own name
/// when the table of labels does not know it. The command's diff reads
/// them too, so a member is called the same in a workbook and in a diff.
///
/// ```
/// use omvarld::Lang;
/// assert_eq!(omvarld_tables::member_label("review_by", Lang::Sv), "Ses över senast");
/// assert_eq!(omvarld_tables::member_label("title", Lang::En), "Title");
/// assert_eq!(omvarld_tables::member_label("x-eget", Lang::Sv), "x-eget");
/// ```
#[must_use]
pub fn member_label(member: &str, lang: Lang) -> String {
    let (en, sv) = labels::label(member);
    lang.pick(en, sv)
}

/// Limits on what reading accepts.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// The most bytes an xlsx file's parts may unpack to, or a CSV file may have.
    pub unpacked_bytes: u64,
    /// The most parts (files) an xlsx archive may have.
    pub parts: usize,
    /// The most cells with values one sheet may have.
    pub cells: usize,
    /// Columns from this one on are not read.
    pub columns: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            unpacked_bytes: 256 * 1024 * 1024,
            parts: 10_000,
            cells: 2_000_000,
            columns: 1_000,
        }
    }
}

/// Why a programme could not be written.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ExportError {
    /// A value longer than a spreadsheet cell holds.
    #[error("{sheet}!{cell}: the value at {path} has {length} characters; a spreadsheet cell holds at most 32767")]
    TooLong {
        /// The sheet.
        sheet: String,
        /// The cell, A1.
        cell: String,
        /// JSON Pointer of the value.
        path: String,
        /// Its length in characters.
        length: usize,
    },
    /// The xlsx writer failed.
    #[error("could not write the workbook: {0}")]
    Xlsx(String),
    /// The CSV writer failed.
    #[error("could not write CSV: {0}")]
    Csv(String),
    /// A file could not be written.
    #[error("could not write {0}")]
    Io(String, #[source] std::io::Error),
}

/// Why a workbook or CSV folder could not be read at all (problems inside
/// it are issues of the report instead).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum ImportError {
    /// Not an xlsx workbook.
    #[error("not an xlsx workbook: {0}")]
    NotAWorkbook(String),
    /// Over a [`Limits`] limit.
    #[error("too large to read: {0}")]
    TooLarge(String),
    /// A CSV file that is not UTF-8.
    #[error("{0}")]
    NotUtf8(String),
    /// A CSV file that is not CSV.
    #[error("not CSV: {0}")]
    Csv(String),
    /// A file could not be read.
    #[error("could not read {0}")]
    Io(String, #[source] std::io::Error),
}

/// The tool, as the workbook names it: `omvarld 2.0.0`.
pub(crate) fn generator() -> String {
    format!("omvarld {}", env!("CARGO_PKG_VERSION"))
}

/// The programme as an xlsx workbook, headers in `lang`.
///
/// # Errors
/// [`ExportError::TooLong`] when a value does not fit in a cell.
pub fn to_xlsx(programme: &Programme, lang: Lang) -> Result<Vec<u8>, ExportError> {
    let mut out = std::io::Cursor::new(Vec::new());
    Sheets::of(programme).to_xlsx(lang, &mut out)?;
    Ok(out.into_inner())
}

/// Like [`to_xlsx`], but frees the programme as soon as its JSON text, from
/// which the sheets are read, is made.
///
/// # Errors
/// As [`to_xlsx`].
pub fn to_xlsx_owned(programme: Programme, lang: Lang) -> Result<Vec<u8>, ExportError> {
    let text = serde_json::to_vec(&programme).unwrap_or_default();
    drop(programme);
    let sheets = Sheets::of_text(&text);
    drop(text);
    let mut out = std::io::Cursor::new(Vec::new());
    sheets.to_xlsx(lang, &mut out)?;
    Ok(out.into_inner())
}

/// The programme as CSV files and `datapackage.json` in `dir`.
///
/// # Errors
/// When a file cannot be written.
pub fn to_csv_dir(programme: &Programme, lang: Lang, dir: &Path) -> Result<(), ExportError> {
    Sheets::of(programme).to_csv_dir(lang, dir)
}

/// The programme as CSV texts: `(file name, contents)` per sheet, then
/// `datapackage.json`.
///
/// # Errors
/// When the CSV writer fails.
pub fn to_csv_files(
    programme: &Programme,
    lang: Lang,
) -> Result<Vec<(String, String)>, ExportError> {
    Sheets::of(programme).to_csv_files(lang)
}

/// Reads an xlsx workbook, with the default [`Limits`].
///
/// # Errors
/// When the bytes are not a workbook or exceed the limits.
pub fn read_xlsx(bytes: &[u8], options: &Options) -> Result<Imported, ImportError> {
    read_xlsx_with(bytes, options, &Limits::default())
}

/// Reads an xlsx workbook within `limits`.
///
/// # Errors
/// When the bytes are not a workbook or exceed the limits.
pub fn read_xlsx_with(
    bytes: &[u8],
    options: &Options,
    limits: &Limits,
) -> Result<Imported, ImportError> {
    Ok(import::import(xlsx::read(bytes, limits)?, options, true))
}

/// Reads a folder of CSV files (one per sheet, named by the sheet's key as
/// export writes them, or by its name in either language).
///
/// # Errors
/// When a file cannot be read, is not UTF-8 or exceeds the limits.
pub fn read_csv_dir(dir: &Path, options: &Options) -> Result<Imported, ImportError> {
    Ok(import::import(
        csv::read_dir(dir, &Limits::default())?,
        options,
        true,
    ))
}

/// Reads CSV texts given as `(file stem, contents)`.
///
/// # Errors
/// When a text is not UTF-8 or CSV, or exceeds the limits.
pub fn read_csv_files<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a [u8])>,
    options: &Options,
    limits: &Limits,
) -> Result<Imported, ImportError> {
    let mut sheets = Vec::new();
    for (name, bytes) in files {
        sheets.push(csv::read_text(name, bytes, limits)?);
    }
    Ok(import::import(sheets, options, true))
}

/// Reads `path`: a folder of CSV files, or an xlsx workbook.
///
/// # Errors
/// As [`read_xlsx`] and [`read_csv_dir`].
pub fn read_path(path: &Path, options: &Options) -> Result<Imported, ImportError> {
    read_path_with(path, options, true)
}

/// Like [`read_path`], but [`Imported::document`] is `Null`: the document
/// is only ever the JSON text written from the cells, freed before the
/// semantic pass, never also a `serde_json::Value` (the command's import;
/// BENCHMARKS.md). Not part of the API (it may change in any release).
///
/// # Errors
/// As [`read_path`].
#[doc(hidden)]
pub fn read_path_without_document(path: &Path, options: &Options) -> Result<Imported, ImportError> {
    read_path_with(path, options, false)
}

fn read_path_with(
    path: &Path,
    options: &Options,
    keep_document: bool,
) -> Result<Imported, ImportError> {
    if path.is_dir() {
        let sheets = csv::read_dir(path, &Limits::default())?;
        return Ok(import::import(sheets, options, keep_document));
    }
    if path
        .extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("csv"))
    {
        return Err(ImportError::NotAWorkbook(format!(
            "{} is one CSV file; import reads the folder of CSV files that export writes",
            path.display()
        )));
    }
    let bytes = std::fs::read(path).map_err(|e| ImportError::Io(path.display().to_string(), e))?;
    let sheets = xlsx::read(&bytes, &Limits::default())?;
    drop(bytes);
    Ok(import::import(sheets, options, keep_document))
}
