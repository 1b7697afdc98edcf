//! Writes a corpus for the differential test against other JSON Schema
//! validators (`bindings/python/tests/test_differential.py`): the shared
//! fixtures that an ordinary JSON parser reads unambiguously, and `N`
//! generated documents (valid programmes, single-mutation documents and
//! perturbed documents from the proptest strategies), each in its own file,
//! with `manifest.json` giving omvarld's and the `jsonschema` crate's
//! structural verdicts on each, and the version whose published schema
//! applies to it (its own `schema_version` when that is 1.0, else 1.1).
//!
//! `cargo run -p omvarld --all-features --example differential_corpus -- DIR [N] [SEED]`
//!
//! Input-level rules (SPEC §5: byte order mark, duplicate member names, lone
//! surrogate escapes, nesting past the limit, numbers out of range, and
//! anything else that is not well-formed UTF-8 JSON) are outside schema
//! equivalence, so fixtures whose expected report is a `syntax` error, and
//! files with a byte order mark, are left out. Generated documents are
//! serialized by serde_json from a `Value`, so they contain none of these.
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use omvarld::testing::strategies::{mutated_document, perturbed_document, programme};
use omvarld::Options;
use proptest::strategy::{Strategy, ValueTree};
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{json, Value};

type Error = Box<dyn std::error::Error>;
type SendError = Box<dyn std::error::Error + Send + Sync>;
type Documents = Vec<(String, Vec<u8>)>;

/// The committed schema of `version` (Draft 2020-12, formats asserted), as
/// the equivalence test compiles it.
fn schema_validator(root: &Path, version: &str) -> Result<jsonschema::Validator, Error> {
    let text = std::fs::read_to_string(
        root.join("schemas")
            .join(version)
            .join("programme.schema.json"),
    )?;
    let schema: Value = serde_json::from_str(&text)?;
    Ok(jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&schema)?)
}

/// Document files of `tests/fixtures/{valid,invalid}` that are in scope,
/// sorted, as (`kind/name`, path).
fn fixtures(root: &Path) -> Result<Vec<(String, PathBuf)>, Error> {
    let mut out = Vec::new();
    for kind in ["valid", "invalid"] {
        let dir = root.join("tests/fixtures").join(kind);
        let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.file_name()
                    .and_then(|n| n.to_str())
                    .is_some_and(|n| n.ends_with(".json") && !n.ends_with(".expected.json"))
            })
            .collect();
        paths.sort();
        for path in paths {
            let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
                continue;
            };
            let expected: Value = serde_json::from_str(&std::fs::read_to_string(
                path.with_file_name(format!("{stem}.expected.json")),
            )?)?;
            let syntax = expected
                .get("errors")
                .and_then(Value::as_array)
                .is_some_and(|errors| errors.iter().any(|e| e["code"] == "syntax"));
            let bom = std::fs::read(&path)?.starts_with(b"\xEF\xBB\xBF");
            if !syntax && !bom {
                out.push((format!("{kind}/{stem}"), path));
            }
        }
    }
    Ok(out)
}

/// `n` generated documents, deterministic for a seed: 40 % valid programmes,
/// 40 % one structural mutation, 20 % one arbitrary value put anywhere.
/// Generated in `THREADS` chunks, each from its own seeded runner.
fn generated(n: usize, seed: u64) -> Result<Vec<(String, Vec<u8>)>, Error> {
    const THREADS: usize = 2;
    let chunk = n.div_ceil(THREADS);
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..THREADS)
            .map(|t| {
                let range = (t * chunk).min(n)..((t + 1) * chunk).min(n);
                scope.spawn(move || generate_chunk(range, seed, t as u64))
            })
            .collect();
        let mut out = Vec::with_capacity(n);
        for handle in handles {
            let part = handle.join().map_err(|_| "a generator thread panicked")?;
            out.extend(part.map_err(|e| e.to_string())?);
        }
        Ok(out)
    })
}

