//! The crate's declarative macros. They expand where they are used, so this
//! module depends on nothing; the code they write names
//! [`InvalidValue`](crate::diagnostics::InvalidValue).

/// Implements `as_str`, `ALL`, `Display`, `FromStr` and `Deserialize` (from a
/// JSON string only) for a unit enum whose string names are given. Used for
/// the standard's enumerations and for the diagnostics' own (`Severity`,
/// `Lang`, `Kind`, `Code`); a test beside each checks that serde's derived
/// `Serialize` writes the same names.
macro_rules! string_enum {
    ($name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        impl $name {
            /// Every value, in the order of the standard.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The value as written in documents.
            #[must_use]
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        /// Reads only a JSON string: serde's derived unit enums also accept
        /// `{"value": null}`, which the published schema rejects.
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Visitor;
                impl serde::de::Visitor<'_> for Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("one of" $(, " `", $text, "`")+))
                    }
                    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<$name, E> {
                        value.parse().map_err(E::custom)
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }

        impl std::str::FromStr for $name {
            type Err = $crate::diagnostics::InvalidValue;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                match s {
                    $($text => Ok($name::$variant),)+
                    _ => Err($crate::diagnostics::InvalidValue::new(
                        stringify!($name),
                        concat!("one of" $(, " `", $text, "`")+),
                        $crate::diagnostics::excerpt(s),
                    )),
                }
            }
        }
    };
}

pub(crate) use string_enum;
