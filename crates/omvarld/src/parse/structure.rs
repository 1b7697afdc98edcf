//! The structural checker of the slow path: walks a [`Node`] tree against the
//! published programme schema and reports every problem with its SPEC code.
//!
//! The walk is driven by the generated schema itself (properties, required
//! members, item types, enumerations, ranges), so the checker cannot drift
//! from the schema; the value types of the standard (ids, dates, codes, texts)
//! are checked by the same functions the model types use.

use std::sync::LazyLock;

use serde_json::{Map, Value};

use crate::model::{CountryCode, Date, Id, KoladaKpi, LangTag, MunicipalityCode, Url};
use crate::parse::Node;
use crate::pointer::Pointer;
use crate::suggest;
use crate::validate::{Code, Context, Issue, Lang};

static PROGRAMME_SCHEMA: LazyLock<Value> = LazyLock::new(crate::schema::programme_schema);

/// Every structural problem of the document `root`.
pub(crate) fn check(root: &Node, lang: Lang) -> Vec<Issue> {
    let schema = &*PROGRAMME_SCHEMA;
    let empty = Map::new();
    let defs = schema
        .get("$defs")
        .and_then(Value::as_object)
        .unwrap_or(&empty);
    let mut walker = Walker {
        defs,
        cx: Context::new(lang),
    };
    walker.value(schema, root, &Pointer::root(), "Programme");
    walker.cx.into_report().errors
}

/// Every structural problem of `root` read as the schema's `$defs` type `def`
/// (one object of the standard on its own, e.g. `AdvocacyPosition`).
pub(crate) fn check_as(root: &Node, def: &str, lang: Lang) -> Vec<Issue> {
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
        cx: Context::new(lang),
    };
    walker.value(def_schema, root, &Pointer::root(), def);
    walker.cx.into_report().errors
}

/// `true` when the schema's `$defs` type `def` is a JSON object type.
pub(crate) fn is_object_def(def: &str) -> bool {
    PROGRAMME_SCHEMA
        .get("$defs")
        .and_then(|defs| defs.get(def))
        .and_then(|d| d.get("type"))
        .is_some_and(|t| t == "object")
}

/// A string type of the standard: its check and what a valid value looks like.
type StringCheck = (fn(&str) -> bool, &'static str);

/// The string types whose schema has a pattern, by `$defs` name.
pub(crate) fn string_type(def: &str) -> Option<StringCheck> {
    Some(match def {
        "Id" => (|s| Id::check(s).is_ok(), Id::EXPECTED),
        "LangTag" => (|s| LangTag::check(s).is_ok(), LangTag::EXPECTED),
        "MunicipalityCode" => (
            |s| MunicipalityCode::check(s).is_ok(),
            MunicipalityCode::EXPECTED,
        ),
        "CountryCode" => (|s| CountryCode::check(s).is_ok(), CountryCode::EXPECTED),
        "KoladaKpi" => (|s| KoladaKpi::check(s).is_ok(), KoladaKpi::EXPECTED),
        "Url" => (|s| Url::check(s).is_ok(), Url::EXPECTED),
        "Date" => (|s| s.parse::<Date>().is_ok(), Date::EXPECTED),
        _ => return None,
    })
}

struct Walker<'s> {
    defs: &'s Map<String, Value>,
    cx: Context,
}

/// "a string", "an object", … for messages.
fn article(type_name: &str) -> String {
    match type_name {
        "integer" | "object" | "array" => format!("an {type_name}"),
        "null" => "null".to_owned(),
        other => format!("a {other}"),
    }
}

fn swedish_type(type_name: &str) -> &'static str {
    match type_name {
        "integer" => "ett heltal",
        "number" => "ett tal",
        "string" => "en sträng",
        "boolean" => "ett sanningsvärde",
        "array" => "en lista",
        "object" => "ett objekt",
        _ => "null",
    }
}

fn matches_type(node: &Node, expected: &str) -> bool {
    match expected {
        "object" => matches!(node, Node::Object(_)),
        "array" => matches!(node, Node::Array(_)),
        "string" => matches!(node, Node::String(_)),
        "number" => node.as_f64().is_some(),
        "integer" => node.type_name() == "integer",
        "boolean" => matches!(node, Node::Bool(_)),
        _ => true,
    }
}

