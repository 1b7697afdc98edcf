//! Editor and pre-commit support for data publishers: `schemas/catalog.json`
//! (the entry the project submits to SchemaStore's catalog),
//! `.pre-commit-hooks.yaml` (the hook `omvarld-validate`) and the README's
//! "Editors and pre-commit" agree with each other and with the committed
//! schemas, and the hook's command, run the way pre-commit runs it, passes
//! valid files and stops on an invalid one.
//!
//! The catalog's URLs are checked against the `$id`s of the files under
//! `schemas/<version>/`, found by listing the directory: a version the
//! catalog names whose directory is not committed yet is checked by the form
//! of its URL only, and the test says so on stderr.
//!
//! `pre_commit_try_repo_runs_the_hook` runs the real pre-commit and is
//! ignored by default: `make stress` installs pre-commit into `.venv` and
//! runs it.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Output;

use common::{omvarld, root, stderr, stdout};
use regex::Regex;
use serde_json::{Map, Value};

// ---- schemas/catalog.json -------------------------------------------------

const CATALOG_SCHEMA: &str = "https://json.schemastore.org/schema-catalog.json";

fn catalog() -> Value {
    let path = root().join("schemas/catalog.json");
    let text = std::fs::read_to_string(&path).unwrap();
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: not JSON: {e}", path.display()))
}

/// The catalog's one entry: the programme schema.
fn entry() -> Map<String, Value> {
    let catalog = catalog();
    let schemas = catalog["schemas"].as_array().expect("`schemas` is a list");
    assert_eq!(schemas.len(), 1, "one entry, the programme schema");
    schemas[0]
        .as_object()
        .expect("an entry is an object")
        .clone()
}

fn latest_url() -> String {
    entry()["url"].as_str().unwrap().to_owned()
}

fn file_match() -> Vec<String> {
    entry()["fileMatch"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().to_owned())
        .collect()
}

/// `"1.10"` → `(1, 10)`, so versions sort as numbers.
fn version_key(version: &str) -> (u32, u32) {
    let parse = |s: Option<&str>| s.and_then(|s| s.parse().ok());
    let mut parts = version.split('.');
    match (parse(parts.next()), parse(parts.next()), parts.next()) {
        (Some(major), Some(minor), None) => (major, minor),
        _ => panic!("{version:?} is not a standard version MAJOR.MINOR"),
    }
}

/// The version segment of a schema URL `…/schemas/<version>/<name>.schema.json`.
fn version_of(url: &str) -> &str {
    let mut segments = url.rsplit('/');
    let _file = segments.next();
    let version = segments.next().unwrap_or_default();
    assert!(
        version_key(version) > (0, 0),
        "{url}: no version before the file name"
    );
    version
}

/// `$id` of every committed programme schema, by standard version: the files
/// `schemas/<version>/programme.schema.json`, and the flat
/// `schemas/programme.schema.json` of before the move to version
/// directories (its version is the one its `$id` names).
fn committed_programme_ids() -> BTreeMap<String, String> {
    let dir = root().join("schemas");
    let id_of = |path: &Path| -> String {
        let text = std::fs::read_to_string(path).unwrap();
        let schema: Value = serde_json::from_str(&text).unwrap();
        schema["$id"]
            .as_str()
            .unwrap_or_else(|| panic!("{}: no $id", path.display()))
            .to_owned()
    };
    let mut ids = BTreeMap::new();
    let flat = dir.join("programme.schema.json");
    if flat.is_file() {
        let id = id_of(&flat);
        ids.insert(version_of(&id).to_owned(), id);
    }
    for item in std::fs::read_dir(&dir).unwrap() {
        let item = item.unwrap();
        let name = item.file_name().to_string_lossy().into_owned();
        let file = item.path().join("programme.schema.json");
        if !item.path().is_dir() {
            continue;
        }
        version_key(&name);
        assert!(
            file.is_file(),
            "schemas/{name}/ has no programme.schema.json"
        );
        let id = id_of(&file);
        assert_eq!(
            version_of(&id),
            name,
            "schemas/{name}/programme.schema.json: $id {id} names another version"
        );
        if let Some(flat_id) = ids.insert(name.clone(), id.clone()) {
            assert_eq!(
                flat_id, id,
                "schemas/programme.schema.json and schemas/{name}/ disagree"
            );
        }
    }
    ids
}

