//! [`FocusArea`]: a prioritised subject area (fokusområde).

use crate::model::serde_helpers::{none, object, some};
use crate::model::{DirectionGoal, Extensions, FocusAreaNumber, Id, Text, Title};

crate::model::declare::object_type! {
    /// A prioritised subject area (fokusområde), with its direction goal
    /// (inriktningsmål). Malmö has six.
    #[non_exhaustive]
    pub struct FocusArea {
        /// Identifier of the focus area, unique among focus areas.
        pub id: Id,
        /// Number of the focus area (nummer): the areas read 1, 2, …, n in list order.
        pub number: FocusAreaNumber,
        /// Short title of the focus area (rubrik).
        pub title: Title,
        /// The general direction goal attached to the area (inriktningsmål).
        #[serde(deserialize_with = "object")]
        pub direction_goal: DirectionGoal,
        /// Longer description (beskrivning).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub description: Option<Text>,
        /// Local additions that the standard does not define (lokala tillägg).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub extensions: Option<Extensions>,
    }
}

impl FocusArea {
    /// A FocusArea with its required members (`id`, `number`, `title`,
    /// `direction_goal`); the others are empty, to be set with the `with_*`
    /// methods.
    ///
    /// ```
    /// use omvarld::{DirectionGoal, FocusArea, Text, Title};
    /// let area = FocusArea::new(
    ///     "bostader".parse()?,
    ///     1.try_into()?,
    ///     Title::new("Bostäder")?,
    ///     DirectionGoal::new(Text::new("Fler bostäder byggs")?),
    /// )
    /// .with_description(Text::new("Bostadsförsörjning i hela staden.")?);
    /// assert_eq!(serde_json::to_value(&area)?["number"], 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(
        id: Id,
        number: FocusAreaNumber,
        title: Title,
        direction_goal: DirectionGoal,
    ) -> Self {
        Self {
            id,
            number,
            title,
            direction_goal,
            description: Default::default(),
            extensions: Default::default(),
        }
    }
}

crate::model::declare::with_members!(FocusArea {
    with_description(description): Option<Text>,
    with_extensions(extensions): Option<Extensions>,
});
