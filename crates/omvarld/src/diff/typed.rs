//! The [`Node`] tree of a typed value (a programme), written straight
//! into the arena by a `serde` serializer: the tree `serde_json::to_value`
//! would give (so the diff compares what it always compared), without a
//! `Value` or a JSON text in between. Strings are copied into the arena
//! once; no text is escaped, written, read back and checked as UTF-8.
//!
//! This mirrors `serde_json`'s own value serializer, member for member
//! (`Map` keeps members by name, the last of a repeated name; a float that
//! is not finite is `null`; an enum's variant with data is an object of one
//! member), except that a member name must be a string: a value with other
//! keys is an error, and [`tree_of`]'s caller reads it through its text.

use bumpalo::Bump;
use serde::ser::{self, Serialize};

use super::tree::{sorted, Member, Node, Num};

/// The tree of `value`, as `serde_json::to_value(value)` gives it; an
/// error where that would fail, or where a map has keys other than
/// strings.
pub(crate) fn tree_of<'a, T: Serialize + ?Sized>(
    value: &T,
    bump: &'a Bump,
) -> Result<Node<'a>, serde_json::Error> {
    let mut builder = Builder {
        bump,
        items: Vec::new(),
        members: Vec::new(),
    };
    value.serialize(Writer(&mut builder))
}

/// The arena, and the elements and members of the lists and objects still
/// open, innermost last, until each is closed and copied into the arena in
/// one piece.
struct Builder<'a> {
    bump: &'a Bump,
    items: Vec<Node<'a>>,
    members: Vec<Member<'a>>,
}

/// Writes one value into the builder's arena.
struct Writer<'b, 'a>(&'b mut Builder<'a>);

type Error = serde_json::Error;

fn int(n: i64) -> Node<'static> {
    Node::Number(match u64::try_from(n) {
        Ok(n) => Num::PosInt(n),
        Err(_) => Num::NegInt(n),
    })
}

fn float(n: f64) -> Node<'static> {
    if n.is_finite() {
        Node::Number(Num::Float(n))
    } else {
        Node::Null
    }
}

impl<'b, 'a> ser::Serializer for Writer<'b, 'a> {
    type Ok = Node<'a>;
    type Error = Error;
    type SerializeSeq = List<'b, 'a>;
    type SerializeTuple = List<'b, 'a>;
    type SerializeTupleStruct = List<'b, 'a>;
    type SerializeTupleVariant = Variant<List<'b, 'a>>;
    type SerializeMap = Object<'b, 'a>;
    type SerializeStruct = Object<'b, 'a>;
    type SerializeStructVariant = Variant<Object<'b, 'a>>;

