//! The shape of the document: one description of which members each object
//! has, which are required, and what type each member is — built once from
//! the published programme schema, which the model types generate. The
//! parser's slow path, the property-test mutations and (next) the
//! spreadsheet sheets all walk it, so none of them reads the schema or
//! matches type names of its own.
//!
//! Beside it: what the standard's types are called in English and Swedish
//! ([`terms`]), and the coded string types with their checks ([`strings`]).
//!
//! ```
//! use omvarld::shape::{Shape, Type};
//! let shape = Shape::programme();
//! let Type::Object(programme) = shape.get(shape.root()) else { unreachable!() };
//! let required: Vec<&str> = programme.members.iter().filter(|m| m.required).map(|m| m.name.as_str()).collect();
//! assert!(required.contains(&"focus_areas"));
//! let position = shape.def("AdvocacyPosition").unwrap();
//! assert!(matches!(shape.get(position), Type::Object(o) if o.member("statement").is_some_and(|m| m.required)));
//! ```

pub mod strings;
pub mod terms;

use std::collections::HashMap;
use std::sync::LazyLock;

use schemars::JsonSchema;
use serde_json::Value;

use crate::diagnostics::{JsonType, Term};
use crate::model::{
    ArenaKind, Assessment, BodyKind, Direction, Extensions, Gender, GovernanceLevel, Label,
    Priority, PublicationKind, ReferenceKind, Relation, SchemaVersion, Status, Title,
};
use crate::schema::schema_in;
use strings::{string_type, StringType};

/// A place in [`Shape`]'s table of types.
///
/// ```
/// use omvarld::shape::{Shape, Type};
/// let shape = Shape::programme();
/// let at = shape.def("Target").unwrap();
/// assert!(matches!(shape.get(at), Type::Object(o) if o.name == "Target"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TypeRef(usize);

/// A member of an object type.
///
/// ```
/// use omvarld::shape::{Shape, Type};
/// let shape = Shape::programme();
/// let Type::Object(target) = shape.get(shape.def("Target").unwrap()) else { unreachable!() };
/// let level = target.member("level").unwrap();
/// assert!(level.required);
/// assert!(matches!(shape.get(level.ty), Type::Enum { values, .. } if values.contains(&"eu".to_owned())));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Member {
    /// Its name in documents.
    pub name: String,
    /// `true` when documents must have it.
    pub required: bool,
    /// Its type.
    pub ty: TypeRef,
}

/// An object type of the standard and its members (in name order).
///
/// ```
/// use omvarld::shape::{Shape, Type};
/// let shape = Shape::programme();
/// let Type::Object(entry) = shape.get(shape.def("FollowUp").unwrap()) else { unreachable!() };
/// assert_eq!(entry.names().collect::<Vec<_>>(), ["assessment", "date", "extensions", "note", "status"]);
/// assert_eq!(entry.one_of_required, ["status", "assessment"]);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ObjectType {
    /// Its name in the published schema's `$defs` (`Programme` for the root).
    pub name: String,
    /// What it is called.
    pub term: Term,
    /// Its members.
    pub members: Vec<Member>,
    /// Members of which it needs at least one (the schema's `anyOf` of
    /// `required`; a follow-up entry needs `status` or `assessment`); empty
    /// for most types.
    pub one_of_required: Vec<String>,
}

impl ObjectType {
    /// The member called `name`.
    #[must_use]
    pub fn member(&self, name: &str) -> Option<&Member> {
        self.members.iter().find(|m| m.name == name)
    }

    /// The members' names.
    pub fn names(&self) -> impl Iterator<Item = &str> + '_ {
        self.members.iter().map(|m| m.name.as_str())
    }
}

