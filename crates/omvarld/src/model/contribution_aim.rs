//! [`ContributionAim`]: what the work should contribute to.

use crate::model::serde_helpers::{none, some};
use crate::model::{Extensions, Id, Text, Title};

crate::model::declare::object_type! {
    /// What the external relations work should contribute to (arbetet ska bidra
    /// till), e.g. "Större genomslag" or "En röst utåt". Malmö has seven.
    #[non_exhaustive]
    pub struct ContributionAim {
        /// Identifier of the aim, unique among aims.
        pub id: Id,
        /// Title of the aim (rubrik).
        pub title: Title,
        /// Longer description (beskrivning).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub description: Option<Text>,
        /// Local additions that the standard does not define (lokala tillägg).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub extensions: Option<Extensions>,
    }
}

impl ContributionAim {
    /// A ContributionAim with its required members (`id`, `title`); the others
    /// are empty, to be set with the `with_*` methods.
    ///
    /// ```
    /// use omvarld::{ContributionAim, Text, Title};
    /// let aim = ContributionAim::new("en-rost-utat".parse()?, Title::new("En röst utåt")?)
    ///     .with_description(Text::new("Staden talar med en röst i omvärlden.")?);
    /// assert_eq!(aim.description.as_ref().map(|d| d.sv()), Some("Staden talar med en röst i omvärlden."));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(id: Id, title: Title) -> Self {
        Self {
            id,
            title,
            description: Default::default(),
            extensions: Default::default(),
        }
    }
}

crate::model::declare::with_members!(ContributionAim {
    with_description(description): Option<Text>,
    with_extensions(extensions): Option<Extensions>,
});