impl<'s> Walker<'s> {
    fn type_error(&mut self, path: &Pointer, expected: &str, what: &str, node: &Node) {
        let found = node.type_name();
        let what_en = if what.is_empty() {
            String::new()
        } else {
            format!(" ({what})")
        };
        self.cx.push(
            Code::Type,
            path.to_string(),
            format!(
                "expected {}{what_en}, found {}",
                article(expected),
                article(found)
            ),
            format!(
                "förväntade {}{what_en}, fick {}",
                swedish_type(expected),
                swedish_type(found)
            ),
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
            "Text" | "Title" => return self.text(schema, node, path, name),
            "SchemaVersion" => return self.schema_version(node, path),
            "Extensions" => {
                if !matches!(node, Node::Object(_)) {
                    self.type_error(path, "object", "extensions", node);
                }
                return;
            }
            _ => {}
        }
        if let Some((ok, expected)) = string_type(name) {
            return self.string_type(schema, node, path, name, ok, expected);
        }
        if let Some(variants) = schema.get("oneOf").and_then(Value::as_array) {
            return self.enumeration(variants, node, path, name);
        }
        let expected = schema.get("type").and_then(Value::as_str).unwrap_or("");
        if !matches_type(node, expected) {
            return self.type_error(
                path,
                expected,
                if name.is_empty() { "" } else { name },
                node,
            );
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
        for (key, value) in members {
            let member_path = path.key(key);
            if let Some(property) = properties.and_then(|p| p.get(key)) {
                self.value(property, value, &member_path, "");
            } else {
                let near = suggest::nearest(key, names());
                let (hint_en, hint_sv) = match near {
                    Some(near) => (
                        format!("did you mean `{near}`?"),
                        format!("menade du `{near}`?"),
                    ),
                    None => {
                        let known = suggest::list(names(), 20);
                        (
                            format!("allowed: {known}; put local additions under `extensions`"),
                            format!("tillåtna: {known}; lägg lokala tillägg under `extensions`"),
                        )
                    }
                };
                let key = crate::model::newtype::excerpt(key);
                self.cx.push(
                    Code::UnknownField,
                    member_path.to_string(),
                    format!("unknown member `{key}` in {name}; {hint_en}"),
                    format!("okänd medlem `{key}` i {name}; {hint_sv}"),
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
                self.cx.push(
                    Code::Required,
                    path.key(required).to_string(),
                    format!("missing required member `{required}` in {name}"),
                    format!("obligatorisk medlem `{required}` saknas i {name}"),
                );
            }
        }
    }

    fn array(&mut self, schema: &'s Value, items: &[Node], path: &Pointer) {
        let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
        if (items.len() as u64) < min {
            self.cx.push(
                Code::Length,
                path.to_string(),
                format!(
                    "the list has {} element(s); at least {min} required",
                    items.len()
                ),
                format!("listan har {} element; minst {min} krävs", items.len()),
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
            let range = format!(
                "{}–{}",
                min.map_or_else(|| "…".into(), |m| m.to_string()),
                max.map_or_else(|| "…".into(), |m| m.to_string())
            );
            let shown = node.excerpt();
            self.cx.push(
                Code::Format,
                path.to_string(),
                format!("{shown} is outside the allowed range {range}"),
                format!("{shown} ligger utanför det tillåtna intervallet {range}"),
            );
        }
    }

    fn enumeration(&mut self, variants: &'s [Value], node: &Node, path: &Pointer, name: &str) {
        let allowed: Vec<&str> = variants
            .iter()
            .filter_map(|v| v.get("const")?.as_str())
            .collect();
        let Node::String(s) = node else {
            return self.type_error(path, "string", name, node);
        };
        if allowed.contains(&s.as_str()) {
            return;
        }
        let list = allowed.join(", ");
        let hint = suggest::nearest(s, allowed.iter().copied());
        let (hint_en, hint_sv) = hint.map_or_else(
            || (String::new(), String::new()),
            |h| {
                (
                    format!("; did you mean `{h}`?"),
                    format!("; menade du `{h}`?"),
                )
            },
        );
        let shown = crate::model::newtype::excerpt(s);
        self.cx.push(
            Code::Enum,
            path.to_string(),
            format!("`{shown}` is not a {name}; expected one of: {list}{hint_en}"),
            format!("`{shown}` är inte ett tillåtet värde för {name}; förväntade ett av: {list}{hint_sv}"),
        );
    }

    fn schema_version(&mut self, node: &Node, path: &Pointer) {
        match node {
            Node::String(s) if s == crate::SCHEMA_VERSION => {}
            Node::String(s) => {
                let shown = crate::model::newtype::excerpt(s);
                self.cx.push(
                    Code::SchemaVersion,
                    path.to_string(),
                    format!(
                        "schema_version `{shown}` is not supported; this is data standard \"1.0\""
                    ),
                    format!("schema_version `{shown}` stöds inte; detta är datastandard \"1.0\""),
                );
            }
            other => self.type_error(path, "string", "schema_version \"1.0\"", other),
        }
    }

    fn string_type(
        &mut self,
        schema: &Value,
        node: &Node,
        path: &Pointer,
        name: &str,
        ok: fn(&str) -> bool,
        expected: &str,
    ) {
        let Node::String(s) = node else {
            return self.type_error(path, "string", name, node);
        };
        if let Some(max) = schema.get("maxLength").and_then(Value::as_u64) {
            let length = s.chars().count() as u64;
            if length > max {
                return self.cx.push(
                    Code::Format,
                    path.to_string(),
                    format!("the {name} has {length} characters; at most {max} are allowed"),
                    format!("{name} har {length} tecken; högst {max} är tillåtna"),
                );
            }
        }
        if !ok(s) {
            let shown = crate::model::newtype::excerpt(s);
            self.cx.push(
                Code::Format,
                path.to_string(),
                format!("`{shown}` is not a valid {name}: expected {expected}"),
                format!("`{shown}` är inte ett giltigt värde för {name}: förväntade {expected}"),
            );
        }
    }

    fn text(&mut self, schema: &Value, node: &Node, path: &Pointer, name: &str) {
        let Node::Object(members) = node else {
            return self.type_error(path, "object", "a text such as {\"sv\": \"…\"}", node);
        };
        let max = schema
            .get("additionalProperties")
            .and_then(|a| a.get("maxLength"))
            .and_then(Value::as_u64)
            .unwrap_or(0);
        for (lang, value) in members {
            let member_path = path.key(lang);
            if LangTag::check(lang).is_err() {
                let shown = crate::model::newtype::excerpt(lang);
                let near = (lang.to_lowercase() != *lang
                    && LangTag::check(&lang.to_lowercase()).is_ok())
                .then(|| lang.to_lowercase());
                let (hint_en, hint_sv) = near.map_or_else(
                    || (String::new(), String::new()),
                    |n| {
                        (
                            format!("; did you mean `{n}`?"),
                            format!("; menade du `{n}`?"),
                        )
                    },
                );
                self.cx.push(
                    Code::Format,
                    member_path.to_string(),
                    format!(
                        "`{shown}` is not a language tag: expected {}{hint_en}",
                        LangTag::EXPECTED
                    ),
                    format!(
                        "`{shown}` är ingen språkkod: förväntade {}{hint_sv}",
                        LangTag::EXPECTED
                    ),
                );
            }
            let Node::String(s) = value else {
                self.type_error(&member_path, "string", "", value);
                continue;
            };
            if s.len() as u64 > max {
                let length = s.chars().count() as u64;
                if length > max {
                    self.cx.push(
                        Code::Length,
                        member_path.to_string(),
                        format!(
                            "the {name} value has {length} characters; at most {max} are allowed"
                        ),
                        format!("värdet har {length} tecken; högst {max} är tillåtna"),
                    );
                }
            }
            if !crate::model::patterns::is_non_blank(s) {
                self.cx.push(
                    Code::BlankText,
                    member_path.to_string(),
                    "the text is blank; it needs a character that is not white space".into(),
                    "texten är tom; den behöver ett tecken som inte är blanktecken".into(),
                );
            }
        }
        if !members.iter().any(|(k, _)| k == "sv") {
            self.cx.push(
                Code::MissingSwedish,
                path.to_string(),
                format!("the {name} has no Swedish value; `sv` is required"),
                format!("{name} saknar svenskt värde; `sv` krävs"),
            );
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
