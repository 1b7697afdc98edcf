//! [`Node`]: a JSON tree that keeps member order and rejects repeated names.
//!
//! The slow path parses into this tree when the typed fast path fails, so that
//! the structural checker can report every problem with its path.

use std::cell::RefCell;
use std::fmt;

use rustc_hash::FxHashSet;
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::diagnostics::JsonType;

thread_local! {
    /// The member name that made the last [`Node`] parse on this thread
    /// fail as repeated. serde's errors carry only text, so the name travels
    /// beside the error instead of being read back out of its message.
    static REPEATED: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Takes the repeated member name that ended the last parse on this thread.
pub(crate) fn take_repeated_member() -> Option<String> {
    REPEATED.with(|r| r.borrow_mut().take())
}

/// A parsed JSON value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Node {
    Null,
    Bool(bool),
    Unsigned(u64),
    Signed(i64),
    Float(f64),
    String(String),
    Array(Vec<Node>),
    /// Members in document order; names are unique.
    Object(Vec<(String, Node)>),
}

impl Node {
    /// The JSON type, as JSON Schema sees it (`1.0` is an integer).
    pub(crate) fn json_type(&self) -> JsonType {
        match self {
            Node::Null => JsonType::Null,
            Node::Bool(_) => JsonType::Boolean,
            Node::Unsigned(_) | Node::Signed(_) => JsonType::Integer,
            Node::Float(f) if f.fract() == 0.0 => JsonType::Integer,
            Node::Float(_) => JsonType::Number,
            Node::String(_) => JsonType::String,
            Node::Array(_) => JsonType::Array,
            Node::Object(_) => JsonType::Object,
        }
    }

    /// The number as `f64`, if this is a number.
    #[allow(clippy::cast_precision_loss)]
    pub(crate) fn as_f64(&self) -> Option<f64> {
        match self {
            Node::Unsigned(u) => Some(*u as f64),
            Node::Signed(i) => Some(*i as f64),
            Node::Float(f) => Some(*f),
            _ => None,
        }
    }

    /// The value written back as compact JSON, for messages.
    pub(crate) fn excerpt(&self) -> String {
        match self {
            Node::String(s) => format!("\"{}\"", crate::model::newtype::excerpt(s)),
            Node::Null => "null".into(),
            Node::Bool(b) => b.to_string(),
            Node::Unsigned(u) => u.to_string(),
            Node::Signed(i) => i.to_string(),
            Node::Float(f) => f.to_string(),
            Node::Array(_) => "an array".into(),
            Node::Object(_) => "an object".into(),
        }
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Signed(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Unsigned(v))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Node, E> {
        if v.is_finite() {
            Ok(Node::Float(v))
        } else {
            Err(E::custom("number out of range"))
        }
    }
    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::String(v))
    }
    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Null)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Node::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        const LINEAR: usize = 16;
        let mut members: Vec<(String, Node)> = Vec::new();
        let mut seen: FxHashSet<String> = FxHashSet::default();
        while let Some(key) = map.next_key::<String>()? {
            let repeated = if members.len() < LINEAR {
                members.iter().any(|(k, _)| *k == key)
            } else {
                if seen.is_empty() {
                    seen.extend(members.iter().map(|(k, _)| k.clone()));
                }
                !seen.insert(key.clone())
            };
            if repeated {
                let name = crate::diagnostics::excerpt(&key);
                let error =
                    de::Error::custom(format_args!("duplicate member name `{name}` in one object"));
                REPEATED.with(|r| *r.borrow_mut() = Some(name));
                return Err(error);
            }
            let value = map.next_value()?;
            members.push((key, value));
        }
        Ok(Node::Object(members))
    }
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_and_rejects_repeats() {
        let n: Node = serde_json::from_str(r#"{"b":1,"a":[true,null,-1,1.5]}"#).unwrap();
        let Node::Object(m) = n else { panic!() };
        assert_eq!(m[0].0, "b");
        let err = serde_json::from_str::<Node>(r#"{"a":1,"a":2}"#).unwrap_err();
        assert!(
            err.to_string().contains("duplicate member name `a`"),
            "{err}"
        );
        assert_eq!(take_repeated_member().as_deref(), Some("a"));
        assert_eq!(take_repeated_member(), None);
        let many: String = (0..40).map(|i| format!("\"k{i}\":0,")).collect();
        let err = serde_json::from_str::<Node>(&format!("{{{many}\"k3\":1}}")).unwrap_err();
        assert!(err.to_string().contains("`k3`"));
    }

    #[test]
    fn integral_floats_are_integers() {
        assert_eq!(Node::Float(1.0).json_type(), JsonType::Integer);
        assert_eq!(Node::Float(1.5).json_type(), JsonType::Number);
    }
}