#[test]
fn the_catalog_has_schemastores_form() {
    let catalog = catalog();
    let object = catalog.as_object().unwrap();
    assert_eq!(catalog["$schema"], CATALOG_SCHEMA);
    assert_eq!(catalog["version"], 1);
    for key in object.keys() {
        assert!(
            ["$schema", "version", "schemas"].contains(&key.as_str()),
            "the catalog's {key:?} is not a member of SchemaStore's catalog format"
        );
    }
    let entry = entry();
    for key in entry.keys() {
        assert!(
            ["name", "description", "fileMatch", "url", "versions"].contains(&key.as_str()),
            "the entry's {key:?} is not a member of SchemaStore's catalog format"
        );
    }
    for key in ["name", "description"] {
        let text = entry[key].as_str().unwrap_or_default();
        assert!(!text.trim().is_empty(), "the entry needs a {key}");
    }
    let description = entry["description"].as_str().unwrap();
    assert!(
        description.contains("programme") && !description.ends_with('.'),
        "an English description, no trailing full stop (SchemaStore's style): {description:?}"
    );
    let urls =
        std::iter::once(&entry["url"]).chain(entry["versions"].as_object().unwrap().values());
    for url in urls {
        assert!(url.as_str().unwrap().starts_with("https://"), "{url}");
    }
    let patterns = file_match();
    let unique: BTreeSet<_> = patterns.iter().collect();
    assert_eq!(unique.len(), patterns.len(), "fileMatch repeats a pattern");
    for pattern in &patterns {
        assert!(
            pattern.contains("omvarld"),
            "{pattern:?} would claim other projects' JSON"
        );
    }
}

#[test]
fn the_catalog_urls_are_the_ids_of_the_committed_schemas() {
    let entry = entry();
    let versions: BTreeMap<&str, &str> = entry["versions"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(v, url)| (v.as_str(), url.as_str().unwrap()))
        .collect();
    let committed = committed_programme_ids();
    assert!(!committed.is_empty(), "no programme schema under schemas/");

    for (version, id) in &committed {
        assert_eq!(
            versions.get(version.as_str()).copied(),
            Some(id.as_str()),
            "catalog versions[{version:?}] should be the $id of the committed {version} schema"
        );
    }
    // A version not committed yet: only while its directory does not exist,
    // and its URL has the form of the committed ones.
    let (known_version, known_id) = committed.iter().next_back().unwrap();
    for (version, url) in &versions {
        version_key(version);
        if committed.contains_key(*version) {
            continue;
        }
        assert!(
            !root().join("schemas").join(version).exists(),
            "schemas/{version}/ exists but has no programme.schema.json"
        );
        let expected = known_id.replace(&format!("/{known_version}/"), &format!("/{version}/"));
        assert_eq!(*url, expected, "catalog versions[{version:?}]");
        eprintln!(
            "pending: schemas/{version}/programme.schema.json is not committed yet; \
             the catalog's {url} is checked by its form only"
        );
    }
    let latest = versions
        .keys()
        .max_by_key(|v| version_key(v))
        .expect("the catalog lists versions");
    assert_eq!(
        entry["url"], versions[latest],
        "the catalog's url is the schema of the latest version, {latest}"
    );
}

#[test]
fn init_names_the_latest_schema_first() {
    let out = omvarld().arg("init").output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let doc: Value = serde_json::from_str(&text).unwrap();
    match doc.get("$schema") {
        Some(url) => {
            assert_eq!(url, &Value::String(latest_url()));
            assert!(
                text.trim_start()
                    .trim_start_matches('{')
                    .trim_start()
                    .starts_with("\"$schema\""),
                "`$schema` is the first member, as editors expect"
            );
        }
        None => {
            assert_eq!(
                doc["schema_version"], "1.0",
                "a 1.1 starter document names its schema"
            );
            eprintln!("pending: `omvarld init` writes a 1.0 document, which has no `$schema`");
        }
    }
}

