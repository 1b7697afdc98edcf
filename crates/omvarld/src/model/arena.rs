//! [`Arena`] and [`ArenaKind`]: where the city acts.

use serde::Serialize;

use crate::model::serde_helpers::{none, some};
use crate::model::{Extensions, GovernanceLevel, Id, Text, Title};

crate::model::declare::object_type! {
    /// An arena where the city acts (omvärldsarena): EU cooperation,
    /// inter-municipal cooperation, a network, an event such as Almedalsveckan.
    #[non_exhaustive]
    pub struct Arena {
        /// Identifier of the arena, unique among arenas.
        pub id: Id,
        /// Name of the arena (namn).
        pub name: Title,
        /// Governance level the arena works at (nivå).
        pub level: GovernanceLevel,
        /// What kind of arena it is (typ av arena).
        pub kind: ArenaKind,
        /// Longer description (beskrivning).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub description: Option<Text>,
        /// Local additions that the standard does not define (lokala tillägg).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub extensions: Option<Extensions>,
    }
}

impl Arena {
    /// An Arena with its required members (`id`, `name`, `level`, `kind`); the
    /// others are empty, to be set with the `with_*` methods.
    ///
    /// ```
    /// use omvarld::{Arena, ArenaKind, GovernanceLevel, Text, Title};
    /// let eurocities = Arena::new("eurocities".parse()?, Title::new("Eurocities")?, GovernanceLevel::Eu, ArenaKind::Network)
    ///     .with_description(Text::new("Nätverk för Europas större städer.")?);
    /// assert_eq!(serde_json::to_value(&eurocities)?["kind"], "network");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(id: Id, name: Title, level: GovernanceLevel, kind: ArenaKind) -> Self {
        Self {
            id,
            name,
            level,
            kind,
            description: Default::default(),
            extensions: Default::default(),
        }
    }
}

crate::model::declare::with_members!(Arena {
    with_description(description): Option<Text>,
    with_extensions(extensions): Option<Extensions>,
});

/// Kind of arena (typ av omvärldsarena).
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum ArenaKind {
    /// EU cooperation (EU-samarbete).
    EuCooperation,
    /// Inter-municipal cooperation (mellankommunal samverkan).
    Intermunicipal,
    /// A network of cities or organisations (nätverk).
    Network,
    /// An event, e.g. Almedalsveckan (evenemang).
    Event,
    /// A standing forum (forum).
    Forum,
    /// Bilateral relations (bilaterala relationer).
    Bilateral,
    /// Any other arena (annan).
    Other,
}

crate::model::labels::labelled_enum!(ArenaKind {
    EuCooperation => "eu_cooperation", en: "EU cooperation", sv: "EU-samarbete", also: ["EU-samverkan"];
    Intermunicipal => "intermunicipal", en: "inter-municipal cooperation", sv: "mellankommunal samverkan", also: ["mellankommunal", "mellankommunalt samarbete"];
    Network => "network", en: "network", sv: "nätverk", also: ["nätverket"];
    Event => "event", en: "event", sv: "evenemang", also: ["evenemanget"];
    Forum => "forum", en: "forum", sv: "forum";
    Bilateral => "bilateral", en: "bilateral relations", sv: "bilaterala relationer", also: ["bilateralt", "bilaterala"];
    Other => "other", en: "other", sv: "annan", also: ["annat", "övrig", "övrigt"];
});

// The enum's doc comment is its description in the published schema,
// so the example is on this impl block.
/// Reading and writing the values:
///
/// ```
/// use omvarld::ArenaKind;
/// assert_eq!("eu_cooperation".parse::<ArenaKind>()?, ArenaKind::EuCooperation);
/// assert_eq!(ArenaKind::Intermunicipal.to_string(), "intermunicipal");
/// let err = "eu".parse::<ArenaKind>().unwrap_err();
/// assert!(err.to_string().contains("one of `eu_cooperation`"));
/// # Ok::<(), omvarld::InvalidValue>(())
/// ```
impl ArenaKind {}
