//! Rendering messages: an issue's [`Detail`] names a [`Message`](crate::diagnostics::Message) of the
//! catalogue (`diagnostics/catalogue.rs`, where every message is written
//! once in English and once in Swedish, side by side) and carries the
//! values that fill its placeholders.
//!
//! Placeholders: `{name}` is the value (a term in its plain form, a JSON type
//! with its article, names as code spans); `{name.a}` is a term with its
//! indefinite article (*a focus area*, *ett fokusområde*); `{name.the}` with
//! its definite form (*the focus area*, *fokusområdet*); `{name|one|many}`
//! is a count with the noun that agrees with it (*1 element*, *2 elements*).
//!
//! ```
//! use omvarld::diagnostics::{messages, Detail, Message};
//! use omvarld::shape::terms;
//! use omvarld::Lang;
//! let detail = Detail::new(Message::NoSwedish).with("of", terms::TITLE);
//! assert_eq!(messages::render(&detail, Lang::En), "the title has no Swedish value; `sv` is required");
//! assert_eq!(messages::render(&detail, Lang::Sv), "titeln saknar svenskt värde; `sv` krävs");
//! ```

use std::fmt::Write;

use crate::diagnostics::detail::{Arg, JsonType};
use crate::diagnostics::{Detail, Lang, Term};

/// Declares the messages of the catalogue: the [`Message`] enum and each
/// message's English and Swedish template.
macro_rules! messages {
    ($(
        $(#[doc = $doc:literal])+
        $variant:ident = $name:literal {
            en: $en:literal,
            sv: $sv:literal $(,)?
        }
    )+) => {
        /// A message of the catalogue (`diagnostics/catalogue.rs`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
        #[serde(rename_all = "snake_case")]
        #[non_exhaustive]
        pub enum Message {
            $( $(#[doc = $doc])+ $variant, )+
        }

        crate::macros::string_enum!(Message { $($variant => $name),+ });

        impl Message {
            /// The template in `lang`.
            #[must_use]
            pub fn template(self, lang: crate::diagnostics::Lang) -> &'static str {
                match (self, lang) {
                    $(
                        (Message::$variant, crate::diagnostics::Lang::En) => $en,
                        (Message::$variant, crate::diagnostics::Lang::Sv) => $sv,
                    )+
                }
            }
        }
    };
}

pub(crate) use messages;

/// Each message's name and templates:
///
/// ```
/// use omvarld::diagnostics::Message;
/// use omvarld::Lang;
/// let message = Message::NoSwedish;
/// assert_eq!(message.as_str().parse::<Message>()?, message);
/// assert!(message.template(Lang::Sv).contains("`sv` krävs"));
/// # Ok::<(), omvarld::InvalidValue>(())
/// ```
impl crate::diagnostics::Message {}

/// The message of `detail` in `lang`.
///
/// ```
/// use omvarld::diagnostics::{messages, Detail, Message};
/// use omvarld::Lang;
/// let report = omvarld::validate_str(r#"{"schema_version": 1}"#, &Default::default());
/// let detail: &Detail = report.errors[0].detail().unwrap();
/// assert_eq!(messages::render(detail, Lang::En), report.errors[0].message);
/// ```
#[must_use]
pub fn render(detail: &Detail, lang: Lang) -> String {
    let template = detail.message().template(lang);
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open + 1..).unwrap_or_default();
        let Some(close) = after.find('}') else {
            out.push_str(rest.get(open..).unwrap_or_default());
            return out;
        };
        let placeholder = after.get(..close).unwrap_or_default();
        fill(&mut out, detail, placeholder, lang);
        rest = after.get(close + 1..).unwrap_or_default();
    }
    out.push_str(rest);
    out
}

