//! Untrusted workbooks: each gets a clear report or error, never a panic,
//! and memory follows the cells a sheet holds, not the size it claims.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use common::fixture;
use omvarld::{Code, Lang, Options};
use omvarld_tables::{read_xlsx, read_xlsx_with, ImportError, Limits};
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook};

/// The Malmö workbook (Swedish headers), changed by `edit` on its sheet
/// `sheet` through rust_xlsxwriter: a new workbook written from the
/// exported one's CSV files so that single cells can be replaced.
fn workbook(edit: impl FnOnce(&mut Workbook)) -> Vec<u8> {
    let files = common::csv_files(&fixture("v1-1-rich.json"), Lang::Sv);
    let mut book = Workbook::new();
    for (name, text) in &files {
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap();
        for (r, row) in common::records(text).iter().enumerate() {
            for (c, value) in row.iter().enumerate() {
                if !value.is_empty() {
                    sheet
                        .write_string(u32::try_from(r).unwrap(), u16::try_from(c).unwrap(), value)
                        .unwrap();
                }
            }
        }
    }
    edit(&mut book);
    book.save_to_buffer().unwrap()
}

/// The column of `header` on the exported sheet `file`.
fn column(file: &str, header: &str) -> u16 {
    let files = common::csv_files(&fixture("v1-1-rich.json"), Lang::Sv);
    let text = &files.iter().find(|(n, _)| n == file).unwrap().1;
    let c = common::records(text)[0]
        .iter()
        .position(|h| h == header)
        .unwrap();
    u16::try_from(c).unwrap()
}

fn sheet<'b>(book: &'b mut Workbook, name: &str) -> &'b mut rust_xlsxwriter::Worksheet {
    book.worksheet_from_name(name).unwrap()
}

#[test]
fn a_rebuilt_workbook_reads_as_the_fixture() {
    let imported = read_xlsx(&workbook(|_| {}), &Options::default()).unwrap();
    assert_eq!(
        imported.programme,
        Some(fixture("v1-1-rich.json")),
        "{}",
        imported.report
    );
}

#[test]
fn typed_numbers_and_dates_read_and_formulas_give_their_cached_value() {
    let bytes = workbook(|book| {
        let s = sheet(book, "positions");
        // adopted (2023-05-03 in the first position) as a date cell.
        let date = ExcelDateTime::parse_from_str("2023-05-03").unwrap();
        s.write_datetime_with_format(
            1,
            column("positions", "Antagen"),
            &date,
            &Format::new().set_num_format("yyyy-mm-dd"),
        )
        .unwrap();
        let s = sheet(book, "focus_areas");
        // number (column B) as a formula with its cached result.
        s.write_formula(1, 1, Formula::new("=0+1").set_result("1"))
            .unwrap();
        s.write_number(2, 1, 2.0).unwrap();
    });
    let imported = read_xlsx(&bytes, &Options::default()).unwrap();
    assert_eq!(
        imported.programme,
        Some(fixture("v1-1-rich.json")),
        "{}",
        imported.report
    );
}

#[test]
fn a_true_cell_where_text_is_expected_is_an_error_at_the_cell() {
    let bytes = workbook(|book| {
        sheet(book, "arenas").write_boolean(2, 1, true).unwrap();
    });
    let imported = read_xlsx(&bytes, &Options::default()).unwrap();
    let errors: Vec<_> = imported.report.errors.iter().collect();
    assert_eq!(errors.len(), 1, "{}", imported.report);
    assert_eq!(errors[0].code, Code::Type);
    assert_eq!(errors[0].path, "/arenas/1/name/sv");
    assert_eq!(
        (errors[0].sheet.as_deref(), errors[0].cell.as_deref()),
        (Some("arenas"), Some("B3"))
    );
}

#[test]
fn an_error_cell_is_a_sheet_error_at_the_cell() {
    let bytes = workbook(|book| {
        sheet(book, "arenas")
            .write_formula(2, 3, Formula::new("=NA()").set_result("#N/A"))
            .unwrap();
    });
    let imported = read_xlsx(&bytes, &Options::default()).unwrap();
    assert!(
        imported
            .report
            .errors
            .iter()
            .any(|e| e.code == Code::Sheet && e.cell.as_deref() == Some("D3")),
        "{}",
        imported.report
    );
}

#[test]
fn a_far_away_cell_costs_nothing() {
    // The used range of positions is A1:XFD1048576: a dense read would need
    // 17 billion cells. Read cell by cell it is one more cell, outside every
    // column, and ignored.
    let bytes = workbook(|book| {
        sheet(book, "positions")
            .write_string(1_048_575, 16_383, "far away")
            .unwrap();
    });
    let imported = read_xlsx(&bytes, &Options::default()).unwrap();
    assert_eq!(
        imported.programme,
        Some(fixture("v1-1-rich.json")),
        "{}",
        imported.report
    );
}

