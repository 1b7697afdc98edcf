//! `docs/standard.md` and the README state the standard's limits, its codes
//! and its Swedish terms. These tests read the numbers, table rows and words
//! out of the text and compare them with the code (`omvarld::codes()`, the
//! limit constants, the published schema, `omvarld::shape::terms`), so a
//! wrong number, a missing or extra code, or a drifted term fails.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod markdown;

use markdown::{read, repo, section};
use std::path::{Path, PathBuf};

use omvarld::diagnostics::Term;
use omvarld::model::{ID_MAX_LENGTH, TEXT_MAX_LENGTH, TITLE_MAX_LENGTH};
use omvarld::parse::MAX_DEPTH;
use omvarld::shape::terms;

fn standard() -> String {
    read("docs/standard.md")
}

fn readme() -> String {
    read("README.md")
}

/// The list item that starts with `start` (up to the next item or blank line).
fn bullet<'a>(doc: &'a str, start: &str) -> &'a str {
    let at = doc
        .find(&format!("\n{start}"))
        .unwrap_or_else(|| panic!("no list item {start:?}"));
    let item = &doc[at + 1..];
    let end = [item.find("\n- "), item.find("\n\n")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(item.len());
    &item[..end]
}

/// The body rows of the first Markdown table in `text`, as trimmed cells
/// (the header row and the `|---|` line are left out).
fn table_rows(text: &str) -> Vec<Vec<&str>> {
    text.lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .skip(2)
        .map(|l| {
            l.trim()
                .trim_matches('|')
                .split('|')
                .map(str::trim)
                .collect()
        })
        .collect()
}

