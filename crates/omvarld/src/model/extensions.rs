//! [`Extensions`]: local additions that the standard does not define.

use std::fmt;

use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};

/// Local additions (lokala tillägg): any JSON object, carried by every object
/// type of the standard under `extensions` and kept as it is.
///
/// Duplicate member names anywhere inside are rejected, like everywhere else
/// in a document, so nothing is silently dropped.
///
/// ```
/// use omvarld::model::Extensions;
/// let ext: Extensions = serde_json::from_str(r#"{"malmo": {"diarienummer": "KS-2024-1"}}"#)?;
/// assert_eq!(ext.get("malmo").and_then(|m| m.get("diarienummer")), Some(&"KS-2024-1".into()));
/// assert!(serde_json::from_str::<Extensions>(r#"{"a": 1, "a": 2}"#).is_err());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Serialize, schemars::JsonSchema)]
#[serde(transparent)]
#[schemars(
    description = "Local additions (lokala tillägg) that the standard does not define: any JSON object, kept as it is.",
    extend("additionalProperties" = true)
)]
pub struct Extensions(pub Map<String, Value>);

/// Extensions holding this JSON object.
///
/// ```
/// use omvarld::model::Extensions;
/// let mut map = serde_json::Map::new();
/// map.insert("malmo".into(), serde_json::json!({"diarienummer": "KS-2024-1"}));
/// let ext = Extensions::from(map);
/// assert_eq!(ext["malmo"]["diarienummer"], "KS-2024-1");
/// ```
impl From<Map<String, Value>> for Extensions {
    fn from(map: Map<String, Value>) -> Self {
        Extensions(map)
    }
}

impl std::ops::Deref for Extensions {
    type Target = Map<String, Value>;
    fn deref(&self) -> &Self::Target {
        &self.0
    }
}

impl std::ops::DerefMut for Extensions {
    fn deref_mut(&mut self) -> &mut Self::Target {
        &mut self.0
    }
}

/// Any JSON value, rejecting duplicate member names.
struct StrictValue(Value);

struct StrictVisitor;

impl<'de> Visitor<'de> for StrictVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        serde_json::Number::from_f64(v)
            .map(Value::Number)
            .ok_or_else(|| E::custom("number out of range"))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let mut items = Vec::new();
        while let Some(StrictValue(v)) = seq.next_element()? {
            items.push(v);
        }
        Ok(Value::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Value, A::Error> {
        strict_map(map).map(Value::Object)
    }
}

fn strict_map<'de, A: MapAccess<'de>>(mut map: A) -> Result<Map<String, Value>, A::Error> {
    let mut out = Map::new();
    while let Some(key) = map.next_key::<String>()? {
        let StrictValue(value) = map.next_value()?;
        if out.contains_key(&key) {
            return Err(de::Error::custom(format_args!(
                "duplicate member name `{key}`"
            )));
        }
        out.insert(key, value);
    }
    Ok(out)
}

impl<'de> Deserialize<'de> for StrictValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(StrictVisitor).map(StrictValue)
    }
}

impl<'de> Deserialize<'de> for Extensions {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor;
        impl<'de> Visitor<'de> for ObjectVisitor {
            type Value = Extensions;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Extensions, A::Error> {
                strict_map(map).map(Extensions)
            }
        }
        deserializer.deserialize_map(ObjectVisitor)
    }
}
