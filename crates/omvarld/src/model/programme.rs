//! [`Programme`]: the whole document (program för strategiskt omvärldsarbete).

use serde::Serialize;

use crate::model::serde_helpers::{
    empty, non_empty_objects, none, object, objects, present_objects, some, some_object,
};
use crate::model::{
    Activity, AdvocacyPosition, Arena, Body, ContributionAim, Date, Extensions, FocusArea, Id,
    NonEmpty, Organisation, Period, Publication, Text, Title, Url,
};

/// The version of the data standard a document follows (standardversion).
/// Each document is validated by the rules of its own version; new
/// documents are [`SchemaVersion::V1_1`], the default.
///
/// ```
/// use omvarld::SchemaVersion;
/// assert_eq!(SchemaVersion::default(), SchemaVersion::LATEST);
/// assert_eq!(SchemaVersion::LATEST.as_str(), "1.1");
/// assert_eq!("1.0".parse::<SchemaVersion>()?, SchemaVersion::V1_0);
/// assert!("2.0".parse::<SchemaVersion>().is_err());
/// # Ok::<(), omvarld::InvalidValue>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum SchemaVersion {
    /// Data standard 1.0.
    #[serde(rename = "1.0")]
    V1_0,
    /// Data standard 1.1: decisions, asks, shifts, references, follow-up,
    /// indicator results, bodies, kinds of publication.
    #[default]
    #[serde(rename = "1.1")]
    V1_1,
}

crate::macros::string_enum!(SchemaVersion {
    V1_0 => "1.0",
    V1_1 => "1.1",
});

impl SchemaVersion {
    /// The newest version, which new documents follow.
    pub const LATEST: SchemaVersion = SchemaVersion::V1_1;
}

/// The schema of one version's documents: `schema_version` is that version.
/// The generated schema is the newest version's (the 1.0 schema is
/// published and kept as it was).
impl schemars::JsonSchema for SchemaVersion {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SchemaVersion".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "Version of the omvarld data standard that the document follows (standardversion); \"1.1\" for this schema (a 1.0 document follows the 1.0 schema).",
            "oneOf": [{"const": "1.1", "description": "Data standard 1.1.", "type": "string"}],
        })
    }
}

crate::model::declare::object_type! {
    /// A city's programme for strategic external relations work (program för
    /// strategiskt omvärldsarbete): its focus areas with direction goals, the aims
    /// the work contributes to, the arenas where the city acts and the advocacy
    /// positions it takes.
    #[schemars(title = "Programme")]
    #[non_exhaustive]
    pub struct Programme {
        /// The address of the JSON Schema the document follows, for JSON editors (schema); not checked against `schema_version`. Standard 1.1.
        #[serde(
            rename = "$schema",
            default,
            skip_serializing_if = "none",
            deserialize_with = "some"
        )]
        pub schema: Option<Url>,
        /// Version of the data standard (standardversion): "1.0" or "1.1".
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
        /// The city's own decision-making bodies that positions' decisions name (beslutande organ); at least one when present. Standard 1.1.
        #[serde(
            default,
            skip_serializing_if = "empty",
            deserialize_with = "present_objects"
        )]
        #[schemars(length(min = 1))]
        pub bodies: Vec<Body>,
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
}

impl Programme {
    /// A Programme with its required members (`id`, `title`, `organisation`,
    /// `focus_areas`); the others are empty (and `schema_version` the newest), to
    /// be set with the `with_*` methods.
    ///
    /// ```
    /// use omvarld::{Options, Organisation, Programme, Title};
    /// let malmo = omvarld::malmo();
    /// let programme = Programme::new(
    ///     "exempel".parse()?,
    ///     Title::new("Exempelprogram")?,
    ///     Organisation::new(Title::new("Exempelby kommun")?).with_country("SE".parse()?),
    ///     malmo.focus_areas.clone(),
    /// )
    /// .with_adopted("2026-01-15".parse()?)
    /// .with_contribution_aims(malmo.contribution_aims.iter().cloned());
    /// assert_eq!(programme.schema_version, omvarld::SchemaVersion::LATEST);
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
            schema: Default::default(),
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
            bodies: Default::default(),
            positions: Default::default(),
            activities: Default::default(),
            publications: Default::default(),
            extensions: Default::default(),
        }
    }
}

impl Programme {
    /// Sets [`schema_version`](Self::schema_version) ([`SchemaVersion::LATEST`] by default).
    #[must_use]
    pub fn with_schema_version(mut self, version: SchemaVersion) -> Self {
        self.schema_version = version;
        self
    }
}

crate::model::declare::with_members!(Programme {
    with_schema(schema): Option<Url>,
    with_adopted(adopted): Option<Date>,
    with_period(period): Option<Period>,
    with_summary(summary): Option<Text>,
    with_contribution_aims(contribution_aims): Vec<ContributionAim>,
    with_arenas(arenas): Vec<Arena>,
    with_bodies(bodies): Vec<Body>,
    with_positions(positions): Vec<AdvocacyPosition>,
    with_activities(activities): Vec<Activity>,
    with_publications(publications): Vec<Publication>,
    with_extensions(extensions): Option<Extensions>,
});

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
