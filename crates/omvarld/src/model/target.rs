//! [`Target`]: a decision maker a position is aimed at.

use crate::model::serde_helpers::{none, some};
use crate::model::{Extensions, GovernanceLevel, Text};

crate::model::declare::object_type! {
    /// A decision maker at a governance level (beslutsfattare på olika politiska
    /// nivåer), e.g. Regeringen, Riksdagen, Region Skåne, Europeiska kommissionen.
    #[non_exhaustive]
    pub struct Target {
        /// Governance level of the decision maker (nivå).
        pub level: GovernanceLevel,
        /// The decision-making body (beslutsfattare), e.g. Regeringen.
        pub body: Text,
        /// Local additions that the standard does not define (lokala tillägg).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub extensions: Option<Extensions>,
    }
}

impl Target {
    /// A Target with its required members (`level`, `body`); `extensions` is
    /// set with [`with_extensions`](Self::with_extensions).
    ///
    /// ```
    /// use omvarld::{GovernanceLevel, Target, Text};
    /// let target = Target::new(GovernanceLevel::Eu, Text::new("Europeiska kommissionen")?.with("en", "European Commission")?);
    /// assert_eq!(serde_json::to_string(&target)?, r#"{"level":"eu","body":{"sv":"Europeiska kommissionen","en":"European Commission"}}"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(level: GovernanceLevel, body: Text) -> Self {
        Self {
            level,
            body,
            extensions: Default::default(),
        }
    }
}

crate::model::declare::with_members!(Target {
    with_extensions(extensions): Option<Extensions>,
});
