//! The denylists of function words that catch one language's fragment in
//! the other's prose, shared by the tests of messages (`messages.rs`) and of
//! the long explanations (`explanations.rs`). Quoted user text, ids and codes
//! in backticks and JSON Pointers are not prose and are left out.
#![allow(dead_code, clippy::panic)]

/// Function words that never appear in Swedish prose.
pub(crate) const ENGLISH: &[&str] = &[
    "the", "is", "are", "of", "and", "or", "a", "an", "to", "in", "at", "by", "with", "not",
    "expected", "found", "must", "has", "have", "missing", "unknown", "did", "you", "mean",
    "allowed", "value", "list", "before", "after", "outside", "does", "exist", "known", "none",
    "already", "used", "needs", "required", "such", "as", "number", "ends", "inside",
];

/// Function words that never appear in English prose.
pub(crate) const SWEDISH: &[&str] = &[
    "och",
    "är",
    "inte",
    "för",
    "med",
    "som",
    "att",
    "ett",
    "en",
    "av",
    "på",
    "till",
    "finns",
    "saknas",
    "förväntade",
    "fick",
    "menade",
    "du",
    "eller",
    "det",
    "den",
    "har",
    "ska",
    "måste",
    "listan",
    "värdet",
    "ingen",
    "före",
    "efter",
    "utanför",
    "redan",
    "används",
    "krävs",
    "tar",
    "slut",
];

/// The prose words of a message: without `code spans`, "quoted" or ”quoted”
/// user text, and JSON Pointers.
pub(crate) fn prose_words(message: &str) -> Vec<String> {
    let mut prose = String::new();
    let mut closing: Option<char> = None;
    for c in message.chars() {
        match closing {
            Some(end) if c == end => closing = None,
            Some(_) => {}
            None => match c {
                '`' => closing = Some('`'),
                '"' => closing = Some('"'),
                '”' | '“' => closing = Some('”'),
                _ => prose.push(c),
            },
        }
    }
    prose
        .split_whitespace()
        .filter(|token| !token.starts_with('/'))
        .flat_map(|token| {
            token
                .split(|c: char| !c.is_alphabetic())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

pub(crate) fn foreign_words(message: &str, denied: &[&str]) -> Vec<String> {
    prose_words(message)
        .into_iter()
        .filter(|w| denied.contains(&w.as_str()))
        .collect()
}

/// Fails when `sv` has English function words or `en` Swedish ones, or
/// when the two are the same text.
pub(crate) fn assert_pure(en: &str, sv: &str, what: &str) {
    let in_sv = foreign_words(sv, ENGLISH);
    assert!(
        in_sv.is_empty(),
        "{what}: English {in_sv:?} in the Swedish message {sv:?}"
    );
    let in_en = foreign_words(en, SWEDISH);
    assert!(
        in_en.is_empty(),
        "{what}: Swedish {in_en:?} in the English message {en:?}"
    );
    assert_ne!(en, sv, "{what}: the same message in both languages");
}
