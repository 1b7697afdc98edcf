//! [`Programme`]: the whole document (program för strategiskt omvärldsarbete).

use serde::{Deserialize, Serialize};

use crate::model::serde_helpers::{
    empty, non_empty_objects, none, object, objects, some, some_object,
};
use crate::model::{
    Activity, AdvocacyPosition, Arena, ContributionAim, Date, Extensions, FocusArea, Id, NonEmpty,
    Organisation, Period, Publication, Text, Title,
};

/// The version of the data standard a document follows; `"1.0"` is the only one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, schemars::JsonSchema)]
#[schemars(
    description = "Version of the omvarld data standard that the document follows (standardversion); always \"1.0\"."
)]
pub enum SchemaVersion {
    /// Data standard 1.0.
    #[default]
    #[serde(rename = "1.0")]
    V1_0,
}

impl SchemaVersion {
    /// The version as written in documents.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        "1.0"
    }
}

/// Reads only the JSON string `"1.0"`: serde's derived unit enums also accept
/// `{"1.0": null}`, which the published schema rejects.
impl<'de> Deserialize<'de> for SchemaVersion {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = SchemaVersion;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("the schema version \"1.0\"")
            }
            fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<SchemaVersion, E> {
                match value {
                    "1.0" => Ok(SchemaVersion::V1_0),
                    other => Err(E::invalid_value(serde::de::Unexpected::Str(other), &self)),
                }
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

/// A city's programme for strategic external relations work (program för
/// strategiskt omvärldsarbete): its focus areas with direction goals, the aims
/// the work contributes to, the arenas where the city acts and the advocacy
/// positions it takes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "Programme")]
#[non_exhaustive]
pub struct Programme {
    /// Version of the data standard (standardversion); always "1.0".
    pub schema_version: SchemaVersion,
    /// Identifier of the programme.
    pub id: Id,
    /// Title of the programme (programmets titel).
    pub title: Title,
    /// The organisation whose programme this is (organisation, e.g. Malmö stad).
    #[serde(deserialize_with = "object")]
    pub organisation: Organisation,
    /// Date the programme was adopted (antagen).
    #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
    pub adopted: Option<Date>,
    /// Period the programme covers (programperiod).
    #[serde(
        default,
        skip_serializing_if = "none",
        deserialize_with = "some_object"
    )]
    pub period: Option<Period>,
    /// Summary of the programme (sammanfattning).
    #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
    pub summary: Option<Text>,
    /// Prioritised subject areas (fokusområden), numbered 1..n in list order; at least one.
    #[serde(deserialize_with = "non_empty_objects")]
    pub focus_areas: NonEmpty<FocusArea>,
    /// What the work should contribute to (arbetet ska bidra till).
    #[serde(deserialize_with = "objects")]
    pub contribution_aims: Vec<ContributionAim>,
    /// Where the city acts (omvärldsarenor); absent means none.
    #[serde(default, skip_serializing_if = "empty", deserialize_with = "objects")]
    pub arenas: Vec<Arena>,
    /// What the city wants from decision makers (intressebevakning, "Det här vill Malmö"); absent means none.
    #[serde(default, skip_serializing_if = "empty", deserialize_with = "objects")]
    pub positions: Vec<AdvocacyPosition>,
    /// Dated activities on arenas that carry positions (aktiviteter); absent means none.
    #[serde(default, skip_serializing_if = "empty", deserialize_with = "objects")]
    pub activities: Vec<Activity>,
    /// Published collections of positions (publikationer); absent means none.
    #[serde(default, skip_serializing_if = "empty", deserialize_with = "objects")]
    pub publications: Vec<Publication>,
    /// Local additions that the standard does not define (lokala tillägg).
    #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
    pub extensions: Option<Extensions>,
}

impl Programme {
    /// A Programme with its required members (`id`, `title`, `organisation`, `focus_areas`); the optional
    /// ones are empty, to be set through their public fields.
    ///
    /// ```
    /// use omvarld::{Programme, Organisation, Title, NonEmpty, Options};
    /// let malmo = omvarld::malmo();
    /// let areas = NonEmpty::try_from(malmo.focus_areas.to_vec())?;
    /// let mut programme = Programme::new(
    ///     "exempel".parse()?,
    ///     Title::new("Exempelprogram")?,
    ///     Organisation::new(Title::new("Exempelby kommun")?),
    ///     areas,
    /// );
    /// programme.contribution_aims = malmo.contribution_aims.clone();
    /// assert_eq!(programme.schema_version, omvarld::SchemaVersion::default());
    /// assert!(programme.validate(&Options::default()).valid());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(
        id: Id,
        title: Title,
        organisation: Organisation,
        focus_areas: NonEmpty<FocusArea>,
    ) -> Self {
        Self {
            schema_version: Default::default(),
            id,
            title,
            organisation,
            adopted: Default::default(),
            period: Default::default(),
            summary: Default::default(),
            focus_areas,
            contribution_aims: Default::default(),
            arenas: Default::default(),
            positions: Default::default(),
            activities: Default::default(),
            publications: Default::default(),
            extensions: Default::default(),
        }
    }
}