/// What a place in a document holds.
///
/// ```
/// use omvarld::shape::{Shape, Type};
/// let shape = Shape::programme();
/// let Type::Object(area) = shape.get(shape.def("FocusArea").unwrap()) else { unreachable!() };
/// let title = shape.get(area.member("title").unwrap().ty);
/// assert_eq!(title, &Type::Text { max: 300, title: true });
/// assert!(matches!(shape.get(area.member("number").unwrap().ty), Type::Integer { min: 1, .. }));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum Type {
    /// An object type with its members.
    Object(ObjectType),
    /// A [`Text`](crate::Text) (or, with `title`, a [`Title`]): language
    /// tags to strings of at most `max` code points, `sv` required.
    Text {
        /// The limit on each value.
        max: usize,
        /// `true` for a title or name.
        title: bool,
    },
    /// `extensions`: any JSON object.
    Extensions,
    /// `schema_version`, with the versions this crate reads.
    SchemaVersion {
        /// The versions.
        versions: Vec<String>,
    },
    /// A coded string (id, date, language tag, …), with its length limit.
    Coded {
        /// The type.
        string: &'static StringType,
        /// The most code points it may have.
        max: Option<usize>,
    },
    /// An enumeration and its values.
    Enum {
        /// What it is called.
        term: Term,
        /// Its values, in the order of the standard.
        values: Vec<String>,
        /// The labels of its values in the same order: what each is called
        /// in English and Swedish, and the Swedish words publishers type
        /// for it (the model type's `LABELS`).
        labels: &'static [Label],
    },
    /// A list.
    Array {
        /// The least number of elements.
        min: usize,
        /// The type of each element.
        items: TypeRef,
    },
    /// An integer in `min..=max`.
    Integer {
        /// Least value.
        min: i64,
        /// Greatest value.
        max: i64,
    },
    /// A finite number.
    Number,
    /// Any string.
    String,
}

impl Type {
    /// The JSON type of a valid value.
    #[must_use]
    pub fn json_type(&self) -> JsonType {
        match self {
            Type::Object(_) | Type::Text { .. } | Type::Extensions => JsonType::Object,
            Type::Array { .. } => JsonType::Array,
            Type::Integer { .. } => JsonType::Integer,
            Type::Number => JsonType::Number,
            Type::SchemaVersion { .. } | Type::Coded { .. } | Type::Enum { .. } | Type::String => {
                JsonType::String
            }
        }
    }
}

/// The shape of a programme document: every type, by [`TypeRef`].
#[derive(Debug)]
pub struct Shape {
    types: Vec<Type>,
    defs: HashMap<String, TypeRef>,
    root: TypeRef,
}

static PROGRAMME_1_1: LazyLock<Shape> =
    LazyLock::new(|| Shape::from_schema(&crate::schema::programme_schema()));

static PROGRAMME_1_0: LazyLock<Shape> = LazyLock::new(|| {
    Shape::from_schema(&schema_in("programme", SchemaVersion::V1_0).unwrap_or_default())
});

impl Shape {
    /// The shape of a programme document of the newest version (built once).
    #[must_use]
    pub fn programme() -> &'static Shape {
        &PROGRAMME_1_1
    }

    /// The shape of a programme document of `version`, from its published
    /// schema (built once).
    ///
    /// ```
    /// use omvarld::shape::{Shape, Type};
    /// use omvarld::SchemaVersion;
    /// let has_asks = |v| {
    ///     let shape = Shape::of(v);
    ///     let position = shape.def("AdvocacyPosition").unwrap();
    ///     matches!(shape.get(position), Type::Object(o) if o.member("asks").is_some())
    /// };
    /// assert!(!has_asks(SchemaVersion::V1_0));
    /// assert!(has_asks(SchemaVersion::V1_1));
    /// ```
    #[must_use]
    pub fn of(version: SchemaVersion) -> &'static Shape {
        match version {
            SchemaVersion::V1_0 => &PROGRAMME_1_0,
            SchemaVersion::V1_1 => &PROGRAMME_1_1,
        }
    }

    /// The type of the whole document.
    #[must_use]
    pub fn root(&self) -> TypeRef {
        self.root
    }

    /// The type at `at`.
    #[must_use]
    pub fn get(&self, at: TypeRef) -> &Type {
        // Every TypeRef is made by `from_schema` for its own table.
        self.types.get(at.0).unwrap_or(&Type::String)
    }

    /// The type named `name` in the schema's `$defs` (`Programme` is the root).
    #[must_use]
    pub fn def(&self, name: &str) -> Option<TypeRef> {
        self.defs.get(name).copied()
    }

    /// The types of every member called `name`, in any object type.
    pub(crate) fn members_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = TypeRef> + 'a {
        self.types.iter().filter_map(move |ty| match ty {
            Type::Object(object) => object.member(name).map(|m| m.ty),
            _ => None,
        })
    }

    /// Builds the shape from a generated schema (its `$defs` and root).
    fn from_schema(schema: &Value) -> Shape {
        let mut builder = Builder {
            defs_json: schema.get("$defs"),
            shape: Shape {
                types: Vec::new(),
                defs: HashMap::new(),
                root: TypeRef(0),
            },
        };
        let root = builder.def("Programme", schema);
        builder.shape.root = root;
        builder.shape
    }
}

struct Builder<'s> {
    defs_json: Option<&'s Value>,
    shape: Shape,
}

