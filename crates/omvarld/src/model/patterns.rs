//! The patterns of the published schema, and the checks that agree with them.
//!
//! Every pattern is written so that ECMA-262 (the JSON Schema dialect) and
//! Python's `re.search` give the same answer: character classes are spelled
//! out (no `\s`, `\S` or `\d`, whose meaning differs between engines), and every
//! anchored pattern ends in `(?!\n)$`, because Python's `$` also matches before
//! a trailing newline.

/// The characters with the Unicode `White_Space` property, as a class body
/// (the patterns below spell it out; a test checks they agree).
#[cfg(test)]
pub(crate) const WHITE_SPACE_CLASS: &str =
    "\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";

/// Text values must contain one character that is not white space.
pub(crate) const NON_BLANK: &str =
    "[^\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";

/// Identifiers: lower-case ASCII words joined by single hyphens.
pub(crate) const ID: &str = "^[a-z0-9]+(-[a-z0-9]+)*(?!\\n)$";

/// Language tags (BCP 47 shape, lower-case primary subtag).
pub(crate) const LANG_TAG: &str = "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*(?!\\n)$";

/// Swedish municipality code (kommunkod): four digits.
pub(crate) const MUNICIPALITY_CODE: &str = "^[0-9]{4}(?!\\n)$";

/// ISO 3166-1 alpha-2 country code.
pub(crate) const COUNTRY_CODE: &str = "^[A-Z]{2}(?!\\n)$";

/// Kolada key performance indicator id, e.g. `N00914`.
pub(crate) const KOLADA_KPI: &str = "^[A-Z][0-9]{5}(?!\\n)$";

/// `http` or `https` URL with no white space.
pub(crate) const URL: &str = "^https?://[^\\t-\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]+(?!\\n)$";

/// A reference string (standard 1.1: a case number, a designation such as
/// `SOU 2017:114`, a source name): no control character, and no white space
/// at either end. The length (1–64) is the schema's `maxLength`.
pub(crate) const REFERENCE_STRING: &str = "^[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]([^\\u0000-\\u001f\\u007f-\\u009f]*[^\\u0000-\\u0020\\u007f-\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000])?(?!\\n)$";

/// Calendar date `YYYY-MM-DD` with a year from 0001 (the `date` format checks the rest).
pub(crate) const DATE: &str =
    "^([1-9][0-9]{3}|0[1-9][0-9]{2}|00[1-9][0-9]|000[1-9])-[0-9]{2}-[0-9]{2}(?!\\n)$";

/// `true` when `c` has the Unicode `White_Space` property (the class above).
#[must_use]
pub(crate) fn is_white_space(c: char) -> bool {
    c.is_whitespace()
}

/// `true` when `s` has a character that is not white space ([`NON_BLANK`]).
#[must_use]
pub(crate) fn is_non_blank(s: &str) -> bool {
    s.chars().any(|c| !is_white_space(c))
}

fn is_lower_alnum(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit()
}

/// [`ID`] without the length limit.
#[must_use]
pub(crate) fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.split('-')
            .all(|part| !part.is_empty() && part.bytes().all(is_lower_alnum))
}

/// [`LANG_TAG`].
#[must_use]
pub(crate) fn is_lang_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// [`MUNICIPALITY_CODE`].
#[must_use]
pub(crate) fn is_municipality_code(s: &str) -> bool {
    s.len() == 4 && s.bytes().all(|b| b.is_ascii_digit())
}

/// [`COUNTRY_CODE`].
#[must_use]
pub(crate) fn is_country_code(s: &str) -> bool {
    s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase())
}

/// [`KOLADA_KPI`].
#[must_use]
pub(crate) fn is_kolada_kpi(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 6
        && b.first().is_some_and(u8::is_ascii_uppercase)
        && b.iter().skip(1).all(u8::is_ascii_digit)
}

/// [`URL`].
#[must_use]
pub(crate) fn is_url(s: &str) -> bool {
    let rest = s
        .strip_prefix("https://")
        .or_else(|| s.strip_prefix("http://"));
    rest.is_some_and(|rest| !rest.is_empty() && !rest.chars().any(is_white_space))
}

/// [`REFERENCE_STRING`] without the length limit.
#[must_use]
pub(crate) fn is_reference_string(s: &str) -> bool {
    let edge_ok = |c: Option<char>| c.is_some_and(|c| !c.is_control() && !is_white_space(c));
    edge_ok(s.chars().next()) && edge_ok(s.chars().next_back()) && !s.chars().any(char::is_control)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_spell_the_white_space_class_out() {
        assert_eq!(NON_BLANK, format!("[^{WHITE_SPACE_CLASS}]"));
        assert!(URL.contains(&format!("[^{WHITE_SPACE_CLASS}]+")));
        for c in [
            '\t', '\n', '\r', ' ', '\u{85}', '\u{a0}', '\u{2028}', '\u{3000}',
        ] {
            assert!(is_white_space(c), "{c:?}");
        }
    }

    #[test]
    fn ids() {
        for ok in ["a", "miljo-och-klimat", "x1-2-3", "0"] {
            assert!(is_id(ok), "{ok}");
        }
        for bad in ["", "-a", "a-", "a--b", "A", "å", "a b", "a\n", "a_b"] {
            assert!(!is_id(bad), "{bad:?}");
        }
    }

    #[test]
    fn lang_tags() {
        for ok in ["sv", "en", "sme", "en-GB", "sv-x1", "zh-Hant-TW"] {
            assert!(is_lang_tag(ok), "{ok}");
        }
        for bad in ["", "s", "EN", "svse", "en-", "en-G", "en-abcdefghi", "en\n"] {
            assert!(!is_lang_tag(bad), "{bad:?}");
        }
    }

    #[test]
    fn codes_and_urls() {
        assert!(
            is_municipality_code("1280")
                && !is_municipality_code("128")
                && !is_municipality_code("١٢٨٠")
        );
        assert!(is_country_code("SE") && !is_country_code("se"));
        assert!(is_kolada_kpi("N00914") && !is_kolada_kpi("n00914") && !is_kolada_kpi("N0091"));
        assert!(is_url("https://malmo.se/x") && is_url("http://a"));
        for bad in [
            "https://",
            "ftp://a",
            "https://a b",
            "https://a\n",
            "https://a\u{3000}",
        ] {
            assert!(!is_url(bad), "{bad:?}");
        }
    }

    #[test]
    fn reference_strings() {
        for ok in [
            "SOU 2017:114",
            "COM(2023) 123",
            "S2022/00610",
            "x",
            "KS-2026-123",
            "a\u{a0}b",
        ] {
            assert!(is_reference_string(ok), "{ok:?}");
        }
        for bad in [
            "",
            " SOU",
            "SOU ",
            "a\nb",
            "a\n",
            "\u{3000}x",
            "a\u{85}",
            "a\u{7f}b",
            "\t",
        ] {
            assert!(!is_reference_string(bad), "{bad:?}");
        }
    }

    #[test]
    fn blank() {
        assert!(!is_non_blank(""));
        assert!(!is_non_blank(" \t\u{a0}\u{3000}\u{2028}"));
        assert!(is_non_blank("\u{feff}"), "BOM is not White_Space");
        assert!(is_non_blank(" a "));
    }
}
