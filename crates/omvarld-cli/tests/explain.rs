//! `omvarld explain`: every code in both languages, the list, and unknown codes.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod common;

use common::{omvarld, stderr, stdout};
use omvarld::{Code, Lang};

#[test]
fn every_code_is_explained_in_both_languages() {
    for &code in Code::ALL {
        let explanation = code.explanation();
        let en = omvarld().args(["explain", code.as_str()]).output().unwrap();
        assert_eq!(en.status.code(), Some(0), "{code}: {}", stderr(&en));
        assert_eq!(stdout(&en), explanation.render(Lang::En), "{code}");
        assert!(stderr(&en).is_empty(), "{code}: {}", stderr(&en));

        let sv = omvarld()
            .args(["explain", code.as_str(), "--lang", "sv"])
            .output()
            .unwrap();
        assert_eq!(sv.status.code(), Some(0), "{code}: {}", stderr(&sv));
        let text = stdout(&sv);
        assert_eq!(text, explanation.render(Lang::Sv), "{code}");
        // Swedish: the Swedish headings and texts, none of the English ones.
        for part in ["\nExempel:\n", "\nSå rättar du:\n", "\nValider"] {
            assert!(text.contains(part), "{code}: no {part:?} in\n{text}");
        }
        for part in ["Example:", "How to fix:", "Validating it reports"] {
            assert!(!text.contains(part), "{code}: {part:?} in\n{text}");
        }
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(words(&text).contains(&words(explanation.meaning(Lang::Sv))));
        assert!(words(&text).contains(&words(code.info().description_sv)));
        assert!(text.contains(&format!(
            "    {}\n",
            explanation.example().lines().nth(1).unwrap()
        )));
    }
}

#[test]
fn an_unknown_code_exits_2_and_names_the_nearest_code() {
    let out = omvarld()
        .args(["explain", "unknown-refernce"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stdout(&out).is_empty());
    assert_eq!(
        stderr(&out),
        "omvarld: error: unknown code `unknown-refernce`; did you mean `unknown_reference`? \
         `omvarld explain --list` lists every code\n"
    );

    let out = omvarld()
        .args(["explain", "qqqq", "--lang", "sv"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(!err.contains("did you mean"), "{err}");
    assert!(err.contains("`omvarld explain --list`"), "{err}");
}

#[test]
fn list_and_no_code_list_every_code_in_the_chosen_language() {
    let listed = omvarld().args(["explain", "--list"]).output().unwrap();
    assert_eq!(listed.status.code(), Some(0));
    let bare = omvarld().arg("explain").output().unwrap();
    assert_eq!(bare.status.code(), Some(0));
    assert_eq!(stdout(&listed), stdout(&bare));

    let sv = omvarld()
        .args(["explain", "--list", "--lang", "sv"])
        .output()
        .unwrap();
    assert_eq!(sv.status.code(), Some(0));
    for (text, lang) in [(stdout(&listed), Lang::En), (stdout(&sv), Lang::Sv)] {
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), Code::ALL.len(), "{text}");
        for (line, info) in lines.iter().zip(omvarld::codes()) {
            let mut columns = line.split_whitespace();
            assert_eq!(columns.next(), Some(info.code.as_str()), "{line}");
            assert_eq!(columns.next(), Some(info.severity.as_str()), "{line}");
            assert!(line.ends_with(info.description(lang)), "{line}");
        }
    }
}

#[test]
fn a_code_with_list_or_a_bad_language_is_a_usage_error() {
    for args in [
        &["explain", "syntax", "--list"][..],
        &["explain", "syntax", "--lang", "de"][..],
    ] {
        let out = omvarld().args(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stdout(&out).is_empty(), "{args:?}");
    }
}
