//! Any bytes as a page of a Kolada v3 data response: `parse_page` returns a
//! page or an error at a JSON Pointer, never a panic; a page that parses
//! merges into the recorded test programme, and merging it again changes
//! nothing (existing results are kept, differing values are reported, not
//! overwritten).
#![no_main]

use libfuzzer_sys::fuzz_target;
use omvarld_kolada::{kpis, merge, parse_page, KpiValues, Years};

const PROGRAMME: &[u8] = include_bytes!("../../crates/omvarld-kolada/tests/data/programme.json");

fuzz_target!(|data: &[u8]| {
    let page = match parse_page(data) {
        Ok(page) => page,
        Err(error) => {
            assert!(error.path.is_empty() || error.path.starts_with('/'));
            return;
        }
    };
    let Ok(mut programme) = omvarld::parse::from_slice(PROGRAMME) else {
        return;
    };
    let Ok(years) = "1990-2100".parse::<Years>() else {
        return;
    };
    let Some(municipality) = programme.organisation.municipality_code.clone() else {
        return;
    };
    let data: Vec<KpiValues> = kpis(&programme)
        .into_iter()
        .map(|kpi| {
            let mut values = KpiValues::new(kpi);
            values.add(&page.observations, &municipality, &years, "http://127.0.0.1/fuzz");
            values
        })
        .collect();
    let (Ok(retrieved), Ok(next_day)) = ("2026-12-01".parse(), "2026-12-02".parse()) else {
        return;
    };
    merge(&mut programme, &data, retrieved, years);
    let once = programme.clone();
    let again = merge(&mut programme, &data, next_day, years);
    assert_eq!(again.added(), 0, "a second merge of the same page adds nothing");
    assert_eq!(programme, once);
    // What was merged still reads back as the same programme.
    let text = serde_json::to_vec(&programme).expect("a programme serializes");
    assert_eq!(omvarld::parse::from_slice(&text).ok(), Some(programme));
});