// ---- glob patterns (fileMatch) ---------------------------------------------

/// Whether `path` matches the `fileMatch` glob `pattern` as editors read
/// it: a pattern without `/` is matched against the file name, in any
/// directory; `*` is any run of characters other than `/`, and does not
/// match a leading `.` (minimatch without `dot`). Other glob syntax fails the
/// test, so that a pattern this reader does not know is noticed.
fn glob_matches(pattern: &str, path: &str) -> bool {
    assert!(
        !pattern.contains(['?', '[', ']', '{', '}', '!', '/']),
        "{pattern:?}: this test reads only `*` globs on the file name"
    );
    fn matches(pattern: &[u8], name: &[u8]) -> bool {
        match pattern.split_first() {
            None => name.is_empty(),
            Some((b'*', rest)) => (0..=name.len()).any(|i| matches(rest, &name[i..])),
            Some((c, rest)) => name.first() == Some(c) && matches(rest, &name[1..]),
        }
    }
    let name = path.rsplit('/').next().unwrap_or(path);
    !(pattern.starts_with('*') && name.starts_with('.'))
        && matches(pattern.as_bytes(), name.as_bytes())
}

fn catalog_matches(path: &str) -> bool {
    file_match().iter().any(|p| glob_matches(p, path))
}

// ---- .pre-commit-hooks.yaml ----------------------------------------------------

/// The members pre-commit defines for a hook of `.pre-commit-hooks.yaml`.
const HOOK_KEYS: [&str; 22] = [
    "id",
    "name",
    "entry",
    "language",
    "alias",
    "files",
    "exclude",
    "types",
    "types_or",
    "exclude_types",
    "additional_dependencies",
    "args",
    "always_run",
    "fail_fast",
    "pass_filenames",
    "description",
    "language_version",
    "log_file",
    "minimum_pre_commit_version",
    "require_serial",
    "stages",
    "verbose",
];

/// One scalar of the flat YAML subset: a plain word or sentence, a
/// 'single-quoted' string (`''` is a quote), `true`/`false`, or a flow list
/// of plain words. Anything else fails with the line, so that the file keeps
/// to what this reader (and every YAML parser alike) reads one way.
fn yaml_scalar(value: &str) -> Result<Value, String> {
    let plain_word = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c))
    };
    if let Some(inner) = value.strip_prefix('\'') {
        let inner = inner.strip_suffix('\'').ok_or("unclosed single quote")?;
        if inner.replace("''", "").contains('\'') {
            return Err("a lone quote inside a single-quoted string".into());
        }
        return Ok(Value::String(inner.replace("''", "'")));
    }
    if let Some(inner) = value.strip_prefix('[') {
        let inner = inner.strip_suffix(']').ok_or("unclosed flow list")?;
        let items = inner.split(',').map(str::trim).collect::<Vec<_>>();
        if let Some(item) = items.iter().find(|i| !plain_word(i)) {
            return Err(format!("list item {item:?} is not a plain word"));
        }
        return Ok(Value::Array(
            items
                .into_iter()
                .map(|i| Value::String(i.to_owned()))
                .collect(),
        ));
    }
    match value {
        "true" => return Ok(Value::Bool(true)),
        "false" => return Ok(Value::Bool(false)),
        _ => {}
    }
    let indicator = value.starts_with(|c: char| "-?:,[]{}#&*!|>'\"%@`".contains(c));
    let typed = value.parse::<f64>().is_ok()
        || ["null", "~", "yes", "no", "on", "off", "y", "n"]
            .contains(&value.to_lowercase().as_str());
    if indicator || typed || value.contains(": ") || value.contains(" #") || value.ends_with(':') {
        return Err(format!(
            "{value:?} is not a plain string in every YAML reader; quote it with ''"
        ));
    }
    Ok(Value::String(value.to_owned()))
}

