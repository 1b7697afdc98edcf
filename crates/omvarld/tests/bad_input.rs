//! Bad input: every input gives a report, never a panic, abort, stack
//! overflow or hang, and the report says what is wrong with the right code.
//!
//! The slow cases (a 50 MB text value) are `#[ignore]`d and run under
//! `make stress` in release mode.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use omvarld::testing::strategies::{json_value, perturbed_document, programme};
use omvarld::{Code, Options, Report};
use proptest::prelude::*;
use serde_json::{json, Value};

/// Validates `bytes` and checks the invariants every report keeps: `valid`
/// is "no errors", and the report serializes and reads back unchanged.
fn check(bytes: &[u8]) -> Report {
    let report = omvarld::validate(bytes, &Options::default());
    assert_eq!(report.valid(), report.errors.is_empty(), "{report:?}");
    let json = serde_json::to_string(&report).unwrap();
    let back: Report = serde_json::from_str(&json).unwrap();
    assert_eq!(back, report);
    for issue in &report.errors {
        if issue.code == Code::Syntax {
            assert!(issue.line.is_some() && issue.column.is_some(), "{issue:?}");
        }
    }
    report
}

fn codes(report: &Report) -> Vec<(Code, &str)> {
    report
        .errors
        .iter()
        .map(|e| (e.code, e.path.as_str()))
        .collect()
}

/// A small valid 1.1 document that uses every member 1.1 added (the shared
/// fixture `valid/v1-1-small.json`).
fn small_1_1() -> Value {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/fixtures/valid/v1-1-small.json"
    );
    serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap()
}

/// A small valid document, written by hand.
fn small() -> Value {
    json!({
        "schema_version": "1.0",
        "id": "malmo",
        "title": {"sv": "Program för strategiskt omvärldsarbete", "en": "Programme"},
        "organisation": {"name": {"sv": "Malmö stad"}, "municipality_code": "1280"},
        "period": {"start": "2024-01-01", "end": "2027-12-31"},
        "focus_areas": [{
            "id": "miljo", "number": 1, "title": {"sv": "Miljö"},
            "direction_goal": {"statement": {"sv": "Malmö ska vara klimatneutralt."},
                "indicators": [{"id": "co2", "name": {"sv": "Utsläpp"},
                    "baseline": {"year": 2020, "value": 1.5}}]}
        }],
        "contribution_aims": [{"id": "genomslag", "title": {"sv": "Större genomslag"}}],
        "positions": [{
            "id": "p1", "title": {"sv": "Ståndpunkt"}, "statement": {"sv": "Det här vill Malmö"},
            "focus_areas": ["miljo"], "contribution_aims": ["genomslag"],
            "targets": [{"level": "national", "body": {"sv": "Regeringen"}}],
            "status": "active"
        }],
        "extensions": {"malmo": {"diarienummer": "KS-2024-1"}}
    })
}

fn config(cases: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(cases);
    ProptestConfig {
        cases,
        ..ProptestConfig::default()
    }
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn arbitrary_bytes_give_a_report(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let report = check(&bytes);
        prop_assert!(!report.valid());
    }

    /// Random bytes written over part of a valid document. What the report
    /// must say follows from what the bytes became, judged by reading them
    /// again with plain serde_json (after a leading byte order mark):
    /// not JSON → exactly one `syntax` error at "", at serde_json's line and
    /// column; JSON but not an object → `type` at ""; the original value →
    /// valid; any other object → no `syntax` error (unless a member name now
    /// repeats, which serde_json lets pass), and every error's path is in the
    /// damaged document (for `required`, the object that lacks the member is).
    #[test]
    fn damaged_documents_give_a_report(
        at in any::<prop::sample::Index>(),
        junk in proptest::collection::vec(any::<u8>(), 1..8),
    ) {
        let mut bytes = serde_json::to_vec(&small()).unwrap();
        let start = at.index(bytes.len());
        let end = (start + junk.len()).min(bytes.len());
        bytes.splice(start..end, junk);
        let report = check(&bytes);
        let unmarked = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
        match serde_json::from_slice::<Value>(unmarked) {
            Err(e) => {
                prop_assert_eq!(codes(&report), vec![(Code::Syntax, "")], "{}", e);
                let first = &report.errors[0];
                prop_assert_eq!(
                    (first.line, first.column),
                    // serde_json says column 0 when the bad byte is a line
                    // break; reports are 1-based throughout.
                    (Some(e.line().max(1) as u64), Some(e.column().max(1) as u64)),
                    "{}: {}", e, first.message
                );
            }
            Ok(value) if value == small() => prop_assert!(report.valid(), "{:?}", report),
            Ok(value) if !value.is_object() => {
                prop_assert_eq!(codes(&report), vec![(Code::Type, "")]);
            }
            Ok(value) => {
                for issue in &report.errors {
                    if issue.code == Code::Syntax {
                        prop_assert!(issue.message.contains("duplicate"), "{:?}", issue);
                        prop_assert_eq!(report.errors.len(), 1);
                        continue;
                    }
                    let parent = issue.path.rsplit_once('/').map_or("", |(p, _)| p);
                    let there = value.pointer(&issue.path).is_some()
                        || (issue.code == Code::Required && value.pointer(parent).is_some());
                    prop_assert!(there, "{:?} is not in {}", issue, value);
                }
            }
        }
    }

    /// Any JSON value as the whole document: a report, and `type` at "" when
    /// it is not an object.
    #[test]
    fn arbitrary_json_values_give_a_report(value in json_value()) {
        let report = check(value.to_string().as_bytes());
        prop_assert!(!report.valid());
        if !value.is_object() {
            prop_assert_eq!(codes(&report), vec![(Code::Type, "")]);
        }
    }
}