/// Writes one placeholder; an unknown one stays as it is (a test looks for
/// `{` in every rendered message).
fn fill(out: &mut String, detail: &Detail, placeholder: &str, lang: Lang) {
    let (name, form) = match placeholder.split_once(['.', '|']) {
        Some((name, _)) => (name, placeholder.get(name.len()..).unwrap_or_default()),
        None => (placeholder, ""),
    };
    let Some(arg) = detail.arg(name) else {
        let _ = write!(out, "{{{placeholder}}}");
        return;
    };
    match (arg, form) {
        (Arg::Term(term), ".a") => out.push_str(&indefinite(term, lang)),
        (Arg::Term(term), ".the") => match lang {
            Lang::En => {
                let _ = write!(out, "the {}", term.en);
            }
            Lang::Sv => out.push_str(term.sv_definite),
        },
        (Arg::Count(n), form) if form.starts_with('|') => {
            let mut words = form.get(1..).unwrap_or_default().split('|');
            let one = words.next().unwrap_or_default();
            let many = words.next().unwrap_or(one);
            let _ = write!(out, "{n} {}", if *n == 1 { one } else { many });
        }
        (arg, _) => plain(out, arg, lang),
    }
}

fn plain(out: &mut String, arg: &Arg, lang: Lang) {
    match arg {
        Arg::Text(text) => out.push_str(text),
        Arg::Count(n) => {
            let _ = write!(out, "{n}");
        }
        Arg::Term(term) => out.push_str(lang.pick(term.en, term.sv)),
        Arg::Type(t) => out.push_str(json_type(*t, lang)),
        Arg::Localized { en, sv } => out.push_str(lang.pick(en, sv)),
        Arg::Names { names, more } => {
            for (i, name) in names.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                let _ = write!(out, "`{name}`");
            }
            if *more {
                out.push_str(", …");
            }
        }
    }
}

fn indefinite(term: &Term, lang: Lang) -> String {
    match lang {
        Lang::En => term.en_indefinite(),
        Lang::Sv => term.sv_indefinite(),
    }
}

/// A JSON type with its article.
fn json_type(t: JsonType, lang: Lang) -> &'static str {
    match (t, lang) {
        (JsonType::Null, _) => "null",
        (JsonType::Boolean, Lang::En) => "a boolean",
        (JsonType::Boolean, Lang::Sv) => "ett sanningsvärde (true eller false)",
        (JsonType::Integer, Lang::En) => "an integer",
        (JsonType::Integer, Lang::Sv) => "ett heltal",
        (JsonType::Number, Lang::En) => "a number",
        (JsonType::Number, Lang::Sv) => "ett tal",
        (JsonType::String, Lang::En) => "a string",
        (JsonType::String, Lang::Sv) => "en sträng",
        (JsonType::Array, Lang::En) => "an array",
        (JsonType::Array, Lang::Sv) => "en lista",
        (JsonType::Object, Lang::En) => "an object",
        (JsonType::Object, Lang::Sv) => "ett objekt",
    }
}

/// `count` with the singular or plural noun: `1 error`, `2 errors`,
/// `1 varning`, `2 varningar`.
///
/// ```
/// use omvarld::diagnostics::messages::count;
/// assert_eq!(count(1, "varning", "varningar"), "1 varning");
/// assert_eq!(count(0, "varning", "varningar"), "0 varningar");
/// ```
#[must_use]
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::Message;

    const ACTIVITY: Term = Term::new("activity", "aktivitet", "aktiviteten", false);
    const PRIORITY: Term = Term::new("priority", "prioritet", "prioriteten", false);

    #[test]
    fn placeholders_take_their_forms() {
        let d = Detail::new(Message::TooFewElements)
            .with("found", 1usize)
            .with("min", 2usize);
        assert_eq!(
            render(&d, Lang::En),
            "the list has 1 element; at least 2 required"
        );
        let d = Detail::new(Message::DuplicateId)
            .with("id", "x")
            .with("of", ACTIVITY);
        assert_eq!(
            render(&d, Lang::Sv),
            "id `x` används redan av en aktivitet tidigare i listan; id:n måste vara unika"
        );
        let d = Detail::new(Message::NotAllowed)
            .with("value", "y")
            .with("of", PRIORITY)
            .with("allowed", Arg::names(["high", "medium", "low"], 2));
        assert_eq!(
            render(&d, Lang::En),
            "`y` is not a priority; expected one of: `high`, `medium`, …"
        );
        // A placeholder without its value stays visible.
        assert_eq!(
            render(&Detail::new(Message::Blank).with("x", "y"), Lang::En),
            Message::Blank.template(Lang::En)
        );
        assert!(render(&Detail::new(Message::DuplicateId), Lang::En).contains("{id}"));
    }
}
