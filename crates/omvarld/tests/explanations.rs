//! Every code's long explanation (`Code::explanation`): its example triggers
//! that code and no other, errors and warnings together, at the path the
//! explanation gives; every text is there in both languages with no words of
//! the other one; the numbers in the texts are the code's limits.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use omvarld::model::{ID_MAX_LENGTH, TEXT_MAX_LENGTH, TITLE_MAX_LENGTH};
use omvarld::parse::MAX_DEPTH;
use omvarld::{Code, Date, Lang, Options};
use serde_json::Value;

mod denylist;

use denylist::{assert_pure, foreign_words, ENGLISH};

fn options(as_of: Option<&str>) -> Options {
    match as_of {
        Some(date) => Options::new().as_of(date.parse::<Date>().unwrap()),
        None => Options::new(),
    }
}

/// The codes and paths of every issue, errors and warnings together.
fn found(example: &str, as_of: Option<&str>) -> Vec<(Code, String)> {
    omvarld::validate_str(example, &options(as_of))
        .issues()
        .map(|issue| (issue.code, issue.path.clone()))
        .collect()
}

#[test]
fn every_example_triggers_its_code_and_no_other() {
    for &code in Code::ALL {
        if code == Code::Sheet {
            // Its example is a CSV file, not a document: the omvarld-tables
            // tests import it and check the issue (`the_sheet_example_of_the_explanation`).
            continue;
        }
        let explanation = code.explanation();
        let example = explanation.example();
        let path = explanation.example_path();

        assert_eq!(
            found(example, explanation.as_of()),
            [(code, path.to_owned())],
            "{code}: the example must give exactly one `{code}` issue, at {path:?}"
        );
    }
}

#[test]
fn only_review_overdue_needs_an_as_of_date() {
    for &code in Code::ALL {
        let explanation = code.explanation();
        match explanation.as_of() {
            Some(date) => {
                assert_eq!(code, Code::ReviewOverdue);
                assert!(date.parse::<Date>().is_ok(), "{code}: {date}");
                // Without the date the rule does not run and the example is clean.
                assert_eq!(found(explanation.example(), None), []);
            }
            None => assert_ne!(code, Code::ReviewOverdue),
        }
    }
}

#[test]
fn every_example_but_syntax_is_json_with_its_version_first() {
    for &code in Code::ALL {
        let example = code.explanation().example();
        let parsed = serde_json::from_str::<Value>(example);
        if code == Code::Sheet {
            assert!(parsed.is_err(), "the sheet example is a CSV file");
            continue;
        }
        if code == Code::Syntax {
            assert!(parsed.is_err(), "the syntax example must not be JSON");
            continue;
        }
        parsed.unwrap_or_else(|e| panic!("{code}: {e}"));
        assert!(
            example.starts_with("{\n  \"schema_version\": "),
            "{code}: examples start with their version"
        );
    }
}

#[test]
fn every_text_is_there_in_both_languages_without_foreign_words() {
    for &code in Code::ALL {
        let e = code.explanation();
        for (what, en, sv) in [
            ("meaning", e.meaning(Lang::En), e.meaning(Lang::Sv)),
            ("fix", e.fix(Lang::En), e.fix(Lang::Sv)),
        ] {
            for text in [en, sv] {
                assert!(!text.trim().is_empty(), "{code}: empty {what}");
                assert_eq!(text, text.trim(), "{code}: {what} has outer white space");
                assert!(!text.contains("  "), "{code}: {what} has a double space");
                assert!(
                    text.ends_with('.'),
                    "{code}: {what} ends without a full stop"
                );
            }
            assert_pure(en, sv, &format!("{code} {what}"));
        }
        assert!(!e.example().is_empty(), "{code}: empty example");

        // The rendered Swedish text, headings and the sentence after the
        // example included, has no English prose either. (The title line
        // starts with `error[code]`, as `omvarld validate` writes it in
        // either language.)
        let sv = e.render(Lang::Sv);
        let (title, rest) = sv.split_once('\n').unwrap();
        let prefix = format!("{}[{code}]: ", code.severity());
        let description = title.strip_prefix(&prefix).unwrap();
        let english = foreign_words(&format!("{description}\n{rest}"), ENGLISH);
        assert!(english.is_empty(), "{code}: English {english:?} in\n{sv}");
    }
}

