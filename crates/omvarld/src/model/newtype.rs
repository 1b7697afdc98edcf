//! One macro that declares each strongly typed string of the standard.
//!
//! Every type it declares holds a `Box<str>` that has passed its check, so a
//! value that exists is a valid value: construction goes through
//! [`TryFrom<String>`], [`FromStr`](std::str::FromStr) or deserialization, all
//! of which run the same check.

/// Declares a validated string newtype: serde (checked on the way in),
/// schemars, `as_str`, `Display`, `FromStr`, `TryFrom<String>`/`TryFrom<&str>`.
macro_rules! string_newtype {
    (
        #[doc = $description:literal]
        $(#[$meta:meta])*
        $name:ident, schema = $schema_name:literal, pattern = $pattern:expr,
        max_length = $max:expr, expected = $expected:literal, check = $check:expr
    ) => {
        #[doc = $description]
        $(#[$meta])*
        #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(Box<str>);

        impl $name {
            /// What a valid value looks like, for messages.
            pub const EXPECTED: &'static str = $expected;
            /// The pattern the published schema uses for this type.
            pub const PATTERN: &'static str = $pattern;

            /// Checks `value` without allocating.
            ///
            /// # Errors
            /// [`InvalidValue`](crate::model::InvalidValue) when `value` is not valid.
            pub fn check(value: &str) -> Result<(), crate::model::InvalidValue> {
                let ok: fn(&str) -> bool = $check;
                let max: Option<usize> = $max;
                if max.is_some_and(|max| value.chars().count() > max) || !ok(value) {
                    return Err(crate::model::InvalidValue::new(
                        stringify!($name),
                        Self::EXPECTED,
                        crate::model::newtype::excerpt(value),
                    ));
                }
                Ok(())
            }

            /// The value as a string slice.
            #[must_use]
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Debug::fmt(&*self.0, f)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = crate::model::InvalidValue;
            fn from_str(value: &str) -> Result<Self, Self::Err> {
                Self::check(value)?;
                Ok(Self(value.into()))
            }
        }

        impl TryFrom<&str> for $name {
            type Error = crate::model::InvalidValue;
            fn try_from(value: &str) -> Result<Self, Self::Error> {
                value.parse()
            }
        }

        impl TryFrom<String> for $name {
            type Error = crate::model::InvalidValue;
            fn try_from(value: String) -> Result<Self, Self::Error> {
                Self::check(&value)?;
                Ok(Self(value.into_boxed_str()))
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0.into()
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                &*self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                &*self.0 == *other
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str($expected)
                    }
                    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<$name, E> {
                        value.parse().map_err(E::custom)
                    }
                    fn visit_string<E: serde::de::Error>(self, value: String) -> Result<$name, E> {
                        $name::try_from(value).map_err(E::custom)
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                $schema_name.into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let mut schema = schemars::json_schema!({
                    "type": "string",
                    "pattern": $pattern,
                    "description": $description.trim(),
                });
                let max: Option<usize> = $max;
                if let Some(max) = max {
                    schema.insert("maxLength".into(), max.into());
                }
                schema
            }
        }
    };
}

pub(crate) use string_newtype;

pub(crate) use crate::diagnostics::excerpt;
