//! Helpers shared by the tests of omvarld-tables.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use omvarld::{Lang, Options, Programme};
use omvarld_tables::{Imported, Limits};

/// A valid fixture of the repository.
pub(crate) fn fixture(name: &str) -> Programme {
    let path = format!(
        "{}/../../tests/fixtures/valid/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    omvarld::parse::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

/// The CSV files of `programme`, by file stem (without datapackage.json).
pub(crate) fn csv_files(programme: &Programme, lang: Lang) -> Vec<(String, String)> {
    omvarld_tables::to_csv_files(programme, lang)
        .unwrap()
        .into_iter()
        .filter(|(name, _)| name.ends_with(".csv"))
        .map(|(name, text)| (name.trim_end_matches(".csv").to_owned(), text))
        .collect()
}

/// Imports CSV texts.
pub(crate) fn import_csv(files: &[(String, String)]) -> Imported {
    omvarld_tables::read_csv_files(
        files.iter().map(|(n, t)| (n.as_str(), t.as_bytes())),
        &Options::default(),
        &Limits::default(),
    )
    .unwrap()
}

/// The records of a CSV text (BOM removed).
pub(crate) fn records(text: &str) -> Vec<Vec<String>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

/// CSV text with a BOM from records.
pub(crate) fn write_records(records: &[Vec<String>]) -> String {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for record in records {
        writer.write_record(record).unwrap();
    }
    format!(
        "\u{feff}{}",
        String::from_utf8(writer.into_inner().unwrap()).unwrap()
    )
}

/// `(code, path, sheet, cell)` of every issue.
pub(crate) fn located(
    imported: &Imported,
) -> Vec<(String, String, Option<String>, Option<String>)> {
    imported
        .report
        .issues()
        .map(|i| {
            (
                i.code.to_string(),
                i.path.clone(),
                i.sheet.clone(),
                i.cell.clone(),
            )
        })
        .collect()
}
