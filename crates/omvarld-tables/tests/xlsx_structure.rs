//! What the exported workbook holds besides cells: the header row frozen,
//! an Excel table and header notes per sheet, dropdowns from ranges on the
//! hidden Lists sheet, the version and tool in the properties, and no
//! formula anywhere.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

mod common;

use std::io::Read;

use common::fixture;
use omvarld::Lang;

/// Every part of the xlsx archive, by name.
fn parts(bytes: &[u8]) -> Vec<(String, String)> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut file = archive.by_index(i).unwrap();
            let mut text = String::new();
            file.read_to_string(&mut text).unwrap_or_default();
            (file.name().to_owned(), text)
        })
        .collect()
}

fn part<'p>(parts: &'p [(String, String)], name: &str) -> &'p str {
    &parts.iter().find(|(n, _)| n == name).unwrap().1
}

#[test]
fn the_workbook_has_frozen_headers_tables_dropdowns_and_its_version() {
    let mut programme = fixture("v1-1-rich.json");
    programme.positions[0].owner = Some("=HYPERLINK(\"http://example.com\")".to_owned());
    let bytes = omvarld_tables::to_xlsx(&programme, Lang::Sv).unwrap();
    let parts = parts(&bytes);
    let workbook = part(&parts, "xl/workbook.xml");
    assert!(
        workbook.contains(r#"<sheet name="Program" sheetId="1""#),
        "{workbook}"
    );
    assert!(
        workbook.contains(r#"<sheet name="Ståndpunkter""#),
        "{workbook}"
    );
    assert!(
        workbook.contains(r#"<sheet name="Listor" sheetId="15" state="hidden""#),
        "{workbook}"
    );

    let sheets: Vec<&(String, String)> = parts
        .iter()
        .filter(|(n, _)| n.starts_with("xl/worksheets/sheet"))
        .collect();
    assert_eq!(sheets.len(), 15);
    for (name, xml) in &sheets[..14] {
        assert!(
            xml.contains(r#"ySplit="1""#) && xml.contains(r#"state="frozen""#),
            "{name}"
        );
        assert!(xml.contains("<tableParts count=\"1\">"), "{name}");
        assert!(!xml.contains("<f>"), "{name} has a formula");
    }
    assert_eq!(
        parts
            .iter()
            .filter(|(n, _)| n.starts_with("xl/tables/table"))
            .count(),
        14
    );
    assert!(parts.iter().any(|(n, _)| n.starts_with("xl/comments")));
    // Positions (sheet 8): status from the enumeration list, refused when
    // outside it; the decision's body from the bodies' ids, with a warning.
    let positions = &sheets[7].1;
    assert!(
        positions.contains(r#"<dataValidation type="list""#),
        "{positions}"
    );
    assert!(positions.contains("<formula1>'Listor'!$"), "{positions}");
    assert!(positions.contains(r#"errorStyle="warning""#), "{positions}");
    let lists = &sheets[14].1;
    assert!(!lists.contains("<f>"));
    // Sheets are written in constant-memory mode, whose strings are inline
    // (`t="inlineStr"`), not in xl/sharedStrings.xml.
    assert!(!parts.iter().any(|(n, _)| n == "xl/sharedStrings.xml"));
    let strings: String = sheets.iter().map(|(_, xml)| xml.as_str()).collect();
    assert!(
        strings.contains(r#"t="inlineStr"><is><t>=HYPERLINK("#),
        "a formula-like value is a string"
    );
    for needle in [
        "status",
        "draft",
        "withdrawn",
        "Beslutande organ (id)",
        "arbetsmarknadsnamnden",
    ] {
        assert!(
            strings.contains(needle),
            "{needle} not in the sheets' strings"
        );
    }
    let custom = part(&parts, "docProps/custom.xml");
    assert!(
        custom.contains(r#"name="omvarld_schema_version""#)
            && custom.contains("<vt:lpwstr>1.1</vt:lpwstr>"),
        "{custom}"
    );
    let core = part(&parts, "docProps/core.xml");
    assert!(
        core.contains(&format!(
            "omvarld {}; data standard 1.1",
            env!("CARGO_PKG_VERSION")
        )),
        "{core}"
    );
    assert!(strings.contains(&format!("omvarld {}", env!("CARGO_PKG_VERSION"))));
}

#[test]
fn the_data_package_describes_every_file_with_keys() {
    let files = omvarld_tables::to_csv_files(&fixture("v1-1-rich.json"), Lang::En).unwrap();
    let (name, text) = files.last().unwrap();
    assert_eq!(name, "datapackage.json");
    let package: serde_json::Value = serde_json::from_str(text).unwrap();
    let resources = package["resources"].as_array().unwrap();
    assert_eq!(resources.len(), files.len() - 1);
    let by_name = |n: &str| resources.iter().find(|r| r["name"] == n).unwrap();
    let indicators = &by_name("indicators")["schema"];
    assert_eq!(
        indicators["primaryKey"],
        serde_json::json!(["Focus area id", "Id"])
    );
    assert_eq!(
        indicators["foreignKeys"][0],
        serde_json::json!({"fields": ["Focus area id"], "reference": {"resource": "focus_areas", "fields": ["Id"]}})
    );
    let results = &by_name("results")["schema"];
    assert_eq!(
        results["foreignKeys"][0]["reference"],
        serde_json::json!({"resource": "indicators", "fields": ["Focus area id", "Id"]})
    );
    let positions = &by_name("positions")["schema"];
    let status = positions["fields"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "Status")
        .unwrap();
    assert_eq!(status["constraints"]["enum"][0], "draft");
    assert_eq!(status["constraints"]["required"], true);
    assert!(positions["foreignKeys"]
        .as_array()
        .unwrap()
        .iter()
        .any(|k| k["reference"]["resource"] == "bodies"));
    assert_eq!(by_name("positions")["dialect"]["delimiter"], ",");
    for (name, text) in &files[..files.len() - 1] {
        assert!(text.starts_with('\u{feff}'), "{name} has no BOM");
    }
}
