//! `omvarld report`: Markdown and HTML summaries, languages, escaping,
//! invalid documents and exit codes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use common::{malmo_with, omvarld, position, stderr, stdout, write};
use scraper::{Html, Selector};
use serde_json::json;

/// Malmö with positions: two in force in known cells, one draft, and one
/// upcoming and one past activity.
fn with_positions() -> Vec<u8> {
    malmo_with(|doc| {
        doc["positions"] = json!([
            position(
                "a",
                "active",
                &["bostader"],
                &["nationell-paverkan", "profilering"]
            ),
            position(
                "b",
                "adopted",
                &["bostader", "arbetsmarknad"],
                &["nationell-paverkan"]
            ),
            position("c", "draft", &["bostader"], &["profilering"]),
        ]);
        doc["activities"] = json!([
            {"id": "almedalen-2027", "title": {"sv": "Almedalen 2027"}, "starts": "2027-06-28", "ends": "2027-07-02", "arena": "almedalsveckan", "positions": ["a"]},
            {"id": "almedalen-2025", "title": {"sv": "Almedalen 2025"}, "starts": "2025-06-23", "arena": "almedalsveckan"},
        ]);
    })
}

fn select<'a>(doc: &'a Html, css: &str) -> Vec<scraper::ElementRef<'a>> {
    doc.select(&Selector::parse(css).unwrap()).collect()
}

fn parse_html(text: &str) -> Html {
    let doc = Html::parse_document(text);
    assert!(doc.errors.is_empty(), "HTML parse errors: {:?}", doc.errors);
    doc
}

#[test]
fn no_file_reports_the_builtin_malmo_programme() {
    let out = omvarld().arg("report").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with("# Program för strategiskt omvärldsarbete i Malmö\n"),
        "{text}"
    );
    assert!(text.contains("**Organisation:** Malmö stad"));
    for (n, title) in [
        (1, "Arbetsmarknad och sysselsättning"),
        (5, "Bostäder"),
        (6, "Miljö och klimat"),
    ] {
        assert!(text.contains(&format!("### {n}. {title}\n")), "{title}");
    }
    assert!(
        text.contains("**Inriktningsmål:** Ökat bostadsbyggande och upprustning av bostadsområden")
    );
    assert_eq!(text.matches("### ").count(), 6);
    assert!(text.contains("| Fokusområde | B1 | B2 | B3 | B4 | B5 | B6 | B7 | Totalt |"));
    assert!(text.contains("| 5. Bostäder | – | – | – | – | – | – | – | 0 |"));
    assert!(text.contains("- B7: Profilering"));
    assert!(text.contains("| Almedalsveckan | evenemang | nationell |"));
}

#[test]
fn lang_en_uses_translations() {
    let out = omvarld().args(["report", "--lang", "en"]).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.starts_with("# Programme for strategic external relations work in Malmö\n"),
        "{text}"
    );
    assert!(text.contains("### 1. Labour market and employment"));
    assert!(text.contains(
        "**Direction goal:** More housing construction and renewal of residential areas"
    ));
    assert!(text.contains("| Focus area | A1 |"));
}

#[test]
fn lang_en_falls_back_to_swedish() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = malmo_with(|doc| {
        doc["positions"] = json!([position("a", "active", &["bostader"], &["profilering"])]);
    });
    let file = write(dir.path(), "p.json", &bytes);
    let text = stdout(
        &omvarld()
            .args(["report", "--lang", "en"])
            .arg(&file)
            .output()
            .unwrap(),
    );
    assert!(
        text.contains("**Ståndpunkt a**: Malmö vill något."),
        "{text}"
    );
}