/// Lookups by id.
///
/// Each takes anything that reads as a `str` (`&str`, `String`, `&Id`), so
/// an id taken from another object can be passed as it is; each `_mut`
/// version gives the same object to change. Lookups scan the list: a
/// programme has tens to a few thousand objects of a kind.
impl Programme {
    /// The focus area with this id.
    ///
    /// ```
    /// let malmo = omvarld::malmo();
    /// let id = &malmo.focus_areas[4].id;
    /// assert_eq!(malmo.focus_area(id).unwrap().title.sv(), "Bostäder");
    /// assert_eq!(malmo.focus_area("bostader").map(|f| &f.id), Some(id));
    /// assert!(malmo.focus_area("nope").is_none());
    /// ```
    #[must_use]
    pub fn focus_area(&self, id: impl AsRef<str>) -> Option<&FocusArea> {
        let id = id.as_ref();
        self.focus_areas.iter().find(|x| x.id == *id)
    }

    /// The focus area with this id, to change.
    ///
    /// ```
    /// let mut malmo = omvarld::malmo();
    /// let id = malmo.focus_areas[4].id.clone();
    /// malmo.focus_area_mut(&id).unwrap().title = omvarld::Title::new("Boende")?;
    /// assert_eq!(malmo.focus_area(&id).unwrap().title.sv(), "Boende");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn focus_area_mut(&mut self, id: impl AsRef<str>) -> Option<&mut FocusArea> {
        let id = id.as_ref();
        self.focus_areas.iter_mut().find(|x| x.id == *id)
    }

    /// The contribution aim with this id.
    #[must_use]
    pub fn contribution_aim(&self, id: impl AsRef<str>) -> Option<&ContributionAim> {
        let id = id.as_ref();
        self.contribution_aims.iter().find(|x| x.id == *id)
    }

    /// The contribution aim with this id, to change.
    #[must_use]
    pub fn contribution_aim_mut(&mut self, id: impl AsRef<str>) -> Option<&mut ContributionAim> {
        let id = id.as_ref();
        self.contribution_aims.iter_mut().find(|x| x.id == *id)
    }

    /// The arena with this id.
    #[must_use]
    pub fn arena(&self, id: impl AsRef<str>) -> Option<&Arena> {
        let id = id.as_ref();
        self.arenas.iter().find(|x| x.id == *id)
    }

    /// The arena with this id, to change.
    #[must_use]
    pub fn arena_mut(&mut self, id: impl AsRef<str>) -> Option<&mut Arena> {
        let id = id.as_ref();
        self.arenas.iter_mut().find(|x| x.id == *id)
    }

    /// The advocacy position with this id.
    #[must_use]
    pub fn position(&self, id: impl AsRef<str>) -> Option<&AdvocacyPosition> {
        let id = id.as_ref();
        self.positions.iter().find(|x| x.id == *id)
    }

    /// The advocacy position with this id, to change.
    #[must_use]
    pub fn position_mut(&mut self, id: impl AsRef<str>) -> Option<&mut AdvocacyPosition> {
        let id = id.as_ref();
        self.positions.iter_mut().find(|x| x.id == *id)
    }

    /// The activity with this id.
    #[must_use]
    pub fn activity(&self, id: impl AsRef<str>) -> Option<&Activity> {
        let id = id.as_ref();
        self.activities.iter().find(|x| x.id == *id)
    }

    /// The activity with this id, to change.
    #[must_use]
    pub fn activity_mut(&mut self, id: impl AsRef<str>) -> Option<&mut Activity> {
        let id = id.as_ref();
        self.activities.iter_mut().find(|x| x.id == *id)
    }

    /// The publication with this id.
    #[must_use]
    pub fn publication(&self, id: impl AsRef<str>) -> Option<&Publication> {
        let id = id.as_ref();
        self.publications.iter().find(|x| x.id == *id)
    }

    /// The publication with this id, to change.
    #[must_use]
    pub fn publication_mut(&mut self, id: impl AsRef<str>) -> Option<&mut Publication> {
        let id = id.as_ref();
        self.publications.iter_mut().find(|x| x.id == *id)
    }

    /// The positions that name `focus_area` among their focus areas.
    ///
    /// ```
    /// let malmo = omvarld::malmo();
    /// assert_eq!(malmo.positions_for("miljo-och-klimat").count(), 0);
    /// assert_eq!(malmo.positions_for(&malmo.focus_areas[0].id).count(), 0);
    /// ```
    pub fn positions_for<'a>(
        &'a self,
        focus_area: impl AsRef<str> + 'a,
    ) -> impl Iterator<Item = &'a AdvocacyPosition> + 'a {
        self.positions
            .iter()
            .filter(move |p| p.focus_areas.iter().any(|f| *f == *focus_area.as_ref()))
    }
}
