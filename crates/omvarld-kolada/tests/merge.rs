//! Merging Kolada's values into the recorded programme, without a network.

// Test helpers panic on a broken set-up; that is their purpose.
#![allow(clippy::panic, clippy::indexing_slicing)]

use omvarld::model::{Gender, IndicatorResult};
use omvarld::{Lang, Options, Programme};
use omvarld_kolada::testing::data_dir;
use omvarld_kolada::{merge, KoladaValue, KpiValues, Summary, Years};

const URL: &str =
    "https://api.kolada.se/v3/data/kpi/N00914/municipality/1280/year/2020,2021,2022,2023,2024";

fn programme() -> Programme {
    let bytes = std::fs::read(data_dir().join("programme.json")).unwrap_or_else(|e| panic!("{e}"));
    let (programme, _) =
        omvarld_kolada::read(&bytes, &Options::default()).unwrap_or_else(|e| panic!("{e}"));
    programme
}

fn value(year: u16, value: f64) -> KoladaValue {
    KoladaValue {
        year: year.try_into().unwrap_or_else(|e| panic!("{e}")),
        value,
        url: URL.to_owned(),
    }
}

/// What Kolada's recorded pages hold for Malmö, 2020–2024.
fn kolada() -> Vec<KpiValues> {
    vec![
        KpiValues {
            kpi: "N00914".parse().unwrap_or_else(|e| panic!("{e}")),
            values: vec![
                value(2020, 70.1),
                value(2021, 71.2),
                value(2022, 72.5),
                value(2023, 72.8),
            ],
        },
        KpiValues::new("N00401".parse().unwrap_or_else(|e| panic!("{e}"))),
    ]
}

fn run(programme: &mut Programme, day: &str) -> Summary {
    merge(
        programme,
        &kolada(),
        day.parse().unwrap_or_else(|e| panic!("{e}")),
        "2020-2024"
            .parse::<Years>()
            .unwrap_or_else(|e| panic!("{e}")),
    )
}

fn results(programme: &Programme) -> &[IndicatorResult] {
    programme
        .focus_areas
        .iter()
        .next()
        .and_then(|a| a.direction_goal.indicators.first())
        .map_or(&[], |i| i.results.as_slice())
}

#[test]
fn fills_keeps_and_reports_conflicts() {
    let mut programme = programme();
    let summary = run(&mut programme, "2026-12-01");
    assert_eq!(summary.indicators.len(), 2, "laddpunkter has no kolada_kpi");
    let [work, climate] = summary.indicators.as_slice() else {
        panic!("{summary:?}")
    };
    assert_eq!(work.indicator.as_str(), "forvarvsfrekvens");
    let added: Vec<u16> = work.added.iter().map(|y| y.get()).collect();
    assert_eq!(added, vec![2022, 2023]);
    assert_eq!(
        (work.unchanged, work.kept),
        (1, 2),
        "2020 unchanged; 2019 and the women's 2021 kept"
    );
    assert!(!work.no_data);
    let conflicts: Vec<(String, u16, f64, f64)> = work
        .conflicts
        .iter()
        .map(|c| (c.path.clone(), c.year.get(), c.in_file, c.kolada))
        .collect();
    assert_eq!(
        conflicts,
        vec![(
            "/focus_areas/0/direction_goal/indicators/0/results/2/value".to_owned(),
            2021,
            71.0,
            71.2
        )]
    );
    assert!(climate.no_data);
    assert_eq!((climate.kept, climate.added.len()), (1, 0));

    // The file's 2021 value stays; the new results come in year order, with their source.
    let rows: Vec<(u16, f64, Gender)> = results(&programme)
        .iter()
        .map(|r| (r.year.get(), r.value, r.gender()))
        .collect();
    assert_eq!(
        rows,
        vec![
            (2019, 69.0, Gender::Total),
            (2020, 70.1, Gender::Total),
            (2021, 71.0, Gender::Total),
            (2021, 69.5, Gender::Female),
            (2022, 72.5, Gender::Total),
            (2023, 72.8, Gender::Total),
        ]
    );
    let added = results(&programme)
        .get(4)
        .unwrap_or_else(|| panic!("no 2022"));
    assert_eq!(added.gender, None, "absent gender is the total");
    let source = serde_json::to_value(&added.source).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        source,
        serde_json::json!({"name": "Kolada", "retrieved": "2026-12-01", "url": URL})
    );
    // The 2020 result keeps its own source, from an earlier retrieval.
    let kept = results(&programme)
        .get(1)
        .and_then(|r| r.source.as_ref())
        .map(|s| s.retrieved.to_string());
    assert_eq!(kept.as_deref(), Some("2025-03-14"));
    // And the programme is still valid.
    assert!(programme.validate(&Options::default()).valid());
}

#[test]
fn a_second_fetch_changes_nothing() {
    let mut programme = programme();
    let _ = run(&mut programme, "2026-12-01");
    let once = programme.clone();
    let again = run(&mut programme, "2026-12-02");
    assert_eq!(programme, once);
    assert!(!again.changed());
    let work = again
        .indicators
        .first()
        .unwrap_or_else(|| panic!("no indicator"));
    assert_eq!(
        (
            work.added.len(),
            work.unchanged,
            work.conflicts.len(),
            work.kept
        ),
        (0, 3, 1, 2)
    );
}

#[test]
fn summary_in_swedish_and_english() {
    let mut programme = programme();
    let summary = run(&mut programme, "2026-12-01");
    assert_eq!(
        summary.render(Lang::En),
        "Kolada 2020-2024 for municipality 1280, retrieved 2026-12-01 (total values, T):
  arbete-och-kompetens/forvarvsfrekvens (N00914): 2 added, 1 unchanged, 2 kept, 1 conflict
    conflict 2021 (/focus_areas/0/direction_goal/indicators/0/results/2/value): the file has 71, Kolada has 71.2 – the file's value is kept
  klimat-och-energi/vaxthusgaser (N00401): no values in Kolada for 2020-2024; 1 result kept
2 results added from Kolada, 1 conflict. Source: Kolada (Källa: Kolada)
"
    );
    assert_eq!(
        summary.render(Lang::Sv),
        "Kolada 2020–2024 för kommun 1280, hämtat 2026-12-01 (totalvärden, T):
  arbete-och-kompetens/forvarvsfrekvens (N00914): 2 tillagda, 1 oförändrat, 2 behållna, 1 avvikande
    avviker 2021 (/focus_areas/0/direction_goal/indicators/0/results/2/value): filen har 71, Kolada har 71,2 – filens värde behålls
  klimat-och-energi/vaxthusgaser (N00401): inga värden i Kolada för 2020–2024; 1 utfall behållet
2 utfall tillagda från Kolada, 1 avvikande värde. Källa: Kolada
"
    );
}

#[test]
fn a_kpi_kolada_was_not_asked_about_is_no_data_and_changes_nothing() {
    let mut programme = programme();
    let before = programme.clone();
    let summary = merge(
        &mut programme,
        &[],
        "2026-12-01".parse().unwrap_or_else(|e| panic!("{e}")),
        "2020".parse().unwrap_or_else(|e| panic!("{e}")),
    );
    assert!(summary.indicators.iter().all(|i| i.no_data));
    assert_eq!(programme, before);
}