impl<'s> Builder<'s> {
    fn push(&mut self, ty: Type) -> TypeRef {
        self.shape.types.push(ty);
        TypeRef(self.shape.types.len() - 1)
    }

    /// The type of the `$defs` entry `name` (schema `schema`), built once.
    fn def(&mut self, name: &str, schema: &'s Value) -> TypeRef {
        if let Some(&at) = self.shape.defs.get(name) {
            return at;
        }
        // A placeholder first, so a type that refers to itself terminates.
        let at = self.push(Type::String);
        self.shape.defs.insert(name.to_owned(), at);
        let ty = self.classify(Some(name), schema);
        if let Some(slot) = self.shape.types.get_mut(at.0) {
            *slot = ty;
        }
        at
    }

    /// The type of an inline schema or a `$ref`.
    fn schema(&mut self, schema: &'s Value) -> TypeRef {
        if let Some(target) = schema.get("$ref").and_then(Value::as_str) {
            let name = target.strip_prefix("#/$defs/").unwrap_or(target);
            let def = self
                .defs_json
                .and_then(|d| d.get(name))
                .unwrap_or(&Value::Null);
            return self.def(name, def);
        }
        let ty = self.classify(None, schema);
        self.push(ty)
    }

    fn classify(&mut self, name: Option<&str>, schema: &'s Value) -> Type {
        let named = |t: std::borrow::Cow<'static, str>| name == Some(&*t);
        if named(Extensions::schema_name()) {
            return Type::Extensions;
        }
        if named(SchemaVersion::schema_name()) {
            return Type::SchemaVersion {
                versions: consts(schema),
            };
        }
        let max = schema
            .get("maxLength")
            .and_then(Value::as_u64)
            .and_then(|m| usize::try_from(m).ok());
        if let Some(string) = name.and_then(string_type) {
            return Type::Coded { string, max };
        }
        if schema.get("propertyNames").is_some() {
            let max = schema
                .pointer("/additionalProperties/maxLength")
                .and_then(Value::as_u64)
                .and_then(|m| usize::try_from(m).ok())
                .unwrap_or(0);
            return Type::Text {
                max,
                title: named(Title::schema_name()),
            };
        }
        if schema.get("oneOf").is_some() {
            let name = name.unwrap_or("");
            return Type::Enum {
                term: terms::of_def(name),
                values: consts(schema),
                labels: labels_of(name),
            };
        }
        match schema.get("type").and_then(Value::as_str) {
            Some("object") => {
                let required: Vec<&str> = schema
                    .get("required")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .collect();
                let members = schema
                    .get("properties")
                    .and_then(Value::as_object)
                    .into_iter()
                    .flatten()
                    .map(|(member, property)| Member {
                        name: member.clone(),
                        required: required.contains(&member.as_str()),
                        ty: self.schema(property),
                    })
                    .collect();
                let one_of_required = schema
                    .get("anyOf")
                    .and_then(Value::as_array)
                    .into_iter()
                    .flatten()
                    .filter_map(|branch| branch.pointer("/required/0")?.as_str())
                    .map(str::to_owned)
                    .collect();
                let name = name.unwrap_or("");
                Type::Object(ObjectType {
                    name: name.to_owned(),
                    term: terms::of_def(name),
                    members,
                    one_of_required,
                })
            }
            Some("array") => Type::Array {
                min: schema
                    .get("minItems")
                    .and_then(Value::as_u64)
                    .and_then(|m| usize::try_from(m).ok())
                    .unwrap_or(0),
                items: match schema.get("items") {
                    Some(items) => self.schema(items),
                    None => self.push(Type::String),
                },
            },
            Some("integer") => Type::Integer {
                min: schema
                    .get("minimum")
                    .and_then(Value::as_i64)
                    .unwrap_or(i64::MIN),
                max: schema
                    .get("maximum")
                    .and_then(Value::as_i64)
                    .unwrap_or(i64::MAX),
            },
            Some("number") => Type::Number,
            _ => Type::String,
        }
    }
}

