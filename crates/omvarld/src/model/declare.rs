//! The two macros that declare the model's object types: [`object_type!`]
//! (the struct, its derives, and a `Deserialize` that reads only a JSON
//! object) and [`with_members!`] (a `with_*` method per optional member).
//! Each model file writes its struct once, as Rust, inside them.

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
/// `#[serde(…)]`, at most one `#[schemars(…)]`.
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

            /// Reads only a JSON object (see [`object_type!`]).
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
    };
}

pub(crate) use object_type;

#[cfg(test)]
mod tests {
    use crate::model::{FollowUp, Programme, Target};

    #[test]
    fn an_object_type_reads_only_from_an_object() {
        let target: Result<Target, _> =
            serde_json::from_str(r#"{"level": "eu", "body": {"sv": "EU"}}"#);
        assert!(target.is_ok());
        let err = serde_json::from_str::<Target>(r#"["eu", {"sv": "EU"}]"#).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("invalid type: sequence, expected an object"),
            "{err}"
        );
        let err = serde_json::from_str::<FollowUp>(r#"["2026-01-01", "draft"]"#).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("invalid type: sequence, expected an object"),
            "{err}"
        );
        // Nested in an object, too.
        let mut doc = serde_json::to_value(crate::malmo()).unwrap();
        doc["organisation"] = serde_json::json!([{"sv": "Malmö stad"}]);
        assert!(serde_json::from_value::<Programme>(doc).is_err());
    }
}