proptest! {
    #![proptest_config(config(64))]

    /// Any JSON value put anywhere in a valid programme, compact and pretty.
    #[test]
    fn arbitrary_values_inside_a_programme_give_a_report(doc in perturbed_document()) {
        let compact = check(doc.to_string().as_bytes());
        let pretty = check(serde_json::to_string_pretty(&doc).unwrap().as_bytes());
        prop_assert_eq!(codes(&compact), codes(&pretty));
    }

    /// A valid programme after a byte order mark is still valid.
    #[test]
    fn a_bom_is_ignored(p in programme()) {
        let mut bytes = b"\xEF\xBB\xBF".to_vec();
        bytes.extend(serde_json::to_vec(&p).unwrap());
        prop_assert!(check(&bytes).valid());
    }
}

#[test]
fn the_small_document_is_valid() {
    let report = check(small().to_string().as_bytes());
    assert!(report.valid(), "{report:?}");
}

/// Damage written by hand, and the first error each must give (code and
/// path), derived from the standard rather than from the validator.
#[test]
fn damaged_documents_report_their_first_error_at_its_path() {
    let text = small().to_string();
    let indicator = "/focus_areas/0/direction_goal/indicators/0";
    for (from, to, code, path) in [
        (
            r#""number":1"#,
            r#""number":"1""#,
            Code::Type,
            "/focus_areas/0/number".to_owned(),
        ),
        (
            r#""municipality_code":"1280""#,
            r#""municipality_code":1280"#,
            Code::Type,
            "/organisation/municipality_code".to_owned(),
        ),
        (
            r#""title":{"sv":"Miljö"}"#,
            r#""title":null"#,
            Code::Type,
            "/focus_areas/0/title".to_owned(),
        ),
        (
            r#""status":"active""#,
            r#""status":"aktiv""#,
            Code::Enum,
            "/positions/0/status".to_owned(),
        ),
        (
            r#""level":"national""#,
            r#""level":"nationell""#,
            Code::Enum,
            "/positions/0/targets/0/level".to_owned(),
        ),
        (
            r#""title":{"sv":"Miljö"}"#,
            r#""title":{"en":"Miljö"}"#,
            Code::MissingSwedish,
            "/focus_areas/0/title".to_owned(),
        ),
        (
            r#""id":"co2""#,
            r#""id":"CO2""#,
            Code::Format,
            format!("{indicator}/id"),
        ),
        (
            r#""year":2020"#,
            r#""year":1899"#,
            Code::Format,
            format!("{indicator}/baseline/year"),
        ),
        (
            r#""schema_version":"1.0""#,
            r#""schema_version":"1.2""#,
            Code::SchemaVersion,
            "/schema_version".to_owned(),
        ),
        (
            r#""schema_version":"1.0","#,
            "",
            Code::Required,
            "/schema_version".to_owned(),
        ),
        (
            r#""title":{"sv":"Miljö"}"#,
            r#""titel":{"sv":"Miljö"}"#,
            Code::UnknownField,
            "/focus_areas/0/titel".to_owned(),
        ),
        (
            r#"{"sv":"Regeringen"}"#,
            r#"{"sv":" \t "}"#,
            Code::BlankText,
            "/positions/0/targets/0/body/sv".to_owned(),
        ),
        (
            r#""targets":[{"body":{"sv":"Regeringen"},"level":"national"}]"#,
            r#""targets":[]"#,
            Code::Length,
            "/positions/0/targets".to_owned(),
        ),
        (
            r#""focus_areas":["miljo"]"#,
            r#""focus_areas":["milj"]"#,
            Code::UnknownReference,
            "/positions/0/focus_areas/0".to_owned(),
        ),
        (
            r#""end":"2027-12-31""#,
            r#""end":"2023-12-31""#,
            Code::DateOrder,
            "/period/end".to_owned(),
        ),
    ] {
        assert!(text.contains(from), "{from}");
        let report = check(text.replacen(from, to, 1).as_bytes());
        let first = report
            .errors
            .first()
            .unwrap_or_else(|| panic!("{from} -> {to}: no error"));
        assert_eq!(
            (first.code, first.path.as_str()),
            (code, path.as_str()),
            "{from} -> {to}: {:?}",
            report.errors
        );
        assert_eq!(first.line, None, "{first:?}");
    }
    // The whole document inside an array is not a programme.
    assert_eq!(
        codes(&check(format!("[{text}]").as_bytes())),
        [(Code::Type, "")]
    );
}

