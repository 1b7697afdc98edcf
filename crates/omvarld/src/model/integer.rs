//! Bounded integers of the standard: [`Year`] and [`FocusAreaNumber`].
//!
//! Each holds a value that has passed its range check, so a value that exists
//! is a valid value; the bounds are stated once, as the type's `MIN` and `MAX`,
//! and the check, the serde reading and the published schema all use them.

use std::fmt;

use serde::de::{self, Visitor};
use serde::Deserializer;

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

/// Reads an integer in `min..=max` (see [`IntegerVisitor`]).
fn integer<'de, D: Deserializer<'de>>(d: D, min: u64, max: u64) -> Result<u64, D::Error> {
    d.deserialize_any(IntegerVisitor { min, max })
}

/// Declares a bounded integer newtype over `$repr`: `MIN`/`MAX`, `get`,
/// `Display`, `TryFrom` the unsigned integer types, serde and schemars.
macro_rules! integer_newtype {
    (
        $(#[$meta:meta])*
        $name:ident($repr:ty), min = $min:expr, max = $max:expr, expected = $expected:literal,
        from = [$($from:ty),*]
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name($repr);

        impl $name {
            /// The smallest valid value.
            pub const MIN: $repr = $min;
            /// The largest valid value.
            pub const MAX: $repr = $max;
            /// What a valid value looks like, for messages.
            pub const EXPECTED: &'static str = $expected;

            /// The value as an integer.
            #[must_use]
            pub fn get(self) -> $repr {
                self.0
            }

            fn checked(value: u64) -> Result<Self, crate::model::InvalidValue> {
                if (u64::from(Self::MIN)..=u64::from(Self::MAX)).contains(&value) {
                    if let Ok(value) = <$repr>::try_from(value) {
                        return Ok(Self(value));
                    }
                }
                Err(crate::model::InvalidValue::new(
                    stringify!($name),
                    Self::EXPECTED,
                    value.to_string(),
                ))
            }
        }

        $(
            impl TryFrom<$from> for $name {
                type Error = crate::model::InvalidValue;
                fn try_from(value: $from) -> Result<Self, Self::Error> {
                    match u64::try_from(value) {
                        Ok(value) => Self::checked(value),
                        Err(_) => Err(crate::model::InvalidValue::new(
                            stringify!($name),
                            Self::EXPECTED,
                            value.to_string(),
                        )),
                    }
                }
            }
        )*

        impl From<$name> for $repr {
            fn from(value: $name) -> $repr {
                value.0
            }
        }

        impl From<$name> for u64 {
            fn from(value: $name) -> u64 {
                u64::from(value.0)
            }
        }

        impl PartialEq<$repr> for $name {
            fn eq(&self, other: &$repr) -> bool {
                self.0 == *other
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Debug::fmt(&self.0, f)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                fmt::Display::fmt(&self.0, f)
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                self.0.serialize(serializer)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = integer(deserializer, u64::from(Self::MIN), u64::from(Self::MAX))?;
                Self::checked(value).map_err(de::Error::custom)
            }
        }

        impl schemars::JsonSchema for $name {
            fn inline_schema() -> bool {
                true
            }
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($name).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({"type": "integer", "minimum": Self::MIN, "maximum": Self::MAX})
            }
        }
    };
}

integer_newtype!(
    /// The year of a measurement (år): an integer from 1900 to 2100.
    ///
    /// ```
    /// use omvarld::model::Year;
    ///
    /// let year = Year::try_from(2024_u16)?;
    /// assert_eq!(year.get(), 2024);
    /// assert_eq!(year.to_string(), "2024");
    /// assert_eq!((Year::MIN, Year::MAX), (1900, 2100));
    /// let err = Year::try_from(1800_u32).unwrap_err();
    /// assert_eq!(err.to_string(), "`1800` is not a valid year: expected an integer from 1900 to 2100");
    /// // JSON: `2024.0` is the integer 2024, as in JSON Schema.
    /// assert_eq!(serde_json::from_str::<Year>("2024.0")?, year);
    /// assert!(serde_json::from_str::<Year>("2101").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    Year(u16), min = 1900, max = 2100, expected = "an integer from 1900 to 2100",
    from = [u16, u32, u64, i32, i64]
);

integer_newtype!(
    /// The number of a focus area (nummer): an integer from 1 to 4294967295
    /// (the `u32` range without 0). The areas of a programme read 1, 2, …, n.
    ///
    /// ```
    /// use omvarld::model::FocusAreaNumber;
    ///
    /// let number = FocusAreaNumber::try_from(3_u32)?;
    /// assert_eq!(number.get(), 3);
    /// assert_eq!(number.to_string(), "3");
    /// assert_eq!(FocusAreaNumber::MIN, 1);
    /// let err = FocusAreaNumber::try_from(0_u64).unwrap_err();
    /// assert_eq!(err.to_string(), "`0` is not a valid focus area number: expected an integer from 1 to 4294967295");
    /// assert!(FocusAreaNumber::try_from(u64::from(u32::MAX) + 1).is_err());
    /// // JSON: `1.0` is the integer 1, as in JSON Schema.
    /// assert_eq!(serde_json::from_str::<FocusAreaNumber>("1.0")?.get(), 1);
    /// assert!(serde_json::from_str::<FocusAreaNumber>("0").is_err());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    FocusAreaNumber(u32), min = 1, max = u32::MAX, expected = "an integer from 1 to 4294967295",
    from = [u16, u32, u64, usize, i32, i64]
);
