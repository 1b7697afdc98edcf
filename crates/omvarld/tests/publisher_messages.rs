//! The messages a publisher meets first say what to type, in English and
//! in Swedish: each case of issue 14 is a shared fixture
//! (`tests/fixtures/invalid/…`, whose expected report gives codes, paths
//! and places), and this test checks what its message says.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::path::PathBuf;

use omvarld::{Lang, Options, Report};

fn report(fixture: &str, lang: Lang) -> Report {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/invalid")
        .join(format!("{fixture}.json"));
    omvarld::validate(&std::fs::read(path).unwrap(), &Options::new().lang(lang))
}

/// The message at `path` of the fixture, in `lang`.
fn message(fixture: &str, path: &str, lang: Lang) -> String {
    let report = report(fixture, lang);
    let found = report.issues().find(|i| i.path == path);
    let issue = found.unwrap_or_else(|| panic!("{fixture}: no issue at {path:?} in {report}"));
    issue.message.clone()
}

/// Checks that the message at `path` contains each of `en` in English and
/// each of `sv` in Swedish.
fn says(fixture: &str, path: &str, en: &[&str], sv: &[&str]) {
    for (lang, wanted) in [(Lang::En, en), (Lang::Sv, sv)] {
        let text = message(fixture, path, lang);
        for part in wanted {
            assert!(
                text.contains(part),
                "{fixture} {path} ({lang:?}): {text:?} does not say {part:?}"
            );
        }
    }
}

#[test]
fn a_leading_zero_names_it_and_says_codes_are_strings() {
    says(
        "syntax-leading-zero",
        "",
        &[
            "`0999` is a number with a leading zero",
            "`municipality_code` is a code, so write it as a string: `\"0999\"`",
        ],
        &[
            "`0999` är ett tal med en inledande nolla",
            "`municipality_code` är en kod, så skriv den som en sträng: `\"0999\"`",
        ],
    );
}

#[test]
fn a_trailing_comma_is_reported_at_the_comma() {
    says(
        "syntax-trailing-comma",
        "",
        &["trailing comma", "remove it"],
        &["kommatecken före den avslutande parentesen", "ta bort det"],
    );
    let report = report("syntax-trailing-comma", Lang::En);
    // The comma ends line 9 (`      "sv": "Exempelstad",`); serde_json
    // stopped at the `}` on line 10.
    assert_eq!(
        (report.errors[0].line, report.errors[0].column),
        (Some(9), Some(26))
    );
}

#[test]
fn a_decimal_comma_says_to_write_a_decimal_point() {
    says(
        "syntax-decimal-comma",
        "",
        &["`78,4` has a decimal comma", "write `78.4`"],
        &["`78,4` har decimalkomma", "skriv `78.4`"],
    );
    let base = "/focus_areas/0/direction_goal/indicators/0";
    says(
        "type-number-as-string",
        &format!("{base}/baseline/value"),
        &[
            "found the string `\"78,4\"` with a decimal comma",
            "write `78.4` (a decimal point, no quotes)",
        ],
        &[
            "fick strängen `\"78,4\"` med decimalkomma",
            "skriv `78.4` (med decimalpunkt, utan citattecken)",
        ],
    );
}

#[test]
fn a_number_in_quotes_says_to_write_it_without() {
    let base = "/focus_areas/0/direction_goal/indicators/0";
    for (path, number) in [
        ("/focus_areas/0/number".to_owned(), "1"),
        (format!("{base}/baseline/year"), "2024"),
        (format!("{base}/target/value"), "85.0"),
    ] {
        says(
            "type-number-as-string",
            &path,
            &[&format!("write `{number}` without quotes")],
            &[&format!("skriv `{number}` utan citattecken")],
        );
    }
}