#[test]
fn positions_are_grouped_by_status_and_counted_in_the_matrix() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "p.json", &with_positions());
    let out = omvarld()
        .args(["report", "--as-of", "2026-01-01"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let bostader = text
        .split("### 5. Bostäder")
        .nth(1)
        .unwrap()
        .split("### 6.")
        .next()
        .unwrap();
    let active = bostader.find("**Aktiva ståndpunkter (1)**").unwrap();
    let adopted = bostader.find("**Antagna ståndpunkter (1)**").unwrap();
    let draft = bostader.find("**Utkast till ståndpunkter (1)**").unwrap();
    assert!(active < adopted && adopted < draft, "{bostader}");
    assert!(bostader.contains("- **Ståndpunkt a**: Malmö vill något. _→ Regeringen (nationell)_"));
    // B4 nationell-paverkan, B7 profilering; the draft does not count.
    assert!(
        text.contains("| 5. Bostäder | – | – | – | **2** | – | – | **1** | 2 |"),
        "{text}"
    );
    assert!(text
        .contains("| 1. Arbetsmarknad och sysselsättning | – | – | – | **1** | – | – | – | 1 |"));
    assert!(text.contains("| **Totalt** | 0 | 0 | 0 | 2 | 0 | 0 | 1 |  |"));
    // Every activity, in date order, the past one marked.
    let past = text
        .find("- 2025-06-23: **Almedalen 2025**, Almedalsveckan (0 ståndpunkter) — _avslutad_\n")
        .expect(&text);
    let upcoming = text
        .find(
            "- 2027-06-28 – 2027-07-02: **Almedalen 2027**, Almedalsveckan (1 ståndpunkt)\n  - **Ståndpunkter:**\n    - Ståndpunkt a\n",
        )
        .expect(&text);
    assert!(past < upcoming, "{text}");
}

#[test]
fn html_is_well_formed_self_contained_and_has_the_heat_map() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "p.json", &with_positions());
    let out = omvarld()
        .args(["report", "--format", "html", "--as-of", "2026-01-01"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
    let doc = parse_html(&text);
    assert!(select(&doc, "script").is_empty());
    assert!(select(&doc, "link, img, iframe, object, embed, [src], [href]").is_empty());
    assert_eq!(select(&doc, "style").len(), 1);
    let rows = select(&doc, "table.matrix tbody tr");
    assert_eq!(rows.len(), 6);
    let header: Vec<String> = select(&doc, "table.matrix thead th")
        .iter()
        .map(|th| th.text().collect::<String>())
        .collect();
    assert_eq!(header.len(), 1 + 7 + 1);
    assert_eq!(header[4], "Nationell påverkan");
    let bostader: Vec<_> = rows[4].select(&Selector::parse("td").unwrap()).collect();
    assert_eq!(bostader.len(), 8);
    assert_eq!(bostader[3].value().attr("data-count"), Some("2"));
    assert_eq!(bostader[3].value().attr("class"), Some("h4"));
    assert_eq!(bostader[6].value().attr("class"), Some("h2"));
    assert_eq!(bostader[0].value().attr("class"), Some("h0"));
    assert_eq!(select(&doc, "section.focus-area").len(), 6);
}

#[test]
fn user_text_is_escaped_in_html_and_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = malmo_with(|doc| {
        doc["title"] = json!({"sv": "<script>alert(1)</script>"});
        doc["focus_areas"][0]["title"] = json!({"sv": "A & B <b>fet</b> \"citat\""});
        let mut p = position("x", "active", &["bostader"], &["profilering"]);
        p["statement"] =
            json!({"sv": "<img src=x onerror=alert(1)> *inte fet* [länk](http://evil)"});
        doc["positions"] = json!([p]);
    });
    let file = write(dir.path(), "evil.json", &bytes);
    let html = stdout(
        &omvarld()
            .args(["report", "--format", "html"])
            .arg(&file)
            .output()
            .unwrap(),
    );
    let doc = parse_html(&html);
    assert!(select(&doc, "script").is_empty(), "{html}");
    assert!(select(&doc, "img, b, [onerror]").is_empty(), "{html}");
    assert_eq!(
        select(&doc, "h1")[0].text().collect::<String>(),
        "<script>alert(1)</script>"
    );
    assert_eq!(
        select(&doc, "title")[0].text().collect::<String>(),
        "<script>alert(1)</script> – Sammanställning"
    );
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(html.contains("1. A &amp; B &lt;b&gt;fet&lt;/b&gt; &quot;citat&quot;"));

    let md = stdout(&omvarld().arg("report").arg(&file).output().unwrap());
    assert!(
        md.starts_with("# \\<script\\>alert(1)\\</script\\>\n"),
        "{md}"
    );
    assert!(
        md.contains("\\<img src=x onerror=alert(1)\\> \\*inte fet\\* \\[länk\\](http://evil)"),
        "{md}"
    );
    assert!(!md.contains("<script>"));
}

#[test]
fn semantically_invalid_document_renders_with_errors_first_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = malmo_with(|doc| {
        doc["positions"] = json!([position("a", "active", &["bostad"], &["profilering"])]);
    });
    let file = write(dir.path(), "typo.json", &bytes);
    let out = omvarld().arg("report").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("not valid: 1 error, listed"),
        "{}",
        stderr(&out)
    );
    let text = stdout(&out);
    let errors = text.find("## Fel (1)").unwrap();
    assert!(errors < text.find("## Fokusområden").unwrap());
    assert!(
        text.contains("- `error[unknown_reference]` /positions/0/focus\\_areas/0 (rad "),
        "{text}"
    );
    assert!(text.contains("menade du"), "messages follow --lang: {text}");
    // Still the whole report, matrix included.
    assert!(text.contains("## Täckning"));

    let html = stdout(
        &omvarld()
            .args(["report", "--format", "html"])
            .arg(&file)
            .output()
            .unwrap(),
    );
    let doc = parse_html(&html);
    assert_eq!(select(&doc, "#errors li").len(), 1);
    assert_eq!(select(&doc, "table.matrix tbody tr").len(), 6);
}

#[test]
fn structurally_invalid_document_renders_what_it_can() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = malmo_with(|doc| {
        doc["focus_areas"][1]["titel"] = doc["focus_areas"][1]["title"].take();
        doc["focus_areas"][1]
            .as_object_mut()
            .unwrap()
            .remove("title");
    });
    let file = write(dir.path(), "broken.json", &bytes);
    let out = omvarld().arg("report").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    assert!(
        text.starts_with("# Program för strategiskt omvärldsarbete i Malmö\n"),
        "{text}"
    );
    assert!(
        text.contains("`error[unknown_field]` /focus\\_areas/1/titel"),
        "{text}"
    );
    assert!(
        text.contains("`error[required]` /focus\\_areas/1/title"),
        "{text}"
    );
    assert!(text.contains("### 1. Arbetsmarknad och sysselsättning"));
    assert!(text.contains("### 2. (utan titel)"));
    assert!(text.contains("Resten av dokumentet kunde inte läsas."));

    // Not even JSON: the errors, and nothing invented.
    let junk = write(dir.path(), "junk.json", b"{ not json");
    let out = omvarld()
        .args(["report", "--format", "html"])
        .arg(&junk)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let doc = parse_html(&stdout(&out));
    let items = select(&doc, "#errors li");
    assert_eq!(items.len(), 1);
    assert!(items[0]
        .text()
        .collect::<String>()
        .contains("error[syntax]"));
    assert!(select(&doc, "table.matrix").is_empty());
}

#[test]
fn out_writes_a_file_and_io_problems_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("report.html");
    let out = omvarld()
        .args(["report", "--format", "html", "--out"])
        .arg(&target)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty());
    let html = std::fs::read_to_string(&target).unwrap();
    parse_html(&html);
    assert!(html.contains("Program för strategiskt omvärldsarbete i Malmö"));

    let nowhere = dir.path().join("no/such/dir/report.md");
    let out = omvarld()
        .args(["report", "--out"])
        .arg(&nowhere)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 1);

    let out = omvarld()
        .arg("report")
        .arg(dir.path().join("missing.json"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("missing.json"));
    omvarld().args(["report", "--lang", "de"]).assert().code(2);
    omvarld()
        .args(["report", "--format", "pdf"])
        .assert()
        .code(2);
}

