//! The read-only JSON tree the diff walks, each document in one arena.
//!
//! `serde_json::Value` keeps a `String` per string and a `BTreeMap` per
//! object (room for eleven members in its smallest node), all freed one by
//! one: for two large documents, building and freeing them cost as much as
//! validating (BENCHMARKS.md). Here an array is a slice of nodes, an object
//! a slice of its members sorted by name, each name once (the last of a
//! repeated name, as `serde_json::Map` keeps), and every slice lives in a
//! [`Bump`] arena, which frees in a handful of calls. Equal trees are
//! exactly those whose `Value`s are equal, so the walk compares what it
//! always compared; only the values a change reports become `Value`s
//! ([`Node::to_value`]).
//!
//! A tree is made from a typed programme ([`super::typed`], strings copied
//! into the arena), from a `Value` ([`Node::of_value`], strings borrowed)
//! or from a JSON text ([`Node::parse`], strings borrowed from the text
//! where they have no escapes).

use std::fmt;

use bumpalo::Bump;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Number, Value};

/// One JSON value of a tree.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Node<'a> {
    Null,
    Bool(bool),
    Number(Num),
    String(&'a str),
    Array(&'a [Node<'a>]),
    /// The members, sorted by name, each name once.
    Object(&'a [Member<'a>]),
}

/// A member of an object: its name and value.
pub(crate) type Member<'a> = (&'a str, Node<'a>);

/// A number as `serde_json::Number` holds it (so that `1` and `1.0` differ,
/// as they do between `Value`s).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Num {
    PosInt(u64),
    NegInt(i64),
    Float(f64),
}

impl Num {
    fn of(number: &Number) -> Num {
        if let Some(n) = number.as_u64() {
            Num::PosInt(n)
        } else if let Some(n) = number.as_i64() {
            Num::NegInt(n)
        } else {
            Num::Float(number.as_f64().unwrap_or_default())
        }
    }

    fn to_value(self) -> Value {
        match self {
            Num::PosInt(n) => Value::from(n),
            Num::NegInt(n) => Value::from(n),
            Num::Float(n) => Value::from(n),
        }
    }
}

impl<'a> Node<'a> {
    /// The tree of `value`, borrowing its strings.
    pub(crate) fn of_value(value: &'a Value, bump: &'a Bump) -> Node<'a> {
        match value {
            Value::Null => Node::Null,
            Value::Bool(b) => Node::Bool(*b),
            Value::Number(n) => Node::Number(Num::of(n)),
            Value::String(s) => Node::String(s),
            Value::Array(items) => Node::Array(
                bump.alloc_slice_fill_iter(items.iter().map(|v| Node::of_value(v, bump))),
            ),
            // A `Map` iterates by name, each name once.
            Value::Object(members) => Node::Object(
                bump.alloc_slice_fill_iter(
                    members
                        .iter()
                        .map(|(k, v)| (k.as_str(), Node::of_value(v, bump))),
                ),
            ),
        }
    }

    /// The tree of the JSON text `text` (`None` when it is not JSON), as
    /// `serde_json::from_slice` reads it: nested at most 128 deep.
    pub(crate) fn parse(text: &'a [u8], bump: &'a Bump) -> Option<Node<'a>> {
        read(serde_json::Deserializer::from_slice(text), bump)
    }

    /// The same value as a `serde_json::Value`.
    pub(crate) fn to_value(self) -> Value {
        match self {
            Node::Null => Value::Null,
            Node::Bool(b) => Value::Bool(b),
            Node::Number(n) => n.to_value(),
            Node::String(s) => Value::String(s.to_owned()),
            Node::Array(items) => Value::Array(items.iter().map(|n| n.to_value()).collect()),
            Node::Object(members) => Value::Object(
                members
                    .iter()
                    .map(|(k, v)| ((*k).to_owned(), v.to_value()))
                    .collect::<Map<String, Value>>(),
            ),
        }
    }

    /// The member `name` of an object.
    pub(crate) fn get(self, name: &str) -> Option<Node<'a>> {
        let members = self.as_object()?;
        member(members, name)
    }

    pub(crate) fn as_str(self) -> Option<&'a str> {
        match self {
            Node::String(s) => Some(s),
            _ => None,
        }
    }

    pub(crate) fn as_object(self) -> Option<&'a [Member<'a>]> {
        match self {
            Node::Object(members) => Some(members),
            _ => None,
        }
    }
}