/// `text` with every run of white space (line breaks, no-break spaces) as
/// one space, so a number or phrase broken over two lines still reads.
fn normalise(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A number at the start of `s`: digits, with single spaces between groups of
/// three ("10 000"). Returns the number and the rest of `s`.
fn leading_number(s: &str) -> Option<(u64, &str)> {
    let digits = |s: &str| s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    let first = digits(s);
    if first == 0 {
        return None;
    }
    let mut text = s[..first].to_owned();
    let mut rest = &s[first..];
    while let Some(after) = rest.strip_prefix(' ') {
        if digits(after) != 3 {
            break;
        }
        text.push_str(&after[..3]);
        rest = &after[3..];
    }
    Some((text.parse().unwrap(), rest))
}

/// The number written right after each occurrence of `anchor` (white space
/// normalised); panics when `anchor` does not occur or no number follows it.
fn numbers_after(text: &str, anchor: &str) -> Vec<u64> {
    let text = normalise(text);
    let found: Vec<u64> = text
        .match_indices(anchor)
        .map(|(at, _)| {
            leading_number(&text[at + anchor.len()..])
                .unwrap_or_else(|| panic!("no number after {anchor:?}"))
                .0
        })
        .collect();
    assert!(!found.is_empty(), "the text no longer says {anchor:?}");
    found
}

/// The range "A–B" (or "A to B") written right after each occurrence of `anchor`.
fn ranges_after(text: &str, anchor: &str) -> Vec<(u64, u64)> {
    let text = normalise(text);
    let found: Vec<(u64, u64)> = text
        .match_indices(anchor)
        .map(|(at, _)| {
            let rest = &text[at + anchor.len()..];
            let (low, rest) =
                leading_number(rest).unwrap_or_else(|| panic!("no number after {anchor:?}"));
            let rest = rest
                .strip_prefix('–')
                .or_else(|| rest.strip_prefix(" to "))
                .unwrap_or_else(|| panic!("no range after {anchor:?}: {rest:.20}"));
            let (high, _) =
                leading_number(rest).unwrap_or_else(|| panic!("no upper bound after {anchor:?}"));
            (low, high)
        })
        .collect();
    assert!(!found.is_empty(), "the text no longer says {anchor:?}");
    found
}

/// Collects a problem for every number after `anchor` in `text` that is not `expected`.
fn expect_all(
    problems: &mut Vec<String>,
    file: &str,
    text: &str,
    anchor: &str,
    expected: u64,
    what: &str,
) {
    for n in numbers_after(text, anchor) {
        if n != expected {
            problems.push(format!(
                "{file}: {what}: \"{anchor}{n}\" but the code says {expected}"
            ));
        }
    }
}

/// `minimum` and `maximum` of a property in the published programme schema.
fn schema_range(def: &str, property: &str) -> (u64, u64) {
    let schema = omvarld::schema::programme_schema();
    let p = &schema["$defs"][def]["properties"][property];
    let bound = |k: &str| {
        p[k].as_u64()
            .unwrap_or_else(|| panic!("schema {def}.{property} has no {k}: {p}"))
    };
    (bound("minimum"), bound("maximum"))
}

fn to_u64(n: usize) -> u64 {
    u64::try_from(n).unwrap()
}

#[test]
fn the_number_scanner_reads_grouped_numbers_and_ranges() {
    assert_eq!(
        numbers_after("at most 10 000 characters", "at most "),
        [10_000]
    );
    assert_eq!(
        numbers_after("at most 10\n000 characters", "at most "),
        [10_000]
    );
    assert_eq!(numbers_after("up to 128 levels, 3", "up to "), [128]);
    assert_eq!(
        numbers_after("1 to 4 294 967 295.", "1 to "),
        [4_294_967_295]
    );
    assert_eq!(numbers_after("over 64 1234", "over "), [64]);
    assert_eq!(
        ranges_after("integer 1900–2100 |", "integer "),
        [(1900, 2100)]
    );
    assert_eq!(ranges_after("from 0001 to 9999 (", "from "), [(1, 9999)]);
}

#[test]
fn limits_in_the_standard_match_the_code() {
    let doc = standard();
    let mut problems = Vec::new();
    let file = "docs/standard.md";

    let id = bullet(&doc, "- **Id**");
    expect_all(
        &mut problems,
        file,
        id,
        "1 to ",
        to_u64(ID_MAX_LENGTH),
        "Id length",
    );
    let format = table_rows(section(&doc, "### Codes"))
        .into_iter()
        .find(|row| row[0] == "`format`")
        .expect("a `format` row")
        .join(" | ");
    expect_all(
        &mut problems,
        file,
        &format,
        "or over ",
        to_u64(ID_MAX_LENGTH),
        "Id length",
    );

    let text = bullet(&doc, "- **Text**");
    let limits = numbers_after(text, "at most ");
    if limits != [to_u64(TEXT_MAX_LENGTH), to_u64(TITLE_MAX_LENGTH)] {
        problems.push(format!(
            "{file}: the Text item gives the limits {limits:?} (Text, Title); the code says \
             {TEXT_MAX_LENGTH} and {TITLE_MAX_LENGTH}"
        ));
    }

    let depth = to_u64(MAX_DEPTH);
    let input = section(&doc, "### Input-level rules");
    expect_all(
        &mut problems,
        file,
        input,
        "at least ",
        depth,
        "nesting the standard requires",
    );
    expect_all(
        &mut problems,
        file,
        input,
        "reads up to ",
        depth,
        "nesting limit",
    );
    expect_all(
        &mut problems,
        file,
        input,
        "nesting-",
        depth,
        "nesting fixture",
    );
    expect_all(
        &mut problems,
        file,
        input,
        "Level ",
        depth + 1,
        "first level too deep",
    );

    let measurement = section(&doc, "### Measurement (*mätvärde*)");
    let (low, high) = schema_range("Measurement", "year");
    for range in ranges_after(measurement, "integer ") {
        if range != (low, high) {
            problems.push(format!(
                "{file}: Measurement year {range:?}, the schema says {low}–{high}"
            ));
        }
    }
    let focus_area = section(&doc, "### FocusArea (*fokusområde*)");
    let (low, _) = schema_range("FocusArea", "number");
    expect_all(
        &mut problems,
        file,
        focus_area,
        "integer ≥ ",
        low,
        "focus area number",
    );

    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn limits_in_the_readme_match_the_code() {
    let doc = readme();
    let mut problems = Vec::new();
    let file = "README.md";
    let depth = to_u64(MAX_DEPTH);

    let limits = section(&doc, "## Resource limits");
    expect_all(
        &mut problems,
        file,
        limits,
        "up to ",
        depth,
        "nesting limit",
    );
    expect_all(
        &mut problems,
        file,
        limits,
        "nesting-",
        depth,
        "nesting fixture",
    );
    expect_all(
        &mut problems,
        file,
        limits,
        "limited by the standard (",
        to_u64(TEXT_MAX_LENGTH),
        "Text limit",
    );
    expect_all(
        &mut problems,
        file,
        limits,
        "code points, ",
        to_u64(TITLE_MAX_LENGTH),
        "Title limit",
    );

    let reading = section(&doc, "## Reading of the specification");
    expect_all(
        &mut problems,
        file,
        reading,
        "id over ",
        to_u64(ID_MAX_LENGTH),
        "Id length",
    );
    let number = schema_range("FocusArea", "number");
    for range in ranges_after(reading, "is an integer from ") {
        if range != number {
            problems.push(format!(
                "{file}: focus area number {range:?}, the schema says {number:?}"
            ));
        }
    }
    for (low, high) in ranges_after(reading, "with a year from ") {
        let year = |y: u64| i32::try_from(y).unwrap();
        let ok = omvarld::Date::from_ymd(year(low), 1, 1).is_ok()
            && omvarld::Date::from_ymd(year(low) - 1, 12, 31).is_err()
            && omvarld::Date::from_ymd(year(high), 12, 31).is_ok()
            && omvarld::Date::from_ymd(year(high) + 1, 1, 1).is_err();
        if !ok {
            problems.push(format!(
                "{file}: dates with a year from {low} to {high}, but Date disagrees"
            ));
        }
    }

    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_nesting_fixture_the_docs_name_exists() {
    let name = format!("nesting-{MAX_DEPTH}-levels");
    for file in ["valid/{name}.json", "valid/{name}.expected.json"] {
        let path = repo()
            .join("tests/fixtures")
            .join(file.replace("{name}", &name));
        assert!(path.is_file(), "{} is missing", path.display());
    }
}

/// The glossary's rows in order: English, and the Swedish term the code uses.
/// Rows with a `terms` constant take it from there; the others are words the
/// messages and reports use that `terms` does not (yet) hold.
fn glossary_expected() -> Vec<(&'static str, &'static str)> {
    let t = |en: &'static str, term: Term| (en, term.sv);
    vec![
        t("programme", terms::PROGRAMME),
        t("focus area", terms::FOCUS_AREA),
        t("direction goal", terms::DIRECTION_GOAL),
        t("contribution aim", terms::CONTRIBUTION_AIM),
        t("arena", terms::ARENA),
        t("advocacy position", terms::POSITION),
        t("target", terms::TARGET),
        t("activity", terms::ACTIVITY),
        t("publication", terms::PUBLICATION),
        t("indicator", terms::INDICATOR),
        t("measurement", terms::MEASUREMENT),
        ("baseline", "utgångsvärde"),
        ("target value", "målvärde"),
        ("error", "fel"),
        ("warning", "varning"),
        ("member", "medlem"),
        t("language tag", terms::LANG_TAG),
        t("body", terms::BODY),
        t("decision", terms::DECISION),
        ("ask", "krav"),
        t("shift", terms::SHIFT),
        t("reference", terms::REFERENCE),
        t("follow-up entry", terms::FOLLOW_UP),
        t("assessment", terms::ASSESSMENT),
        t("result", terms::RESULT),
        t("source", terms::SOURCE),
    ]
}

#[test]
fn the_glossary_uses_the_terms_of_the_code() {
    let doc = standard();
    let rows = table_rows(section(&doc, "## Glossary"));
    let actual: Vec<(&str, &str)> = rows.iter().map(|r| (r[0], r[1])).collect();
    assert_eq!(
        actual,
        glossary_expected(),
        "docs/standard.md glossary (English, Swedish) against omvarld::shape::terms"
    );
    // The model column names the schema type; its term is the same word.
    for row in &rows {
        let model = row[2];
        let is_type = model.len() > 2
            && model.starts_with('`')
            && model.ends_with('`')
            && model[1..model.len() - 1].chars().all(char::is_alphanumeric);
        if is_type {
            let def = &model[1..model.len() - 1];
            assert_eq!(
                terms::of_def(def).sv,
                row[1],
                "glossary row {row:?}: terms::of_def({def:?})"
            );
        }
    }
}

/// Files under `dir` (recursively) with one of `extensions`, skipping build
/// output and virtual environments.
fn sources(dir: &Path, extensions: &[&str], out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if path.is_dir() {
            if !name.starts_with('.') && name != "target" && name != "node_modules" {
                sources(&path, extensions, out);
            }
        } else if extensions
            .iter()
            .any(|e| path.extension().is_some_and(|x| x == *e))
        {
            out.push(path);
        }
    }
}

/// An advocacy position is a *ståndpunkt* everywhere: the docs, the core, the
/// command and the Python binding no longer use the older word (spelled in
/// two halves below so this file does not hold it).
#[test]
fn no_one_says_stallningstagande() {
    let mut files = vec![repo().join("docs/standard.md"), repo().join("README.md")];
    for dir in ["crates", "bindings"] {
        sources(
            &repo().join(dir),
            &["rs", "py", "pyi", "md", "ipynb", "json", "html"],
            &mut files,
        );
    }
    let word = ["ställnings", "tagande"].concat();
    let offenders: Vec<String> = files
        .iter()
        .filter(|p| {
            std::fs::read_to_string(p).is_ok_and(|text| text.to_lowercase().contains(&word))
        })
        .map(|p| p.display().to_string())
        .collect();
    assert!(
        offenders.is_empty(),
        "say \"ståndpunkt\" (plural \"ståndpunkter\"): {offenders:?}"
    );
    assert!(standard().contains("| advocacy position | ståndpunkt |"));
}

#[test]
fn the_readers_find_sections_items_and_table_rows() {
    let doc = "# T\n\n## A\n\n- **X** one\n  two\n- **Y** three\n\n```sh\n# not a heading\n```\n\
               | a | b |\n|---|---|\n| c | d |\n| e |  |\nafter\n| f | g |\n### A.1\nin A\n## B\nnot in A\n";
    let a = section(doc, "## A");
    assert!(a.contains("# not a heading") && a.contains("in A") && !a.contains("not in A"));
    assert_eq!(bullet(a, "- **X**"), "- **X** one\n  two");
    assert_eq!(bullet(a, "- **Y**"), "- **Y** three");
    assert_eq!(table_rows(a), [vec!["c", "d"], vec!["e", ""]]);
}

/// Every whole document shown in docs/standard.md (a `json` block with a
/// `schema_version`), outside the explanations of the codes, is valid, so
/// the examples never rot; the 1.1 example
/// also has no warnings, as the text says.
#[test]
fn the_documents_in_the_standard_are_valid() {
    let doc = standard();
    // The explanations of the codes show documents that break a rule on purpose.
    let doc = match (
        doc.split_once("<!-- explanations:start -->"),
        doc.split_once("<!-- explanations:end -->"),
    ) {
        (Some((before, _)), Some((_, after))) => format!("{before}{after}"),
        _ => doc,
    };
    let mut whole = 0;
    for block in doc.split("```json\n").skip(1) {
        let Some((json, _)) = block.split_once("\n```") else {
            continue;
        };
        if !json.contains("\"schema_version\"") {
            continue;
        }
        whole += 1;
        let report = omvarld::validate_str(json, &omvarld::Options::default());
        assert!(report.valid(), "{json}\n{report}");
        if json.contains("\"1.1\"") {
            assert!(report.warnings.is_empty(), "{report}");
        }
    }
    assert!(whole >= 2, "{whole} whole documents in docs/standard.md");
}