#[test]
fn limits_refuse_what_is_too_large() {
    let bytes = omvarld_tables::to_xlsx(&fixture("v1-1-rich.json"), Lang::En).unwrap();
    let mut small = Limits::default();
    small.unpacked_bytes = 10_000;
    let err = read_xlsx_with(&bytes, &Options::default(), &small).unwrap_err();
    assert!(matches!(err, ImportError::TooLarge(_)), "{err}");
    let mut few = Limits::default();
    few.cells = 20;
    let err = read_xlsx_with(&bytes, &Options::default(), &few).unwrap_err();
    assert!(err.to_string().contains("more than 20 cells"), "{err}");
}

#[test]
fn what_is_not_a_workbook_is_a_clear_error() {
    for bytes in [
        &b"not a workbook"[..],
        &[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1][..],
        b"",
        b"PK\x03\x04broken",
    ] {
        let err = read_xlsx(bytes, &Options::default()).unwrap_err();
        assert!(matches!(err, ImportError::NotAWorkbook(_)), "{err}");
    }
    let err = read_xlsx(&[0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0], &Options::default()).unwrap_err();
    assert!(err.to_string().contains("password"), "{err}");
}

#[test]
fn a_title_that_starts_with_equals_stays_text_and_a_huge_value_is_an_export_error() {
    let mut programme = omvarld::malmo();
    programme.title = omvarld::Title::from_pairs([("sv".to_owned(), "=1+1".to_owned())]).unwrap();
    let bytes = omvarld_tables::to_xlsx(&programme, Lang::Sv).unwrap();
    let imported = read_xlsx(&bytes, &Options::default()).unwrap();
    assert_eq!(imported.programme, Some(programme.clone()));

    let mut value = serde_json::to_value(&programme).unwrap();
    value["extensions"] = serde_json::json!({"long": "x".repeat(40_000)});
    let programme: omvarld::Programme = serde_json::from_value(value).unwrap();
    let err = omvarld_tables::to_xlsx(&programme, Lang::Sv).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Program!B18: the value at /extensions has 40011 characters; a spreadsheet cell holds at most 32767"
    );
}

#[test]
fn cells_beyond_the_column_limit_are_a_warning() {
    let bytes = workbook(|book| {
        sheet(book, "arenas")
            .write_string(2, 40, "far right")
            .unwrap();
    });
    let mut narrow = Limits::default();
    narrow.columns = 30;
    let imported = read_xlsx_with(&bytes, &Options::default(), &narrow).unwrap();
    assert!(imported.report.valid(), "{}", imported.report);
    let warning = imported
        .report
        .warnings
        .iter()
        .find(|w| w.code == Code::Sheet)
        .unwrap();
    assert_eq!(warning.sheet.as_deref(), Some("arenas"));
    assert!(
        warning.message.contains("more than 30 columns"),
        "{}",
        warning.message
    );
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 256, ..Default::default() })]
    /// Any text as any sheet: a report, never a panic.
    #[test]
    fn any_csv_text_gives_a_report(
        name in proptest::sample::select(vec!["programme", "positions", "targets", "Ståndpunkter", "results", "asks", "x"]),
        text in "[a-z0-9 ,;\"\\n().:-]{0,200}",
        targets in "[a-z0-9 ,;\"\\n-]{0,80}",
    ) {
        let files = [(name, text.as_bytes()), ("targets", targets.as_bytes())];
        if let Ok(imported) = omvarld_tables::read_csv_files(files, &Options::default(), &Limits::default()) {
            proptest::prop_assert_eq!(imported.report.valid(), imported.report.errors.is_empty());
        }
    }

    /// An exported workbook with some bytes changed: an error or a report.
    #[test]
    fn a_damaged_workbook_gives_an_error_or_a_report(
        changes in proptest::collection::vec((0usize..1_000_000, proptest::prelude::any::<u8>()), 1..8)
    ) {
        static BYTES: std::sync::LazyLock<Vec<u8>> = std::sync::LazyLock::new(|| {
            omvarld_tables::to_xlsx(&omvarld::malmo(), Lang::Sv).unwrap()
        });
        let mut data = BYTES.clone();
        for (at, byte) in changes {
            let len = data.len();
            data[at % len] = byte;
        }
        let _ = read_xlsx(&data, &Options::default());
    }

    /// Any bytes as a workbook: an error or a report, never a panic.
    #[test]
    fn any_bytes_as_a_workbook_give_an_error_or_a_report(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400)) {
        let mut data = b"PK\x03\x04".to_vec();
        data.extend(bytes);
        let _ = read_xlsx(&data, &Options::default());
    }
}
