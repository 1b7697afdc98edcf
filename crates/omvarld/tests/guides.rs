//! The documentation a publisher works from: the complete example in
//! docs/standard.md (the fixture `valid/exempelby.json`, valid, using every
//! member of every object type of the schema), the publishing guide's list
//! of what only the validator checks, and the Swedish and English
//! getting-started guides, which name the same commands, options and codes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod markdown;

use markdown::{read, section};
use std::collections::{BTreeMap, BTreeSet};

use omvarld::shape::{Shape, Type, TypeRef};
use omvarld::{Code, Kind, Options, Severity};
use serde_json::Value;

const EXAMPLE: &str = "tests/fixtures/valid/exempelby.json";

// ---- the complete example ------------------------------------------------------

#[test]
fn the_complete_example_in_the_standard_is_the_fixture() {
    let doc = read("docs/standard.md");
    let text = section(&doc, "## A complete example");
    let blocks: Vec<&str> = text
        .split("```json\n")
        .skip(1)
        .filter_map(|b| b.split_once("```\n").map(|(json, _)| json))
        .collect();
    assert_eq!(blocks.len(), 1, "one JSON block in \"A complete example\"");
    let fixture = read(EXAMPLE);
    assert!(
        blocks[0] == fixture,
        "the block under \"## A complete example\" in docs/standard.md differs from {EXAMPLE}; \
         paste the fixture into it"
    );
}

#[test]
fn the_complete_example_is_valid_with_no_warnings_until_its_first_review() {
    let bytes = read(EXAMPLE);
    let report = omvarld::validate_str(&bytes, &Options::default());
    assert!(report.errors.is_empty(), "{report}");
    assert!(report.warnings.is_empty(), "{report}");
    // docs/standard.md: no warning with a review date check up to 2027-11-30.
    let on =
        |date: &str| omvarld::validate_str(&bytes, &Options::new().as_of(date.parse().unwrap()));
    assert!(on("2027-11-30").warnings.is_empty());
    let after = on("2027-12-01");
    let warnings: Vec<(Code, &str)> = after
        .warnings
        .iter()
        .map(|w| (w.code, w.path.as_str()))
        .collect();
    assert_eq!(warnings, [(Code::ReviewOverdue, "/positions/0/review_by")]);
    // Fictional, as it says, and about no real municipality.
    let doc: Value = serde_json::from_str(&bytes).unwrap();
    assert_eq!(doc["organisation"]["municipality_code"], "9999");
    assert!(doc["summary"]["sv"]
        .as_str()
        .unwrap()
        .contains("Exempelby kommun finns inte"));
    assert!(doc["summary"]["en"]
        .as_str()
        .unwrap()
        .contains("Exempelby Municipality does not exist"));
}

/// Every object type reachable from `ty`, with its members' names.
fn object_types(shape: &Shape, ty: TypeRef, out: &mut BTreeMap<String, BTreeSet<String>>) {
    match shape.get(ty) {
        Type::Object(object) => {
            if out.contains_key(&object.name) {
                return;
            }
            out.insert(
                object.name.clone(),
                object.names().map(str::to_owned).collect(),
            );
            for member in &object.members {
                object_types(shape, member.ty, out);
            }
        }
        Type::Array { items, .. } => object_types(shape, *items, out),
        _ => {}
    }
}

