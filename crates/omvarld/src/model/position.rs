//! [`AdvocacyPosition`], [`Status`] and [`Priority`]: what the city wants.

use serde::Serialize;

use crate::model::serde_helpers::{
    empty, non_empty_objects, none, present, present_objects, some, some_object,
};
use crate::model::{
    Date, Decision, Extensions, FollowUp, Id, NonEmpty, Reference, Shift, Target, Text, Title,
};

crate::model::declare::object_type! {
    /// An advocacy position (intressebevakning, "Det här vill Malmö"): what the
    /// city wants from decision makers, under one or more focus areas.
    #[schemars(title = "AdvocacyPosition")]
    #[non_exhaustive]
    pub struct AdvocacyPosition {
        /// Identifier of the position, unique among positions.
        pub id: Id,
        /// Title of the position (rubrik).
        pub title: Title,
        /// What the city wants (ståndpunkt: "Det här vill Malmö").
        pub statement: Text,
        /// Focus areas the position serves (fokusområden), by id; at least one.
        pub focus_areas: NonEmpty<Id>,
        /// Decision makers the position is aimed at (mottagare); at least one.
        #[serde(deserialize_with = "non_empty_objects")]
        pub targets: NonEmpty<Target>,
        /// Where the position stands in its life (status).
        pub status: Status,
        /// Why the city wants it (motivering).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub rationale: Option<Text>,
        /// Contribution aims the position serves (bidrar till), by id.
        #[serde(default, skip_serializing_if = "empty")]
        pub contribution_aims: Vec<Id>,
        /// Arenas where the position is pursued (arenor), by id.
        #[serde(default, skip_serializing_if = "empty")]
        pub arenas: Vec<Id>,
        /// Priority (prioritet).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub priority: Option<Priority>,
        /// Responsible unit (ansvarig förvaltning or enhet).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub owner: Option<String>,
        /// Date the position was adopted (antagen).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub adopted: Option<Date>,
        /// Date by which the position is to be reviewed (ses över senast); not before `adopted`.
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub review_by: Option<Date>,
        /// The concrete demands (krav: "Malmö vill att …"), each one sentence; at least one when present. Standard 1.1.
        #[serde(default, skip_serializing_if = "empty", deserialize_with = "present")]
        #[schemars(length(min = 1))]
        pub asks: Vec<Text>,
        /// The position shift sought (positionsförflyttning). Standard 1.1.
        #[serde(
            default,
            skip_serializing_if = "none",
            deserialize_with = "some_object"
        )]
        pub shift: Option<Shift>,
        /// Where the position was decided (beslut). Standard 1.1.
        #[serde(
            default,
            skip_serializing_if = "none",
            deserialize_with = "some_object"
        )]
        pub decision: Option<Decision>,
        /// The documents the position answers or rests on (underlag); at least one when present. Standard 1.1.
        #[serde(
            default,
            skip_serializing_if = "empty",
            deserialize_with = "present_objects"
        )]
        #[schemars(length(min = 1))]
        pub references: Vec<Reference>,
        /// Dated follow-up log (uppföljning), oldest first; at least one entry when present. Standard 1.1.
        #[serde(
            default,
            skip_serializing_if = "empty",
            deserialize_with = "present_objects"
        )]
        #[schemars(length(min = 1))]
        pub follow_up: Vec<FollowUp>,
        /// Local additions that the standard does not define (lokala tillägg).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub extensions: Option<Extensions>,
    }
}

impl AdvocacyPosition {
    /// An AdvocacyPosition with its required members (`id`, `title`, `statement`,
    /// `focus_areas`, `targets`, `status`); the others are empty, to be set with
    /// the `with_*` methods.
    ///
    /// ```
    /// use omvarld::{AdvocacyPosition, GovernanceLevel, NonEmpty, Priority, Status, Target, Text, Title};
    /// let target = Target::new(GovernanceLevel::National, Text::new("Regeringen")?);
    /// let position = AdvocacyPosition::new(
    ///     "fler-bostader".parse()?,
    ///     Title::new("Fler bostäder")?,
    ///     Text::new("Malmö vill att staten bidrar till fler bostäder.")?,
    ///     NonEmpty::new("bostader".parse()?),
    ///     NonEmpty::new(target),
    ///     Status::Draft,
    /// )
    /// .with_priority(Priority::High)
    /// .with_owner("Stadskontoret".to_owned())
    /// .with_asks([Text::new("Malmö vill att statens bostadsstöd blir långsiktigt.")?]);
    /// assert_eq!(position.asks.len(), 1);
    /// assert!(position.contribution_aims.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(
        id: Id,
        title: Title,
        statement: Text,
        focus_areas: NonEmpty<Id>,
        targets: NonEmpty<Target>,
        status: Status,
    ) -> Self {
        Self {
            id,
            title,
            statement,
            focus_areas,
            targets,
            status,
            rationale: Default::default(),
            contribution_aims: Default::default(),
            arenas: Default::default(),
            priority: Default::default(),
            owner: Default::default(),
            adopted: Default::default(),
            review_by: Default::default(),
            asks: Default::default(),
            shift: Default::default(),
            decision: Default::default(),
            references: Default::default(),
            follow_up: Default::default(),
            extensions: Default::default(),
        }
    }
}

