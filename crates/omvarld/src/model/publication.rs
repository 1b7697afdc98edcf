//! [`Publication`] and [`PublicationKind`]: a published collection of positions.

use serde::Serialize;

use crate::model::serde_helpers::{empty, none, some};
use crate::model::{Date, Extensions, Id, ReferenceString, Title, Url};

crate::model::declare::object_type! {
    /// A published collection of positions (publikation), e.g. the folder
    /// "Det här vill Malmö".
    #[non_exhaustive]
    pub struct Publication {
        /// Identifier of the publication, unique among publications.
        pub id: Id,
        /// Title of the publication (titel).
        pub title: Title,
        /// Date of publication (publicerad).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub published: Option<Date>,
        /// Where it can be read (webbadress).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub url: Option<Url>,
        /// Positions it contains (ståndpunkter), by id.
        #[serde(default, skip_serializing_if = "empty")]
        pub positions: Vec<Id>,
        /// What kind of publication it is (typ av publikation). Standard 1.1.
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub kind: Option<PublicationKind>,
        /// The publisher's own case number or designation (beteckning). Standard 1.1.
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub identifier: Option<ReferenceString>,
        /// Local additions that the standard does not define (lokala tillägg).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub extensions: Option<Extensions>,
    }
}

impl Publication {
    /// A Publication with its required members (`id`, `title`); the others are
    /// empty, to be set with the `with_*` methods.
    ///
    /// ```
    /// use omvarld::model::{Publication, PublicationKind, Title};
    /// let folder = Publication::new("det-har-vill-malmo".parse()?, Title::new("Det här vill Malmö")?)
    ///     .with_kind(PublicationKind::PositionFolder)
    ///     .with_published("2026-05-01".parse()?)
    ///     .with_positions(["fler-bostader".parse()?]);
    /// assert_eq!(serde_json::to_value(&folder)?["kind"], "position_folder");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(id: Id, title: Title) -> Self {
        Self {
            id,
            title,
            published: Default::default(),
            url: Default::default(),
            positions: Default::default(),
            kind: Default::default(),
            identifier: Default::default(),
            extensions: Default::default(),
        }
    }
}

crate::model::declare::with_members!(Publication {
    with_published(published): Option<Date>,
    with_url(url): Option<Url>,
    with_positions(positions): Vec<Id>,
    with_kind(kind): Option<PublicationKind>,
    with_identifier(identifier): Option<ReferenceString>,
    with_extensions(extensions): Option<Extensions>,
});

/// Kind of publication (typ av publikation). Standard 1.1.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum PublicationKind {
    /// A folder of positions, e.g. "Det här vill Malmö" (positionsfolder).
    PositionFolder,
    /// A consultation response (remissvar).
    ConsultationResponse,
    /// A position paper (positionspapper).
    PositionPaper,
    /// A report (rapport).
    Report,
    /// Any other publication (annan).
    Other,
}

crate::model::labels::labelled_enum!(PublicationKind {
    PositionFolder => "position_folder", en: "position folder", sv: "positionsfolder", also: ["folder"];
    ConsultationResponse => "consultation_response", en: "consultation response", sv: "remissvar", also: ["remissyttrande", "yttrande"];
    PositionPaper => "position_paper", en: "position paper", sv: "positionspapper";
    Report => "report", en: "report", sv: "rapport";
    Other => "other", en: "other", sv: "annan", also: ["annat", "övrigt"];
});

// The enum's doc comment is its description in the published schema,
// so the example is on this impl block.
/// Reading and writing the values:
///
/// ```
/// use omvarld::model::PublicationKind;
/// assert_eq!("consultation_response".parse::<PublicationKind>()?, PublicationKind::ConsultationResponse);
/// assert_eq!(PublicationKind::PositionFolder.as_str(), "position_folder");
/// # Ok::<(), omvarld::InvalidValue>(())
/// ```
impl PublicationKind {}