/// One JSON text from `reader` (and nothing after it) as a tree in `bump`.
fn read<'a>(
    mut reader: serde_json::Deserializer<serde_json::de::SliceRead<'a>>,
    bump: &'a Bump,
) -> Option<Node<'a>> {
    let mut builder = Builder {
        bump,
        items: Vec::new(),
        members: Vec::new(),
    };
    let node = Seed(&mut builder).deserialize(&mut reader).ok()?;
    reader.end().ok()?;
    Some(node)
}

/// The member `name` of an object's sorted members.
pub(crate) fn member<'a>(members: &'a [Member<'a>], name: &str) -> Option<Node<'a>> {
    members
        .binary_search_by(|(key, _)| (*key).cmp(name))
        .ok()
        .and_then(|at| members.get(at))
        .map(|(_, value)| *value)
}

/// What [`Node::parse`] collects: the arena, and the elements and members
/// of the arrays and objects still open, innermost last, until each is
/// closed and copied into the arena in one piece.
struct Builder<'a> {
    bump: &'a Bump,
    items: Vec<Node<'a>>,
    members: Vec<Member<'a>>,
}

/// Reads one value into the builder's arena.
struct Seed<'b, 'a>(&'b mut Builder<'a>);

impl<'a> DeserializeSeed<'a> for Seed<'_, 'a> {
    type Value = Node<'a>;

    fn deserialize<D: Deserializer<'a>>(self, deserializer: D) -> Result<Node<'a>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'a> Visitor<'a> for Seed<'_, 'a> {
    type Value = Node<'a>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_bool<E>(self, b: bool) -> Result<Node<'a>, E> {
        Ok(Node::Bool(b))
    }

    fn visit_i64<E>(self, n: i64) -> Result<Node<'a>, E> {
        Ok(Node::Number(Num::of(&n.into())))
    }

    fn visit_u64<E>(self, n: u64) -> Result<Node<'a>, E> {
        Ok(Node::Number(Num::PosInt(n)))
    }

    fn visit_f64<E>(self, n: f64) -> Result<Node<'a>, E> {
        // As `Value::from(f64)`: not finite is null.
        Ok(if n.is_finite() {
            Node::Number(Num::Float(n))
        } else {
            Node::Null
        })
    }

    fn visit_borrowed_str<E>(self, s: &'a str) -> Result<Node<'a>, E> {
        Ok(Node::String(s))
    }

    fn visit_str<E>(self, s: &str) -> Result<Node<'a>, E> {
        Ok(Node::String(self.0.bump.alloc_str(s)))
    }

    fn visit_unit<E>(self) -> Result<Node<'a>, E> {
        Ok(Node::Null)
    }

    fn visit_none<E>(self) -> Result<Node<'a>, E> {
        Ok(Node::Null)
    }

    fn visit_some<D: Deserializer<'a>>(self, deserializer: D) -> Result<Node<'a>, D::Error> {
        self.deserialize(deserializer)
    }

    fn visit_seq<A: SeqAccess<'a>>(self, mut seq: A) -> Result<Node<'a>, A::Error> {
        let builder = self.0;
        let start = builder.items.len();
        while let Some(item) = seq.next_element_seed(Seed(&mut *builder))? {
            builder.items.push(item);
        }
        let items = builder.items.get(start..).unwrap_or_default();
        let node = Node::Array(builder.bump.alloc_slice_copy(items));
        builder.items.truncate(start);
        Ok(node)
    }

    fn visit_map<A: MapAccess<'a>>(self, mut map: A) -> Result<Node<'a>, A::Error> {
        let builder = self.0;
        let start = builder.members.len();
        while let Some(key) = map.next_key_seed(Key(builder.bump))? {
            let value = map.next_value_seed(Seed(&mut *builder))?;
            builder.members.push((key, value));
        }
        let open = builder.members.get_mut(start..).unwrap_or_default();
        let node = Node::Object(sorted(builder.bump, open));
        builder.members.truncate(start);
        Ok(node)
    }
}

