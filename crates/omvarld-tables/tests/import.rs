//! Import: every issue from a cell is at that cell; what people and other
//! programs do to a workbook (other header languages, columns moved, comment
//! columns, blank rows, Swedish Excel CSV, typed cells, formulas) reads; bad
//! workbooks give a clear report or error, never a panic.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use common::{csv_files, fixture, import_csv, located, records, write_records};
use omvarld::{Code, Lang, Options, Severity};
use proptest::prelude::*;

/// The import gave `programme`, or the report and the first difference.
fn assert_same(imported: &omvarld_tables::Imported, programme: &omvarld::Programme) {
    let Some(back) = imported.programme.as_ref() else {
        panic!("no programme: {}", imported.report);
    };
    if back != programme {
        let a = serde_json::to_string(programme).unwrap();
        let b = serde_json::to_string(back).unwrap();
        let at = a
            .bytes()
            .zip(b.bytes())
            .position(|(x, y)| x != y)
            .unwrap_or(0);
        panic!(
            "differs at byte {at}: {:?} vs {:?}",
            &a[at.saturating_sub(80)..(at + 80).min(a.len())],
            &b[at.saturating_sub(80)..(at + 80).min(b.len())]
        );
    }
}

fn a1(row: usize, col: usize) -> String {
    let mut letters = Vec::new();
    let mut n = col + 1;
    while n > 0 {
        letters.push(char::from(b'A' + u8::try_from((n - 1) % 26).unwrap()));
        n = (n - 1) / 26;
    }
    letters.reverse();
    format!("{}{}", letters.into_iter().collect::<String>(), row + 1)
}

/// The member path of each column of each file, from datapackage.json.
fn paths(lang: Lang) -> Vec<(String, Vec<(String, String)>)> {
    let files = omvarld_tables::to_csv_files(&fixture("v1-1-rich.json"), lang).unwrap();
    let package: serde_json::Value = serde_json::from_str(&files.last().unwrap().1).unwrap();
    package["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let fields = r["schema"]["fields"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| {
                    let path = f["description"].as_str().unwrap_or("").trim_matches('`');
                    let ty = if f["constraints"]["enum"].is_array() {
                        "enum"
                    } else {
                        f["type"].as_str().unwrap()
                    };
                    (path.to_owned(), ty.to_owned())
                })
                .collect();
            (r["name"].as_str().unwrap().to_owned(), fields)
        })
        .collect()
}

/// A value that breaks the column, or `None` for a column any value fits
/// (free text members) or whose change would touch other rows (ids, keys).
fn bad_value(path: &str, ty: &str) -> Option<&'static str> {
    let last = path.rsplit('.').next().unwrap_or(path);
    match ty {
        "integer" => Some("x1"),
        "number" => Some("abc"),
        "date" => Some("2026-02-30"),
        "object" => Some("[1]"),
        "enum" => Some("bogus"),
        _ if path.is_empty() || last == "id" || ["owner", "unit"].contains(&path) => None,
        _ if ["sv", "en"].contains(&last) => Some("   "),
        _ => Some("Bad value "),
    }
}