#[test]
fn code_spans_in_labels_are_code_in_html_and_backticks_in_markdown() {
    // The built-in programme has warnings, so the report points to `omvarld validate`.
    for lang in ["sv", "en"] {
        let html = stdout(
            &omvarld()
                .args(["report", "--format", "html", "--lang", lang])
                .output()
                .unwrap(),
        );
        let doc = parse_html(&html);
        let legend = select(&doc, "p.legend code");
        assert_eq!(legend.len(), 1, "{html}");
        assert_eq!(legend[0].text().collect::<String>(), "omvarld validate");
        assert!(
            !html.contains('`'),
            "a literal backtick in the HTML: {html}"
        );

        let md = stdout(&omvarld().args(["report", "--lang", lang]).output().unwrap());
        assert!(md.contains("`omvarld validate`"), "{md}");
    }
}

// ---- standard 1.1 ------------------------------------------------------------

/// `tests/fixtures/valid/v1-1-rich.json`, which uses every member 1.1 added.
fn rich() -> std::path::PathBuf {
    common::root().join("tests/fixtures/valid/v1-1-rich.json")
}

fn report_of(file: &std::path::Path, format: &str, lang: &str) -> String {
    let out = omvarld()
        .args([
            "report",
            "--as-of",
            "2025-01-01",
            "--format",
            format,
            "--lang",
            lang,
        ])
        .arg(file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    stdout(&out)
}

#[test]
fn markdown_shows_what_1_1_adds_in_both_languages() {
    let cases: [(&str, &[&str]); 2] = [
        (
            "sv",
            &[
                "  - **Krav:**\n    - Malmö vill att Arbetsförmedlingen har lokal närvaro i alla stadsdelar.\n    - Malmö vill att kommunen får ett tydligt uppdrag i arbetsmarknadspolitiken.\n",
                "  - **Positionsförflyttning:** Arbetsförmedlingen har dragit ner på sin lokala närvaro. → Arbetsförmedlingen finns på plats där Malmöborna bor.\n",
                "  - **Beslut:** [Kommunstyrelsen, 2023-05-03](<https://malmo.se/>), dnr KS-2023-1234\n",
                "  - **Beslut:** Kommunfullmäktige, 2023-05-03\n",
                "  - **Underlag:**\n    - Grundar sig på: Reformeringen av Arbetsförmedlingen (proposition; Prop. 2021/22:1)\n    - Svar på: [Remiss av promemorian Arbetsförmedlingens lokala närvaro](<https://www.regeringen.se/>) (promemoria; Ds 2023:5; dnr A2023/00123)\n",
                "    - Svar på: [Nationell plan för transportinfrastrukturen 2022–2033](<https://www.trafikverket.se/>) (myndighetsrapport)\n",
                "  - **Senaste uppföljning:** 2025-06-30 – aktiv, genomslag: delvis\n",
                "  - **Senaste uppföljning:** 2025-12-01 – genomslag: ej bedömt\n",
                "**Förvärvsarbetande invånare 20–64 år** (procent; Kolada N00914; högre är bättre)\n\n| År | Avser | Kön | Värde (procent) |\n|---|---|---|--:|\n| 2022 | Utgångsvärde |  | 72,1 |\n| 2022 | Utfall |  | 72,1 |\n| 2023 | Utfall |  | 72,8 |\n| 2023 | Utfall | kvinnor | 70,9 |\n| 2023 | Utfall | män | 74,6 |\n| 2024 | Utfall |  | 73,4 |\n| 2026 | Målvärde |  | 75 |\n",
                "## Beslutande organ\n\n| Organ | Typ | Beslutade ståndpunkter |\n|---|---|--:|\n| Kommunfullmäktige | kommunfullmäktige | 1 |\n| Kommunstyrelsen | kommunstyrelse | 1 |\n| Arbetsmarknads- och socialnämnden | nämnd | 0 |\n",
            ],
        ),
        (
            "en",
            &[
                "  - **Asks:**\n    - Malmö wants the Public Employment Service to be present locally in every district.\n    - Malmö vill att kommunen får ett tydligt uppdrag i arbetsmarknadspolitiken.\n",
                "  - **Shift sought:** Arbetsförmedlingen har dragit ner på sin lokala närvaro. → Arbetsförmedlingen finns på plats där Malmöborna bor.\n",
                "  - **Decision:** [City Executive Board, 2023-05-03](<https://malmo.se/>), case no. KS-2023-1234\n",
                "  - **References:**\n    - Rests on: Reformeringen av Arbetsförmedlingen (government bill; Prop. 2021/22:1)\n    - Responds to: [Remiss av promemorian Arbetsförmedlingens lokala närvaro](<https://www.regeringen.se/>) (ministry memorandum; Ds 2023:5; case no. A2023/00123)\n",
                "(agency report)\n",
                "  - **Latest follow-up:** 2025-06-30 – active, impact: partial\n",
                "  - **Latest follow-up:** 2025-12-01 – impact: not assessed\n",
                "**Employed residents aged 20–64** (procent; Kolada N00914; higher is better)\n\n| Year | Figure | Gender | Value (procent) |\n|---|---|---|--:|\n| 2022 | Baseline |  | 72.1 |\n| 2022 | Result |  | 72.1 |\n| 2023 | Result |  | 72.8 |\n| 2023 | Result | women | 70.9 |\n| 2023 | Result | men | 74.6 |\n| 2024 | Result |  | 73.4 |\n| 2026 | Target |  | 75 |\n",
                "## Decision-making bodies\n\n| Body | Kind | Positions decided |\n|---|---|--:|\n| City Council | municipal council | 1 |\n| City Executive Board | executive board | 1 |\n| Arbetsmarknads- och socialnämnden | committee | 0 |\n",
            ],
        ),
    ];
    for (lang, wanted) in cases {
        let md = report_of(&rich(), "markdown", lang);
        for want in wanted {
            assert!(md.contains(want), "--lang {lang}: no {want:?} in\n{md}");
        }
        // The details sit under their position, in reading order.
        let position = md
            .split("\n- **")
            .find(|p| {
                p.starts_with(if lang == "sv" {
                    "Arbetsförmedlingen ska"
                } else {
                    "The Public"
                })
            })
            .unwrap();
        let at = |label: &str| {
            position
                .find(label)
                .unwrap_or_else(|| panic!("{label}: {position}"))
        };
        let order = if lang == "sv" {
            [
                "Krav:",
                "Positionsförflyttning:",
                "Beslut:",
                "Underlag:",
                "Senaste uppföljning:",
            ]
        } else {
            [
                "Asks:",
                "Shift sought:",
                "Decision:",
                "References:",
                "Latest follow-up:",
            ]
        };
        let places: Vec<usize> = order.iter().map(|l| at(l)).collect();
        assert!(places.windows(2).all(|w| w[0] < w[1]), "{position}");
        // Only indicators with results get a table: one in this document.
        assert_eq!(md.matches("| 2026 | ").count(), 1, "{md}");
    }
    // A 1.0 document has none of it.
    let md = stdout(&omvarld().arg("report").output().unwrap());
    for absent in [
        "**Krav:**",
        "**Beslut:**",
        "**Underlag:**",
        "uppföljning:**",
        "Beslutande organ",
        "| År |",
    ] {
        assert!(!md.contains(absent), "{absent}: {md}");
    }
}

#[test]
fn html_shows_what_1_1_adds_with_a_chart_in_both_languages() {
    for (lang, labels, chart) in [
        (
            "sv",
            [
                "Motivering",
                "Krav",
                "Positionsförflyttning",
                "Beslut",
                "Underlag",
                "Senaste uppföljning",
                "Bidrar till",
                "Ansvarig",
                "Antagen",
                "Ses över senast",
            ],
            "Förvärvsarbetande invånare 20–64 år (procent). Utgångsvärde 2022: 72,1. Utfall 2022: 72,1, 2023: 72,8, 2024: 73,4. Målvärde 2026: 75.",
        ),
        (
            "en",
            [
                "Rationale",
                "Asks",
                "Shift sought",
                "Decision",
                "References",
                "Latest follow-up",
                "Contributes to",
                "Responsible",
                "Adopted",
                "Review by",
            ],
            "Employed residents aged 20–64 (procent). Baseline 2022: 72.1. Result 2022: 72.1, 2023: 72.8, 2024: 73.4. Target 2026: 75.",
        ),
    ] {
        let html = report_of(&rich(), "html", lang);
        let doc = parse_html(&html);
        assert!(select(&doc, "script, img, iframe, object, embed, [src], foreignObject").is_empty());
        for element in select(&doc, "*") {
            assert!(
                element.value().attrs().all(|(name, _)| !name.starts_with("on")),
                "no event handler attributes: {:?}",
                element.value()
            );
        }
        // Every link goes to an http(s) address.
        for a in select(&doc, "[href]") {
            let href = a.value().attr("href").unwrap();
            assert!(href.starts_with("https://"), "{href}");
        }

        // The details of the first position, as a description list.
        let lists = select(&doc, "dl.details");
        let first: Vec<String> = lists[0]
            .select(&Selector::parse("dt").unwrap())
            .map(|dt| dt.text().collect())
            .collect();
        assert_eq!(first, labels, "--lang {lang}");
        // The 1.1 members in their order after the rationale, then the 1.0 facts.
        let dd: Vec<String> = lists[0]
            .select(&Selector::parse("dd").unwrap())
            .skip(1)
            .map(|dd| dd.text().collect())
            .collect();
        assert_eq!(
            lists[0].select(&Selector::parse("dd:nth-of-type(2) li").unwrap()).count(),
            2,
            "two asks"
        );
        assert!(dd[1].contains(" → "), "{dd:?}");
        let decision = lists[0].select(&Selector::parse("dd a").unwrap()).next().unwrap();
        assert_eq!(decision.value().attr("href"), Some("https://malmo.se/"));
        assert!(dd[2].contains("KS-2023-1234"), "{dd:?}");
        assert_eq!(
            lists[0].select(&Selector::parse("dd:nth-of-type(5) li").unwrap()).count(),
            2,
            "two references"
        );
        assert!(dd[3].contains("A2023/00123") && dd[3].contains("Prop. 2021/22:1"), "{dd:?}");
        assert!(dd[4].starts_with("2025-06-30 – "), "{dd:?}");

        // One indicator has results: one chart, its points baseline, the
        // three totals by year and the target (gendered results are in the
        // table only).
        let charts = select(&doc, "figure.indicator svg");
        assert_eq!(charts.len(), 1);
        let svg = charts[0];
        assert_eq!(svg.value().attr("role"), Some("img"));
        assert_eq!(svg.value().attr("aria-label"), Some(chart));
        let title = svg.select(&Selector::parse("title").unwrap()).next().unwrap();
        assert_eq!(title.text().collect::<String>(), chart);
        let count = |css: &str| svg.select(&Selector::parse(css).unwrap()).count();
        assert_eq!(count("circle"), 5);
        assert_eq!(count("circle.baseline"), 1);
        assert_eq!(count("circle.result"), 3);
        assert_eq!(count("circle.target"), 1);
        assert_eq!(count("polyline.actual"), 1);
        assert_eq!(count("polyline.planned"), 1);
        let years: Vec<String> = svg
            .select(&Selector::parse("text.year").unwrap())
            .map(|t| t.text().collect())
            .collect();
        assert_eq!(years, ["2022", "2023", "2024", "2026"]);
        // The solid line: baseline and results, left to right, rising.
        let points: Vec<(f64, f64)> = svg
            .select(&Selector::parse("polyline.actual").unwrap())
            .next()
            .unwrap()
            .value()
            .attr("points")
            .unwrap()
            .split(' ')
            .map(|p| {
                let (x, y) = p.split_once(',').unwrap();
                (x.parse().unwrap(), y.parse().unwrap())
            })
            .collect();
        assert_eq!(points.len(), 4);
        assert!(points.windows(2).all(|w| w[0].0 <= w[1].0 && w[0].1 >= w[1].1), "{points:?}");
        // The table of every figure, under the chart.
        assert_eq!(select(&doc, "figure.indicator details tbody tr").len(), 7);
        assert_eq!(select(&doc, "#bodies tbody tr").len(), 3);
    }
}

#[test]
fn user_text_of_1_1_members_is_escaped_everywhere() {
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(rich()).unwrap()).unwrap();
    let evil = |what: &str| format!("<script>{what}</script>");
    doc["bodies"][1]["name"] = json!({"sv": evil("body")});
    let indicator = &mut doc["focus_areas"][0]["direction_goal"]["indicators"][0];
    indicator["name"] = json!({"sv": evil("indicator")});
    indicator["unit"] = json!(evil("unit"));
    let p = &mut doc["positions"][0];
    p["asks"][0] = json!({"sv": evil("ask")});
    p["shift"] = json!({"from": {"sv": evil("from")}, "to": {"sv": evil("to")}});
    p["decision"]["reference"] = json!(evil("dnr"));
    p["decision"]["url"] = json!("https://e.se/\"><script>url</script>");
    p["references"][0]["title"] = json!({"sv": evil("reference")});
    p["references"][0]["identifier"] = json!(evil("identifier"));
    p["references"][1]["case_number"] = json!(evil("case"));
    p["follow_up"][2]["note"] = json!({"sv": evil("note")});
    let dir = tempfile::tempdir().unwrap();
    let file = write(
        dir.path(),
        "evil.json",
        &serde_json::to_vec_pretty(&doc).unwrap(),
    );
    let places = [
        "body",
        "indicator",
        "unit",
        "ask",
        "from",
        "to",
        "dnr",
        "reference",
        "identifier",
        "case",
        "note",
    ];

    let html = report_of(&file, "html", "sv");
    let parsed = parse_html(&html);
    assert!(select(&parsed, "script").is_empty(), "{html}");
    let text: String = parsed.root_element().text().collect();
    for place in places {
        assert!(
            text.contains(&evil(place)),
            "{place} is shown as text: {html}"
        );
    }
    // In attributes too: the chart's accessible name and the decision's link.
    let svg = select(&parsed, "svg")[0];
    assert!(svg
        .value()
        .attr("aria-label")
        .unwrap()
        .starts_with("<script>indicator</script> (<script>unit</script>). "));
    let link = select(&parsed, "dl.details a")[0];
    assert_eq!(
        link.value().attr("href"),
        Some("https://e.se/\"><script>url</script>")
    );
    assert_eq!(
        link.text().collect::<String>(),
        "<script>body</script>, 2023-05-03"
    );
    assert_eq!(
        select(&parsed, "#bodies tbody td")[3]
            .text()
            .collect::<String>(),
        evil("body")
    );

    let md = report_of(&file, "markdown", "sv");
    assert!(!md.contains("<script>"), "{md}");
    for place in places {
        assert!(
            md.contains(&format!("\\<script\\>{place}\\</script\\>")),
            "{place}: {md}"
        );
    }
    assert!(
        md.contains("](<https://e.se/\"\\>\\<script\\>url\\</script\\>>)"),
        "{md}"
    );
}