fn generate_chunk(
    range: std::ops::Range<usize>,
    seed: u64,
    stream: u64,
) -> Result<Documents, SendError> {
    let mut seed_bytes = [0u8; 32];
    let words = seed.to_le_bytes().into_iter().chain(stream.to_le_bytes());
    for (slot, b) in seed_bytes.iter_mut().zip(words) {
        *slot = b;
    }
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes);
    let mut runner = TestRunner::new_with_rng(Config::default(), rng);
    let valid = programme();
    let mutated = mutated_document();
    let perturbed = perturbed_document();
    let mut out = Vec::with_capacity(range.len());
    for i in range {
        let (kind, value) = match i % 5 {
            0 | 1 => (
                "valid".to_owned(),
                serde_json::to_value(
                    valid
                        .new_tree(&mut runner)
                        .map_err(|r| r.to_string())?
                        .current(),
                )?,
            ),
            2 | 3 => {
                let (doc, code, path) = mutated
                    .new_tree(&mut runner)
                    .map_err(|r| r.to_string())?
                    .current();
                (format!("mutated {code} at {path:?}"), doc)
            }
            _ => (
                "perturbed".to_owned(),
                perturbed
                    .new_tree(&mut runner)
                    .map_err(|r| r.to_string())?
                    .current(),
            ),
        };
        // Both layouts: line breaks and indentation must not matter.
        let bytes = if i % 2 == 0 {
            serde_json::to_vec(&value)?
        } else {
            serde_json::to_vec_pretty(&value)?
        };
        out.push((kind, bytes));
    }
    Ok(out)
}

/// The version whose schema a document is checked against: its own
/// `schema_version` when that is `"1.0"`, else the newest (SPEC §6).
fn version_of(value: &Value) -> &'static str {
    match value.get("schema_version").and_then(Value::as_str) {
        Some("1.0") => "1.0",
        _ => "1.1",
    }
}

/// omvarld's structural errors, the version whose schema applies, and the
/// `jsonschema` crate's verdict with it.
fn verdicts(
    schemas: &[(&str, jsonschema::Validator)],
    bytes: &[u8],
) -> Result<(Vec<Value>, &'static str, bool), Error> {
    let report = omvarld::validate(bytes, &Options::default());
    let structural: Vec<Value> = report
        .errors
        .iter()
        .filter(|e| e.code.info().structural)
        .map(|e| json!({"code": e.code, "path": e.path}))
        .collect();
    // The fixtures nest up to 128 levels, one more than serde_json's
    // default limit; generated documents nest far less.
    let mut de = serde_json::Deserializer::from_slice(bytes);
    de.disable_recursion_limit();
    let value: Value = serde::Deserialize::deserialize(&mut de)?;
    de.end()?;
    let version = version_of(&value);
    let schema = schemas
        .iter()
        .find(|(v, _)| *v == version)
        .map(|(_, s)| s)
        .ok_or("no schema for the version")?;
    Ok((structural, version, schema.is_valid(&value)))
}

