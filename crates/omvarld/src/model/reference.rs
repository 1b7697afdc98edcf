//! [`Reference`], [`ReferenceKind`] and [`Relation`]: the documents a position
//! answers or rests on (standard 1.1).

use serde::Serialize;

use crate::model::serde_helpers::{none, some};
use crate::model::{Extensions, ReferenceString, Title, Url};

crate::model::declare::object_type! {
    /// A document a position answers or rests on (underlag): an SOU report, a
    /// government bill, an EU proposal, a consultation. Standard 1.1.
    ///
    /// A consultation response (remissvar) is a reference with
    /// [`Relation::Answers`].
    #[non_exhaustive]
    pub struct Reference {
        /// Title of the document (titel).
        pub title: Title,
        /// What kind of document it is (typ av dokument).
        pub kind: ReferenceKind,
        /// How the position relates to it (förhållande): answers it or rests on it.
        pub relation: Relation,
        /// The document's own designation (beteckning), e.g. `SOU 2017:114`, `COM(2023) 123`.
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub identifier: Option<ReferenceString>,
        /// The sender's case number (avsändarens diarienummer), e.g. a ministry's `S2022/00610`.
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub case_number: Option<ReferenceString>,
        /// Where the document can be read (webbadress).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub url: Option<Url>,
        /// Local additions that the standard does not define (lokala tillägg).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub extensions: Option<Extensions>,
    }
}

impl Reference {
    /// A Reference with its required members (`title`, `kind`, `relation`); the
    /// others are empty, to be set with the `with_*` methods.
    ///
    /// ```
    /// use omvarld::model::{Reference, ReferenceKind, Relation};
    /// let sou = Reference::new(
    ///     omvarld::Title::new("En gemensam bild av bostadsbristen")?,
    ///     ReferenceKind::GovernmentInquiry,
    ///     Relation::Answers,
    /// )
    /// .with_identifier("SOU 2017:114".parse()?);
    /// assert_eq!(serde_json::to_value(&sou)?["relation"], "answers");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(title: Title, kind: ReferenceKind, relation: Relation) -> Self {
        Self {
            title,
            kind,
            relation,
            identifier: Default::default(),
            case_number: Default::default(),
            url: Default::default(),
            extensions: Default::default(),
        }
    }
}

crate::model::declare::with_members!(Reference {
    with_identifier(identifier): Option<ReferenceString>,
    with_case_number(case_number): Option<ReferenceString>,
    with_url(url): Option<Url>,
    with_extensions(extensions): Option<Extensions>,
});

/// Kind of referenced document (typ av dokument).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ReferenceKind {
    /// A government inquiry report (statlig utredning: statens offentliga utredningar, SOU, or departementsserien, Ds).
    GovernmentInquiry,
    /// A ministry memorandum (promemoria).
    MinistryMemo,
    /// A committee directive (kommittédirektiv).
    CommitteeDirective,
    /// A government bill (proposition).
    GovernmentBill,
    /// An EU document (EU-dokument: COM, JOIN, SWD).
    EuDocument,
    /// An EU consultation (EU-samråd).
    EuConsultation,
    /// A government agency's report (myndighetsrapport).
    AgencyReport,
    /// Another report (rapport).
    Report,
    /// Any other document (annat).
    Other,
}

crate::model::labels::labelled_enum!(ReferenceKind {
    GovernmentInquiry => "government_inquiry", en: "government inquiry", sv: "statlig utredning", also: ["utredning", "SOU", "Ds", "statens offentliga utredningar", "departementsserien"];
    MinistryMemo => "ministry_memo", en: "ministry memorandum", sv: "promemoria", also: ["departementspromemoria", "PM"];
    CommitteeDirective => "committee_directive", en: "committee directive", sv: "kommittédirektiv", also: ["direktiv", "dir"];
    GovernmentBill => "government_bill", en: "government bill", sv: "proposition", also: ["prop"];
    EuDocument => "eu_document", en: "EU document", sv: "EU-dokument", also: ["COM", "JOIN", "SWD"];
    EuConsultation => "eu_consultation", en: "EU consultation", sv: "EU-samråd", also: ["samråd"];
    AgencyReport => "agency_report", en: "agency report", sv: "myndighetsrapport";
    Report => "report", en: "report", sv: "rapport";
    Other => "other", en: "other", sv: "annat", also: ["annan", "övrigt"];
});

// The enum's doc comment is its description in the published schema,
// so the example is on this impl block.
/// Reading and writing the values:
///
/// ```
/// use omvarld::model::ReferenceKind;
/// assert_eq!("government_inquiry".parse::<ReferenceKind>()?, ReferenceKind::GovernmentInquiry);
/// assert_eq!(ReferenceKind::ALL.last(), Some(&ReferenceKind::Other));
/// # Ok::<(), omvarld::InvalidValue>(())
/// ```
impl ReferenceKind {}

/// How a position relates to a referenced document (förhållande).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The position is a response to it, e.g. a consultation response (besvarar: remissvar).
    Answers,
    /// It supports the position (vilar på).
    RestsOn,
}

crate::model::labels::labelled_enum!(Relation {
    Answers => "answers", en: "answers", sv: "besvarar", also: ["svar på", "svarar på", "remissvar"];
    RestsOn => "rests_on", en: "rests on", sv: "vilar på", also: ["grundar sig på", "underlag"];
});

// The enum's doc comment is its description in the published schema,
// so the example is on this impl block.
/// Reading and writing the values:
///
/// ```
/// use omvarld::model::Relation;
/// assert_eq!("rests_on".parse::<Relation>()?, Relation::RestsOn);
/// assert_eq!(Relation::Answers.to_string(), "answers");
/// # Ok::<(), omvarld::InvalidValue>(())
/// ```
impl Relation {}