// ---- the whole programme -----------------------------------------------------

/// The rich 1.1 document with three more activities, out of order: one that
/// ended before 2026-01-01, one going on that day and one after it.
fn with_activities() -> Vec<u8> {
    let mut doc: serde_json::Value =
        serde_json::from_slice(&std::fs::read(rich()).unwrap()).unwrap();
    let activities = doc["activities"].as_array_mut().unwrap();
    activities.push(json!({"id": "eu-vecka", "title": {"sv": "Europaforum", "en": "Europe forum"},
        "starts": "2026-05-04", "arena": "eu-samarbete", "positions": ["eu-stod-till-klimatneutrala-stader"]}));
    activities.push(json!({"id": "nyar", "title": {"sv": "Nyårsmöte"}, "starts": "2025-12-30", "ends": "2026-01-02"}));
    activities.push(json!({"id": "vinter", "title": {"sv": "Vintermöte"}, "starts": "2024-02-01"}));
    serde_json::to_vec_pretty(&doc).unwrap()
}

/// `omvarld report FILE --as-of 2026-01-01 --format FORMAT --lang LANG`.
fn report_on(bytes: &[u8], format: &str, lang: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "p.json", bytes);
    let out = omvarld()
        .args([
            "report",
            "--as-of",
            "2026-01-01",
            "--format",
            format,
            "--lang",
            lang,
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.code() == Some(0), "{}", stderr(&out));
    stdout(&out)
}

