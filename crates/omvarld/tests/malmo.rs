//! The built-in Malmö programme against the city's own text (tests/data/malmo-seed.txt).
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

use omvarld::{ArenaKind, Code, GovernanceLevel, Options};

fn seed() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/malmo-seed.txt"
    ))
    .unwrap()
}

/// The numbered focus area lines of the seed, in order.
fn seed_focus_areas(seed: &str) -> Vec<String> {
    seed.lines()
        .filter_map(|l| {
            let l = l.trim();
            let (number, rest) = l.split_once(". ")?;
            number.parse::<u32>().ok()?;
            Some(rest.to_owned())
        })
        .collect()
}

/// The bulleted contribution aims of the seed, in order.
fn seed_aims(seed: &str) -> Vec<String> {
    seed.lines()
        .filter_map(|l| l.trim().strip_prefix("• ").map(str::to_owned))
        .collect()
}

#[test]
fn six_focus_areas_in_seed_order_with_verbatim_direction_goals() {
    let seed = seed();
    let expected = seed_focus_areas(&seed);
    assert_eq!(expected.len(), 6);
    let malmo = omvarld::malmo();
    let goals: Vec<&str> = malmo
        .focus_areas
        .iter()
        .map(|f| f.direction_goal.statement.sv())
        .collect();
    assert_eq!(goals, expected);
    for (k, area) in malmo.focus_areas.iter().enumerate() {
        assert_eq!(area.number.get() as usize, k + 1);
        assert!(
            area.title.en().is_some(),
            "{} has no English title",
            area.id
        );
        assert!(area.direction_goal.statement.en().is_some());
        assert!(
            area.title.sv().chars().count() <= 40,
            "short title: {}",
            area.title
        );
    }
}

#[test]
fn seven_contribution_aims_verbatim() {
    let seed = seed();
    let expected = seed_aims(&seed);
    assert_eq!(expected.len(), 7);
    let malmo = omvarld::malmo();
    let aims: Vec<&str> = malmo
        .contribution_aims
        .iter()
        .map(|a| a.title.sv())
        .collect();
    assert_eq!(aims, expected);
    assert!(malmo
        .contribution_aims
        .iter()
        .all(|a| a.title.en().is_some()));
}

#[test]
fn arenas_organisation_and_texts_come_from_the_seed() {
    let seed = seed();
    let lower = seed.to_lowercase();
    let malmo = omvarld::malmo();
    assert_eq!(malmo.organisation.name.sv(), "Malmö stad");
    assert_eq!(
        malmo
            .organisation
            .municipality_code
            .as_ref()
            .unwrap()
            .as_str(),
        "1280"
    );
    assert!(seed.contains(malmo.title.sv()));
    assert!(seed.contains(malmo.summary.as_ref().unwrap().sv()));
    let kinds: Vec<(&str, ArenaKind, GovernanceLevel)> = malmo
        .arenas
        .iter()
        .map(|a| (a.id.as_str(), a.kind, a.level))
        .collect();
    assert_eq!(
        kinds,
        [
            (
                "eu-samarbete",
                ArenaKind::EuCooperation,
                GovernanceLevel::Eu
            ),
            (
                "mellankommunal-samverkan",
                ArenaKind::Intermunicipal,
                GovernanceLevel::Regional
            ),
            (
                "almedalsveckan",
                ArenaKind::Event,
                GovernanceLevel::National
            ),
        ]
    );
    for arena in &malmo.arenas {
        assert!(
            lower.contains(&arena.name.sv().to_lowercase()),
            "arena {} not in the seed",
            arena.name
        );
        assert!(seed.contains(arena.description.as_ref().unwrap().sv()));
        assert!(arena.name.en().is_some());
    }
    assert!(seed.contains(malmo.publications[0].title.sv()));
    assert!(malmo.positions.is_empty(), "no invented positions");
}

#[test]
fn every_text_has_an_english_translation() {
    let value = serde_json::to_value(omvarld::malmo()).unwrap();
    fn walk(v: &serde_json::Value, at: &str, missing: &mut Vec<String>) {
        match v {
            serde_json::Value::Object(m) if m.contains_key("sv") && !m.contains_key("en") => {
                missing.push(at.to_owned());
            }
            serde_json::Value::Object(m) if m.contains_key("sv") => {}
            serde_json::Value::Object(m) => m
                .iter()
                .for_each(|(k, v)| walk(v, &format!("{at}/{k}"), missing)),
            serde_json::Value::Array(a) => a
                .iter()
                .enumerate()
                .for_each(|(i, v)| walk(v, &format!("{at}/{i}"), missing)),
            _ => {}
        }
    }
    let mut missing = Vec::new();
    walk(&value, "", &mut missing);
    assert!(missing.is_empty(), "no English at {missing:?}");
}

#[test]
fn validates_with_no_errors_and_only_coverage_warnings() {
    let malmo = omvarld::malmo();
    let report = malmo.validate(&Options::default());
    assert!(report.valid() && report.errors.is_empty(), "{report}");
    let warnings: Vec<(Code, &str)> = report
        .warnings
        .iter()
        .map(|w| (w.code, w.path.as_str()))
        .collect();
    let mut expected: Vec<(Code, String)> = (0..6)
        .map(|k| (Code::UncoveredFocusArea, format!("/focus_areas/{k}")))
        .collect();
    expected.extend((0..7).map(|k| {
        (
            Code::UnservedContributionAim,
            format!("/contribution_aims/{k}"),
        )
    }));
    let expected: Vec<(Code, &str)> = expected.iter().map(|(c, p)| (*c, p.as_str())).collect();
    assert_eq!(warnings, expected);
    // The same verdict through the bytes path.
    let bytes = serde_json::to_vec_pretty(&malmo).unwrap();
    assert_eq!(omvarld::validate(&bytes, &Options::default()), report);
}
