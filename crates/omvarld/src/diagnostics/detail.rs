//! [`Detail`]: the structured context of an issue — which message of the
//! catalogue it is and the values that fill it (what was expected, what was
//! found, the names and ids involved) — from which its message is rendered
//! in either language.

use std::borrow::Cow;

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::diagnostics::{Message, Term};

/// A JSON type, as JSON Schema names it.
///
/// ```
/// use omvarld::diagnostics::JsonType;
/// assert_eq!("array".parse::<JsonType>()?, JsonType::Array);
/// assert_eq!(JsonType::Integer.as_str(), "integer");
/// # Ok::<(), omvarld::InvalidValue>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum JsonType {
    /// `null`.
    Null,
    /// `true` or `false`.
    Boolean,
    /// A number without a fractional part.
    Integer,
    /// Any number.
    Number,
    /// A string.
    String,
    /// An array.
    Array,
    /// An object.
    Object,
}

crate::macros::string_enum!(JsonType {
    Null => "null",
    Boolean => "boolean",
    Integer => "integer",
    Number => "number",
    String => "string",
    Array => "array",
    Object => "object",
});

/// One value of a [`Detail`].
///
/// ```
/// let report = omvarld::validate_str(r#"{"schema_version": 1}"#, &Default::default());
/// let issue = &report.errors[0];
/// assert_eq!(issue.code, omvarld::Code::Type);
/// // The values that fill the message are in the issue's detail.
/// use omvarld::diagnostics::{Arg, JsonType};
/// let detail = issue.detail().unwrap();
/// assert_eq!(detail.arg("found"), Some(&Arg::Type(JsonType::Integer)));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Arg {
    /// Text quoted as it is (a value, an id, a member name, a date).
    Text(String),
    /// A count or a limit.
    Count(u64),
    /// A noun of the standard.
    Term(Term),
    /// A JSON type, named in the message's language.
    Type(JsonType),
    /// Text that differs by language (a title and its translation, a hint).
    Localized {
        /// English.
        en: Cow<'static, str>,
        /// Swedish.
        sv: Cow<'static, str>,
    },
    /// Names shown as code spans; `more` when the list was cut short.
    Names {
        /// The names.
        names: Vec<String>,
        /// `true` when there are more than shown.
        more: bool,
    },
}

impl Arg {
    /// Up to `max` names, marked when there were more.
    pub fn names<S: Into<String>>(names: impl IntoIterator<Item = S>, max: usize) -> Arg {
        let mut names = names.into_iter();
        let shown: Vec<String> = names.by_ref().take(max).map(Into::into).collect();
        Arg::Names {
            names: shown,
            more: names.next().is_some(),
        }
    }

    /// Text that differs by language.
    pub fn localized(en: impl Into<Cow<'static, str>>, sv: impl Into<Cow<'static, str>>) -> Arg {
        Arg::Localized {
            en: en.into(),
            sv: sv.into(),
        }
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

impl From<u64> for Arg {
    fn from(value: u64) -> Self {
        Arg::Count(value)
    }
}

impl From<usize> for Arg {
    fn from(value: usize) -> Self {
        Arg::Count(value as u64)
    }
}

impl From<Term> for Arg {
    fn from(value: Term) -> Self {
        Arg::Term(value)
    }
}

impl From<JsonType> for Arg {
    fn from(value: JsonType) -> Self {
        Arg::Type(value)
    }
}

impl Serialize for Arg {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Text(text) => serializer.serialize_str(text),
            Arg::Count(n) => serializer.serialize_u64(*n),
            Arg::Term(term) => term.serialize(serializer),
            Arg::Type(t) => t.serialize(serializer),
            Arg::Localized { en, .. } => serializer.serialize_str(en),
            Arg::Names { names, .. } => names.serialize(serializer),
        }
    }
}

/// The structured context of an [`Issue`](crate::Issue): the catalogue's
/// [`Message`] and the named values that fill it. The message is rendered
/// from it by [`render`](crate::diagnostics::messages::render); as JSON it
/// is `{"message": "…", name: value, …}` (pydantic's `ctx`).
///
/// ```
/// use omvarld::diagnostics::{Detail, Message};
/// let detail = Detail::new(Message::DuplicateReference)
///     .with("id", "bostader")
///     .with("first", "/positions/0/focus_areas/0");
/// assert_eq!(detail.message(), Message::DuplicateReference);
/// assert_eq!(
///     serde_json::to_value(&detail)?,
///     serde_json::json!({"message": "duplicate_reference", "id": "bostader", "first": "/positions/0/focus_areas/0"})
/// );
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detail {
    message: Message,
    args: Vec<(&'static str, Arg)>,
}

impl Detail {
    /// The context of `message`, with no values yet.
    #[must_use]
    pub fn new(message: Message) -> Self {
        Self {
            message,
            args: Vec::new(),
        }
    }

    /// Adds the value `name` (a placeholder of the message's templates).
    #[must_use]
    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// Which message of the catalogue this is.
    #[must_use]
    pub fn message(&self) -> Message {
        self.message
    }

    /// The value called `name`.
    #[must_use]
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, a)| a)
    }

    /// Every value, in the order given.
    pub fn args(&self) -> impl Iterator<Item = (&'static str, &Arg)> + '_ {
        self.args.iter().map(|(n, a)| (*n, a))
    }
}

impl Serialize for Detail {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.args.len() + 1))?;
        map.serialize_entry("message", self.message.as_str())?;
        for (name, arg) in &self.args {
            map.serialize_entry(name, arg)?;
        }
        map.end()
    }
}