/// The hooks of `.pre-commit-hooks.yaml`, read as its header comment says.
fn hooks() -> Vec<Map<String, Value>> {
    let text = std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap();
    let mut hooks: Vec<Map<String, Value>> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let at = format!(".pre-commit-hooks.yaml:{}", n + 1);
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let (starts_item, rest) = match (line.strip_prefix("- "), line.strip_prefix("  ")) {
            (Some(rest), _) => (true, rest),
            (None, Some(rest)) => (false, rest),
            (None, None) => panic!("{at}: a hook is `- id: …` then lines indented by two spaces"),
        };
        let (key, value) = rest
            .split_once(": ")
            .unwrap_or_else(|| panic!("{at}: `key: value` expected (no nested blocks)"));
        assert!(
            HOOK_KEYS.contains(&key),
            "{at}: {key:?} is not a member of a pre-commit hook"
        );
        if starts_item {
            assert_eq!(key, "id", "{at}: a hook starts with its id");
            hooks.push(Map::new());
        }
        let hook = hooks
            .last_mut()
            .unwrap_or_else(|| panic!("{at}: a member before the first `- id:`"));
        let value = yaml_scalar(value.trim_end()).unwrap_or_else(|e| panic!("{at}: {e}"));
        assert!(
            hook.insert(key.to_owned(), value).is_none(),
            "{at}: {key} twice"
        );
    }
    hooks
}

fn the_hook() -> Map<String, Value> {
    let hooks = hooks();
    let found: Vec<_> = hooks
        .iter()
        .filter(|h| h["id"] == "omvarld-validate")
        .collect();
    assert_eq!(found.len(), 1, "one hook `omvarld-validate` in {hooks:?}");
    found[0].clone()
}

fn text_of<'a>(hook: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    hook.get(key)
        .map(|v| v.as_str().unwrap_or_else(|| panic!("{key}: a string")))
}

fn list_of(hook: &Map<String, Value>, key: &str) -> Vec<String> {
    hook.get(key).map_or_else(Vec::new, |v| {
        v.as_array()
            .unwrap_or_else(|| panic!("{key}: a list"))
            .iter()
            .map(|s| s.as_str().unwrap().to_owned())
            .collect()
    })
}

/// A `files`/`exclude` pattern of the hook, compiled with the `regex` crate.
/// pre-commit uses Python's `re`; the pattern may only use syntax the two
/// read alike (literals, `^ $ | ( ) [ ] \ . * + ?` and `/`), never `\d`,
/// `\w` or `(?…)`, whose meanings differ.
fn hook_regex(pattern: &str) -> Regex {
    assert!(
        !pattern.contains("(?") && !pattern.contains('{'),
        "{pattern:?}: keep to syntax Python's re and Rust's regex read alike"
    );
    let mut escaped = false;
    for c in pattern.chars() {
        if escaped {
            assert!(
                !c.is_ascii_alphanumeric(),
                "{pattern:?}: `\\{c}` differs between re and regex"
            );
        }
        escaped = !escaped && c == '\\';
    }
    Regex::new(pattern).unwrap()
}

/// The tags pre-commit's `identify` gives a file by its name, for the
/// extensions this test meets (enough for the hook's `types`).
fn tags(path: &str) -> BTreeSet<&'static str> {
    let mut tags = BTreeSet::from(["file"]);
    match path.rsplit_once('.').map(|(_, ext)| ext) {
        Some("json") => tags.extend(["text", "json"]),
        Some("yaml" | "yml") => tags.extend(["text", "yaml"]),
        Some("md" | "txt") => {
            tags.insert("text");
        }
        _ => {}
    }
    tags
}

/// Whether pre-commit passes `path` (relative to the repository root, with
/// `/`) to the hook: `files` and `exclude` with `re.search`, then `types`
/// (all), `types_or` (any) and `exclude_types` (none) against its tags
/// (`pre_commit/commands/run.py`, `filter_by_include_exclude` and
/// `Classifier.by_types`).
fn pre_commit_selects(hook: &Map<String, Value>, path: &str) -> bool {
    let known = ["file", "text", "json", "yaml"];
    for key in ["types", "types_or", "exclude_types"] {
        for tag in list_of(hook, key) {
            assert!(
                known.contains(&tag.as_str()),
                "this test does not know the tag {tag:?}"
            );
        }
    }
    let files = hook_regex(text_of(hook, "files").unwrap_or(""));
    let exclude = hook_regex(text_of(hook, "exclude").unwrap_or("^$"));
    let tags = tags(path);
    let types_or = list_of(hook, "types_or");
    files.is_match(path)
        && !exclude.is_match(path)
        && list_of(hook, "types")
            .iter()
            .all(|t| tags.contains(t.as_str()))
        && (types_or.is_empty() || types_or.iter().any(|t| tags.contains(t.as_str())))
        && !list_of(hook, "exclude_types")
            .iter()
            .any(|t| tags.contains(t.as_str()))
}

