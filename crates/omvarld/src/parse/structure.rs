//! The structural checker of the slow path: walks a [`Node`] tree along the
//! document's [`Shape`] and reports every problem with its SPEC code.
//!
//! The shape is built from the generated schema (members, required members,
//! item types, enumerations, ranges), so the checker cannot drift from the
//! schema; the value types of the standard (ids, dates, codes, texts) are
//! checked by the same functions the model types use.

use crate::diagnostics::{excerpt, Arg, Code, Detail, Issue, JsonType, Message, Term};
use crate::model::{Id, Label, LangTag, SchemaVersion};
use crate::parse::Node;
use crate::pointer::Pointer;
use crate::shape::strings::{StringKind, StringType};
use crate::shape::{terms, ObjectType, Shape, Type, TypeRef};
use crate::suggest;

/// Every structural problem of `root` read as the schema type `def`
/// (`Programme` for a whole document, or one object of the standard on its
/// own, e.g. `AdvocacyPosition`).
///
/// A whole document is walked along the shape of its own `schema_version`
/// (the newest when it has none it reads), so a 1.1 member in a 1.0 document
/// is `unknown_field`, with a message naming the version that has it.
pub(crate) fn check(root: &Node, def: &str) -> Vec<Issue> {
    let version = match root {
        Node::Object(members) if def == "Programme" => members
            .iter()
            .find(|(k, _)| k == "schema_version")
            .and_then(|(_, v)| match v {
                Node::String(s) => s.parse::<SchemaVersion>().ok(),
                _ => None,
            })
            .unwrap_or(SchemaVersion::LATEST),
        _ => SchemaVersion::LATEST,
    };
    let shape = Shape::of(version);
    let Some(at) = shape.def(def) else {
        return Vec::new();
    };
    let mut walker = Walker {
        shape,
        version,
        issues: Vec::new(),
    };
    walker.value(at, root, &Pointer::root());
    walker.issues
}

struct Walker {
    shape: &'static Shape,
    /// The version `shape` is of.
    version: SchemaVersion,
    issues: Vec<Issue>,
}

impl Walker {
    fn push(&mut self, code: Code, path: &Pointer, detail: Detail) {
        self.issues
            .push(Issue::detailed(code, path.to_string(), detail));
    }

    fn type_error(&mut self, path: &Pointer, expected: JsonType, of: Option<Term>, node: &Node) {
        if let Some(detail) = number_in_string(expected, node) {
            return self.push(Code::Type, path, detail);
        }
        let detail = match of {
            Some(of) => Detail::new(Message::TypeOf).with("of", of),
            None => Detail::new(Message::Type),
        };
        let detail = detail
            .with("expected", expected)
            .with("found", node.json_type());
        self.push(Code::Type, path, detail);
    }

    /// `false` (after reporting `type`) when `node` is not of `expected`'s JSON type.
    fn has_type(
        &mut self,
        node: &Node,
        expected: JsonType,
        of: Option<Term>,
        path: &Pointer,
    ) -> bool {
        let found = node.json_type();
        let fits =
            found == expected || (expected == JsonType::Number && found == JsonType::Integer);
        if !fits {
            self.type_error(path, expected, of, node);
        }
        fits
    }

    /// Checks `node` against the type at `at`.
    fn value(&mut self, at: TypeRef, node: &Node, path: &Pointer) {
        let shape = self.shape;
        match shape.get(at) {
            Type::Object(object) => {
                if let Node::Object(members) = node {
                    self.object(object, members, path);
                } else {
                    self.type_error(path, JsonType::Object, Some(object.term), node);
                }
            }
            Type::Text { max, title } => self.text(*max, *title, node, path),
            Type::Extensions => {
                self.has_type(node, JsonType::Object, Some(terms::EXTENSIONS), path);
            }
            Type::SchemaVersion { .. } => self.schema_version(node, path),
            Type::Coded { string, max } => self.coded(string, *max, node, path),
            Type::Enum {
                term,
                values,
                labels,
            } => self.enumeration(*term, values, labels, node, path),
            Type::Array { min, items } => {
                let Node::Array(elements) = node else {
                    return self.type_error(path, JsonType::Array, None, node);
                };
                if elements.len() < *min {
                    let detail = Detail::new(Message::TooFewElements)
                        .with("found", elements.len())
                        .with("min", *min);
                    self.push(Code::Length, path, detail);
                }
                for (i, element) in elements.iter().enumerate() {
                    self.value(*items, element, &path.index(i));
                }
            }
            Type::Integer { min, max } => {
                if self.has_type(node, JsonType::Integer, None, path) {
                    self.range(node, Some(*min), Some(*max), path);
                }
            }
            Type::Number => {
                self.has_type(node, JsonType::Number, None, path);
            }
            Type::String => {
                self.has_type(node, JsonType::String, None, path);
            }
        }
    }

