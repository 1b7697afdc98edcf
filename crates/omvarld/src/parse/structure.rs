//! The structural checker of the slow path: walks a [`Node`] tree against the
//! published programme schema and reports every problem with its SPEC code.
//!
//! The walk is driven by the generated schema itself (properties, required
//! members, item types, enumerations, ranges), so the checker cannot drift
//! from the schema; the value types of the standard (ids, dates, codes, texts)
//! are checked by the same functions the model types use.

use std::sync::LazyLock;

use serde_json::{Map, Value};

use crate::diagnostics::{excerpt, Code, Detail, Issue, JsonType};
use crate::model::LangTag;
use crate::parse::Node;
use crate::pointer::Pointer;
use crate::shape::strings::{string_type, StringType};
use crate::shape::terms;
use crate::suggest;

static PROGRAMME_SCHEMA: LazyLock<Value> = LazyLock::new(crate::schema::programme_schema);

/// Every structural problem of the document `root`.
pub(crate) fn check(root: &Node) -> Vec<Issue> {
    let schema = &*PROGRAMME_SCHEMA;
    let empty = Map::new();
    let defs = schema
        .get("$defs")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let mut walker = Walker {
        defs,
        issues: Vec::new(),
    };
    walker.value(schema, root, &Pointer::root(), "Programme");
    walker.issues
}

/// Every structural problem of `root` read as the schema's `$defs` type `def`
/// (one object of the standard on its own, e.g. `AdvocacyPosition`).
pub(crate) fn check_as(root: &Node, def: &str) -> Vec<Issue> {
    let schema = &*PROGRAMME_SCHEMA;
    let empty = Map::new();
    let defs = schema
        .get("$defs")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let Some(def_schema) = defs.get(def) else {
        return Vec::new();
    };
    let mut walker = Walker {
        defs,
        issues: Vec::new(),
    };
    walker.value(def_schema, root, &Pointer::root(), def);
    walker.issues
}

/// `true` when the schema's `$defs` type `def` is a JSON object type.
pub(crate) fn is_object_def(def: &str) -> bool {
    PROGRAMME_SCHEMA
        .get("$defs")
        .and_then(|defs| defs.get(def))
        .and_then(|d| d.get("type"))
        .is_some_and(|t| t == "object")
}

struct Walker<'s> {
    defs: &'s Map<String, Value>,
    issues: Vec<Issue>,
}

fn matches_type(node: &Node, expected: &str) -> bool {
    match expected {
        "object" => matches!(node, Node::Object(_)),
        "array" => matches!(node, Node::Array(_)),
        "string" => matches!(node, Node::String(_)),
        "number" => node.as_f64().is_some(),
        "integer" => node.json_type() == JsonType::Integer,
        "boolean" => matches!(node, Node::Bool(_)),
        _ => true,
    }
}

impl<'s> Walker<'s> {
    fn push(&mut self, code: Code, path: &Pointer, detail: Detail) {
        self.issues
            .push(Issue::detailed(code, path.to_string(), detail));
    }

    fn type_error(
        &mut self,
        path: &Pointer,
        expected: JsonType,
        of: Option<crate::diagnostics::Term>,
        node: &Node,
    ) {
        let found = node.json_type();
        self.push(
            Code::Type,
            path,
            Detail::Type {
                expected,
                found,
                of,
            },
        );
    }