    fn serialize_bool(self, v: bool) -> Result<Node<'a>, Error> {
        Ok(Node::Bool(v))
    }
    fn serialize_i8(self, v: i8) -> Result<Node<'a>, Error> {
        Ok(int(v.into()))
    }
    fn serialize_i16(self, v: i16) -> Result<Node<'a>, Error> {
        Ok(int(v.into()))
    }
    fn serialize_i32(self, v: i32) -> Result<Node<'a>, Error> {
        Ok(int(v.into()))
    }
    fn serialize_i64(self, v: i64) -> Result<Node<'a>, Error> {
        Ok(int(v))
    }
    fn serialize_i128(self, v: i128) -> Result<Node<'a>, Error> {
        if let Ok(n) = u64::try_from(v) {
            Ok(Node::Number(Num::PosInt(n)))
        } else if let Ok(n) = i64::try_from(v) {
            Ok(int(n))
        } else {
            Err(ser::Error::custom("number out of range"))
        }
    }
    fn serialize_u8(self, v: u8) -> Result<Node<'a>, Error> {
        Ok(Node::Number(Num::PosInt(v.into())))
    }
    fn serialize_u16(self, v: u16) -> Result<Node<'a>, Error> {
        Ok(Node::Number(Num::PosInt(v.into())))
    }
    fn serialize_u32(self, v: u32) -> Result<Node<'a>, Error> {
        Ok(Node::Number(Num::PosInt(v.into())))
    }
    fn serialize_u64(self, v: u64) -> Result<Node<'a>, Error> {
        Ok(Node::Number(Num::PosInt(v)))
    }
    fn serialize_u128(self, v: u128) -> Result<Node<'a>, Error> {
        u64::try_from(v)
            .map(|n| Node::Number(Num::PosInt(n)))
            .map_err(|_| ser::Error::custom("number out of range"))
    }
    fn serialize_f32(self, v: f32) -> Result<Node<'a>, Error> {
        Ok(float(v.into()))
    }
    fn serialize_f64(self, v: f64) -> Result<Node<'a>, Error> {
        Ok(float(v))
    }
    fn serialize_char(self, v: char) -> Result<Node<'a>, Error> {
        let mut buffer = [0; 4];
        Ok(Node::String(
            self.0.bump.alloc_str(v.encode_utf8(&mut buffer)),
        ))
    }
    fn serialize_str(self, v: &str) -> Result<Node<'a>, Error> {
        Ok(Node::String(self.0.bump.alloc_str(v)))
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<Node<'a>, Error> {
        let bytes = v.iter().map(|&b| Node::Number(Num::PosInt(b.into())));
        Ok(Node::Array(self.0.bump.alloc_slice_fill_iter(bytes)))
    }
    fn serialize_none(self) -> Result<Node<'a>, Error> {
        Ok(Node::Null)
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<Node<'a>, Error> {
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<Node<'a>, Error> {
        Ok(Node::Null)
    }
    fn serialize_unit_struct(self, _name: &'static str) -> Result<Node<'a>, Error> {
        Ok(Node::Null)
    }
    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result<Node<'a>, Error> {
        Ok(Node::String(variant))
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result<Node<'a>, Error> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result<Node<'a>, Error> {
        let builder = self.0;
        let inner = value.serialize(Writer(&mut *builder))?;
        Ok(Node::Object(
            builder.bump.alloc_slice_copy(&[(variant, inner)]),
        ))
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<List<'b, 'a>, Error> {
        let start = self.0.items.len();
        Ok(List {
            builder: self.0,
            start,
        })
    }
    fn serialize_tuple(self, len: usize) -> Result<List<'b, 'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<List<'b, 'a>, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Variant<List<'b, 'a>>, Error> {
        Ok(Variant {
            name: variant,
            inner: self.serialize_seq(Some(len))?,
        })
    }
    fn serialize_map(self, _len: Option<usize>) -> Result<Object<'b, 'a>, Error> {
        let start = self.0.members.len();
        Ok(Object {
            builder: self.0,
            start,
            key: None,
        })
    }
    fn serialize_struct(self, _name: &'static str, len: usize) -> Result<Object<'b, 'a>, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        len: usize,
    ) -> Result<Variant<Object<'b, 'a>>, Error> {
        Ok(Variant {
            name: variant,
            inner: self.serialize_map(Some(len))?,
        })
    }
}

/// A list being written: its elements are the builder's `items` from `start`.
struct List<'b, 'a> {
    builder: &'b mut Builder<'a>,
    start: usize,
}

impl<'a> List<'_, 'a> {
    fn push<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let node = value.serialize(Writer(&mut *self.builder))?;
        self.builder.items.push(node);
        Ok(())
    }

    fn close(self) -> Node<'a> {
        let items = self.builder.items.get(self.start..).unwrap_or_default();
        let node = Node::Array(self.builder.bump.alloc_slice_copy(items));
        self.builder.items.truncate(self.start);
        node
    }
}

impl<'a> ser::SerializeSeq for List<'_, 'a> {
    type Ok = Node<'a>;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.push(value)
    }
    fn end(self) -> Result<Node<'a>, Error> {
        Ok(self.close())
    }
}

impl<'a> ser::SerializeTuple for List<'_, 'a> {
    type Ok = Node<'a>;
    type Error = Error;
    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.push(value)
    }
    fn end(self) -> Result<Node<'a>, Error> {
        Ok(self.close())
    }
}

impl<'a> ser::SerializeTupleStruct for List<'_, 'a> {
    type Ok = Node<'a>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.push(value)
    }
    fn end(self) -> Result<Node<'a>, Error> {
        Ok(self.close())
    }
}

/// An object being written: its members are the builder's `members` from
/// `start`; `key` is the name whose value comes next.
struct Object<'b, 'a> {
    builder: &'b mut Builder<'a>,
    start: usize,
    key: Option<&'a str>,
}

impl<'a> Object<'_, 'a> {
    fn member<T: Serialize + ?Sized>(&mut self, name: &'a str, value: &T) -> Result<(), Error> {
        let node = value.serialize(Writer(&mut *self.builder))?;
        self.builder.members.push((name, node));
        Ok(())
    }

    fn close(self) -> Node<'a> {
        let bump = self.builder.bump;
        let open = self
            .builder
            .members
            .get_mut(self.start..)
            .unwrap_or_default();
        let node = Node::Object(sorted(bump, open));
        self.builder.members.truncate(self.start);
        node
    }
}

impl<'a> ser::SerializeMap for Object<'_, 'a> {
    type Ok = Node<'a>;
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<(), Error> {
        match key.serialize(Writer(&mut *self.builder))? {
            Node::String(name) => {
                self.key = Some(name);
                Ok(())
            }
            _ => Err(ser::Error::custom("a member name that is not a string")),
        }
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        let name = self
            .key
            .take()
            .ok_or_else(|| <Error as ser::Error>::custom("a value without a name"))?;
        self.member(name, value)
    }
    fn end(self) -> Result<Node<'a>, Error> {
        Ok(self.close())
    }
}