/// The text of each element `css` selects in `within`.
fn texts(within: scraper::ElementRef<'_>, css: &str) -> Vec<String> {
    within
        .select(&Selector::parse(css).unwrap())
        .map(|e| e.text().collect::<String>().trim().to_owned())
        .collect()
}

#[test]
fn indicators_are_shown_under_their_goal_with_kpi_unit_baseline_and_target() {
    let cases = [
        (
            "sv",
            "| Indikator | Kolada | Enhet | Riktning | Utgångsvärde | Målvärde | Senaste utfall |\n|---|---|---|---|--:|--:|--:|\n| Förvärvsarbetande invånare 20–64 år | N00914 | procent | högre är bättre | 72,1 (2022) | 75 (2026) | 73,4 (2024) |\n",
            "| Indikator | Kolada | Enhet | Utgångsvärde | Målvärde |\n|---|---|---|--:|--:|\n| Gymnasieelever med examen inom 4 år | N17461 | procent | 68,5 (2022) | 75 (2026) |\n",
            "**Indikatorer (1)**",
        ),
        (
            "en",
            "| Indicator | Kolada | Unit | Direction | Baseline | Target | Latest result |\n|---|---|---|---|--:|--:|--:|\n| Employed residents aged 20–64 | N00914 | procent | higher is better | 72.1 (2022) | 75 (2026) | 73.4 (2024) |\n",
            "| Indicator | Kolada | Unit | Baseline | Target |\n|---|---|---|--:|--:|\n| Upper secondary students graduating within 4 years | N17461 | procent | 68.5 (2022) | 75 (2026) |\n",
            "**Indicators (1)**",
        ),
    ];
    for (lang, with_results, without, heading) in cases {
        let md = report_of(&rich(), "markdown", lang);
        // Each table under its own focus area, after the goal.
        let areas: Vec<&str> = md.split("\n### ").skip(1).collect();
        assert_eq!(areas.len(), 6);
        assert!(areas[0].contains(with_results), "{lang}: {}", areas[0]);
        assert!(areas[2].contains(without), "{lang}: {}", areas[2]);
        assert!(areas[1].find(heading).is_none(), "no indicators, no table");
        // A focus area's description follows its goal.
        let description = if lang == "sv" {
            "\n\nMalmö är en nod i det svenska och europeiska transportnätet.\n\n"
        } else {
            "\n\nMalmö is a node in the Swedish and European transport network.\n\n"
        };
        let at = areas[3].find(description).expect(areas[3]);
        assert!(areas[3].find(":** ").unwrap() < at, "{}", areas[3]);
        for area in [areas[0], areas[2], areas[4], areas[5]] {
            let goal = area.find(":** ").unwrap();
            assert!(goal < area.find(heading).unwrap(), "{area}");
        }

        let html = report_of(&rich(), "html", lang);
        let doc = parse_html(&html);
        let areas = select(&doc, "section.focus-area");
        let table = areas[2]
            .select(&Selector::parse("table").unwrap())
            .next()
            .unwrap();
        let cells = texts(table, "tbody td");
        let wanted: Vec<&str> = if lang == "sv" {
            vec![
                "Gymnasieelever med examen inom 4 år",
                "N17461",
                "procent",
                "68,5 (2022)",
                "75 (2026)",
            ]
        } else {
            vec![
                "Upper secondary students graduating within 4 years",
                "N17461",
                "procent",
                "68.5 (2022)",
                "75 (2026)",
            ]
        };
        assert_eq!(cells, wanted);
        assert_eq!(
            texts(table, "td.num").len(),
            2,
            "baseline and target are right-aligned"
        );
        // The indicator with results keeps its chart, below its table.
        assert_eq!(texts(areas[0], "tbody tr").len(), 1 + 7, "{html}");
        assert_eq!(areas[0].select(&Selector::parse("svg").unwrap()).count(), 1);
        assert_eq!(select(&doc, "svg").len(), 1);
        let paragraphs = texts(areas[3], "p");
        assert_eq!(paragraphs.len(), 2, "{paragraphs:?}");
        assert!(paragraphs[1].starts_with("Malmö "), "{paragraphs:?}");
    }
}

