//! Structure-aware: a valid generated document with one region replaced.
//!
//! The fuzzer picks the document (size and seed of the seeded generator),
//! a JSON Pointer-like walk to one value, and the JSON that replaces it (from
//! its own bytes), so mutations stay mostly well-formed and reach the
//! structural and semantic rules, not only the JSON parser.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

#[derive(Debug, Arbitrary)]
enum Replacement {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    /// Another id-shaped string, to reach reference and duplicate rules.
    Id(u8),
    Date(u16, u8, u8),
    EmptyObject,
    EmptyArray,
    Raw(String),
    Remove,
}

fn replacement(r: Replacement) -> Option<Value> {
    Some(match r {
        Replacement::Null => Value::Null,
        Replacement::Bool(b) => b.into(),
        Replacement::Int(i) => i.into(),
        Replacement::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        Replacement::Str(s) => s.into(),
        Replacement::Id(k) => format!("position-{}", k % 8).into(),
        Replacement::Date(y, m, d) => format!("{:04}-{:02}-{:02}", y % 10_000, m % 14, d % 33).into(),
        Replacement::EmptyObject => Value::Object(serde_json::Map::new()),
        Replacement::EmptyArray => Value::Array(Vec::new()),
        Replacement::Raw(s) => serde_json::from_str(&s).ok()?,
        Replacement::Remove => return None,
    })
}

fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Walks down from the root by the fuzzer's choices, then replaces (or
/// removes) the value reached.
fn mutate(doc: &mut Value, u: &mut Unstructured<'_>, r: Replacement) {
    let mut pointer = String::new();
    let mut parent: Option<(String, String)> = None;
    let mut at: &Value = doc;
    loop {
        if !u.arbitrary::<bool>().unwrap_or(false) {
            break;
        }
        let step = match at {
            Value::Object(m) if !m.is_empty() => {
                let i = u.choose_index(m.len()).unwrap_or(0);
                m.iter().nth(i).map(|(k, v)| (escape(k), v))
            }
            Value::Array(a) if !a.is_empty() => {
                let i = u.choose_index(a.len()).unwrap_or(0);
                a.get(i).map(|v| (i.to_string(), v))
            }
            _ => None,
        };
        let Some((token, next)) = step else { break };
        parent = Some((pointer.clone(), token.clone()));
        pointer.push('/');
        pointer.push_str(&token);
        at = next;
    }
    match replacement(r) {
        Some(v) => {
            if let Some(slot) = doc.pointer_mut(&pointer) {
                *slot = v;
            }
        }
        None => {
            if let Some((parent, token)) = parent {
                match doc.pointer_mut(&parent) {
                    Some(Value::Object(m)) => {
                        m.remove(&token.replace("~1", "/").replace("~0", "~"));
                    }
                    Some(Value::Array(a)) => {
                        if let Ok(i) = token.parse::<usize>() {
                            if i < a.len() {
                                a.remove(i);
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let positions = usize::from(u.arbitrary::<u8>().unwrap_or(0) % 12);
    let seed = u64::from(u.arbitrary::<u8>().unwrap_or(0));
    // Both versions: a 1.0 document, or a 1.1 one that uses every 1.1 member.
    let programme = if seed % 2 == 0 {
        omvarld::testing::generate_1_0(positions, seed)
    } else {
        omvarld::testing::generate(positions, seed)
    };
    let mut doc = serde_json::to_value(programme).expect("serializes");
    let r: Replacement = u.arbitrary().unwrap_or(Replacement::Null);
    mutate(&mut doc, &mut u, r);
    let bytes = serde_json::to_vec(&doc).expect("serializes");
    let options = omvarld::Options::new().as_of(omvarld::Date::from_ymd(2026, 6, 1).expect("date"));
    let checked = omvarld::validate::check(&bytes, &options);
    let report = &checked.report;
    assert_eq!(report.valid(), report.errors.is_empty());
    // A typed programme exactly when there is no structural error.
    let structural = report.errors.iter().any(|e| e.code.info().structural);
    assert_eq!(checked.programme.is_some(), !structural, "{report}");
    // Messages never change the verdict: Swedish gives the same codes and paths.
    let sv = omvarld::validate(&bytes, &options.clone().lang(omvarld::Lang::Sv));
    let key = |r: &omvarld::Report| r.issues().map(|i| (i.code, i.path.clone())).collect::<Vec<_>>();
    assert_eq!(key(&sv), key(report));
});