/// Every enumeration of the standard, by its name in the schema's `$defs`,
/// with the labels of its values (what each is called in English and
/// Swedish, and the Swedish words publishers type for it), in the order of
/// the standard. The docs' table of values is generated from it.
///
/// ```
/// let (name, labels) = omvarld::shape::ENUMERATIONS[0];
/// assert_eq!(name, "Status");
/// assert_eq!((labels[1].code, labels[1].sv), ("adopted", "antagen"));
/// ```
pub static ENUMERATIONS: [(&str, &[Label]); 11] = [
    ("Status", Status::LABELS),
    ("Priority", Priority::LABELS),
    ("GovernanceLevel", GovernanceLevel::LABELS),
    ("ArenaKind", ArenaKind::LABELS),
    ("BodyKind", BodyKind::LABELS),
    ("ReferenceKind", ReferenceKind::LABELS),
    ("Relation", Relation::LABELS),
    ("Assessment", Assessment::LABELS),
    ("Gender", Gender::LABELS),
    ("Direction", Direction::LABELS),
    ("PublicationKind", PublicationKind::LABELS),
];

/// The labels of the enumeration named `def` in the schema's `$defs`
/// (none for a name that is not one; a test checks every enumeration has
/// its own).
fn labels_of(def: &str) -> &'static [Label] {
    ENUMERATIONS
        .iter()
        .find(|(name, _)| *name == def)
        .map_or(&[], |(_, labels)| labels)
}

/// The `const` values of a `oneOf`.
fn consts(schema: &Value) -> Vec<String> {
    schema
        .get("oneOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|v| v.get("const")?.as_str().map(str::to_owned))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        Activity, AdvocacyPosition, Arena, Body, ContributionAim, Decision, DirectionGoal,
        FocusArea, FollowUp, Indicator, IndicatorResult, Measurement, Organisation, Period,
        Programme, Publication, Reference, Shift, Source, Target,
    };

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
    fn every_def_of_the_schema_has_a_type_and_every_object_a_term() {
        let schema = crate::schema::programme_schema();
        let shape = Shape::programme();
        let mut enumerations = 0;
        for (name, def) in schema["$defs"].as_object().unwrap() {
            let at = shape
                .def(name)
                .unwrap_or_else(|| panic!("{name} is not in the shape"));
            if def.get("pattern").is_some() {
                assert!(
                    matches!(shape.get(at), Type::Coded { .. }),
                    "{name} has a pattern but no check"
                );
            }
            if let Type::Object(o) = shape.get(at) {
                assert_ne!(o.term, terms::VALUE, "{name} has no term");
            }
            if let Type::Enum {
                term,
                values,
                labels,
            } = shape.get(at)
            {
                assert_ne!(*term, terms::VALUE, "{name} has no term");
                enumerations += 1;
                let codes: Vec<&str> = labels.iter().map(|l| l.code).collect();
                assert_eq!(codes, *values, "{name}: labels and values differ");
                // The Swedish label is the term the value's description gives.
                for (label, one) in labels.iter().zip(def["oneOf"].as_array().unwrap()) {
                    let description = one["description"].as_str().unwrap();
                    assert!(
                        description.contains(label.sv),
                        "{name}: `{}` ({}) is not in its description {description:?}",
                        label.code,
                        label.sv
                    );
                }
                // Each spelling names one value only.
                for (i, label) in labels.iter().enumerate() {
                    for spelling in [label.code, label.en, label.sv]
                        .iter()
                        .chain(label.spellings)
                    {
                        for (j, other) in labels.iter().enumerate() {
                            assert!(
                                i == j || !other.matches(spelling),
                                "{name}: `{spelling}` names both `{}` and `{}`",
                                label.code,
                                other.code
                            );
                        }
                    }
                }
            }
        }
        assert_eq!(
            enumerations,
            ENUMERATIONS.len(),
            "an enumeration is missing"
        );
        // The 1.0 shape, from the published file, knows the same special types.
        let old = Shape::of(SchemaVersion::V1_0);
        for name in ["Title", "Extensions", "Id", "Date", "Url"] {
            assert_eq!(
                std::mem::discriminant(old.get(old.def(name).unwrap())),
                std::mem::discriminant(shape.get(shape.def(name).unwrap())),
                "{name}"
            );
        }
        assert!(matches!(
            shape.get(shape.def("SchemaVersion").unwrap()),
            Type::SchemaVersion { versions } if versions == &["1.1"]
        ));
        let old = Shape::of(SchemaVersion::V1_0);
        assert!(matches!(
            old.get(old.def("SchemaVersion").unwrap()),
            Type::SchemaVersion { versions } if versions == &["1.0"]
        ));
        assert!(matches!(
            shape.get(shape.def("FollowUp").unwrap()),
            Type::Object(o) if o.one_of_required == ["status", "assessment"]
        ));
        assert!(matches!(
            shape.get(shape.def("Title").unwrap()),
            Type::Text {
                max: 300,
                title: true
            }
        ));
    }
}