/// Broken syntax is `syntax` at "" with the line and column (1-based, in
/// bytes) of the byte where the document stops being JSON.
#[test]
fn damaged_syntax_is_reported_at_its_line_and_column() {
    let text = small().to_string();
    let id = r#""id":"malmo""#;
    let at = text.find(id).unwrap();
    let column = |offset: usize| Some(u64::try_from(offset).unwrap() + 1);
    let ma = text.find("Malmö stad").unwrap();
    let pretty = serde_json::to_string_pretty(&small()).unwrap();
    let pretty_line = pretty
        .lines()
        .position(|l| l == r#"  "id": "malmo","#)
        .unwrap();
    let pretty_cut = pretty.replacen(r#""id": "malmo","#, r#""id": "malmo""#, 1);
    let cases: Vec<(Vec<u8>, Option<u64>, Option<u64>)> = vec![
        // Cut after `"id":"malmo"`: the end comes where a `,` or `}` should.
        (
            text[..at + id.len()].into(),
            Some(1),
            column(at + id.len() - 1),
        ),
        // A `,` dropped: the next member's opening quote is wrong.
        (
            text.replacen(id, &format!("{id} "), 1)
                .replacen(&format!("{id} ,"), id, 1)
                .into(),
            Some(1),
            column(at + id.len()),
        ),
        // `=` for `:`.
        (
            text.replacen(id, r#""id"="malmo""#, 1).into(),
            Some(1),
            column(at + 4),
        ),
        // A Latin-1 `ö` (one byte 0xF6) inside a string.
        (
            [
                &text.as_bytes()[..ma + 4],
                b"\xF6",
                &text.as_bytes()[ma + 6..],
            ]
            .concat(),
            Some(1),
            column(ma + 4),
        ),
        // Pretty-printed, a `,` dropped at the end of a line: the next line's
        // first quote, after two spaces of indentation.
        (
            pretty_cut.into(),
            Some(u64::try_from(pretty_line).unwrap() + 2),
            Some(3),
        ),
    ];
    for (bytes, line, column) in cases {
        let report = check(&bytes);
        assert_eq!(
            codes(&report),
            [(Code::Syntax, "")],
            "{}",
            String::from_utf8_lossy(&bytes)
        );
        let first = &report.errors[0];
        assert_eq!(
            (first.line, first.column),
            (line, column),
            "{}",
            first.message
        );
    }
}

#[test]
fn every_truncation_is_a_syntax_error() {
    for bytes in [
        serde_json::to_vec(&small()).unwrap(),
        serde_json::to_vec_pretty(&small()).unwrap(),
        serde_json::to_vec(&small_1_1()).unwrap(),
        serde_json::to_vec_pretty(&small_1_1()).unwrap(),
    ] {
        for end in 0..bytes.len() {
            let report = check(&bytes[..end]);
            assert_eq!(
                codes(&report),
                [(Code::Syntax, "")],
                "prefix of {end} bytes"
            );
        }
        assert!(check(&bytes).valid());
    }
}

#[test]
fn empty_and_blank_input_are_syntax_errors() {
    for input in [&b""[..], b" ", b"\n\t ", b"\xEF\xBB\xBF"] {
        assert_eq!(codes(&check(input)), [(Code::Syntax, "")], "{input:?}");
    }
}

#[test]
fn a_top_level_value_that_is_not_an_object_is_a_type_error() {
    for input in ["[]", "[{}]", "\"programme\"", "1", "1.5", "null", "true"] {
        assert_eq!(
            codes(&check(input.as_bytes())),
            [(Code::Type, "")],
            "{input}"
        );
    }
}

#[test]
fn a_bom_is_ignored_and_changes_nothing_else() {
    let text = small().to_string();
    let with_bom = [b"\xEF\xBB\xBF", text.as_bytes()].concat();
    assert!(check(&with_bom).valid());
    let bad = text.replace("\"1280\"", "\"128\"");
    let without = check(bad.as_bytes());
    let with = check(&[b"\xEF\xBB\xBF", bad.as_bytes()].concat());
    assert_eq!(
        codes(&with),
        [(Code::Format, "/organisation/municipality_code")]
    );
    assert_eq!(with, without);
}

#[test]
fn invalid_utf8_is_a_syntax_error() {
    let text = small().to_string();
    for (from, to) in [
        ("\"malmo\"", &b"\"mal\xFFmo\""[..]),                  // a value
        ("\"Malm\u{f6} stad\"", b"\"Malm\xC3 stad\""),         // a cut sequence
        ("\"diarienummer\"", b"\"diarie\xED\xA0\x80nummer\""), // an encoded surrogate, in a key
        ("\"schema_version\"", b"\"schema\xC0\xAFversion\""),  // an overlong encoding, in a key
    ] {
        let at = text.find(from).unwrap();
        let bytes = [
            &text.as_bytes()[..at],
            to,
            &text.as_bytes()[at + from.len()..],
        ]
        .concat();
        let report = check(&bytes);
        assert_eq!(codes(&report), [(Code::Syntax, "")], "{from}");
        assert!(
            report.errors[0].message.contains("UTF-8"),
            "{}",
            report.errors[0].message
        );
    }
}

#[test]
fn lone_surrogate_escapes_are_syntax_errors() {
    let text = small()
        .to_string()
        .replace("\"Ståndpunkt\"", "\"St\\ud800ndpunkt\"");
    let report = check(text.as_bytes());
    assert_eq!(codes(&report), [(Code::Syntax, "")]);
    assert!(
        report.errors[0].message.contains("surrogate"),
        "{}",
        report.errors[0].message
    );
}

#[test]
fn duplicate_member_names_are_syntax_errors_naming_the_member() {
    let text = small().to_string();
    for (from, to, name) in [
        (
            "\"id\":\"malmo\"",
            "\"id\":\"malmo\",\"id\":\"malmo\"",
            "id",
        ),
        (
            "{\"sv\":\"Miljö\"}",
            "{\"sv\":\"Miljö\",\"sv\":\"Klimat\"}",
            "sv",
        ),
        (
            "\"diarienummer\":\"KS-2024-1\"",
            "\"diarienummer\":\"KS-2024-1\",\"diarienummer\":1",
            "diarienummer",
        ),
    ] {
        assert!(text.contains(from), "{from}");
        let report = check(text.replacen(from, to, 1).as_bytes());
        assert_eq!(codes(&report), [(Code::Syntax, "")], "{name}");
        let message = &report.errors[0].message;
        assert!(
            message.contains("duplicate") && message.contains(&format!("`{name}`")),
            "{message}"
        );
    }
}

#[test]
fn deep_nesting_is_a_syntax_error_not_a_stack_overflow() {
    const DEPTH: usize = 100_000;
    let text = small().to_string();
    let nests = [
        format!("{}1{}", "[".repeat(DEPTH), "]".repeat(DEPTH)),
        format!("{}1{}", "{\"a\":".repeat(DEPTH), "}".repeat(DEPTH)),
        "[".repeat(DEPTH),
    ];
    for nest in &nests {
        let inside = text.replacen("\"malmo\":{", &format!("\"deep\":{nest},\"malmo\":{{"), 1);
        for doc in [inside.as_str(), nest.as_str()] {
            let report = check(doc.as_bytes());
            assert_eq!(codes(&report), [(Code::Syntax, "")]);
            assert!(
                report.errors[0].message.contains("nested"),
                "{}",
                report.errors[0].message
            );
        }
    }
}

#[test]
fn numbers_out_of_range_are_errors_not_panics() {
    let text = small().to_string();
    for (from, to) in [
        ("\"value\":1.5", "\"value\":1e400"),
        ("\"value\":1.5", "\"value\":-1e400"),
        ("\"number\":1", "\"number\":1e400"),
        ("\"diarienummer\":\"KS-2024-1\"", "\"diarienummer\":1e400"),
    ] {
        assert!(text.contains(from), "{from}");
        let report = check(text.replacen(from, to, 1).as_bytes());
        assert_eq!(codes(&report), [(Code::Syntax, "")], "{to}");
        assert!(
            report.errors[0].message.contains("out of range"),
            "{}",
            report.errors[0].message
        );
    }
    // Underflow to zero and huge integers are ordinary numbers.
    let tiny = text.replacen("\"value\":1.5", "\"value\":1e-400", 1);
    assert!(check(tiny.as_bytes()).valid());
    let huge = text.replacen("\"number\":1", "\"number\":18446744073709551616", 1);
    assert_eq!(
        codes(&check(huge.as_bytes())),
        [(Code::Format, "/focus_areas/0/number")]
    );
}

#[test]
fn wrong_types_at_every_member_are_structural_errors_there() {
    for doc in [small(), small_1_1()] {
        wrong_types_at_every_member(&doc);
    }
}

fn wrong_types_at_every_member(doc: &Value) {
    let mut paths = Vec::new();
    collect_paths(doc, String::new(), &mut paths);
    assert!(paths.len() > 50, "{}", paths.len());
    let replacements = [
        json!(null),
        json!(7),
        json!("x"),
        json!([]),
        json!({}),
        json!(true),
        json!(2.5),
    ];
    for path in &paths {
        let original = doc.pointer(path).unwrap();
        for replacement in &replacements {
            // A measured `value` is a number: an integer there may become a float.
            let number = json_type(original) == "number" || path.ends_with("/value");
            let same = json_type(replacement) == json_type(original)
                || (number && matches!(json_type(replacement), "integer" | "number"));
            if same {
                continue;
            }
            let mut broken = doc.clone();
            *broken.pointer_mut(path).unwrap() = replacement.clone();
            let report = check(broken.to_string().as_bytes());
            assert!(
                report.errors.iter().any(|e| e.code.info().structural
                    && (e.path == *path || e.path.starts_with(&format!("{path}/")))),
                "{replacement} at {path}: {:?}",
                report.errors
            );
            // Nothing else is wrong, so that is the only error.
            assert_eq!(
                report.errors.len(),
                1,
                "{replacement} at {path}: {:?}",
                report.errors
            );
        }
    }
}

fn json_type(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_f64() => "number",
        Value::Number(_) => "integer",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Every member and element path, not descending into `extensions`.
fn collect_paths(v: &Value, path: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, child) in m {
                let p = format!("{path}/{}", k.replace('~', "~0").replace('/', "~1"));
                out.push(p.clone());
                if k != "extensions" {
                    collect_paths(child, p, out);
                }
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let p = format!("{path}/{i}");
                out.push(p.clone());
                collect_paths(child, p, out);
            }
        }
        _ => {}
    }
}

/// Reads a 50 MB document; slow in debug builds, so it runs under `make stress`.
#[test]
#[ignore = "50 MB input: run with `make stress` (release)"]
fn a_fifty_megabyte_text_value_is_a_length_error() {
    let mut doc = small();
    doc["summary"] = json!({"sv": "ö".repeat(25_000_000)});
    let report = check(doc.to_string().as_bytes());
    assert_eq!(codes(&report), [(Code::Length, "/summary/sv")]);
    assert!(
        report.errors[0].message.contains("25000000"),
        "{}",
        report.errors[0].message
    );
}

/// Integers written as `1.0`, `1e0` or `-0`: JSON Schema 2020-12 counts a
/// number with a zero fractional part as an integer, so `1.0` is a focus area
/// number and `2022.0` a year; `-0` is zero, below the minimum of 1 (`format`),
/// and an ordinary `value`. A fraction is `type`.
#[test]
fn integers_written_as_floats_or_negative_zero_follow_the_schema() {
    let text = small().to_string();
    for (from, to, expected) in [
        ("\"number\":1", "\"number\":1.0", vec![]),
        ("\"number\":1", "\"number\":1e0", vec![]),
        ("\"number\":1", "\"number\":10E-1", vec![]),
        (
            "\"number\":1",
            "\"number\":-0",
            vec![(Code::Format, "/focus_areas/0/number")],
        ),
        (
            "\"number\":1",
            "\"number\":-0.0",
            vec![(Code::Format, "/focus_areas/0/number")],
        ),
        (
            "\"number\":1",
            "\"number\":1.5",
            vec![(Code::Type, "/focus_areas/0/number")],
        ),
        ("\"year\":2020", "\"year\":2020.0", vec![]),
        (
            "\"year\":2020",
            "\"year\":-0",
            vec![(
                Code::Format,
                "/focus_areas/0/direction_goal/indicators/0/baseline/year",
            )],
        ),
        ("\"value\":1.5", "\"value\":-0", vec![]),
        ("\"value\":1.5", "\"value\":-0.0", vec![]),
        ("\"value\":1.5", "\"value\":1", vec![]),
    ] {
        assert!(text.contains(from), "{from}");
        let report = check(text.replacen(from, to, 1).as_bytes());
        assert_eq!(codes(&report), expected, "{to}");
    }
}

/// Control characters, escaped or (where JSON allows) raw, are ordinary
/// characters: a text with one is valid when it also has a character outside
/// Unicode `White_Space` — and U+0000–U+0008, U+000E–U+001F and U+007F are
/// outside it, as the schema's class `[^\t-\r \u0085…]` says; only the
/// `White_Space` controls (tab, line feed, U+000B, U+000C, carriage return,
/// U+0085) are blank.
#[test]
fn control_characters_in_text_follow_the_schema() {
    let text = small().to_string();
    let from = "\"Ståndpunkt\"";
    assert!(text.contains(from));
    let at = "/positions/0/title/sv";
    for (value, blank) in [
        (r#""\u0001""#, false),
        (r#""\u0000""#, false),
        (r#""a\u0001b""#, false),
        (r#""\u001f\u001c""#, false),
        (r#""\u007f""#, false),
        ("\"\u{7f}\"", false),
        (r#""\b\f""#, false), // backspace (U+0008) is not White_Space
        (r#""\f""#, true),
        (r#""\t\n\r""#, true),
        (r#""\u000b""#, true),
        (r#""\u0085""#, true),
        (r#""\u0085 \u0001""#, false),
        (r#""\u00a0\u2028\u3000""#, true),
    ] {
        let report = check(text.replacen(from, value, 1).as_bytes());
        let expected = if blank {
            vec![(Code::BlankText, at)]
        } else {
            vec![]
        };
        assert_eq!(codes(&report), expected, "{value}");
    }
    // A raw (unescaped) control character is not JSON.
    let raw = text.replacen(from, "\"St\u{1}ndpunkt\"", 1);
    assert_eq!(codes(&check(raw.as_bytes())), [(Code::Syntax, "")]);
}

/// Every kind of lone surrogate escape, in a value and in a key, is `syntax`;
/// an escaped pair is one astral character and fine.
#[test]
fn every_lone_surrogate_escape_is_a_syntax_error() {
    let text = small().to_string();
    let value = "\"Ståndpunkt\"";
    let key = "\"diarienummer\"";
    for escaped in [
        r"\ud800",
        r"\udbff",
        r"\udc00",
        r"\udfff",
        r"\udc00\ud800",
        r"\ud800\u0041",
        r"\ud800\ud800",
        r"\ud800x",
    ] {
        for (from, to) in [
            (value, format!("\"St{escaped}\"")),
            (value, format!("\"{escaped}\"")),
            (key, format!("\"diarie{escaped}nummer\"")),
        ] {
            assert!(text.contains(from));
            let report = check(text.replacen(from, &to, 1).as_bytes());
            assert_eq!(codes(&report), [(Code::Syntax, "")], "{to}");
            assert!(
                report.errors[0].message.contains("surrogate"),
                "{to}: {}",
                report.errors[0].message
            );
        }
    }
    let pair = text.replacen(value, r#""St\ud83d\ude00""#, 1);
    assert!(check(pair.as_bytes()).valid());
}

/// A string or a number as the whole document is `type` at "", whatever it
/// holds (escapes, a valid-looking JSON text, negative zero, exponents).
#[test]
fn a_top_level_string_or_number_is_a_type_error() {
    let quoted = serde_json::to_string(&small().to_string()).unwrap();
    for input in [
        "\"\"",
        r#""\u0000""#,
        r#""\ud83d\ude00""#,
        quoted.as_str(),
        "0",
        "-0",
        "-0.0",
        "1e300",
        "1E-400",
        "18446744073709551616",
        " 42 ",
    ] {
        assert_eq!(
            codes(&check(input.as_bytes())),
            [(Code::Type, "")],
            "{input}"
        );
    }
}