#[test]
fn positions_show_rationale_aims_arenas_owner_and_dates() {
    for (lang, wanted) in [
        (
            "sv",
            [
                "  - **Motivering:** Sysselsättningen i Malmö är lägre än i riket.\n",
                "  - **Bidrar till:** Ledning och samordning, Omvärldsperspektiv i verksamheten\n  - **Arenor:** Mellankommunal samverkan\n  - **Ansvarig:** Arbetsmarknads- och socialförvaltningen\n",
                "  - **Ansvarig:** Miljöförvaltningen\n  - **Antagen:** 2023-05-03\n  - **Ses över senast:** 2026-06-30\n",
                "_→ Europeiska kommissionen (EU), prioritet hög_",
            ],
        ),
        (
            "en",
            [
                "  - **Rationale:** Employment in Malmö is lower than in Sweden as a whole.\n",
                "  - **Contributes to:** Leadership and coordination, An outward-looking perspective in the city's services\n  - **Arenas:** Inter-municipal cooperation\n  - **Responsible:** Arbetsmarknads- och socialförvaltningen\n",
                "  - **Responsible:** Miljöförvaltningen\n  - **Adopted:** 2023-05-03\n  - **Review by:** 2026-06-30\n",
                "_→ The European Commission (EU), priority high_",
            ],
        ),
    ] {
        let md = report_of(&rich(), "markdown", lang);
        for want in wanted {
            assert!(md.contains(want), "--lang {lang}: no {want:?} in\n{md}");
        }
        let html = report_of(&rich(), "html", lang);
        let doc = parse_html(&html);
        // The EU position, in focus area 6: its facts as a description list.
        let area = select(&doc, "section.focus-area")[5];
        let dl = area.select(&Selector::parse("dl.details").unwrap()).next().unwrap();
        let pairs: Vec<(String, String)> = texts(dl, "dt")
            .into_iter()
            .zip(texts(dl, "dd"))
            .collect();
        let pair = |a: &str, b: &str| (a.to_owned(), b.to_owned());
        let expected = if lang == "sv" {
            vec![
                pair("Bidrar till", "Profilering, Större genomslag"),
                pair("Arenor", "EU-samarbete"),
                pair("Ansvarig", "Miljöförvaltningen"),
                pair("Antagen", "2023-05-03"),
                pair("Ses över senast", "2026-06-30"),
            ]
        } else {
            vec![
                pair("Contributes to", "Raising the city's profile, Greater impact"),
                pair("Arenas", "EU cooperation"),
                pair("Responsible", "Miljöförvaltningen"),
                pair("Adopted", "2023-05-03"),
                pair("Review by", "2026-06-30"),
            ]
        };
        assert_eq!(pairs, expected);
        let dates: Vec<&str> = dl
            .select(&Selector::parse("dd time").unwrap())
            .filter_map(|t| t.value().attr("datetime"))
            .collect();
        assert_eq!(dates, ["2023-05-03", "2026-06-30"]);
    }
}