    fn object(&mut self, object: &ObjectType, members: &[(String, Node)], path: &Pointer) {
        for (key, value) in members {
            let member_path = path.key(key);
            if let Some(member) = object.member(key) {
                self.value(member.ty, value, &member_path);
            } else if let Some(since) = self.newer_version_with(&object.name, key) {
                let detail = Detail::new(Message::MemberOfNewerVersion)
                    .with("member", excerpt(key))
                    .with("within", object.term)
                    .with("found", self.version.as_str())
                    .with("version", since.as_str());
                self.push(Code::UnknownField, &member_path, detail);
            } else {
                let detail = match suggest::nearest(key, object.names()) {
                    Some(near) => Detail::new(Message::UnknownMemberNear).with("suggestion", near),
                    None => Detail::new(Message::UnknownMember)
                        .with("allowed", Arg::names(object.names(), 20)),
                };
                let detail = detail
                    .with("member", excerpt(key))
                    .with("within", object.term);
                self.push(Code::UnknownField, &member_path, detail);
            }
        }
        let has = |name: &String| members.iter().any(|(k, _)| k == name);
        if let Some(first) = object.one_of_required.first() {
            if !object.one_of_required.iter().any(has) {
                let detail = Detail::new(Message::MissingOneOf)
                    .with(
                        "members",
                        Arg::names(object.one_of_required.iter().map(String::as_str), 10),
                    )
                    .with("within", object.term);
                self.push(Code::Required, &path.key(first), detail);
            }
        }
        for required in object.members.iter().filter(|m| m.required) {
            if !members.iter().any(|(k, _)| *k == required.name) {
                let detail = Detail::new(Message::MissingMember)
                    .with("member", required.name.as_str())
                    .with("within", object.term);
                self.push(Code::Required, &path.key(&required.name), detail);
            }
        }
    }

    /// The first version after the walker's that has `member` in the object
    /// type `def`.
    fn newer_version_with(&self, def: &str, member: &str) -> Option<SchemaVersion> {
        SchemaVersion::ALL
            .iter()
            .copied()
            .filter(|v| *v > self.version)
            .find(|v| {
                let shape = Shape::of(*v);
                shape.def(def).is_some_and(
                    |at| matches!(shape.get(at), Type::Object(o) if o.member(member).is_some()),
                )
            })
    }

    /// `format` for a number outside `min..=max`.
    #[allow(clippy::cast_precision_loss)]
    fn range(&mut self, node: &Node, min: Option<i64>, max: Option<i64>, path: &Pointer) {
        let Some(v) = node.as_f64() else { return };
        if min.is_some_and(|m| v < m as f64) || max.is_some_and(|m| v > m as f64) {
            let bound = |b: Option<i64>| b.map_or_else(|| "…".to_owned(), |b| b.to_string());
            let detail = Detail::new(Message::OutOfRange)
                .with("value", node.excerpt())
                .with("min", bound(min))
                .with("max", bound(max));
            self.push(Code::Format, path, detail);
        }
    }

    /// A value of an enumeration. A word that names a value (its Swedish
    /// label, another Swedish spelling, the code in other case) suggests
    /// that value with its Swedish label; otherwise the nearest by spelling.
    fn enumeration(
        &mut self,
        of: Term,
        values: &[String],
        labels: &[Label],
        node: &Node,
        path: &Pointer,
    ) {
        let Node::String(s) = node else {
            return self.type_error(path, JsonType::String, Some(of), node);
        };
        if values.contains(s) {
            return;
        }
        let named = labels.iter().find(|label| label.matches(s));
        let detail = match (
            named,
            suggest::nearest(s, values.iter().map(String::as_str)),
        ) {
            (Some(label), _) => Detail::new(Message::NotAllowedLabel)
                .with("suggestion", label.code)
                .with("label", label.sv),
            (None, Some(near)) => Detail::new(Message::NotAllowedNear).with("suggestion", near),
            (None, None) => Detail::new(Message::NotAllowed),
        };
        let detail = detail.with("value", excerpt(s)).with("of", of).with(
            "allowed",
            Arg::names(values.iter().map(String::as_str), usize::MAX),
        );
        self.push(Code::Enum, path, detail);
    }

    /// Every version this crate reads is accepted (the shape is the one of
    /// the document's own version), and the message names them all.
    fn schema_version(&mut self, node: &Node, path: &Pointer) {
        match node {
            Node::String(s) if s.parse::<SchemaVersion>().is_ok() => {}
            Node::String(s) => {
                let supported = SchemaVersion::ALL
                    .iter()
                    .map(|v| format!("\"{v}\""))
                    .collect::<Vec<_>>()
                    .join(", ");
                let detail = Detail::new(Message::UnsupportedVersion)
                    .with("found", excerpt(s))
                    .with("supported", supported);
                self.push(Code::SchemaVersion, path, detail);
            }
            other => self.type_error(path, JsonType::String, Some(terms::SCHEMA_VERSION), other),
        }
    }

