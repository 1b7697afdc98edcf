//! Any bytes as a workbook, and as CSV files: import returns an error or a
//! report whose issues all serialize, never a panic or unbounded memory
//! (libFuzzer's -rss_limit_mb catches the latter).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let options = omvarld::Options::default();
    let limits = omvarld_tables::Limits::default();
    if let Ok(imported) = omvarld_tables::read_xlsx_with(data, &options, &limits) {
        serde_json::to_vec(&imported.report).expect("a report serializes");
    }
    // The same bytes split into two CSV files at the first NUL: the
    // positions and their targets, so keys and parents meet.
    let (first, second) = match data.iter().position(|&b| b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &b""[..]),
    };
    let files = [("positions", first), ("targets", second)];
    if let Ok(imported) = omvarld_tables::read_csv_files(files, &options, &limits) {
        assert_eq!(imported.report.valid(), imported.report.errors.is_empty());
        serde_json::to_vec(&imported.report).expect("a report serializes");
    }
});
