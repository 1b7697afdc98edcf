//! The README's table of codes is the catalogue `omvarld::codes()`.
#![allow(clippy::unwrap_used, clippy::indexing_slicing)]

#[test]
fn readme_code_table_matches_the_catalogue() {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    let start = readme.find("<!-- codes:start -->").unwrap();
    let end = readme.find("<!-- codes:end -->").unwrap();
    let rows: Vec<Vec<String>> = readme[start..end]
        .lines()
        .filter(|l| l.starts_with("| `"))
        .map(|l| {
            l.trim_matches('|')
                .split(" | ")
                .map(|c| c.trim().to_owned())
                .collect()
        })
        .collect();
    let expected: Vec<Vec<String>> = omvarld::codes()
        .iter()
        .map(|c| {
            vec![
                format!("`{}`", c.code),
                c.severity.to_string(),
                if c.structural {
                    "structural"
                } else {
                    "semantic"
                }
                .to_owned(),
                c.description_en.to_owned(),
            ]
        })
        .collect();
    assert_eq!(
        rows, expected,
        "update the README table from omvarld::codes()"
    );
}