/// Every (object type, member) that `value`, read as `ty`, has.
fn used(shape: &Shape, ty: TypeRef, value: &Value, out: &mut BTreeSet<(String, String)>) {
    match shape.get(ty) {
        Type::Object(object) => {
            for (name, member_value) in value.as_object().into_iter().flatten() {
                out.insert((object.name.clone(), name.clone()));
                if let Some(member) = object.member(name) {
                    used(shape, member.ty, member_value, out);
                }
            }
        }
        Type::Array { items, .. } => {
            for item in value.as_array().into_iter().flatten() {
                used(shape, *items, item, out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_complete_example_uses_every_member_of_every_object_type() {
    let shape = Shape::programme();
    let mut types = BTreeMap::new();
    object_types(shape, shape.root(), &mut types);
    // The walk reaches every object type of the published schema.
    let schema = omvarld::schema::programme_schema();
    let mut defs: BTreeSet<String> = schema["$defs"]
        .as_object()
        .unwrap()
        .iter()
        .filter(|(_, def)| def.get("properties").is_some())
        .map(|(name, _)| name.clone())
        .collect();
    defs.insert("Programme".to_owned());
    assert_eq!(
        types.keys().cloned().collect::<BTreeSet<_>>(),
        defs,
        "object types of the shape and of the schema"
    );
    assert!(types.len() >= 20, "{types:?}");

    let doc: Value = serde_json::from_str(&read(EXAMPLE)).unwrap();
    let mut seen = BTreeSet::new();
    used(shape, shape.root(), &doc, &mut seen);
    let missing: Vec<String> = types
        .iter()
        .flat_map(|(object, members)| {
            members
                .iter()
                .filter(|m| !seen.contains(&(object.clone(), (*m).clone())))
                .map(move |m| format!("{object}.{m}"))
        })
        .collect();
    assert!(
        missing.is_empty(),
        "{EXAMPLE} never uses: {}",
        missing.join(", ")
    );
    assert!(seen.contains(&("FollowUp".to_owned(), "extensions".to_owned())));
}

// ---- the publishing guide -------------------------------------------------------

/// The codes at the start of the list items of `text` (`` - `code`: … ``).
fn listed_codes(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|line| line.strip_prefix("- `"))
        .filter_map(|rest| rest.split_once('`').map(|(code, _)| code.to_owned()))
        .collect()
}

#[test]
fn the_publishing_guide_lists_every_semantic_code_as_what_the_schema_misses() {
    let doc = read("docs/publishing.md");
    let listed = listed_codes(section(&doc, "### What schema-only validation misses"));
    let semantic: Vec<String> = omvarld::codes()
        .iter()
        .filter(|info| info.kind == Kind::Semantic)
        .map(|info| info.code.to_string())
        .collect();
    assert_eq!(
        listed, semantic,
        "docs/publishing.md \"What schema-only validation misses\" against the semantic codes of \
         omvarld::codes(), in catalogue order"
    );
    // Warnings are said to be warnings, errors are not.
    let text = section(&doc, "### What schema-only validation misses");
    for info in omvarld::codes().iter().filter(|i| i.kind == Kind::Semantic) {
        let item = text
            .lines()
            .find(|l| l.starts_with(&format!("- `{}`", info.code)))
            .unwrap();
        assert_eq!(
            item.contains("(warning"),
            info.severity == Severity::Warning,
            "{item}"
        );
    }
}

#[test]
fn the_publishing_guide_names_the_published_schema_urls() {
    let doc = read("docs/publishing.md");
    for version in omvarld::SchemaVersion::ALL {
        for name in ["programme", "advocacy-position", "validation-report"] {
            let schema = omvarld::schema::schema_in(name, *version).unwrap();
            let id = schema["$id"].as_str().unwrap();
            assert!(doc.contains(&format!("`{id}`")), "{id} is not in the table");
        }
    }
}

// ---- the getting-started guides -------------------------------------------------

/// The code of a Markdown document: every line of its fenced blocks and
/// every inline code span outside them.
fn code_of(doc: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut fenced = false;
    for line in doc.lines() {
        if line.starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            out.push(line.to_owned());
        } else {
            out.extend(line.split('`').skip(1).step_by(2).map(str::to_owned));
        }
    }
    out
}

/// Each `omvarld` command the code of `doc` runs, as (subcommand, options):
/// `omvarld validate f --lang sv` is `("validate", {"--lang"})`; a bare
/// `omvarld --version` is `("", {"--version"})`.
fn commands(doc: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for code in code_of(doc) {
        let mut words = code.split_whitespace().peekable();
        while let Some(word) = words.next() {
            if word != "omvarld" {
                continue;
            }
            let mut sub = String::new();
            let mut options = BTreeSet::new();
            if let Some(next) = words.peek() {
                if next.chars().all(|c| c.is_ascii_lowercase()) {
                    sub = (*next).to_owned();
                    words.next();
                }
            }
            for word in words.by_ref() {
                if ["|", ">", "&&", ";", "#"].contains(&word) {
                    break;
                }
                if word.starts_with("--") {
                    options.insert(word.to_owned());
                }
            }
            out.entry(sub).or_default().extend(options);
        }
    }
    out
}

/// The codes of the catalogue that `doc` names in code.
fn codes_named(doc: &str) -> BTreeSet<String> {
    let known: BTreeSet<String> = omvarld::codes()
        .iter()
        .map(|i| i.code.to_string())
        .collect();
    code_of(doc)
        .iter()
        .flat_map(|code| {
            code.split(|c: char| !(c.is_ascii_lowercase() || c == '_'))
                .filter(|w| known.contains(*w))
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn the_command_reader_finds_subcommands_and_options() {
    let doc = "Run `omvarld validate a.json --lang sv`.\n\n```sh\nomvarld --version\n\
               omvarld init --example > a.omvarld.json && omvarld report a.json --out r.html\n\
               cargo install omvarld-cli\n```\nthe omvarld standard, `error[unknown_reference]`\n";
    let found = commands(doc);
    let set = |xs: &[&str]| xs.iter().map(|s| (*s).to_owned()).collect::<BTreeSet<_>>();
    assert_eq!(found["validate"], set(&["--lang"]));
    assert_eq!(found[""], set(&["--version"]));
    assert_eq!(found["init"], set(&["--example"]));
    assert_eq!(found["report"], set(&["--out"]));
    assert_eq!(found.len(), 4, "{found:?}");
    assert_eq!(codes_named(doc), set(&["unknown_reference"]));
}

#[test]
fn the_swedish_and_english_getting_started_guides_name_the_same_commands_and_codes() {
    let sv = read("docs/kom-igang.md");
    let en = read("docs/getting-started.md");
    assert_eq!(
        commands(&sv),
        commands(&en),
        "docs/kom-igang.md and docs/getting-started.md name different `omvarld` commands or options"
    );
    assert_eq!(
        codes_named(&sv),
        codes_named(&en),
        "docs/kom-igang.md and docs/getting-started.md name different codes"
    );
    // Every subcommand they name exists, and both cover the publisher's path.
    let subcommands: BTreeSet<String> = commands(&en).into_keys().collect();
    let expected: BTreeSet<String> = ["", "init", "validate", "explain", "report", "upgrade"]
        .iter()
        .map(|s| (*s).to_owned())
        .collect();
    assert_eq!(subcommands, expected);
    assert!(commands(&en)["init"].contains("--example"));
    // Each links the other, the standard and the publishing guide; the
    // README links both guides.
    for (doc, other) in [(&sv, "getting-started.md"), (&en, "kom-igang.md")] {
        for link in [other, "standard.md", "publishing.md"] {
            assert!(doc.contains(&format!("]({link}")), "no link to {link}");
        }
    }
    let readme = read("README.md");
    for link in [
        "docs/getting-started.md",
        "docs/kom-igang.md",
        "docs/publishing.md",
    ] {
        assert!(
            readme.contains(&format!("]({link})")),
            "README.md: no link to {link}"
        );
    }
}
