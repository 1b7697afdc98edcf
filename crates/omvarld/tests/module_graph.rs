//! The module graph of the core has the shape docs/DESIGN describes: data
//! flows one way, `diagnostics` is a leaf, and `parse` does not reach into
//! `validate`. The test reads every `crate::…` path in the code (not the
//! comments) of each top-level module and checks it against the allowed
//! edges.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Which top-level modules each module may use.
const ALLOWED: &[(&str, &[&str])] = &[
    // Macros expand where they are used; the code they write names diagnostics.
    ("macros", &["diagnostics"]),
    // `suggest` is a leaf of string helpers ("did you mean" for `Code::nearest`).
    ("diagnostics", &["macros", "suggest"]),
    ("pointer", &[]),
    ("suggest", &[]),
    ("model", &["diagnostics", "macros"]),
    ("schema", &["diagnostics", "model"]),
    ("shape", &["diagnostics", "model", "schema"]),
    (
        "parse",
        &["diagnostics", "model", "shape", "pointer", "suggest"],
    ),
    (
        "validate",
        &["diagnostics", "model", "parse", "shape", "suggest"],
    ),
    ("upgrade", &["diagnostics", "model", "validate"]),
    // The diff walks the documents by the shape; it validates bytes it is given.
    (
        "diff",
        &["diagnostics", "model", "pointer", "shape", "validate"],
    ),
];

fn sources(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_dir() {
        for entry in std::fs::read_dir(path).unwrap() {
            sources(&entry.unwrap().path(), out);
        }
    } else if path.extension().is_some_and(|e| e == "rs") {
        out.push(path.to_owned());
    }
}

/// The top-level modules named by `crate::…` (and `$crate::…`) paths in `module`.
fn uses(module: &str) -> BTreeSet<String> {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    let dir = src.join(module);
    if dir.is_dir() {
        sources(&dir, &mut files);
    } else {
        files.push(src.join(format!("{module}.rs")));
    }
    let mut used = BTreeSet::new();
    for file in files {
        // Comments are not uses: a doc link may point anywhere.
        let text: String = std::fs::read_to_string(&file)
            .unwrap()
            .lines()
            .filter(|line| !line.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for (i, _) in text.match_indices("crate::") {
            let rest = &text[i + "crate::".len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            // Crate-root re-exports (`crate::Lang`) name no module.
            if name.chars().next().is_some_and(|c| c.is_ascii_lowercase()) && name != module {
                used.insert(name);
            }
        }
    }
    used
}

#[test]
fn modules_use_only_what_flows_into_them() {
    let allowed: BTreeMap<&str, &[&str]> = ALLOWED.iter().copied().collect();
    let mut problems = Vec::new();
    for (module, may) in ALLOWED {
        for used in uses(module) {
            if !may.contains(&used.as_str()) {
                problems.push(format!("{module} uses {used}"));
            }
        }
    }
    assert!(
        problems.is_empty(),
        "edges outside the design: {problems:?}"
    );
    // The allowed edges themselves have no circle (parse ⇄ validate was one).
    fn reaches(allowed: &BTreeMap<&str, &[&str]>, from: &str, to: &str, depth: usize) -> bool {
        depth < 16
            && allowed.get(from).is_some_and(|next| {
                next.iter()
                    .filter(|n| **n != "macros")
                    .any(|n| *n == to || reaches(allowed, n, to, depth + 1))
            })
    }
    for (module, _) in ALLOWED.iter().filter(|(m, _)| *m != "macros") {
        assert!(
            !reaches(&allowed, module, module, 0),
            "{module} reaches itself"
        );
    }
    assert!(!reaches(&allowed, "parse", "validate", 0));
    assert!(!reaches(&allowed, "diagnostics", "model", 0));
}

#[test]
fn the_reader_sees_the_edges_it_must() {
    assert!(uses("validate").contains("parse"));
    assert!(uses("parse").contains("diagnostics"));
    assert!(!uses("parse").contains("validate"));
}