    fn coded(&mut self, string: &StringType, max: Option<usize>, node: &Node, path: &Pointer) {
        let Node::String(s) = node else {
            return self.type_error(path, JsonType::String, Some(string.term), node);
        };
        if let Some(max) = max {
            let length = s.chars().count();
            if length > max {
                let detail = Detail::new(Message::TooLong)
                    .with("of", string.term)
                    .with("length", length)
                    .with("max", max);
                return self.push(Code::Format, path, detail);
            }
        }
        if !(string.check)(s) {
            let detail = if string.kind == StringKind::Id {
                id_detail(s, string)
            } else {
                None
            };
            let detail = detail.unwrap_or_else(|| {
                Detail::new(Message::BadForm)
                    .with("value", excerpt(s))
                    .with("of", string.term)
                    .with(
                        "expected",
                        Arg::localized(string.expected_en, string.expected_sv),
                    )
            });
            self.push(Code::Format, path, detail);
        }
    }

    /// A text: its language tags and values, checked by the model's own
    /// checks ([`LangTag::check`] and `model::text::value_problems`).
    fn text(&mut self, max: usize, title: bool, node: &Node, path: &Pointer) {
        let Node::Object(members) = node else {
            return self.type_error(path, JsonType::Object, Some(terms::TEXT_EXAMPLE), node);
        };
        for (lang, value) in members {
            let member_path = path.key(lang);
            if LangTag::check(lang).is_err() {
                let lower = lang.to_lowercase();
                let detail = if lower != *lang && LangTag::check(&lower).is_ok() {
                    Detail::new(Message::BadLanguageTagNear).with("suggestion", lower)
                } else {
                    Detail::new(Message::BadLanguageTag)
                };
                self.push(
                    Code::Format,
                    &member_path,
                    detail.with("tag", excerpt(lang)),
                );
            }
            let Node::String(s) = value else {
                self.type_error(&member_path, JsonType::String, None, value);
                continue;
            };
            let problems = crate::model::text::value_problems(s, max);
            if let Some(length) = problems.too_long {
                let of = if title {
                    terms::TITLE_VALUE
                } else {
                    terms::TEXT_VALUE
                };
                let detail = Detail::new(Message::TextTooLong)
                    .with("of", of)
                    .with("length", length)
                    .with("max", max);
                self.push(Code::Length, &member_path, detail);
            }
            if problems.blank {
                self.push(Code::BlankText, &member_path, Detail::new(Message::Blank));
            }
        }
        if !members.iter().any(|(k, _)| k == "sv") {
            let of = if title { terms::TITLE } else { terms::TEXT };
            let detail = Detail::new(Message::NoSwedish).with("of", of);
            self.push(Code::MissingSwedish, path, detail);
        }
    }
}

/// What to write instead of an id that is not one, when there is an id it
/// most likely means ([`Id::suggest`]): the character that cannot be in an
/// id, if there is one, and the suggestion.
fn id_detail(s: &str, id: &StringType) -> Option<Detail> {
    let suggestion = Id::suggest(s).filter(|id| id != s)?;
    let detail = match Id::first_foreign_char(s) {
        Some(c) => Detail::new(Message::IdForeignCharacter).with("character", character(c)),
        None => Detail::new(Message::BadFormNear)
            .with("of", id.term)
            .with("expected", Arg::localized(id.expected_en, id.expected_sv)),
    };
    Some(
        detail
            .with("value", excerpt(s))
            .with("suggestion", suggestion.as_str()),
    )
}

/// A character named in a message: a code span, with what kind of
/// character it is where that is not plain to see.
fn character(c: char) -> Arg {
    if c == ' ' {
        Arg::localized("a space", "ett mellanslag")
    } else if c.is_whitespace() || c.is_control() {
        let shown = format!("`{}`", c.escape_unicode());
        Arg::localized(
            format!("the white space {shown}"),
            format!("blanktecknet {shown}"),
        )
    } else if c.is_uppercase() {
        Arg::localized(
            format!("the capital letter `{c}`"),
            format!("versalen `{c}`"),
        )
    } else {
        Arg::Text(format!("`{c}`"))
    }
}

/// A number written as a string where a number is expected (`"78,4"`,
/// `"2024"`): what to write instead, when the string is a number once a
/// decimal comma is a point and spaces between digit groups are gone.
fn number_in_string(expected: JsonType, node: &Node) -> Option<Detail> {
    let Node::String(s) = node else { return None };
    if !matches!(expected, JsonType::Number | JsonType::Integer) {
        return None;
    }
    let digits: String = s
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let comma = digits.matches(',').count() == 1 && !digits.contains('.');
    let written = if comma {
        digits.replace(',', ".")
    } else {
        digits
    };
    let number: serde_json::Number = serde_json::from_str(&written).ok()?;
    if expected == JsonType::Integer && number.as_f64().is_none_or(|v| v.fract() != 0.0) {
        return None;
    }
    let message = if comma {
        Message::TypeNumberDecimalComma
    } else {
        Message::TypeNumberInQuotes
    };
    Some(
        Detail::new(message)
            .with("expected", expected)
            .with("value", excerpt(s))
            .with("suggestion", excerpt(&written)),
    )
}
