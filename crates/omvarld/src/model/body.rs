//! [`Body`] and [`BodyKind`]: the city's own decision-making bodies (standard 1.1).

use serde::Serialize;

use crate::model::serde_helpers::{none, some};
use crate::model::{Extensions, Id, Title};

crate::model::declare::object_type! {
    /// One of the city's own decision-making bodies (beslutande organ), e.g.
    /// Kommunstyrelsen; positions name the body that decided them
    /// ([`Decision::body`](crate::model::Decision::body)). Standard 1.1.
    ///
    /// Bodies and offices only, never people: the standard holds no personal data.
    #[non_exhaustive]
    pub struct Body {
        /// Identifier of the body, unique among bodies.
        pub id: Id,
        /// Name of the body (namn), e.g. Kommunstyrelsen.
        pub name: Title,
        /// What kind of body it is (typ av organ).
        pub kind: BodyKind,
        /// Local additions that the standard does not define (lokala tillägg).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub extensions: Option<Extensions>,
    }
}

impl Body {
    /// A Body with its required members (`id`, `name`, `kind`); `extensions` is
    /// set with [`with_extensions`](Self::with_extensions).
    ///
    /// ```
    /// use omvarld::model::{Body, BodyKind};
    /// let ks = Body::new("ks".parse()?, omvarld::Title::new("Kommunstyrelsen")?, BodyKind::ExecutiveBoard);
    /// assert_eq!(serde_json::to_value(&ks)?["kind"], "executive_board");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(id: Id, name: Title, kind: BodyKind) -> Self {
        Self {
            id,
            name,
            kind,
            extensions: Default::default(),
        }
    }
}

crate::model::declare::with_members!(Body {
    with_extensions(extensions): Option<Extensions>,
});

/// Kind of decision-making body (typ av beslutande organ).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum BodyKind {
    /// The municipal council (kommunfullmäktige).
    Council,
    /// The executive board (kommunstyrelsen).
    ExecutiveBoard,
    /// A committee (nämnd).
    Committee,
    /// A subcommittee (utskott).
    Subcommittee,
    /// A municipal company (kommunalt bolag).
    Company,
    /// A federation of municipalities (kommunalförbund).
    Federation,
    /// An administration (förvaltning).
    Administration,
    /// Any other body (annat).
    Other,
}

crate::model::labels::labelled_enum!(BodyKind {
    Council => "council", en: "municipal council", sv: "kommunfullmäktige", also: ["fullmäktige", "KF"];
    ExecutiveBoard => "executive_board", en: "executive board", sv: "kommunstyrelse", also: ["kommunstyrelsen", "KS"];
    Committee => "committee", en: "committee", sv: "nämnd", also: ["nämnden"];
    Subcommittee => "subcommittee", en: "subcommittee", sv: "utskott", also: ["utskottet"];
    Company => "company", en: "municipal company", sv: "kommunalt bolag", also: ["bolag", "kommunala bolag"];
    Federation => "federation", en: "federation of municipalities", sv: "kommunalförbund", also: ["förbund"];
    Administration => "administration", en: "administration", sv: "förvaltning", also: ["förvaltningen"];
    Other => "other", en: "other", sv: "annat", also: ["annan", "övrigt"];
});

// The enum's doc comment is its description in the published schema,
// so the example is on this impl block.
/// Reading and writing the values:
///
/// ```
/// use omvarld::model::BodyKind;
/// assert_eq!("executive_board".parse::<BodyKind>()?, BodyKind::ExecutiveBoard);
/// assert_eq!(BodyKind::ALL.len(), 8);
/// assert_eq!(serde_json::from_str::<BodyKind>(r#""council""#)?, BodyKind::Council);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl BodyKind {}