/// Every file under `dir`, relative and with `/`, sorted (as `git ls-files`
/// lists a repository where every file is added).
fn files_under(dir: &Path) -> Vec<String> {
    fn walk(dir: &Path, base: &Path, out: &mut Vec<String>) {
        for item in std::fs::read_dir(dir).unwrap() {
            let path = item.unwrap().path();
            if path.is_dir() {
                walk(&path, base, out);
            } else {
                let relative = path.strip_prefix(base).unwrap();
                let parts: Vec<_> = relative.iter().map(|p| p.to_string_lossy()).collect();
                out.push(parts.join("/"));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// Runs the hook in `dir` on `files` as pre-commit does with
/// `require_serial`: `entry`, then `args`, then the file names, in one
/// process. `entry`'s command, `omvarld`, is the binary built here (the one
/// a publisher has on PATH).
fn run_hook(hook: &Map<String, Value>, dir: &Path, files: &[String]) -> Output {
    let entry = text_of(hook, "entry").unwrap();
    assert!(
        !entry.contains(['"', '\'', '\\']),
        "entry {entry:?}: pre-commit splits it with shlex; this test with spaces"
    );
    let mut words = entry.split_whitespace();
    assert_eq!(
        words.next(),
        Some("omvarld"),
        "the hook runs the omvarld command"
    );
    omvarld()
        .args(words)
        .args(list_of(hook, "args"))
        .args(files)
        .current_dir(dir)
        .output()
        .unwrap()
}

#[test]
fn the_hook_runs_omvarld_validate_once_on_publishers_files() {
    let hook = the_hook();
    assert_eq!(text_of(&hook, "entry"), Some("omvarld validate"));
    // Why `system` and not `rust`: the comment at the top of the file.
    assert_eq!(text_of(&hook, "language"), Some("system"));
    assert_eq!(hook.get("require_serial"), Some(&Value::Bool(true)));
    assert_ne!(hook.get("pass_filenames"), Some(&Value::Bool(false)));
    for key in ["name", "description"] {
        assert!(
            text_of(&hook, key).is_some_and(|t| !t.is_empty()),
            "the hook needs a {key}"
        );
    }
}

/// The hook and the editors (the catalog's `fileMatch`) pick the same files.
#[test]
fn the_hook_and_the_catalog_select_the_same_file_names() {
    let hook = the_hook();
    let cases = [
        ("omvarld.json", true),
        ("data/omvarld.json", true),
        ("malmo.omvarld.json", true),
        ("programmes/malmo-2025.omvarld.json", true),
        ("Malmö stad.omvarld.json", true),
        ("programme.json", false),
        ("package.json", false),
        ("xomvarld.json", false),
        ("omvarld.json.bak", false),
        ("omvarld.yaml", false),
        (".omvarld.json", false),
        ("data/omvarld.jsonl", false),
        ("schemas/1.1/programme.schema.json", false),
        ("schemas/catalog.json", false),
        ("tests/fixtures/valid/malmo.json", false),
    ];
    for (path, expected) in cases {
        assert_eq!(
            pre_commit_selects(&hook, path),
            expected,
            "hook `files` on {path}"
        );
        assert_eq!(
            catalog_matches(path),
            expected,
            "catalog fileMatch on {path}"
        );
    }
}

/// Copies `tests/fixtures/<from>` to `<dir>/<to>`.
fn copy_fixture(dir: &Path, from: &str, to: &str) -> String {
    let target = dir.join(to);
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    std::fs::copy(root().join("tests/fixtures").join(from), &target).unwrap();
    to.to_owned()
}

/// Every fixture document, under its own path, in a new directory: the files
/// pre-commit would see in a repository that holds them.
fn repository_with_the_fixtures() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for path in files_under(&root().join("tests/fixtures")) {
        copy_fixture(dir.path(), &path, &path);
    }
    dir
}

fn selected(hook: &Map<String, Value>, dir: &Path) -> Vec<String> {
    files_under(dir)
        .into_iter()
        .filter(|p| pre_commit_selects(hook, p))
        .collect()
}

/// The files that `text` (the hook's output) reports an error for.
fn files_with_errors(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter(|l| l.contains(": error["))
        .map(|l| l.split(':').next().unwrap_or_default().to_owned())
        .collect()
}

#[test]
fn the_hook_passes_valid_files_and_stops_on_an_invalid_one_naming_it() {
    let hook = the_hook();
    let repo = repository_with_the_fixtures();
    let dir = repo.path();
    // The fixtures are named for what they show, not as publishers name
    // their files: those pre-commit would pass the hook are the few named
    // so (none today), valid or invalid by their directory.
    let named_so = selected(&hook, dir);
    let invalid_named_so: BTreeSet<String> = named_so
        .iter()
        .filter(|p| p.starts_with("invalid/"))
        .cloned()
        .collect();

    let publishers = [
        copy_fixture(dir, "valid/malmo-rich.json", "data/malmo.omvarld.json"),
        copy_fixture(dir, "valid/minimal.json", "omvarld.json"),
        // Warnings do not stop a commit unless `args: [--deny-warnings]`.
        copy_fixture(
            dir,
            "valid/warning-uncovered-focus-area.json",
            "data/warnings.omvarld.json",
        ),
    ];
    // Not a name the hook takes: never passed to it, invalid as it is.
    copy_fixture(dir, "invalid/enum.json", "data/programme.json");
    let files = selected(&hook, dir);
    let expected: BTreeSet<&String> = named_so.iter().chain(&publishers).collect();
    assert_eq!(files.iter().collect::<BTreeSet<_>>(), expected);

    let out = run_hook(&hook, dir, &files);
    let text = stdout(&out);
    let status = if invalid_named_so.is_empty() { 0 } else { 1 };
    assert_eq!(out.status.code(), Some(status), "{text}{}", stderr(&out));
    for file in &publishers {
        assert!(
            text.contains(file.as_str()),
            "{file} is not named in\n{text}"
        );
    }
    assert!(text.contains("warning[uncovered_focus_area]"), "{text}");
    assert_eq!(files_with_errors(&text), invalid_named_so, "{text}");

    let broken = copy_fixture(dir, "invalid/duplicate-id.json", "data/broken.omvarld.json");
    let files = selected(&hook, dir);
    assert!(files.contains(&broken));
    let out = run_hook(&hook, dir, &files);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(1), "{text}{}", stderr(&out));
    let mut invalid = invalid_named_so;
    invalid.insert(broken.clone());
    assert_eq!(files_with_errors(&text), invalid, "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with(&format!("{broken}:")) && l.contains("error[duplicate_id]")),
        "{text}"
    );
}

// ---- README "Editors and pre-commit" -------------------------------------------

fn readme_section() -> String {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let heading = "\n## Editors and pre-commit\n";
    let start = readme
        .find(heading)
        .expect("README section \"Editors and pre-commit\"")
        + heading.len();
    let rest = &readme[start..];
    let mut fenced = false;
    let mut end = rest.len();
    let mut at = 0;
    for line in rest.split_inclusive('\n') {
        fenced ^= line.starts_with("```");
        if !fenced && line.starts_with("## ") {
            end = at;
            break;
        }
        at += line.len();
    }
    rest[..end].to_owned()
}

/// The fenced code blocks of `text` whose info string is `lang`.
fn code_blocks(text: &str, lang: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    // The block being read: whether it is a `lang` block, and its lines.
    let mut open: Option<(bool, String)> = None;
    for line in text.lines() {
        match (open.take(), line.strip_prefix("```")) {
            (None, Some(info)) => open = Some((info == lang, String::new())),
            (None, None) => {}
            (Some((wanted, body)), Some("")) => {
                if wanted {
                    blocks.push(body);
                }
            }
            (Some((wanted, mut body)), _) => {
                body.push_str(line);
                body.push('\n');
                open = Some((wanted, body));
            }
        }
    }
    blocks
}

/// The words in backticks in the prose (outside code blocks).
fn backticked(text: &str) -> Vec<String> {
    let mut fenced = false;
    let mut words = Vec::new();
    for line in text.lines() {
        if line.starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if !fenced {
            words.extend(line.split('`').skip(1).step_by(2).map(str::to_owned));
        }
    }
    words
}

#[test]
fn the_readme_uses_the_catalogs_urls_and_file_names() {
    let section = readme_section();
    let entry = entry();
    let urls: BTreeSet<&str> = entry["versions"]
        .as_object()
        .unwrap()
        .values()
        .map(|u| u.as_str().unwrap())
        .collect();
    let prefix = "https://omvarld.github.io/schemas/";
    for (at, _) in section.match_indices(prefix) {
        let url: String = section[at..]
            .chars()
            .take_while(|c| !c.is_whitespace() && !"\"'`),]".contains(*c))
            .collect();
        assert!(
            urls.contains(url.as_str()),
            "README: {url} is not a schema of the catalog"
        );
    }
    let latest = latest_url();

    // `$schema` in a document, and VS Code's `json.schemas`.
    let json = code_blocks(&section, "json");
    assert!(
        json.iter()
            .any(|b| b.contains(&format!("{{\"$schema\": \"{latest}\""))),
        "README: a document that starts with `\"$schema\": \"{latest}\"`"
    );
    let settings: Vec<Value> = json
        .iter()
        .filter(|b| b.contains("json.schemas"))
        .map(|b| serde_json::from_str(b).unwrap())
        .collect();
    assert_eq!(settings.len(), 1, "README: one VS Code settings.json block");
    let mapping = &settings[0]["json.schemas"][0];
    assert_eq!(mapping["url"], Value::String(latest.clone()));
    assert_eq!(mapping["fileMatch"], entry["fileMatch"]);

    // The file names the prose gives are the ones editors and the hook take.
    let hook = the_hook();
    let words = backticked(&section);
    let names: Vec<&String> = words
        .iter()
        .filter(|w| w.ends_with("omvarld.json") && !w.contains(['*', ' ', '/']))
        .collect();
    assert!(
        names.len() >= 2,
        "README: example file names, found {names:?}"
    );
    for name in names {
        assert!(
            catalog_matches(name),
            "README's {name} matches no catalog fileMatch"
        );
        assert!(
            pre_commit_selects(&hook, name),
            "README's {name} is not taken by the hook"
        );
    }
    for pattern in file_match() {
        assert!(
            words.contains(&pattern),
            "README: the prose names the pattern `{pattern}`"
        );
    }
}

#[test]
fn the_readme_pre_commit_config_names_this_release_and_the_hook() {
    let section = readme_section();
    let version = env!("CARGO_PKG_VERSION");
    let yaml = code_blocks(&section, "yaml");
    let ours: Vec<&String> = yaml
        .iter()
        .filter(|b| b.contains(&format!("repo: {}\n", env!("CARGO_PKG_REPOSITORY"))))
        .collect();
    assert_eq!(
        ours.len(),
        1,
        "README: one .pre-commit-config.yaml with this repository"
    );
    assert!(
        ours[0].contains(&format!("rev: v{version}\n")),
        "README: rev: v{version}"
    );
    assert!(ours[0].contains("- id: omvarld-validate\n"));
    assert!(
        section.contains(&format!("`cargo install omvarld-cli --version {version}`")),
        "README: install the command of the release the hook's rev names"
    );

    // check-jsonschema: the same files, the latest schema.
    let hook = the_hook();
    let files_line = format!("files: '{}'\n", text_of(&hook, "files").unwrap());
    let theirs: Vec<&String> = yaml
        .iter()
        .filter(|b| b.contains("check-jsonschema"))
        .collect();
    assert_eq!(
        theirs.len(),
        1,
        "README: one check-jsonschema pre-commit block"
    );
    assert!(
        theirs[0].contains(&files_line),
        "README's check-jsonschema hook: {files_line}"
    );
    let schemafile = format!("--schemafile, \"{}\"", latest_url());
    assert!(
        theirs[0].contains(&schemafile),
        "README's check-jsonschema hook: {schemafile}"
    );
    let sh = code_blocks(&section, "sh");
    let command = format!("check-jsonschema --schemafile {} ", latest_url());
    assert!(
        sh.iter().any(|b| b.contains(&command)),
        "README: {command}…"
    );
}

// ---- the readers above ---------------------------------------------------------

#[test]
fn the_readers_read_what_they_say() {
    assert!(glob_matches("*.omvarld.json", "a/b.omvarld.json"));
    assert!(!glob_matches("*.omvarld.json", "a/.omvarld.json"));
    assert!(glob_matches("omvarld.json", "a/omvarld.json"));
    assert!(!glob_matches("omvarld.json", "a/xomvarld.json"));
    assert_eq!(
        yaml_scalar("'a''b\\.c'"),
        Ok(Value::String("a'b\\.c".into()))
    );
    assert_eq!(
        yaml_scalar("[json, text]"),
        Ok(serde_json::json!(["json", "text"]))
    );
    assert_eq!(yaml_scalar("true"), Ok(Value::Bool(true)));
    assert_eq!(
        yaml_scalar("omvarld validate"),
        Ok(Value::String("omvarld validate".into()))
    );
    for bad in [
        "1.0", "no", "a: b", "*alias", "a #c", "'a", "'a'b'", "[a b]",
    ] {
        assert!(yaml_scalar(bad).is_err(), "{bad:?}");
    }
    let block = "t\n```json\n{}\n```\n```sh\nx\n```\n```json\n[]\n```\n";
    assert_eq!(code_blocks(block, "json"), ["{}\n", "[]\n"]);
    assert_eq!(backticked("a `b` c `d`\n```\n`e`\n```\n"), ["b", "d"]);
}

// ---- the real pre-commit -------------------------------------------------------

fn on_path(program: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}

fn git(dir: &Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .args(args)
        .current_dir(dir)
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

/// `pre-commit try-repo` of this repository in a publisher's repository.
/// try-repo takes the repository's HEAD plus its changes to tracked files
/// (not files it does not track yet). The hook finds `omvarld` on PATH: the
/// binary built here, first.
#[test]
#[ignore = "runs the real pre-commit: `make stress` (installs it into .venv)"]
fn pre_commit_try_repo_runs_the_hook() {
    let pre_commit = on_path("pre-commit")
        .expect("pre-commit on PATH: `make venv` installs it into .venv, `make stress` runs this");
    let bin = Path::new(env!("CARGO_BIN_EXE_omvarld")).parent().unwrap();
    let mut path = vec![bin.to_path_buf()];
    path.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap()));
    let path = std::env::join_paths(path).unwrap();

    let home = tempfile::tempdir().unwrap();
    let publisher = tempfile::tempdir().unwrap();
    let dir = publisher.path();
    git(dir, &["init", "-q"]);
    copy_fixture(dir, "valid/malmo-rich.json", "malmo.omvarld.json");
    copy_fixture(dir, "invalid/enum.json", "notes/programme.json");
    git(dir, &["add", "-A"]);
    let try_repo = || {
        std::process::Command::new(&pre_commit)
            .arg("try-repo")
            .arg(root())
            .args(["omvarld-validate", "--all-files", "--color", "never"])
            .current_dir(dir)
            .env("PATH", &path)
            .env("PRE_COMMIT_HOME", home.path())
            .output()
            .unwrap()
    };
    let out = try_repo();
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("omvarld validate") && text.contains("Passed"),
        "{text}"
    );

    copy_fixture(dir, "invalid/duplicate-id.json", "data/broken.omvarld.json");
    git(dir, &["add", "-A"]);
    let out = try_repo();
    let text = format!("{}{}", stdout(&out), stderr(&out));
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(text.contains("Failed"), "{text}");
    assert!(
        text.lines().any(
            |l| l.starts_with("data/broken.omvarld.json:") && l.contains("error[duplicate_id]")
        ),
        "{text}"
    );
    assert!(!text.contains("notes/programme.json"), "{text}");
}
