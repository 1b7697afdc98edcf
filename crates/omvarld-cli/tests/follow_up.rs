//! `omvarld report --follow-up`: the follow-up report (uppföljning) in
//! Markdown and HTML, in Swedish and English, of a Malmö-like document with
//! results 2015–2024, follow-up logs and overdue reviews
//! (`tests/fixtures/valid/malmo-follow-up.json`).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::path::{Path, PathBuf};

use common::{omvarld, stderr, stdout, write};
use scraper::{ElementRef, Html, Selector};
use serde_json::{json, Value};

fn fixture() -> PathBuf {
    common::root().join("tests/fixtures/valid/malmo-follow-up.json")
}

fn document() -> Value {
    serde_json::from_slice(&std::fs::read(fixture()).unwrap()).unwrap()
}

/// The follow-up report of `file`, its exit code and standard error.
fn follow_up(file: &Path, args: &[&str]) -> (String, Option<i32>, String) {
    let out = omvarld()
        .args(["report", "--follow-up"])
        .args(args)
        .arg(file)
        .output()
        .unwrap();
    (stdout(&out), out.status.code(), stderr(&out))
}

fn ok(file: &Path, args: &[&str]) -> String {
    let (text, code, err) = follow_up(file, args);
    assert_eq!(code, Some(0), "{err}");
    text
}