/// Hand-picked edges of the schema's rules (numbers written `1.0`, `-0`,
/// `1e0`; control, format and white-space characters in texts; trailing
/// newlines after patterns; calendar dates; limits in code points), each put
/// into `valid/malmo-rich` as raw JSON text, as `(description, bytes)`.
fn edges(root: &Path) -> Result<Vec<(String, Vec<u8>)>, Error> {
    const IND: &str = "/focus_areas/0/direction_goal/indicators/0";
    let json = |v: &str| serde_json::to_string(v).unwrap_or_default();
    let mut cases: Vec<(String, String)> = Vec::new();
    let mut add = |pointer: &str, raw: &[&str]| {
        for r in raw {
            cases.push((pointer.to_owned(), (*r).to_owned()));
        }
    };
    add(
        "/focus_areas/0/number",
        &[
            "1.0",
            "1e0",
            "10e-1",
            "1.5",
            "0.0",
            "-0",
            "-0.0",
            "0",
            "-1",
            "4294967295",
            "4294967295.0",
            "4294967296",
        ],
    );
    add(
        &format!("{IND}/baseline/year"),
        &[
            "2022.0",
            "1900",
            "2100.0",
            "2100.5",
            "1899.9999",
            "-0",
            "2.022e3",
        ],
    );
    add(
        &format!("{IND}/baseline/value"),
        &[
            "-0",
            "-0.0",
            "1e308",
            "-1e-320",
            "123456789012345678901234567890",
        ],
    );
    add(
        "/title/sv",
        &[
            r#""\u0001""#,
            r#""a\u0001""#,
            r#""\u0000""#,
            r#""\u001f""#,
            r#""\u001c""#,
            r#""\u000b""#,
            r#""\u0085""#,
            r#""\u0085\u00a0""#,
            r#""\u200b""#,
            r#""\ufeff""#,
            r#""\u180e""#,
            r#""\ud83d\ude00""#,
            r#""\t\n\r ""#,
            r#""\u2028\u2029""#,
            r#""\u3000x\u3000""#,
            r#""\u007f""#,
        ],
    );
    let astral = json(&"😀".repeat(300));
    let astral_long = json(&"😀".repeat(301));
    let combining = json(&"e\u{301}".repeat(150));
    add("/title/sv", &[&astral, &astral_long, &combining]);
    let summary = format!("{{\"sv\": {}}}", json(&"é".repeat(10_000)));
    let summary_long = format!("{{\"sv\": {}}}", json(&"é".repeat(10_001)));
    add("/summary", &[&summary, &summary_long]);
    add(
        "/title",
        &[
            r#"{"sv": "a", "en\n": "b"}"#,
            r#"{"sv": "a", "EN": "b"}"#,
            r#"{"sv": "a", "en-": "b"}"#,
            r#"{"sv": "a", "x-private": "b"}"#,
            r#"{"sv": "a", "zh-Hant-TW": "b"}"#,
            r#"{"sv": "a", "en-abcdefghi": "b"}"#,
            r#"{"sv\n": "a"}"#,
            r#"{"sv": "a", "extensions": {}}"#,
        ],
    );
    let id64 = json(&"a".repeat(64));
    let id65 = json(&"a".repeat(65));
    add(
        "/id",
        &[
            r#""abc\n""#,
            r#""a--b""#,
            r#""-a""#,
            r#""a-""#,
            r#""ä""#,
            r#""ABC""#,
            r#""a b""#,
            &id64,
            &id65,
        ],
    );
    add(
        "/adopted",
        &[
            r#""2024-02-29""#,
            r#""2023-02-29""#,
            r#""2024-1-01""#,
            r#""0000-01-01""#,
            r#""0001-01-01""#,
            r#""2024-01-01\n""#,
            r#""２０２４-01-01""#,
            r#""2024-01-01T00:00:00""#,
            r#""20240101""#,
            r#""2024-W01-1""#,
            r#""+2024-01-01""#,
            r#""9999-12-31""#,
            r#""2024-13-01""#,
            r#""2024-00-10""#,
            r#""2024-04-31""#,
            r#""1900-02-29""#,
            r#""2000-02-29""#,
        ],
    );
    add(
        "/organisation/municipality_code",
        &[r#""1280\n""#, r#""١٢٨٠""#, r#""128""#, r#""12800""#, "1280"],
    );
    add(
        "/organisation/country",
        &[r#""SE\n""#, r#""se""#, r#""ÅÄ""#, r#""SWE""#],
    );
    add(
        &format!("{IND}/kolada_kpi"),
        &[r#""N00914\n""#, r#""n00914""#, r#""N0091""#, r#""N009144""#],
    );
    add(
        "/publications/0/url",
        &[
            r#""https://malmo.se/\n""#,
            r#""https://malmo.se/ x""#,
            r#""https://malmo.se/\u00a0""#,
            r#""https://""#,
            r#""ftp://x""#,
            r#""https://x\u0085""#,
            r#""https://x\u200b""#,
            r#""HTTPS://x""#,
            r#""http://x/ö?q=1#f""#,
            r#""https://x\u0000""#,
        ],
    );
    add(
        "/extensions",
        &[r#"{"x": -0, "y": "\u0000", "z": 1e-400, "w": [1.0, {"sv": ""}]}"#],
    );
    add("/positions/0/status", &[r#""active\n""#, r#""Active""#]);
    let mut out = fill(root, "malmo-rich", cases)?;

    // Standard 1.1: reference strings (no white space at either end, no
    // control character, 1–64 code points), `$schema`, results, follow-up.
    let mut cases: Vec<(String, String)> = Vec::new();
    let mut add = |pointer: &str, raw: &[&str]| {
        for r in raw {
            cases.push((pointer.to_owned(), (*r).to_owned()));
        }
    };
    let ref64 = json(&"Ö".repeat(64));
    let ref65 = json(&"Ö".repeat(65));
    add(
        "/positions/0/decision/reference",
        &[
            r#""KS-2023-1234""#,
            r#"" KS""#,
            r#""KS ""#,
            r#""KS\n""#,
            r#""K\nS""#,
            r#""K\u0085S""#,
            r#""K\u00a0S""#,
            r#""\u00a0KS""#,
            r#""KS\u3000""#,
            r#""K\u007fS""#,
            r#""K\u009fS""#,
            r#""\u2028""#,
            r#""\ufeffKS""#,
            r#""K\tS""#,
            r#""""#,
            r#""x""#,
            &ref64,
            &ref65,
        ],
    );
    add(
        "/positions/0/references/1/identifier",
        &[
            r#""SOU 2017:114""#,
            r#""COM(2023) 123""#,
            r#""Ds 2023:5\n""#,
        ],
    );
    add(
        "/$schema",
        &[
            r#""https://omvarld.github.io/schemas/1.1/programme.schema.json""#,
            r#""programme.schema.json""#,
            r#""https://x y""#,
        ],
    );
    add(
        &format!("{IND}/results/0/year"),
        &["2022.0", "1899", "2101", r#""2022""#],
    );
    add(
        &format!("{IND}/results/0/gender"),
        &[r#""female""#, r#""Female""#, r#""K""#],
    );
    add(
        "/positions/0/follow_up/1",
        &[
            r#"{"date": "2025-06-30"}"#,
            r#"{"date": "2025-06-30", "note": {"sv": "x"}}"#,
            r#"{"date": "2025-06-30", "assessment": "none"}"#,
            r#"{"date": "2025-06-30", "status": "draft", "assessment": "full"}"#,
            r#"{"date": "2025-06-30", "status": null}"#,
        ],
    );
    add(
        "/positions/0/asks",
        &["[]", r#"[{"sv": "Malmö vill att …"}]"#],
    );
    add("/bodies", &["[]"]);
    out.extend(fill(root, "v1-1-rich", cases)?);
    Ok(out)
}

/// Each `(pointer, raw JSON)` put into the valid fixture `base`.
fn fill(root: &Path, base: &str, cases: Vec<(String, String)>) -> Result<Documents, Error> {
    let base: Value = serde_json::from_str(&std::fs::read_to_string(
        root.join(format!("tests/fixtures/valid/{base}.json")),
    )?)?;
    const HOLE: &str = "@@omvarld-edge@@";
    let mut out = Vec::with_capacity(cases.len());
    for (pointer, raw) in cases {
        let mut doc = base.clone();
        let (parent, key) = pointer.rsplit_once('/').ok_or("pointer")?;
        match doc.pointer_mut(parent) {
            Some(Value::Object(m)) => {
                m.insert(key.to_owned(), Value::from(HOLE));
            }
            Some(Value::Array(items)) => {
                let slot = items.get_mut(key.parse::<usize>()?).ok_or("index")?;
                *slot = Value::from(HOLE);
            }
            _ => return Err(format!("no {parent} in the base document").into()),
        }
        let text = serde_json::to_string_pretty(&doc)?.replacen(&format!("\"{HOLE}\""), &raw, 1);
        let shown: String = raw.chars().take(40).collect();
        out.push((format!("edge {pointer} = {shown}"), text.into_bytes()));
    }
    Ok(out)
}

fn run() -> Result<(), Error> {
    let mut args = std::env::args().skip(1);
    let out_dir = PathBuf::from(
        args.next()
            .ok_or("usage: differential_corpus DIR [N] [SEED]")?,
    );
    let n: usize = args.next().map(|a| a.parse()).transpose()?.unwrap_or(2_000);
    let seed: u64 = args.next().map(|a| a.parse()).transpose()?.unwrap_or(1);
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let schemas = [
        ("1.0", schema_validator(&root, "1.0")?),
        ("1.1", schema_validator(&root, "1.1")?),
    ];
    std::fs::create_dir_all(&out_dir)?;

    let mut documents: Vec<(String, Vec<u8>)> = Vec::new();
    for (name, path) in fixtures(&root)? {
        documents.push((format!("fixture {name}"), std::fs::read(path)?));
    }
    documents.extend(edges(&root)?);
    documents.extend(generated(n, seed)?);

    let mut manifest = Vec::with_capacity(documents.len());
    for (i, (source, bytes)) in documents.iter().enumerate() {
        let file = format!("doc-{i:05}.json");
        std::fs::write(out_dir.join(&file), bytes)?;
        let (structural, version, jsonschema_rs) = verdicts(&schemas, bytes)?;
        manifest.push(json!({
            "file": file,
            "source": source,
            "schema_version": version,
            "omvarld": structural.is_empty(),
            "jsonschema_rs": jsonschema_rs,
            "omvarld_errors": structural,
        }));
    }
    let manifest = json!({"seed": seed, "generated": n, "documents": manifest});
    std::fs::write(
        out_dir.join("manifest.json"),
        serde_json::to_vec_pretty(&manifest)?,
    )?;
    println!("{} documents in {}", documents.len(), out_dir.display());
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("differential_corpus: {e}");
            ExitCode::from(2)
        }
    }
}