fn assert_one_issue_at_the_cell(lang: Lang, file: usize, row: usize, col: usize) {
    let programme = fixture("v1-1-rich.json");
    let mut files = csv_files(&programme, lang);
    let layout = paths(lang);
    // The programme sheet (two columns) is not a table of rows.
    let file = 1 + file % (files.len() - 1);
    let (name, fields) = &layout[file];
    assert_eq!(&files[file].0, name);
    let mut cells = records(&files[file].1);
    if cells.len() < 2 {
        return;
    }
    let row = 1 + row % (cells.len() - 1);
    let col = col % fields.len();
    let (path, ty) = &fields[col];
    let Some(bad) = bad_value(path, ty) else {
        return;
    };
    // A bad value in place of a good one (an empty cell filled in may
    // rightly bring more: a Swedish text for an English one, say).
    if cells[row][col].is_empty() {
        return;
    }
    cells[row][col] = bad.to_owned();
    files[file].1 = write_records(&cells);
    let imported = import_csv(&files);
    let errors: Vec<_> = imported.report.issues().collect();
    assert_eq!(
        errors.len(),
        1,
        "{name} {}: {bad:?} in {path} ({ty}): {}",
        a1(row, col),
        imported.report
    );
    assert_eq!(
        (errors[0].sheet.as_deref(), errors[0].cell.as_deref()),
        (Some(name.as_str()), Some(a1(row, col).as_str())),
        "{name}: {bad:?} in {path} ({ty}): {}",
        errors[0]
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
    /// One bad cell yields exactly one issue, at exactly that cell.
    #[test]
    fn one_bad_cell_is_one_issue_at_that_cell(
        sv in any::<bool>(), file in 0usize..64, row in 0usize..64, col in 0usize..64
    ) {
        assert_one_issue_at_the_cell(if sv { Lang::Sv } else { Lang::En }, file, row, col);
    }
}

#[test]
fn every_column_of_the_positions_sheet_locates_its_error() {
    let layout = paths(Lang::Sv);
    let positions = layout.iter().position(|(n, _)| n == "positions").unwrap();
    for col in 0..layout[positions].1.len() {
        assert_one_issue_at_the_cell(Lang::Sv, positions - 1, 0, col);
    }
}

#[test]
fn the_sheet_example_of_the_explanation_reports_sheet_at_its_cell() {
    let explanation = Code::Sheet.explanation();
    let mut files = csv_files(&fixture("v1-1-rich.json"), Lang::Sv);
    let targets = files.iter().position(|(n, _)| n == "targets").unwrap();
    files[targets].1 = explanation.example().to_owned();
    let imported = import_csv(&files);
    let sheet: Vec<_> = imported.report.with_code(Code::Sheet).collect();
    assert_eq!(sheet.len(), 1, "{}", imported.report);
    assert_eq!(sheet[0].path, explanation.example_path());
    assert_eq!(sheet[0].sheet.as_deref(), Some("targets"));
    assert_eq!(sheet[0].cell.as_deref(), Some("A2"));
    assert!(
        sheet[0].message.contains("fler-bostader"),
        "{}",
        sheet[0].message
    );
}

#[test]
fn comment_columns_blank_rows_moved_columns_and_english_headers_read() {
    let programme = fixture("v1-1-rich.json");
    let mut files = csv_files(&programme, Lang::Sv);
    let english = csv_files(&programme, Lang::En);
    let positions = files.iter().position(|(n, _)| n == "positions").unwrap();
    let mut cells = records(&english[positions].1);
    // Columns in another order, a comment column and a blank row.
    for row in &mut cells {
        row.reverse();
        row.insert(1, String::new());
    }
    cells[0][1] = "Kommentar".to_owned();
    cells[1][1] = "ring Anna".to_owned();
    let width = cells[0].len();
    cells.insert(2, vec![String::new(); width]);
    files[positions].1 = write_records(&cells);
    let imported = import_csv(&files);
    assert_same(&imported, &programme);
    let warnings = located(&imported)
        .into_iter()
        .filter(|(code, ..)| code == "sheet")
        .collect::<Vec<_>>();
    assert_eq!(
        warnings,
        [(
            "sheet".to_owned(),
            "/positions".to_owned(),
            Some("positions".to_owned()),
            Some("B1".to_owned())
        )]
    );
    assert_eq!(
        imported
            .report
            .warnings
            .iter()
            .filter(|w| w.code == Code::Sheet)
            .count(),
        1
    );
}

#[test]
fn headers_as_member_paths_read() {
    let programme = fixture("v1-1-rich.json");
    let mut files = csv_files(&programme, Lang::Sv);
    let layout = paths(Lang::Sv);
    for (file, (_, fields)) in files.iter_mut().zip(&layout).skip(1) {
        let mut cells = records(&file.1);
        for (c, (path, _)) in fields.iter().enumerate() {
            cells[0][c] = path.clone();
        }
        file.1 = write_records(&cells);
    }
    let imported = import_csv(&files);
    assert_same(&imported, &programme);
}

#[test]
fn swedish_excel_csv_reads_semicolons_decimal_commas_and_no_bom() {
    let programme = fixture("v1-1-rich.json");
    let layout = paths(Lang::Sv);
    let files: Vec<(String, String)> = csv_files(&programme, Lang::Sv)
        .into_iter()
        .zip(&layout)
        .map(|((name, text), (_, fields))| {
            let cells = records(&text);
            let mut writer = csv::WriterBuilder::new()
                .delimiter(b';')
                .from_writer(Vec::new());
            for row in cells {
                let row: Vec<String> = row
                    .into_iter()
                    .zip(fields)
                    .map(|(v, (_, ty))| {
                        // A decimal point becomes a comma in numbers.
                        if ty == "number" {
                            v.replace('.', ",")
                        } else {
                            v
                        }
                    })
                    .collect();
                writer.write_record(&row).unwrap();
            }
            (
                name,
                String::from_utf8(writer.into_inner().unwrap()).unwrap(),
            )
        })
        .collect();
    assert!(files.iter().any(|(_, t)| t.contains("72,1")));
    let imported = import_csv(&files);
    assert_same(&imported, &programme);
}

#[test]
fn a_csv_file_that_is_not_utf8_is_a_clear_error() {
    let latin1 = b"Id;Titel (sv)\nbostader;Bost\xe4der\n";
    let err = omvarld_tables::read_csv_files(
        [("focus_areas", &latin1[..])],
        &Options::default(),
        &omvarld_tables::Limits::default(),
    )
    .unwrap_err();
    assert!(err.to_string().contains("not UTF-8"), "{err}");
}

#[test]
fn keys_that_are_missing_or_name_no_parent_are_sheet_errors_at_the_key() {
    let programme = fixture("v1-1-rich.json");
    let mut files = csv_files(&programme, Lang::En);
    let targets = files.iter().position(|(n, _)| n == "targets").unwrap();
    let mut cells = records(&files[targets].1);
    cells[1][0] = String::new();
    cells[2][0] = "no-such-position".to_owned();
    files[targets].1 = write_records(&cells);
    let imported = import_csv(&files);
    let sheet: Vec<_> = located(&imported)
        .into_iter()
        .filter(|(code, ..)| code == "sheet")
        .collect();
    assert_eq!(
        sheet,
        [
            (
                "sheet".into(),
                "/positions".into(),
                Some("targets".into()),
                Some("A2".into())
            ),
            (
                "sheet".into(),
                "/positions".into(),
                Some("targets".into()),
                Some("A3".into())
            ),
        ]
    );
}

#[test]
fn a_repeated_column_and_a_missing_key_column_are_sheet_errors() {
    let programme = fixture("v1-1-rich.json");
    let mut files = csv_files(&programme, Lang::Sv);
    let arenas = files.iter().position(|(n, _)| n == "arenas").unwrap();
    let mut cells = records(&files[arenas].1);
    for row in &mut cells {
        let first = row[0].clone();
        row.push(first);
    }
    let width = cells[0].len();
    files[arenas].1 = write_records(&cells);
    let follow_up = files.iter().position(|(n, _)| n == "follow_up").unwrap();
    let mut cells = records(&files[follow_up].1);
    for row in &mut cells {
        row.remove(0);
    }
    files[follow_up].1 = write_records(&cells);
    let imported = import_csv(&files);
    let errors: Vec<_> = imported
        .report
        .errors
        .iter()
        .filter(|e| e.code == Code::Sheet)
        .map(|e| (e.sheet.clone().unwrap(), e.cell.clone().unwrap()))
        .collect();
    assert_eq!(
        errors,
        [
            ("arenas".to_owned(), a1(0, width - 1)),
            ("follow_up".to_owned(), "A1".to_owned())
        ],
        "{}",
        imported.report
    );
}

#[test]
fn an_unknown_sheet_is_a_warning_and_the_messages_are_swedish_on_request() {
    let programme = fixture("v1-1-rich.json");
    let mut files = csv_files(&programme, Lang::Sv);
    files.push(("anteckningar".to_owned(), "Vad,Vem\nx,y\n".to_owned()));
    let imported = omvarld_tables::read_csv_files(
        files.iter().map(|(n, t)| (n.as_str(), t.as_bytes())),
        &Options::new().lang(Lang::Sv),
        &omvarld_tables::Limits::default(),
    )
    .unwrap();
    assert!(imported.report.valid());
    let warning = imported
        .report
        .warnings
        .iter()
        .find(|w| w.code == Code::Sheet)
        .unwrap();
    assert_eq!(warning.severity, Severity::Warning);
    assert_eq!(warning.sheet.as_deref(), Some("anteckningar"));
    assert!(
        warning
            .message
            .starts_with("bladet `anteckningar` hör inte till standarden"),
        "{}",
        warning.message
    );
}