crate::model::declare::with_members!(AdvocacyPosition {
    with_rationale(rationale): Option<Text>,
    with_contribution_aims(contribution_aims): Vec<Id>,
    with_arenas(arenas): Vec<Id>,
    with_priority(priority): Option<Priority>,
    with_owner(owner): Option<String>,
    with_adopted(adopted): Option<Date>,
    with_review_by(review_by): Option<Date>,
    with_asks(asks): Vec<Text>,
    with_shift(shift): Option<Shift>,
    with_decision(decision): Option<Decision>,
    with_references(references): Vec<Reference>,
    with_follow_up(follow_up): Vec<FollowUp>,
    with_extensions(extensions): Option<Extensions>,
});

impl AdvocacyPosition {
    /// `true` for an `adopted` or `active` position: one that counts for coverage.
    #[must_use]
    pub fn is_in_force(&self) -> bool {
        self.status.is_in_force()
    }

    /// The `review_by` date when the position is overdue for review on
    /// `as_of`: in force (`adopted` or `active`) with a `review_by` before
    /// it. The rule of the `review_overdue` warning and of the follow-up
    /// report.
    ///
    /// ```
    /// use omvarld::{AdvocacyPosition, GovernanceLevel, NonEmpty, Status, Target, Text, Title};
    /// let position = AdvocacyPosition::new(
    ///     "p".parse()?, Title::new("P")?, Text::new("Malmö vill.")?,
    ///     NonEmpty::new("a".parse()?),
    ///     NonEmpty::new(Target::new(GovernanceLevel::National, Text::new("Regeringen")?)),
    ///     Status::Active,
    /// )
    /// .with_review_by("2025-06-30".parse()?);
    /// assert_eq!(position.review_overdue("2025-07-01".parse()?), position.review_by);
    /// assert_eq!(position.review_overdue("2025-06-30".parse()?), None); // due today, not overdue
    /// let mut achieved = position.clone();
    /// achieved.status = Status::Achieved;
    /// assert_eq!(achieved.review_overdue("2026-01-01".parse()?), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn review_overdue(&self, as_of: Date) -> Option<Date> {
        self.review_by
            .filter(|review_by| *review_by < as_of && self.is_in_force())
    }
}

/// Where a position stands in its life (status).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Being drafted (utkast).
    Draft,
    /// Adopted by the city (antagen).
    Adopted,
    /// Actively pursued (aktiv).
    Active,
    /// Achieved (uppnådd).
    Achieved,
    /// Withdrawn (återkallad).
    Withdrawn,
}

impl Status {
    /// `true` for `adopted` and `active`: the positions that count for coverage.
    #[must_use]
    pub fn is_in_force(self) -> bool {
        matches!(self, Status::Adopted | Status::Active)
    }
}

crate::model::labels::labelled_enum!(Status {
    Draft => "draft", en: "draft", sv: "utkast", also: ["utkastet"];
    Adopted => "adopted", en: "adopted", sv: "antagen", also: ["antagna", "antaget", "beslutad", "beslutade"];
    Active => "active", en: "active", sv: "aktiv", also: ["aktiva", "aktivt", "pågående"];
    Achieved => "achieved", en: "achieved", sv: "uppnådd", also: ["uppnådda", "uppnått"];
    Withdrawn => "withdrawn", en: "withdrawn", sv: "återkallad", also: ["återkallade", "återkallat", "tillbakadragen"];
});

// The enum's doc comment is its description in the published schema,
// so the example is on this impl block.
/// Reading and writing the values:
///
/// ```
/// use omvarld::Status;
/// assert_eq!("adopted".parse::<Status>()?, Status::Adopted);
/// assert_eq!(Status::Withdrawn.as_str(), "withdrawn");
/// assert_eq!(serde_json::to_string(&Status::Active)?, r#""active""#);
/// // The positions that count for coverage.
/// let in_force: Vec<_> = Status::ALL.iter().filter(|s| s.is_in_force()).collect();
/// assert_eq!(in_force, [&Status::Adopted, &Status::Active]);
/// assert!("Adopted".parse::<Status>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl Status {}

/// Priority of a position (prioritet).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    /// High (hög).
    High,
    /// Medium (medel).
    Medium,
    /// Low (låg).
    Low,
}

crate::model::labels::labelled_enum!(Priority {
    High => "high", en: "high", sv: "hög", also: ["högt", "hög prioritet"];
    Medium => "medium", en: "medium", sv: "medel", also: ["medelprioritet"];
    Low => "low", en: "low", sv: "låg", also: ["lågt", "låg prioritet"];
});

// The enum's doc comment is its description in the published schema,
// so the example is on this impl block.
/// Reading and writing the values:
///
/// ```
/// use omvarld::Priority;
/// assert_eq!("high".parse::<Priority>()?, Priority::High);
/// assert_eq!(Priority::ALL, [Priority::High, Priority::Medium, Priority::Low]);
/// assert!(Priority::High < Priority::Low); // in the order of the standard
/// # Ok::<(), omvarld::InvalidValue>(())
/// ```
impl Priority {}