/// `members` in the arena, by name, each name once: of a repeated name the
/// last, as `serde_json::Map::insert` keeps.
pub(crate) fn sorted<'a>(bump: &'a Bump, members: &mut [Member<'a>]) -> &'a [Member<'a>] {
    if members.windows(2).all(|w| matches!(w, [a, b] if a.0 < b.0)) {
        return bump.alloc_slice_copy(members);
    }
    // Latest first, then a stable sort: the first of each name is its last.
    members.reverse();
    members.sort_by(|a, b| a.0.cmp(b.0));
    let mut kept: Vec<Member<'a>> = Vec::with_capacity(members.len());
    for m in members.iter() {
        if kept.last().is_none_or(|last| last.0 != m.0) {
            kept.push(*m);
        }
    }
    bump.alloc_slice_copy(&kept)
}

/// Reads a member name, borrowed from the text unless it has escapes.
struct Key<'a>(&'a Bump);

impl<'a> DeserializeSeed<'a> for Key<'a> {
    type Value = &'a str;

    fn deserialize<D: Deserializer<'a>>(self, deserializer: D) -> Result<&'a str, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'a> Visitor<'a> for Key<'a> {
    type Value = &'a str;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a member name")
    }

    fn visit_borrowed_str<E>(self, s: &'a str) -> Result<&'a str, E> {
        Ok(s)
    }

    fn visit_str<E>(self, s: &str) -> Result<&'a str, E> {
        Ok(self.0.alloc_str(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts whose trees must be the trees of their `Value`s.
    const TEXTS: &[&str] = &[
        r#"{"b":[1,-2,2.5,1e300,"x",null,true,false],"a":{"sv":"s","en":"e"},"c":{},"b2":[]}"#,
        r#"{"a":1,"a":2,"b":{"z":1,"y":2,"z":3}}"#,
        r#"{"esc\"aped":"line\nbreak \u00e5","plain":"å","n":18446744073709551615,"m":-9223372036854775808}"#,
        r#"[1, 1.0, 0.1, -0.0, 12345678901234567890e-10]"#,
        r#""just a string""#,
        "null",
    ];

    #[test]
    fn is_the_tree_of_the_value() {
        for text in TEXTS {
            let value: Value = serde_json::from_str(text).unwrap();
            let bump = Bump::new();
            let parsed = Node::parse(text.as_bytes(), &bump).unwrap();
            assert_eq!(parsed, Node::of_value(&value, &bump), "{text}");
            assert_eq!(parsed.to_value(), value, "{text}");
        }
    }

    #[test]
    fn equal_exactly_where_values_are() {
        let bump = Bump::new();
        let parse = |t: &'static str| Node::parse(t.as_bytes(), &bump).unwrap();
        for (a, b) in [
            ("1", "1.0"),
            ("1.0", "1.00"),
            (r#"{"a":1,"b":2}"#, r#"{"b":2,"a":1}"#),
            (r#"{"a":1,"a":2}"#, r#"{"a":2}"#),
            ("[1,2]", "[2,1]"),
            (r#""\u0041""#, r#""A""#),
        ] {
            let (va, vb): (Value, Value) = (
                serde_json::from_str(a).unwrap(),
                serde_json::from_str(b).unwrap(),
            );
            assert_eq!(parse(a) == parse(b), va == vb, "{a} {b}");
        }
    }

    #[test]
    fn finds_members_and_rejects_what_is_not_json() {
        let bump = Bump::new();
        let tree = Node::parse(br#"{"c":3,"a":{"x":"y"},"b":2}"#, &bump).unwrap();
        assert_eq!(
            tree.get("a")
                .and_then(|a| a.get("x"))
                .and_then(Node::as_str),
            Some("y")
        );
        assert_eq!(tree.get("b"), Some(Node::Number(Num::PosInt(2))));
        assert_eq!(tree.get("d"), None);
        assert_eq!(Node::parse(b"{", &bump), None);
        assert_eq!(Node::parse(b"{} x", &bump), None);
        let deep = format!("{}{}", "[".repeat(200), "]".repeat(200));
        assert_eq!(Node::parse(deep.as_bytes(), &bump), None);
    }
}