#[test]
fn publications_are_shown_with_their_kind_identifier_date_and_positions() {
    for (lang, first, second) in [
        (
            "sv",
            "## Publikationer\n\n- [**Det här vill Malmö**](<https://malmo.se/>) (ståndpunktsfolder; KS-2023-1000; publicerad 2023-06-01)\n  - **Ståndpunkter:**\n    - Arbetsförmedlingen ska finnas på plats i Malmö\n    - Jämnare fördelning av mottagandet\n",
            "- **Remissvar: Arbetsförmedlingens lokala närvaro** (remissvar; KS-2023-1500; publicerad 2023-09-01)\n  - **Ståndpunkter:**\n    - Arbetsförmedlingen ska finnas på plats i Malmö\n\n",
        ),
        (
            "en",
            "## Publications\n\n- [**This is what Malmö wants**](<https://malmo.se/>) (position folder; KS-2023-1000; published 2023-06-01)\n  - **Positions:**\n    - The Public Employment Service must be present in Malmö\n    - A more even distribution of reception\n",
            "- **Remissvar: Arbetsförmedlingens lokala närvaro** (consultation response; KS-2023-1500; published 2023-09-01)\n  - **Positions:**\n    - The Public Employment Service must be present in Malmö\n\n",
        ),
    ] {
        let md = report_of(&rich(), "markdown", lang);
        assert!(md.contains(first), "--lang {lang}: {md}");
        assert!(md.contains(second), "--lang {lang}: {md}");

        let html = report_of(&rich(), "html", lang);
        let doc = parse_html(&html);
        let items = select(&doc, "#publications > ul > li");
        assert_eq!(items.len(), 2);
        let link = items[0].select(&Selector::parse("a").unwrap()).next().unwrap();
        assert_eq!(link.value().attr("href"), Some("https://malmo.se/"));
        assert_eq!(texts(items[0], "dd li").len(), 8);
        assert_eq!(texts(items[1], "dd li").len(), 1);
        assert!(items[1].select(&Selector::parse("a").unwrap()).next().is_none());
        assert_eq!(texts(items[1], "time"), ["2023-09-01"]);
    }
    // A programme without publications says so.
    let md = stdout(
        &omvarld()
            .arg("report")
            .arg(common::root().join("tests/fixtures/valid/minimal.json"))
            .output()
            .unwrap(),
    );
    assert!(
        md.contains("## Publikationer\n\n_Inga publikationer._\n"),
        "{md}"
    );
}

#[test]
fn every_activity_is_shown_in_date_order_with_past_ones_marked() {
    let bytes = with_activities();
    for (lang, note, lines) in [
        (
            "sv",
            "I datumordning efter första dagen, den tidigaste först. Aktiviteter som slutade före 2026-01-01 är markerade som avslutade.",
            [
                "- 2024-02-01: **Vintermöte** (0 ståndpunkter) — _avslutad_\n",
                "- 2025-06-23 – 2025-06-27: **Malmö stad i Almedalen 2025**, Almedalsveckan (4 ståndpunkter) — _avslutad_\n  - **Beskrivning:** Seminarier och möten med nationella beslutsfattare utifrån Det här vill Malmö.\n  - **Ståndpunkter:**\n    - Arbetsförmedlingen ska finnas på plats i Malmö\n",
                "- 2025-12-30 – 2026-01-02: **Nyårsmöte** (0 ståndpunkter) — _pågår_\n",
                "- 2026-05-04: **Europaforum**, EU-samarbete (1 ståndpunkt)\n  - **Ståndpunkter:**\n    - EU-stöd till klimatneutrala städer\n",
            ],
        ),
        (
            "en",
            "In date order by first day, earliest first. Activities that ended before 2026-01-01 are marked as ended.",
            [
                "- 2024-02-01: **Vintermöte** (0 positions) — _ended_\n",
                "- 2025-06-23 – 2025-06-27: **City of Malmö at Almedalen Week 2025**, Almedalen Week (4 positions) — _ended_\n  - **Description:** Seminars and meetings with national decision makers based on \"Det här vill Malmö\".\n  - **Positions:**\n    - The Public Employment Service must be present in Malmö\n",
                "- 2025-12-30 – 2026-01-02: **Nyårsmöte** (0 positions) — _ongoing_\n",
                "- 2026-05-04: **Europe forum**, EU cooperation (1 position)\n  - **Positions:**\n    - EU support for climate-neutral cities\n",
            ],
        ),
    ] {
        let md = report_on(&bytes, "markdown", lang);
        let section = md.split(if lang == "sv" { "## Aktiviteter\n\n" } else { "## Activities\n\n" }).nth(1).expect(&md);
        assert!(section.starts_with(&format!("{note}\n\n")), "{section}");
        let places: Vec<usize> = lines
            .iter()
            .map(|line| section.find(line).unwrap_or_else(|| panic!("--lang {lang}: no {line:?} in\n{section}")))
            .collect();
        assert!(places.windows(2).all(|w| w[0] < w[1]), "date order: {section}");

        let html = report_on(&bytes, "html", lang);
        let doc = parse_html(&html);
        let items = select(&doc, "#activities > ul > li");
        assert_eq!(items.len(), 4);
        let starts: Vec<String> = items
            .iter()
            .map(|li| li.select(&Selector::parse("time").unwrap()).next().unwrap().value().attr("datetime").unwrap().to_owned())
            .collect();
        assert_eq!(starts, ["2024-02-01", "2025-06-23", "2025-12-30", "2026-05-04"]);
        let marks: Vec<Vec<String>> = items.iter().map(|li| texts(*li, ".mark.past, .mark.ongoing")).collect();
        let (ended, ongoing) = if lang == "sv" { ("avslutad", "pågår") } else { ("ended", "ongoing") };
        assert_eq!(marks, [vec![ended.to_owned()], vec![ended.to_owned()], vec![ongoing.to_owned()], vec![]]);
        assert_eq!(texts(items[0], ".mark.past").len(), 1);
        assert_eq!(texts(items[2], ".mark.ongoing").len(), 1);
        assert_eq!(texts(doc.root_element(), "#activities > p.legend"), [note]);
        assert_eq!(texts(items[3], "dd li"), [if lang == "sv" { "EU-stöd till klimatneutrala städer" } else { "EU support for climate-neutral cities" }]);
    }
}

