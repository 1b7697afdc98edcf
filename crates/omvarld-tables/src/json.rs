//! A compact, read-only JSON tree that export reads its rows from.
//!
//! `serde_json::Value` keeps each object in a `BTreeMap`, whose smallest
//! node holds room for eleven members: a two-language text costs about
//! 600 bytes. Here an object is a sorted slice of its members, so the
//! document as JSON takes a fraction of that (BENCHMARKS.md). Members are
//! in the order `serde_json::Map` keeps them (by name), and the tree
//! writes itself as the same JSON text as the `Value` would.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};
use serde_json::Number;

/// One JSON value.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Json {
    Null,
    Bool(bool),
    Number(Number),
    String(Box<str>),
    Array(Box<[Json]>),
    /// The members, sorted by name, each name once.
    Object(Box<[(Box<str>, Json)]>),
}

impl Json {
    /// `value` as JSON, through its compact text.
    pub(crate) fn of(value: &impl Serialize) -> Json {
        let text = serde_json::to_vec(value).unwrap_or_default();
        Json::from_slice(&text)
    }

    /// The JSON text `text` (`Null` when it is not JSON). No depth limit, as
    /// `serde_json::to_value` has none: the text comes from a programme,
    /// whose depth the core's parser bounded.
    pub(crate) fn from_slice(text: &[u8]) -> Json {
        let mut reader = serde_json::Deserializer::from_slice(text);
        reader.disable_recursion_limit();
        Json::deserialize(&mut reader).unwrap_or(Json::Null)
    }

    /// The member `name` of an object.
    pub(crate) fn get(&self, name: &str) -> Option<&Json> {
        let Json::Object(members) = self else {
            return None;
        };
        members
            .binary_search_by(|(key, _)| (**key).cmp(name))
            .ok()
            .and_then(|at| members.get(at))
            .map(|(_, value)| value)
    }

    pub(crate) fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The members of an object, by name.
    pub(crate) fn as_object(&self) -> Option<&[(Box<str>, Json)]> {
        match self {
            Json::Object(members) => Some(members),
            _ => None,
        }
    }

    pub(crate) fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }
}

/// Compact JSON text, as `serde_json::Value`'s `Display` writes it.
impl fmt::Display for Json {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = serde_json::to_string(self).map_err(|_| fmt::Error)?;
        f.write_str(&text)
    }
}

impl Serialize for Json {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Json::Null => serializer.serialize_unit(),
            Json::Bool(b) => serializer.serialize_bool(*b),
            Json::Number(n) => n.serialize(serializer),
            Json::String(s) => serializer.serialize_str(s),
            Json::Array(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            Json::Object(members) => {
                let mut map = serializer.serialize_map(Some(members.len()))?;
                for (key, value) in members {
                    map.serialize_entry(&**key, value)?;
                }
                map.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Json {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Json, D::Error> {
        deserializer.deserialize_any(JsonVisitor)
    }
}

struct JsonVisitor;

impl<'de> Visitor<'de> for JsonVisitor {
    type Value = Json;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Json, E> {
        Ok(Json::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Json, E> {
        Ok(Json::Number(n.into()))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Json, E> {
        Ok(Json::Number(n.into()))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Json, E> {
        // As `serde_json::Value::from(f64)`: not finite is null.
        Ok(Number::from_f64(n).map_or(Json::Null, Json::Number))
    }

    fn visit_str<E>(self, s: &str) -> Result<Json, E> {
        Ok(Json::String(s.into()))
    }

    fn visit_string<E>(self, s: String) -> Result<Json, E> {
        Ok(Json::String(s.into_boxed_str()))
    }

    fn visit_unit<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_none<E>(self) -> Result<Json, E> {
        Ok(Json::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Json, D::Error> {
        Json::deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Json::Array(items.into_boxed_slice()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json, A::Error> {
        let mut members: Vec<(Box<str>, Json)> = Vec::new();
        while let Some((key, value)) = map.next_entry::<String, Json>()? {
            members.push((key.into_boxed_str(), value));
        }
        // By name, as `serde_json::Map`; of a repeated name the last, as
        // its `insert` keeps.
        members.reverse();
        members.sort_by(|a, b| a.0.cmp(&b.0));
        members.dedup_by(|later, earlier| later.0 == earlier.0);
        Ok(Json::Object(members.into_boxed_slice()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_the_same_text_as_value() {
        let text =
            br#"{"b":[1,-2,2.5,1e300,"x",null,true],"a":{"sv":"s","en":"e"},"c":{},"b2":[]}"#;
        let value: serde_json::Value = serde_json::from_slice(text).unwrap();
        let json = Json::from_slice(text);
        assert_eq!(json.to_string(), value.to_string());
        assert_eq!(
            json.get("a")
                .and_then(|a| a.get("sv"))
                .and_then(Json::as_str),
            Some("s")
        );
        assert!(json.get("z").is_none());
        let repeated = Json::from_slice(br#"{"a":1,"a":2}"#);
        let value: serde_json::Value = serde_json::from_slice(br#"{"a":1,"a":2}"#).unwrap();
        assert_eq!(repeated.to_string(), value.to_string());
    }
}