#[test]
fn the_rendered_text_has_every_part_in_order() {
    for &code in Code::ALL {
        let e = code.explanation();
        for (lang, example, fix) in [
            (Lang::En, "\nExample:\n\n", "\nHow to fix:\n\n"),
            (Lang::Sv, "\nExempel:\n\n", "\nSå rättar du:\n\n"),
        ] {
            let text = e.render(lang);
            let title = format!(
                "{}[{code}]: {}",
                code.severity(),
                code.info().description(lang)
            );
            let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
            let first_paragraph = text.split("\n\n").next().unwrap();
            assert_eq!(words(first_paragraph), title, "{code} {lang}");
            let at = |part: &str| {
                text.find(part)
                    .unwrap_or_else(|| panic!("{code} {lang}: no {part:?} in\n{text}"))
            };
            let indented: String = e.example().lines().map(|l| format!("    {l}\n")).collect();
            assert!(at(example) < at(&indented) && at(&indented) < at(fix));
            assert!(words(&text).contains(&words(e.meaning(lang))));
            assert!(words(&text).contains(&words(e.fix(lang))));
            assert!(text.contains(&format!("`{code}`")), "{code} {lang}");
            assert!(text.ends_with(".\n"), "{code} {lang}");
            for line in text.lines().filter(|l| !l.starts_with("    ")) {
                assert!(
                    line.chars().count() <= 79 || !line.contains(' '),
                    "{code} {lang}: a line over 79 columns: {line}"
                );
            }
        }
    }
}

/// `10 000` as the texts write it.
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

#[test]
fn the_limits_in_the_texts_are_the_codes_limits() {
    let cases = [
        (
            Code::Format,
            format!("at most {ID_MAX_LENGTH} characters"),
            format!("högst {ID_MAX_LENGTH} tecken"),
        ),
        (
            Code::Length,
            format!("at most {} characters", grouped(TEXT_MAX_LENGTH)),
            format!("högst {} tecken", grouped(TEXT_MAX_LENGTH)),
        ),
        (
            Code::Length,
            format!("at most {TITLE_MAX_LENGTH};"),
            format!("högst {TITLE_MAX_LENGTH};"),
        ),
        (
            Code::Syntax,
            format!("deeper than {MAX_DEPTH} levels"),
            format!("djupare än {MAX_DEPTH}"),
        ),
    ];
    for (code, en, sv) in cases {
        let e = code.explanation();
        let (en_text, sv_text) = (e.meaning(Lang::En).replace('\n', " "), e.meaning(Lang::Sv));
        assert!(en_text.contains(&en), "{code}: {en:?} not in {en_text:?}");
        assert!(sv_text.contains(&sv), "{code}: {sv:?} not in {sv_text:?}");
    }
    assert_eq!(grouped(10_000), "10 000");
    assert_eq!(grouped(300), "300");
}

#[test]
fn nearest_names_the_code_a_misspelling_means() {
    for &code in Code::ALL {
        assert_eq!(Code::nearest(code.as_str()), Some(code));
        assert_eq!(Code::nearest(&code.as_str().replace('_', "-")), Some(code));
        assert_eq!(Code::nearest(&code.as_str().to_uppercase()), Some(code));
    }
    assert_eq!(
        Code::nearest("unknown_refernce"),
        Some(Code::UnknownReference)
    );
    assert_eq!(Code::nearest("review-overdu"), Some(Code::ReviewOverdue));
    assert_eq!(Code::nearest("qqqq"), None);
}
