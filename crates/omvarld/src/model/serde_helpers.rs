//! Field-level serde and schemars helpers shared by the model types.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

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

/// A list that must have at least one element.
pub(crate) fn non_empty<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
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

/// A list of objects ([`Object`]) with at least one element ([`non_empty`]).
pub(crate) fn non_empty_objects<'de, D, T>(deserializer: D) -> Result<Vec<T>, D::Error>
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

/// An integer in `min..=max`; `1.0` counts as the integer 1, as in JSON Schema.
struct IntegerVisitor {
    min: u64,
    max: u64,
}

impl Visitor<'_> for IntegerVisitor {
    type Value = u64;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "an integer from {} to {}", self.min, self.max)
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<u64, E> {
        if (self.min..=self.max).contains(&v) {
            Ok(v)
        } else {
            Err(E::invalid_value(de::Unexpected::Unsigned(v), &self))
        }
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<u64, E> {
        match u64::try_from(v) {
            Ok(v) => self.visit_u64(v),
            Err(_) => Err(E::invalid_value(de::Unexpected::Signed(v), &self)),
        }
    }
    #[allow(
        clippy::cast_precision_loss,
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss
    )]
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<u64, E> {
        // Bounds are far below 2^53, so the comparisons are exact.
        if v.fract() == 0.0 && v >= self.min as f64 && v <= self.max as f64 {
            Ok(v as u64)
        } else {
            Err(E::invalid_value(de::Unexpected::Float(v), &self))
        }
    }
}

fn integer<'de, D: Deserializer<'de>>(d: D, min: u64, max: u64) -> Result<u64, D::Error> {
    d.deserialize_any(IntegerVisitor { min, max })
}

/// Smallest focus area number.
pub(crate) const NUMBER_MIN: u64 = 1;
/// Largest focus area number the standard accepts (the `u32` range).
pub(crate) const NUMBER_MAX: u64 = u32::MAX as u64;
/// Earliest measurement year.
pub(crate) const YEAR_MIN: u64 = 1900;
/// Latest measurement year.
pub(crate) const YEAR_MAX: u64 = 2100;

/// A focus area number: integer 1..=4294967295.
pub(crate) fn focus_area_number<'de, D: Deserializer<'de>>(d: D) -> Result<u32, D::Error> {
    let n = integer(d, NUMBER_MIN, NUMBER_MAX)?;
    u32::try_from(n).map_err(|_| de::Error::custom("number out of range"))
}

/// A measurement year: integer 1900..=2100.
pub(crate) fn year<'de, D: Deserializer<'de>>(d: D) -> Result<u16, D::Error> {
    let n = integer(d, YEAR_MIN, YEAR_MAX)?;
    u16::try_from(n).map_err(|_| de::Error::custom("year out of range"))
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

/// Schema of a focus area number.
pub(crate) fn focus_area_number_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({"type": "integer", "minimum": NUMBER_MIN, "maximum": NUMBER_MAX})
}

/// Schema of a measurement year.
pub(crate) fn year_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({"type": "integer", "minimum": YEAR_MIN, "maximum": YEAR_MAX})
}

/// Schema of a measured value.
pub(crate) fn number_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    schemars::json_schema!({"type": "number"})
}