fn parse_html(text: &str) -> Html {
    let doc = Html::parse_document(text);
    assert!(doc.errors.is_empty(), "HTML parse errors: {:?}", doc.errors);
    doc
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

fn text_of(element: ElementRef<'_>) -> String {
    element.text().collect()
}

/// The cells of the first body row of the indicator table under heading `area`.
fn indicator_row(markdown: &str, area: &str) -> Vec<String> {
    let start = markdown.find(area).unwrap_or_else(|| panic!("no {area}"));
    let rest = &markdown[start..];
    let row = rest.lines().filter(|l| l.starts_with('|')).nth(2).unwrap();
    row.trim_matches('|')
        .split(" | ")
        .map(|c| c.trim().to_owned())
        .collect()
}

#[test]
fn markdown_gives_each_indicator_latest_change_direction_and_distance_in_swedish() {
    let md = ok(&fixture(), &["--as-of", "2026-03-01"]);
    assert!(
        md.starts_with("# Uppföljning: Program för strategiskt omvärldsarbete i Malmö\n"),
        "{md}"
    );
    assert!(md.contains("**Läget per:** 2026-03-01"), "{md}");
    assert!(md.contains("| Indikator | Utgångsvärde | Senaste värde | Förändring sedan föregående | I önskad riktning | Målvärde | Kvar till målvärdet |"), "{md}");
    // Employment, higher is better: 72.1 (2023) → 71.6 (2024); the women's
    // and men's 2024 values do not count for the headline.
    assert_eq!(
        indicator_row(&md, "### 1. Arbetsmarknad"),
        [
            "Förvärvsarbetande invånare 20–64 år (procent)",
            "66,8 (2015)",
            "71,6 (2024)",
            "\u{2212}0,5 sedan 2023",
            "nej",
            "75 (2026)",
            "3,4 (41\u{a0}%)",
        ]
    );
    // Emissions, lower is better: falling is the desired direction.
    let row = indicator_row(&md, "### 6. Miljö");
    assert_eq!(row[3], "\u{2212}0,1 sedan 2023");
    assert_eq!(row[4], "ja");
    // No direction in the document: said so, not guessed.
    let row = indicator_row(&md, "### 4. Transport");
    assert_eq!(
        (row[3].as_str(), row[4].as_str()),
        ("+0,5 sedan 2023", "riktning ej angiven")
    );
    // Only a baseline and a target: nothing to follow up yet.
    let row = indicator_row(&md, "### 2. Migration");
    assert_eq!(row[1..], ["35 (2022)", "–", "–", "–", "50 (2026)", "–"]);
    // Every figure also in a table, the gender series included.
    assert!(md.contains("| 2024 | Utfall | kvinnor | 70,1 |"), "{md}");
}

#[test]
fn positions_show_status_counts_timeline_and_time_since_the_last_follow_up() {
    let md = ok(&fixture(), &["--as-of", "2026-03-01"]);
    assert!(
        md.contains("| Uppnådd | 1 |") && md.contains("| Återkallad | 1 |"),
        "{md}"
    );
    assert!(md.contains("| **Totalt** | 10 |"), "{md}");
    assert!(md.contains("**Uppnådda ståndpunkter (1)**"), "{md}");
    assert!(
        md.contains("  - **Senast följd upp:** 2025-11-20 (3 månader sedan)\n"),
        "{md}"
    );
    assert!(md.contains("  - **Senast följd upp:** aldrig\n"), "{md}");
    // The log in date order, as a timeline.
    let log = "  - **Uppföljning:**\n    - 2023-06-01 – status: aktiv. Skrivelse till Arbetsmarknadsdepartementet.\n    - 2024-02-15 – genomslag: delvis. Regeringen aviserar försöksverksamhet med lokal närvaro.\n    - 2025-11-20 – genomslag: delvis\n";
    assert!(md.contains(log), "{md}");
    assert!(
        md.contains("    - 2024-05-20 – status: uppnådd, genomslag: helt. Medfinansiering beviljad i den nationella planen.\n"),
        "{md}"
    );
}

#[test]
fn overdue_reviews_follow_the_as_of_date() {
    let overdue = |as_of: &str| {
        let md = ok(&fixture(), &["--as-of", as_of]);
        let start = md.find("## Omprövning försenad").unwrap();
        let end = md.find("## Indikatorer").unwrap();
        md[start..end].to_owned()
    };
    // Before any review date: none.
    let section = overdue("2025-06-01");
    assert!(
        section.starts_with("## Omprövning försenad (0)\n"),
        "{section}"
    );
    assert!(
        section.contains("Ingen antagen eller aktiv ståndpunkt"),
        "{section}"
    );
    // After one of them.
    let section = overdue("2026-01-15");
    assert!(
        section.starts_with("## Omprövning försenad (1)\n"),
        "{section}"
    );
    assert!(section.contains("- **Fyra spår och en Öresundsmetro** (aktiv): ses över senast 2025-12-31, 15 dagar försenad"), "{section}");
    // After both; positions that are not in force never are.
    let section = overdue("2026-03-01");
    assert!(
        section.starts_with("## Omprövning försenad (2)\n"),
        "{section}"
    );
    assert!(section.contains("**Jämnare fördelning av mottagandet** (aktiv): ses över senast 2026-01-31, 29 dagar försenad"), "{section}");
    assert!(section.contains("60 dagar försenad"), "{section}");
    // The same rule as validate's `review_overdue` warning.
    let out = omvarld()
        .args(["validate", "--format", "json", "--as-of", "2026-03-01"])
        .arg(fixture())
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let warned = report["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|w| w["code"] == "review_overdue")
        .count();
    assert_eq!(warned, 2);
}

#[test]
fn english_reads_as_english() {
    let md = ok(&fixture(), &["--as-of", "2026-03-01", "--lang", "en"]);
    assert!(md.starts_with("# Follow-up: "), "{md}");
    for phrase in [
        "## Review overdue (2)",
        "| Indicator | Baseline | Latest value | Change since previous | In the desired direction | Target | Left to target |",
        "-0.5 since 2023",
        "| 75 (2026) | 3.4 (41%) |",
        "no direction given",
        "  - **Last followed up:** 2025-11-20 (3 months ago)",
        "review by 2025-12-31, 60 days overdue",
        "**Achieved positions (1)**",
    ] {
        assert!(md.contains(phrase), "{phrase:?} missing:\n{md}");
    }
    assert!(!md.contains("Utfall"), "{md}");
    let html = ok(
        &fixture(),
        &["--as-of", "2026-03-01", "--lang", "en", "--format", "html"],
    );
    let doc = parse_html(&html);
    assert_eq!(select(&doc, "html")[0].value().attr("lang"), Some("en"));
    let desc = text_of(select(&doc, "svg desc")[0]);
    assert!(desc.starts_with("Line chart by year."), "{desc}");
}

#[test]
fn html_has_one_accessible_chart_per_indicator_with_results_and_the_values_in_tables() {
    let html = ok(&fixture(), &["--as-of", "2026-03-01", "--format", "html"]);
    let doc = parse_html(&html);
    assert!(select(&doc, "script").is_empty());
    assert_eq!(
        text_of(select(&doc, "title")[0]),
        "Program för strategiskt omvärldsarbete i Malmö – Uppföljning"
    );
    // Five indicators have results; the sixth has only baseline and target.
    let charts = select(&doc, "figure.indicator svg");
    assert_eq!(charts.len(), 5);
    for svg in &charts {
        let title = svg
            .select(&Selector::parse("title").unwrap())
            .next()
            .unwrap();
        let desc = svg
            .select(&Selector::parse("desc").unwrap())
            .next()
            .unwrap();
        assert_eq!(svg.value().attr("role"), Some("img"));
        assert_eq!(
            svg.value().attr("aria-label"),
            Some(text_of(title).as_str())
        );
        assert!(
            text_of(desc).starts_with("Linjediagram per år."),
            "{}",
            text_of(desc)
        );
        let count = |css: &str| svg.select(&Selector::parse(css).unwrap()).count();
        assert_eq!(count("circle.baseline"), 1);
        assert_eq!(count("circle.target"), 1);
        assert_eq!(count("line.goal"), 1, "the target as a line");
        assert!(count("text.tick") >= 1, "a value axis");
        assert!(count("text.year") >= 2, "a year axis");
    }
    // Employment: ten yearly totals (the gender rows are in the table only).
    let first = charts[0];
    assert_eq!(
        first
            .select(&Selector::parse("circle.result").unwrap())
            .count(),
        10
    );
    let title = text_of(
        first
            .select(&Selector::parse("title").unwrap())
            .next()
            .unwrap(),
    );
    assert!(title.contains("Utfall 2015: 66,8, 2016: 67,5"), "{title}");
    // The target line is at the target's height: the highest value, the top tick.
    let goal = first
        .select(&Selector::parse("line.goal").unwrap())
        .next()
        .unwrap();
    let target = first
        .select(&Selector::parse("circle.target").unwrap())
        .next()
        .unwrap();
    assert_eq!(goal.value().attr("y1"), target.value().attr("cy"));
    // The figures are in a table under each chart, with the gender series.
    let rows = select(&doc, "figure.indicator details tbody tr");
    assert_eq!(rows.len(), 18 + 12 + 8 + 12 + 12);
    // The follow-up table of each area, the overdue list and the positions.
    assert_eq!(select(&doc, "#focus-areas section.focus-area").len(), 6);
    assert_eq!(select(&doc, "#overdue li").len(), 2);
    assert_eq!(select(&doc, "#positions .mark.overdue").len(), 2);
    assert!(select(&doc, "#positions time").len() >= 10);
}

#[test]
fn hostile_user_text_is_escaped_in_text_attributes_and_charts() {
    let mut doc = document();
    let evil = |what: &str| format!("<script>{what}</script>\"'&");
    doc["title"] = json!({"sv": evil("title")});
    doc["positions"][0]["title"] = json!({"sv": evil("position")});
    doc["positions"][0]["follow_up"][0]["note"] = json!({"sv": evil("note")});
    doc["positions"][3]["title"] = json!({"sv": evil("overdue")});
    doc["positions"][3]["owner"] = json!(evil("owner"));
    let indicator = &mut doc["focus_areas"][0]["direction_goal"]["indicators"][0];
    indicator["name"] = json!({"sv": evil("indicator")});
    indicator["unit"] = json!(evil("unit"));
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "evil.json", &serde_json::to_vec(&doc).unwrap());
    let html = ok(&file, &["--as-of", "2026-03-01", "--format", "html"]);
    let parsed = parse_html(&html);
    assert!(select(&parsed, "script").is_empty(), "{html}");
    let text: String = parsed.root_element().text().collect();
    for place in [
        "title",
        "position",
        "note",
        "overdue",
        "owner",
        "indicator",
        "unit",
    ] {
        assert!(text.contains(&evil(place)), "{place} is shown as text");
    }
    let svg = select(&parsed, "svg")[0];
    assert!(svg
        .value()
        .attr("aria-label")
        .unwrap()
        .starts_with(&format!("{} ({})", evil("indicator"), evil("unit"))));
    // Markdown escapes too: no raw tag survives.
    let md = ok(&file, &["--as-of", "2026-03-01"]);
    assert!(!md.contains("<script>"), "{md}");
}

#[test]
fn an_invalid_document_is_rendered_with_its_errors_first_and_exit_1() {
    let dir = tempfile::tempdir().unwrap();
    // A semantic error: the programme is read, the report is complete.
    let mut doc = document();
    doc["positions"][0]["focus_areas"] = json!(["bostad"]);
    let file = write(
        dir.path(),
        "unknown.json",
        &serde_json::to_vec(&doc).unwrap(),
    );
    let (md, code, err) = follow_up(&file, &["--as-of", "2026-03-01"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("is not valid"), "{err}");
    let errors = md.find("## Fel (1)").unwrap();
    assert!(errors < md.find("## Omprövning försenad").unwrap(), "{md}");
    assert!(
        md.contains("uppföljningen visar det som gick att läsa"),
        "{md}"
    );
    assert!(md.contains("error[unknown_reference]"), "{md}");
    assert!(md.contains("### 6. Miljö och klimat"), "{md}");
    // A structural error: the title and focus areas that can be read.
    let mut doc = document();
    doc["focus_areas"][0]["titel"] = json!("x");
    let file = write(
        dir.path(),
        "broken.json",
        &serde_json::to_vec(&doc).unwrap(),
    );
    let (html, code, _) = follow_up(&file, &["--format", "html"]);
    assert_eq!(code, Some(1));
    let parsed = parse_html(&html);
    let main = select(&parsed, "main")[0];
    let first = main.children().filter_map(ElementRef::wrap).next().unwrap();
    assert_eq!(first.value().attr("id"), Some("errors"));
    assert!(text_of(first).contains("unknown_field"), "{html}");
    assert_eq!(select(&parsed, "#focus-areas h3").len(), 6);
    assert!(
        html.contains("Resten av dokumentet kunde inte läsas."),
        "{html}"
    );
    // Not JSON at all: still a report, with the syntax error.
    let file = write(dir.path(), "junk.json", b"{");
    let (md, code, _) = follow_up(&file, &[]);
    assert_eq!(code, Some(1));
    assert!(md.starts_with("# Uppföljning: (utan titel)\n"), "{md}");
    assert!(md.contains("error[syntax]"), "{md}");
}

#[test]
fn without_a_file_it_follows_up_the_builtin_programme() {
    let out = omvarld()
        .args(["report", "--follow-up", "--as-of", "2026-03-01"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let md = stdout(&out);
    assert!(md.contains("## Omprövning försenad (0)"), "{md}");
    assert!(
        md.contains("## Ståndpunkter\n\n_Inga ståndpunkter._"),
        "{md}"
    );
}