    /// Checks `node` against `schema`; `name` is the `$defs` name in force.
    fn value(&mut self, schema: &'s Value, node: &Node, path: &Pointer, name: &str) {
        if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
            let def_name = target.strip_prefix("#/$defs/").unwrap_or(target);
            if let Some(def) = self.defs.get(def_name) {
                self.value(def, node, path, def_name);
            }
            return;
        }
        match name {
            "Text" | "Title" => return self.text(schema, node, path, name == "Title"),
            "SchemaVersion" => return self.schema_version(node, path),
            "Extensions" => {
                if !matches!(node, Node::Object(_)) {
                    self.type_error(path, JsonType::Object, Some(terms::EXTENSIONS), node);
                }
                return;
            }
            _ => {}
        }
        if let Some(string) = string_type(name) {
            return self.string_type(schema, node, path, string);
        }
        if let Some(variants) = schema.get("oneOf").and_then(Value::as_array) {
            return self.enumeration(variants, node, path, name);
        }
        let expected = schema.get("type").and_then(Value::as_str).unwrap_or("");
        if !matches_type(node, expected) {
            let expected = expected.parse().unwrap_or(JsonType::Object);
            let of = (!name.is_empty()).then(|| terms::of_def(name));
            return self.type_error(path, expected, of, node);
        }
        match node {
            Node::Object(members) => self.object(schema, members, path, name),
            Node::Array(items) => self.array(schema, items, path),
            _ => self.range(schema, node, path),
        }
    }

    fn object(
        &mut self,
        schema: &'s Value,
        members: &[(String, Node)],
        path: &Pointer,
        name: &str,
    ) {
        let properties = schema.get("properties").and_then(Value::as_object);
        let names = || {
            properties
                .into_iter()
                .flat_map(|p| p.keys().map(String::as_str))
        };
        let within = terms::of_def(name);
        for (key, value) in members {
            let member_path = path.key(key);
            if let Some(property) = properties.and_then(|p| p.get(key)) {
                self.value(property, value, &member_path, "");
            } else {
                let suggestion = suggest::nearest(key, names()).map(str::to_owned);
                let allowed = if suggestion.is_some() {
                    Vec::new()
                } else {
                    names().map(str::to_owned).collect()
                };
                self.push(
                    Code::UnknownField,
                    &member_path,
                    Detail::UnknownMember {
                        member: excerpt(key),
                        within,
                        suggestion,
                        allowed,
                    },
                );
            }
        }
        for required in schema
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            let Some(required) = required.as_str() else {
                continue;
            };
            if !members.iter().any(|(k, _)| k == required) {
                self.push(
                    Code::Required,
                    &path.key(required),
                    Detail::MissingMember {
                        member: required.to_owned(),
                        within,
                    },
                );
            }
        }
    }

    fn array(&mut self, schema: &'s Value, items: &[Node], path: &Pointer) {
        let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
        if (items.len() as u64) < min {
            self.push(
                Code::Length,
                path,
                Detail::TooFewElements {
                    found: items.len(),
                    min: usize::try_from(min).unwrap_or(usize::MAX),
                },
            );
        }
        if let Some(item_schema) = schema.get("items") {
            for (i, item) in items.iter().enumerate() {
                self.value(item_schema, item, &path.index(i), "");
            }
        }
    }

    /// `minimum` and `maximum` of integers and numbers.
    fn range(&mut self, schema: &'s Value, node: &Node, path: &Pointer) {
        let Some(v) = node.as_f64() else { return };
        let min = schema.get("minimum").and_then(Value::as_f64);
        let max = schema.get("maximum").and_then(Value::as_f64);
        if min.is_some_and(|m| v < m) || max.is_some_and(|m| v > m) {
            self.push(
                Code::Format,
                path,
                Detail::OutOfRange {
                    value: node.excerpt(),
                    min: min.map(|m| m.to_string()),
                    max: max.map(|m| m.to_string()),
                },
            );
        }
    }

    fn enumeration(&mut self, variants: &'s [Value], node: &Node, path: &Pointer, name: &str) {
        let allowed: Vec<&str> = variants
            .iter()
            .filter_map(|v| v.get("const")?.as_str())
            .collect();
        let of = terms::of_def(name);
        let Node::String(s) = node else {
            return self.type_error(path, JsonType::String, Some(of), node);
        };
        if allowed.contains(&s.as_str()) {
            return;
        }
        let suggestion = suggest::nearest(s, allowed.iter().copied()).map(str::to_owned);
        self.push(
            Code::Enum,
            path,
            Detail::NotAllowed {
                value: excerpt(s),
                of,
                allowed: allowed.iter().map(|&a| a.to_owned()).collect(),
                suggestion,
            },
        );
    }

    fn schema_version(&mut self, node: &Node, path: &Pointer) {
        match node {
            Node::String(s) if s == crate::SCHEMA_VERSION => {}
            Node::String(s) => self.push(
                Code::SchemaVersion,
                path,
                Detail::UnsupportedVersion {
                    found: excerpt(s),
                    supported: format!("\"{}\"", crate::SCHEMA_VERSION),
                },
            ),
            other => self.type_error(path, JsonType::String, Some(terms::SCHEMA_VERSION), other),
        }
    }

    fn string_type(&mut self, schema: &Value, node: &Node, path: &Pointer, string: &StringType) {
        let Node::String(s) = node else {
            return self.type_error(path, JsonType::String, Some(string.term), node);
        };
        if let Some(max) = schema.get("maxLength").and_then(Value::as_u64) {
            let length = s.chars().count();
            if length as u64 > max {
                return self.push(
                    Code::Format,
                    path,
                    Detail::TooLong {
                        of: string.term,
                        length,
                        max: usize::try_from(max).unwrap_or(usize::MAX),
                    },
                );
            }
        }
        if !(string.check)(s) {
            self.push(
                Code::Format,
                path,
                Detail::BadForm {
                    value: excerpt(s),
                    of: string.term,
                    expected_en: string.expected_en,
                    expected_sv: string.expected_sv,
                },
            );
        }
    }

    /// A text: its language tags and values, checked by the model's own
    /// checks ([`LangTag::check`], [`text::value_problems`](crate::model::text)).
    fn text(&mut self, schema: &Value, node: &Node, path: &Pointer, title: bool) {
        let Node::Object(members) = node else {
            return self.type_error(path, JsonType::Object, Some(terms::TEXT_EXAMPLE), node);
        };
        let max = schema
            .get("additionalProperties")
            .and_then(|a| a.get("maxLength"))
            .and_then(Value::as_u64)
            .and_then(|m| usize::try_from(m).ok())
            .unwrap_or(0);
        for (lang, value) in members {
            let member_path = path.key(lang);
            if LangTag::check(lang).is_err() {
                let lower = lang.to_lowercase();
                let suggestion =
                    (lower != *lang && LangTag::check(&lower).is_ok()).then_some(lower);
                self.push(
                    Code::Format,
                    &member_path,
                    Detail::BadLanguageTag {
                        tag: excerpt(lang),
                        suggestion,
                    },
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
                self.push(
                    Code::Length,
                    &member_path,
                    Detail::TextTooLong { of, length, max },
                );
            }
            if problems.blank {
                self.push(Code::BlankText, &member_path, Detail::Blank);
            }
        }
        if !members.iter().any(|(k, _)| k == "sv") {
            let of = if title { terms::TITLE } else { terms::TEXT };
            self.push(Code::MissingSwedish, path, Detail::NoSwedish { of });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every pattern in the schema belongs to a type the walker checks by name.
    #[test]
    fn every_pattern_is_known() {
        let schema = &*PROGRAMME_SCHEMA;
        for (name, def) in schema["$defs"].as_object().unwrap() {
            if def.get("pattern").is_some() {
                assert!(string_type(name).is_some(), "no check for {name}");
            }
        }
    }
}