#[test]
fn without_as_of_activities_are_past_relative_to_today() {
    // Today is after 2025-06-27, so the 2025 activity of the rich document is past.
    let out = omvarld().arg("report").arg(rich()).output().unwrap();
    let md = stdout(&out);
    assert!(md.contains("(4 ståndpunkter) — _avslutad_\n"), "{md}");
    let note = md.split("Aktiviteter som slutade före ").nth(1).unwrap();
    let date: omvarld::Date = note[..10].parse().unwrap();
    assert!(date > "2026-01-01".parse().unwrap(), "{note}");
}

#[test]
fn code_spans_in_messages_are_code_in_html_and_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let bytes = malmo_with(|doc| {
        let mut p = position("a", "<script>x</script>", &["bostad"], &["profilering"]);
        p["title"] = json!({"sv": "A"});
        doc["positions"] = json!([p]);
    });
    let file = write(dir.path(), "bad.json", &bytes);
    for lang in ["sv", "en"] {
        let out = omvarld()
            .args(["report", "--format", "html", "--lang", lang])
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1));
        let html = stdout(&out);
        let doc = parse_html(&html);
        assert!(select(&doc, "script").is_empty(), "{html}");
        assert!(
            !html.contains('`'),
            "a literal backtick in the HTML: {html}"
        );
        let codes: Vec<String> = select(&doc, "#errors li code")
            .iter()
            .map(|c| c.text().collect())
            .collect();
        assert!(
            codes.contains(&"<script>x</script>".to_owned()),
            "{codes:?}"
        );
        assert!(codes.contains(&"error[enum]".to_owned()), "{codes:?}");

        let md = stdout(
            &omvarld()
                .args(["report", "--lang", lang])
                .arg(&file)
                .output()
                .unwrap(),
        );
        assert!(md.contains("`<script>x</script>`"), "{md}");
        assert!(!md.contains("\\`"), "no escaped backticks: {md}");
    }
}

#[test]
fn user_text_of_the_whole_programme_is_escaped_everywhere() {
    let mut doc: serde_json::Value = serde_json::from_slice(&with_activities()).unwrap();
    let evil = |what: &str| format!("<script>{what}</script>");
    doc["focus_areas"][3]["description"] = json!({"sv": evil("area")});
    let indicator = &mut doc["focus_areas"][2]["direction_goal"]["indicators"][0];
    indicator["name"] = json!({"sv": evil("indicator")});
    indicator["unit"] = json!(evil("unit"));
    doc["contribution_aims"][1]["title"] = json!({"sv": evil("aim")});
    doc["arenas"][1]["name"] = json!({"sv": evil("arena")});
    let p = &mut doc["positions"][2];
    p["title"] = json!({"sv": evil("position")});
    p["rationale"] = json!({"sv": evil("rationale")});
    p["owner"] = json!(evil("owner"));
    doc["publications"][1]["title"] = json!({"sv": evil("publication")});
    doc["publications"][1]["identifier"] = json!(evil("identifier"));
    doc["publications"][1]["url"] = json!("https://e.se/\"><script>url</script>");
    doc["publications"][1]["positions"] = json!(["kompetensforsorjning-i-regionen"]);
    doc["activities"][0]["title"] = json!({"sv": evil("activity")});
    doc["activities"][0]["description"] = json!({"sv": evil("description")});
    doc["activities"][1]["arena"] = json!("mellankommunal-samverkan");
    doc["activities"][1]["positions"] = json!(["kompetensforsorjning-i-regionen"]);
    let bytes = serde_json::to_vec_pretty(&doc).unwrap();
    let places = [
        "area",
        "indicator",
        "unit",
        "aim",
        "arena",
        "position",
        "rationale",
        "owner",
        "publication",
        "identifier",
        "activity",
        "description",
    ];
    for lang in ["sv", "en"] {
        let html = report_on(&bytes, "html", lang);
        let parsed = parse_html(&html);
        assert!(select(&parsed, "script").is_empty(), "{html}");
        let text: String = parsed.root_element().text().collect();
        for place in places {
            assert!(
                text.contains(&evil(place)),
                "{place} is shown as text: {html}"
            );
        }
        // The indicator table, the position's details, the publication's
        // link and positions, the activity's arena and positions.
        assert!(texts(parsed.root_element(), "section.focus-area td").contains(&evil("indicator")));
        assert!(texts(parsed.root_element(), "dl.details dd").contains(&evil("owner")));
        let publication = select(&parsed, "#publications > ul > li")[1];
        let link = publication
            .select(&Selector::parse("a").unwrap())
            .next()
            .unwrap();
        assert_eq!(
            link.value().attr("href"),
            Some("https://e.se/\"><script>url</script>")
        );
        assert_eq!(link.text().collect::<String>(), evil("publication"));
        assert_eq!(texts(publication, "dd li"), [evil("position")]);
        let activity = select(&parsed, "#activities > ul > li")
            .into_iter()
            .find(|li| {
                li.text().collect::<String>().contains("Europaforum")
                    || li.text().collect::<String>().contains("Europe forum")
            })
            .unwrap();
        assert!(activity.text().collect::<String>().contains(&evil("arena")));
        assert_eq!(texts(activity, "dd li"), [evil("position")]);

        let md = report_on(&bytes, "markdown", lang);
        assert!(!md.contains("<script>"), "{md}");
        for place in places {
            assert!(
                md.contains(&format!("\\<script\\>{place}\\</script\\>")),
                "{place}: {md}"
            );
        }
        assert!(
            md.contains("](<https://e.se/\"\\>\\<script\\>url\\</script\\>>)"),
            "{md}"
        );
    }
}
