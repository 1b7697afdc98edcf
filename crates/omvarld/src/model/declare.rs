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

#[cfg(test)]
mod tests {
    use crate::model::{
        Activity, AdvocacyPosition, Arena, Body, ContributionAim, Decision, DirectionGoal,
        FocusArea, FollowUp, Indicator, IndicatorResult, Measurement, Organisation, Period,
        Programme, Publication, Reference, Shift, Source, Target,
    };
    use crate::shape::{Shape, Type};

    /// Every member that the schema does not require has a `with_*` method;
    /// `Programme` also has one for `contribution_aims` (required, but `new`
    /// starts it empty) and, written by hand, `schema_version`.
    #[test]
    fn every_optional_member_has_a_with_method() {
        let with: &[(&str, &[&str])] = &[
            ("Programme", Programme::WITH_MEMBERS),
            ("Activity", Activity::WITH_MEMBERS),
            ("AdvocacyPosition", AdvocacyPosition::WITH_MEMBERS),
            ("Arena", Arena::WITH_MEMBERS),
            ("Body", Body::WITH_MEMBERS),
            ("ContributionAim", ContributionAim::WITH_MEMBERS),
            ("Decision", Decision::WITH_MEMBERS),
            ("DirectionGoal", DirectionGoal::WITH_MEMBERS),
            ("FocusArea", FocusArea::WITH_MEMBERS),
            ("FollowUp", FollowUp::WITH_MEMBERS),
            ("Indicator", Indicator::WITH_MEMBERS),
            ("IndicatorResult", IndicatorResult::WITH_MEMBERS),
            ("Measurement", Measurement::WITH_MEMBERS),
            ("Organisation", Organisation::WITH_MEMBERS),
            ("Period", Period::WITH_MEMBERS),
            ("Publication", Publication::WITH_MEMBERS),
            ("Reference", Reference::WITH_MEMBERS),
            ("Shift", Shift::WITH_MEMBERS),
            ("Source", Source::WITH_MEMBERS),
            ("Target", Target::WITH_MEMBERS),
        ];
        let schema = crate::schema::programme_schema();
        let shape = Shape::programme();
        let mut defs: Vec<&str> = vec!["Programme"];
        defs.extend(
            schema["$defs"]
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str),
        );
        let mut objects = 0;
        for def in defs {
            let Type::Object(object) = shape.get(shape.def(def).unwrap()) else {
                continue;
            };
            if matches!(def, "Text" | "Title" | "Extensions") {
                continue;
            }
            objects += 1;
            let (_, methods) = with
                .iter()
                .find(|(name, _)| *name == def)
                .unwrap_or_else(|| panic!("{def} has no with_members! list"));
            let mut expected: Vec<&str> = object
                .members
                .iter()
                .filter(|m| {
                    !m.required || (def, m.name.as_str()) == ("Programme", "contribution_aims")
                })
                .map(|m| m.name.strip_prefix('$').unwrap_or(&m.name))
                .collect();
            let mut methods = methods.to_vec();
            expected.sort_unstable();
            methods.sort_unstable();
            assert_eq!(methods, expected, "the with_* methods of {def}");
        }
        assert_eq!(objects, with.len());
    }

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