impl<'a> ser::SerializeStruct for Object<'_, 'a> {
    type Ok = Node<'a>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.member(name, value)
    }
    fn end(self) -> Result<Node<'a>, Error> {
        Ok(self.close())
    }
}

/// An enum's variant with data: an object of one member, the variant's
/// name, whose value is `inner`.
struct Variant<I> {
    name: &'static str,
    inner: I,
}

impl<'a, I> Variant<I> {
    fn wrap(name: &'static str, bump: &'a Bump, inner: Node<'a>) -> Node<'a> {
        Node::Object(bump.alloc_slice_copy(&[(name, inner)]))
    }
}

impl<'a> ser::SerializeTupleVariant for Variant<List<'_, 'a>> {
    type Ok = Node<'a>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<(), Error> {
        self.inner.push(value)
    }
    fn end(self) -> Result<Node<'a>, Error> {
        let bump = self.inner.builder.bump;
        Ok(Self::wrap(self.name, bump, self.inner.close()))
    }
}

impl<'a> ser::SerializeStructVariant for Variant<Object<'_, 'a>> {
    type Ok = Node<'a>;
    type Error = Error;
    fn serialize_field<T: Serialize + ?Sized>(
        &mut self,
        name: &'static str,
        value: &T,
    ) -> Result<(), Error> {
        self.inner.member(name, value)
    }
    fn end(self) -> Result<Node<'a>, Error> {
        let bump = self.inner.builder.bump;
        Ok(Self::wrap(self.name, bump, self.inner.close()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use std::collections::{BTreeMap, HashMap};

    #[derive(Serialize)]
    enum Shape {
        Unit,
        Newtype(u8),
        Tuple(i32, f32),
        Struct { b: Option<bool>, a: char },
    }

    #[derive(Serialize)]
    struct Unit;

    #[derive(Serialize)]
    struct Pair(u16, &'static str);

    #[derive(Serialize)]
    struct Everything {
        z: Vec<Shape>,
        y: (i8, u128, i128),
        x: f64,
        nan: f64,
        w: Unit,
        v: Pair,
        #[serde(with = "serde_bytes_like")]
        bytes: Vec<u8>,
        map: HashMap<String, i64>,
        #[serde(flatten)]
        rest: BTreeMap<String, serde_json::Value>,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u8>,
        escaped: &'static str,
    }

    mod serde_bytes_like {
        pub(super) fn serialize<S: serde::Serializer>(b: &[u8], s: S) -> Result<S::Ok, S::Error> {
            s.serialize_bytes(b)
        }
    }

    #[test]
    fn is_the_tree_of_to_value() {
        let value = Everything {
            z: vec![
                Shape::Unit,
                Shape::Newtype(7),
                Shape::Tuple(-3, 0.1),
                Shape::Struct { b: None, a: 'å' },
            ],
            y: (-1, u128::from(u64::MAX), -5),
            x: 2.5,
            nan: f64::NAN,
            w: Unit,
            v: Pair(9, "p"),
            bytes: vec![0, 255],
            map: [("b".to_owned(), -2), ("a".to_owned(), 1)].into(),
            rest: [("x".to_owned(), serde_json::json!({"later": [1.0, null]}))].into(),
            skipped: None,
            escaped: "rad\nbrytning \"citat\"",
        };
        let bump = Bump::new();
        let expected = serde_json::to_value(&value).unwrap();
        let tree = tree_of(&value, &bump).unwrap();
        assert_eq!(tree, Node::of_value(&expected, &bump));
        assert_eq!(tree.to_value(), expected);
    }

    #[test]
    fn a_programme_is_the_tree_of_its_value() {
        let bump = Bump::new();
        // Exempelby uses every member of every 1.1 type. Read through
        // `validate`, which the diff may use (tests/module_graph.rs).
        let bytes = include_bytes!("../../../../tests/fixtures/valid/exempelby.json");
        let programme = crate::validate::check(bytes, &crate::validate::Options::default())
            .programme
            .unwrap();
        let value = serde_json::to_value(&programme).unwrap();
        assert_eq!(
            tree_of(&programme, &bump).unwrap(),
            Node::of_value(&value, &bump)
        );
    }

    #[test]
    fn a_key_that_is_not_a_string_is_an_error() {
        let bump = Bump::new();
        let map: BTreeMap<u8, u8> = [(1, 2)].into();
        assert!(tree_of(&map, &bump).is_err());
        assert!(tree_of(&u128::MAX, &bump).is_err());
    }
}
