//! [`Activity`]: a dated activity on an arena.

use crate::model::serde_helpers::{empty, none, some};
use crate::model::{Date, Extensions, Id, Text, Title};

crate::model::declare::object_type! {
    /// A dated activity (aktivitet) on an arena that carries positions, e.g. the
    /// city's part in Almedalsveckan.
    #[non_exhaustive]
    pub struct Activity {
        /// Identifier of the activity, unique among activities.
        pub id: Id,
        /// Title of the activity (rubrik).
        pub title: Title,
        /// First day (startdatum).
        pub starts: Date,
        /// Last day (slutdatum); not before `starts`.
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub ends: Option<Date>,
        /// The arena the activity takes place on (arena), by id.
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub arena: Option<Id>,
        /// Positions the activity carries (ståndpunkter), by id.
        #[serde(default, skip_serializing_if = "empty")]
        pub positions: Vec<Id>,
        /// Longer description (beskrivning).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub description: Option<Text>,
        /// Local additions that the standard does not define (lokala tillägg).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub extensions: Option<Extensions>,
    }
}

impl Activity {
    /// An Activity with its required members (`id`, `title`, `starts`); the
    /// others are empty, to be set with the `with_*` methods.
    ///
    /// ```
    /// use omvarld::{Activity, Title};
    /// let almedalen = Activity::new("almedalen-2026".parse()?, Title::new("Almedalsveckan 2026")?, "2026-06-21".parse()?)
    ///     .with_ends("2026-06-25".parse()?)
    ///     .with_arena("almedalsveckan".parse()?)
    ///     .with_positions(["fler-bostader".parse()?]);
    /// let json = serde_json::to_value(&almedalen)?;
    /// assert_eq!(json["ends"], "2026-06-25");
    /// assert_eq!(json["positions"], serde_json::json!(["fler-bostader"]));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(id: Id, title: Title, starts: Date) -> Self {
        Self {
            id,
            title,
            starts,
            ends: Default::default(),
            arena: Default::default(),
            positions: Default::default(),
            description: Default::default(),
            extensions: Default::default(),
        }
    }
}

crate::model::declare::with_members!(Activity {
    with_ends(ends): Option<Date>,
    with_arena(arena): Option<Id>,
    with_positions(positions): Vec<Id>,
    with_description(description): Option<Text>,
    with_extensions(extensions): Option<Extensions>,
});
