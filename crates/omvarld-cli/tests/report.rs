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
    let active = bostader.find("**Aktiva (1)**").unwrap();
    let adopted = bostader.find("**Antagna (1)**").unwrap();
    let draft = bostader.find("**Utkast (1)**").unwrap();
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
    // Upcoming activities only.
    assert!(text.contains("## Kommande aktiviteter (från 2026-01-01)"));
    assert!(
        text.contains(
            "- 2027-06-28 – 2027-07-02: **Almedalen 2027**, Almedalsveckan (1 ståndpunkt)"
        ),
        "{text}"
    );
    assert!(!text.contains("Almedalen 2025"));
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