#[test]
fn swedish_words_suggest_the_code_with_its_label() {
    let cases = [
        (
            "/positions/0/status",
            "antagen",
            "adopted",
            "a status",
            "antagen",
        ),
        (
            "/positions/1/status",
            "återkallad",
            "withdrawn",
            "a status",
            "återkallad",
        ),
        (
            "/positions/2/status",
            "uppnadd",
            "achieved",
            "a status",
            "uppnådd",
        ),
        (
            "/positions/0/follow_up/0/status",
            "Utkast",
            "draft",
            "a status",
            "utkast",
        ),
        ("/positions/0/priority", "hög", "high", "a priority", "hög"),
        (
            "/positions/1/priority",
            "medel",
            "medium",
            "a priority",
            "medel",
        ),
        ("/positions/2/priority", "låg", "low", "a priority", "låg"),
        (
            "/positions/1/targets/0/level",
            "lokal",
            "local",
            "a governance level",
            "lokal",
        ),
        (
            "/positions/0/targets/0/level",
            "nationell",
            "national",
            "a governance level",
            "nationell",
        ),
        (
            "/positions/1/targets/1/level",
            "Internationell",
            "international",
            "a governance level",
            "internationell",
        ),
        (
            "/arenas/0/kind",
            "evenemang",
            "event",
            "an arena kind",
            "evenemang",
        ),
        (
            "/arenas/1/kind",
            "nätverk",
            "network",
            "an arena kind",
            "nätverk",
        ),
        (
            "/bodies/1/kind",
            "Kommunfullmäktige",
            "council",
            "a body kind",
            "kommunfullmäktige",
        ),
        (
            "/bodies/0/kind",
            "kommunstyrelsen",
            "executive_board",
            "a body kind",
            "kommunstyrelse",
        ),
        (
            "/bodies/2/kind",
            "nämnd",
            "committee",
            "a body kind",
            "nämnd",
        ),
        (
            "/positions/0/references/0/kind",
            "SOU",
            "government_inquiry",
            "a reference kind",
            "statlig utredning",
        ),
        (
            "/positions/0/references/0/relation",
            "remissvar",
            "answers",
            "a relation",
            "besvarar",
        ),
        (
            "/positions/0/follow_up/1/assessment",
            "ej bedömt",
            "not_assessed",
            "an assessment",
            "ej bedömt",
        ),
        (
            "/focus_areas/0/direction_goal/indicators/0/results/0/gender",
            "kvinnor",
            "female",
            "a gender",
            "kvinnor",
        ),
        (
            "/focus_areas/0/direction_goal/indicators/0/results/1/gender",
            "män",
            "male",
            "a gender",
            "män",
        ),
        (
            "/focus_areas/0/direction_goal/indicators/0/direction",
            "ökning",
            "increase",
            "a direction",
            "ökning",
        ),
        (
            "/publications/0/kind",
            "remissvar",
            "consultation_response",
            "a publication kind",
            "remissvar",
        ),
        (
            "/publications/1/kind",
            "positionsfolder",
            "position_folder",
            "a publication kind",
            "positionsfolder",
        ),
    ];
    for (path, given, code, a_term, label) in cases {
        says(
            "enum-swedish-words",
            path,
            &[&format!(
                "`{given}` is not {a_term}; did you mean `{code}` (Swedish \"{label}\")?"
            )],
            &[
                &format!("`{given}` är inte ett tillåtet värde för"),
                &format!("menade du `{code}` ({label})?"),
            ],
        );
    }
}

#[test]
fn ids_name_the_character_and_what_to_write() {
    says(
        "format-id-letters",
        "/focus_areas/0/id",
        &["`ö` cannot be part of an id", "write `miljo-och-klimat`"],
        &["`ö` får inte ingå i ett id", "skriv `miljo-och-klimat`"],
    );
    says(
        "format-id-letters",
        "/positions/0/focus_areas/0",
        &["`ö` cannot be part of an id", "write `miljo-och-klimat`"],
        &["`ö` får inte ingå i ett id", "skriv `miljo-och-klimat`"],
    );
    says(
        "format-id-letters",
        "/contribution_aims/0/id",
        &[
            "the capital letter `E` cannot be part of an id",
            "write `en-rost-utat`",
        ],
        &[
            "versalen `E` får inte ingå i ett id",
            "skriv `en-rost-utat`",
        ],
    );
}

#[test]
fn no_message_names_a_type_by_its_rust_name() {
    for fixture in [
        "enum-swedish-words",
        "format-id-letters",
        "type-number-as-string",
    ] {
        for lang in [Lang::En, Lang::Sv] {
            for issue in report(fixture, lang).issues() {
                let m = &issue.message;
                for rust in [
                    "ArenaKind",
                    "GovernanceLevel",
                    "BodyKind",
                    "ReferenceKind",
                    "PublicationKind",
                    "a arena",
                    "a assessment",
                ] {
                    assert!(!m.contains(rust), "{fixture}: {m}");
                }
            }
        }
    }
}
