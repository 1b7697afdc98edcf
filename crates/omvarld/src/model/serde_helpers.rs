//! Field-level serde and schemars helpers shared by the model types.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use crate::model::NonEmpty;

/// `skip_serializing_if = "none"`: an optional member that is `None` is left out.
pub(crate) fn none<T>(value: &Option<T>) -> bool {
    value.is_none()
}

/// `skip_serializing_if = "empty"`: a list that may be absent is left out when empty.
pub(crate) fn empty<T>(list: &[T]) -> bool {
    list.is_empty()
}

/// An optional member, `#[serde(default, skip_serializing_if = "none",
/// deserialize_with = "some")]`: absent is `None`, present must be a valid `T`
/// (`null` is not accepted, as the published schema does not accept it).
pub(crate) fn some<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    T::deserialize(deserializer).map(Some)
}

/// A value of an object type, read from a JSON object only. serde's derived
/// structs also accept an array of their fields in order (`["eu", {"sv":
/// "EU"}]` as a target), which the published schema rejects; reading through
/// `deserialize_map` refuses arrays.
pub(crate) struct Object<T>(pub(crate) T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Object<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct ObjectVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for ObjectVisitor<T> {
            type Value = T;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map))
            }
        }
        deserializer
            .deserialize_map(ObjectVisitor(PhantomData))
            .map(Object)
    }
}

/// A member of an object type ([`Object`]).
pub(crate) fn object<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Object::deserialize(deserializer).map(|Object(value)| value)
}

/// An optional member of an object type ([`some`] and [`Object`]).
pub(crate) fn some_object<'de, D, T>(deserializer: D) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    object(deserializer).map(Some)
}

/// A list of objects ([`Object`]).
pub(crate) fn objects<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    let list = Vec::<Object<T>>::deserialize(deserializer)?;
    Ok(list.into_iter().map(|Object(value)| value).collect())
}

/// A list of objects ([`Object`]) with at least one element ([`NonEmpty`]).
pub(crate) fn non_empty_objects<'de, D, T>(deserializer: D) -> Result<NonEmpty<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    NonEmpty::from_read(objects(deserializer)?)
}

/// A list that may be absent but, when present, has at least one element
/// (the lists standard 1.1 adds): `#[serde(default, skip_serializing_if =
/// "empty", deserialize_with = "present_objects")]` with
/// `#[schemars(length(min = 1))]`.
pub(crate) fn present_objects<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    let list = objects(deserializer)?;
    if list.is_empty() {
        return Err(de::Error::invalid_length(0, &"at least one element"));
    }
    Ok(list)
}

/// [`present_objects`] for a list of values that are not objects of the standard (texts).
pub(crate) fn present<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    let list = Vec::<T>::deserialize(deserializer)?;
    if list.is_empty() {
        return Err(de::Error::invalid_length(0, &"at least one element"));
    }
    Ok(list)
}

/// A finite JSON number.
pub(crate) fn number<'de, D: Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    struct NumberVisitor;
    impl Visitor<'_> for NumberVisitor {
        type Value = f64;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a number")
        }
        #[allow(clippy::cast_precision_loss)]
        fn visit_u64<E>(self, v: u64) -> Result<f64, E> {
            Ok(v as f64)
        }
        #[allow(clippy::cast_precision_loss)]
        fn visit_i64<E>(self, v: i64) -> Result<f64, E> {
            Ok(v as f64)
        }
        fn visit_f64<E: de::Error>(self, v: f64) -> Result<f64, E> {
            if v.is_finite() {
                Ok(v)
            } else {
                Err(E::custom("number out of range"))
            }
        }
    }
    d.deserialize_any(NumberVisitor)
}

/// Schema of a measured value.
pub(crate) fn number_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({"type": "number"})
}
