//! What the model's object types share: the [`StandardObject`] trait, and
//! the two macros that declare them, [`object_type!`] (the struct, its
//! derives, a `Deserialize` that reads only a JSON object, and
//! `StandardObject`) and [`with_members!`] (a `with_*` method per optional
//! member). Each model file writes its struct once, as Rust, inside them.

use std::fmt::Debug;

use serde::de::DeserializeOwned;
use serde::Serialize;

/// An object type of the standard: [`Programme`](crate::Programme) and
/// every type of the published schema's `$defs` that is a JSON object with
/// members of its own (`AdvocacyPosition`, `Target`, `FollowUp`, …; not
/// [`Text`](crate::Text) or [`Extensions`](crate::model::Extensions)).
/// Sealed: the standard decides what its object types are.
///
/// Read one on its own, with the report of every problem, through
/// [`parse::object`](crate::parse::object); its JSON Schema is
/// [`schema::schema_for`](crate::schema::schema_for).
///
/// ```
/// use omvarld::model::StandardObject;
/// use omvarld::{AdvocacyPosition, Target};
///
/// /// Reads a JSON object from another system as a `T`, or says what is wrong.
/// fn import<T: StandardObject>(json: &[u8]) -> Result<T, String> {
///     omvarld::parse::object::<T>(json).map_err(|e| format!("not a valid {}: {e}", T::NAME))
/// }
///
/// let target: Target = import(br#"{"level": "eu", "body": {"sv": "EU"}}"#)?;
/// assert_eq!(target.level.as_str(), "eu");
/// let err = import::<AdvocacyPosition>(b"{}").unwrap_err();
/// assert!(err.starts_with("not a valid AdvocacyPosition"));
/// # Ok::<(), String>(())
/// ```
pub trait StandardObject:
    sealed::Sealed
    + Serialize
    + DeserializeOwned
    + schemars::JsonSchema
    + Clone
    + Debug
    + PartialEq
    + Send
    + Sync
    + 'static
{
    /// Its name in the published schema's `$defs` (`Programme` for the root).
    const NAME: &'static str;
}

pub(crate) mod sealed {
    /// Only the model's object types are [`StandardObject`](super::StandardObject)s.
    pub trait Sealed {}
}

/// Declares an object type of the standard: the struct as written, with
/// `Clone`, `Debug`, `PartialEq`, `Serialize` and `JsonSchema` derived and
/// unknown members refused, and a `Deserialize` that reads only a JSON
/// object.
///
/// serde's derived `Deserialize` for a struct also reads an array of the
/// members in order (`["eu", {"sv": "EU"}]` as a `Target`), which the
/// published schema rejects. So the derive goes on a private copy of the
/// members (`Members`, with the same `#[serde]` attributes), read through
/// [`Object`](crate::model::serde_helpers::Object), which asks the format
/// for a map; the members are then moved into the public struct.
///
/// A member's attributes come in this order: doc comments, at most one
/// `#[serde(…)]`, at most one `#[schemars(…)]`. The type's name in the
/// schema's `$defs` ([`StandardObject::NAME`]) is its Rust name.
macro_rules! object_type {
    (
        $(#[$attr:meta])*
        pub struct $name:ident {
            $(
                $(#[doc = $doc:literal])*
                $(#[serde($($serde:tt)*)])?
                $(#[schemars($($schemars:tt)*)])?
                pub $field:ident: $ty:ty,
            )*
        }
    ) => {
        #[derive(Clone, Debug, PartialEq, serde::Serialize, schemars::JsonSchema)]
        #[serde(deny_unknown_fields)]
        $(#[$attr])*
        pub struct $name {
            $(
                $(#[doc = $doc])*
                $(#[serde($($serde)*)])?
                $(#[schemars($($schemars)*)])?
                pub $field: $ty,
            )*
        }

        const _: () = {
            /// The members as serde's derive reads them.
            #[derive(serde::Deserialize)]
            #[serde(deny_unknown_fields)]
            struct Members {
                $(
                    $(#[serde($($serde)*)])?
                    $field: $ty,
                )*
            }

            /// Reads only a JSON object (see `model::declare::object_type!`).
            impl<'de> serde::Deserialize<'de> for $name {
                fn deserialize<D: serde::Deserializer<'de>>(
                    deserializer: D,
                ) -> Result<Self, D::Error> {
                    let $crate::model::serde_helpers::Object(Members { $($field),* }) =
                        serde::Deserialize::deserialize(deserializer)?;
                    Ok($name { $($field),* })
                }
            }
        };

        impl $crate::model::declare::sealed::Sealed for $name {}

        impl $crate::model::StandardObject for $name {
            const NAME: &'static str = stringify!($name);
        }
    };
}

pub(crate) use object_type;

/// Implements a `with_*` method for each member that `T::new` does not
/// take, so a value is built in one expression:
/// `Target::new(level, body).with_extensions(map)`. Each consumes the value
/// and returns it changed; an `Option<T>` member's method takes a `T` (not
/// `impl Into<T>`, so `"2026-06-25".parse()?` needs no annotation), a list's
/// method any iterator of elements and replaces the list.
///
/// Written as `with_name(field): Option<T>` or `with_name(field): Vec<T>`,
/// one line per member. `WITH_MEMBERS` lists the fields for the test that
/// every optional member of the shape has its method.
macro_rules! with_members {
    ($name:ident { $($method:ident($field:ident): $wrap:ident<$ty:ty>),* $(,)? }) => {
        /// Building: a `with_*` method for each member that `new` does not take.
        impl $name {
            $($crate::model::declare::with_members!(@$wrap $method $field $ty);)*
        }

        #[cfg(test)]
        impl $name {
            /// The fields that have a `with_*` method.
            pub(crate) const WITH_MEMBERS: &'static [&'static str] = &[$(stringify!($field)),*];
        }
    };
    (@Option $method:ident $field:ident $ty:ty) => {
        #[doc = concat!("Sets [`", stringify!($field), "`](Self::", stringify!($field), ").")]
        #[must_use]
        pub fn $method(mut self, $field: $ty) -> Self {
            self.$field = Some($field);
            self
        }
    };
    (@Vec $method:ident $field:ident $ty:ty) => {
        #[doc = concat!(
            "Sets [`", stringify!($field), "`](Self::", stringify!($field),
            ") to these elements, in order (replacing the list)."
        )]
        #[must_use]
        pub fn $method(mut self, $field: impl IntoIterator<Item = $ty>) -> Self {
            self.$field = $field.into_iter().collect();
            self
        }
    };
}

pub(crate) use with_members;
