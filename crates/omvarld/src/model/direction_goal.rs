//! [`DirectionGoal`]: the direction goal (inriktningsmål) of a focus area.

use crate::model::serde_helpers::{empty, none, objects, some};
use crate::model::{Extensions, Indicator, Text};

crate::model::declare::object_type! {
    /// The general direction goal (inriktningsmål) attached to a focus area, with
    /// the indicators that follow it up.
    #[non_exhaustive]
    pub struct DirectionGoal {
        /// The goal as adopted (målformulering).
        pub statement: Text,
        /// Indicators that follow the goal up (indikatorer); absent means none.
        #[serde(default, skip_serializing_if = "empty", deserialize_with = "objects")]
        pub indicators: Vec<Indicator>,
        /// Local additions that the standard does not define (lokala tillägg).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub extensions: Option<Extensions>,
    }
}

impl DirectionGoal {
    /// A DirectionGoal with its required members (`statement`); the others are
    /// empty, to be set with the `with_*` methods.
    ///
    /// ```
    /// use omvarld::{DirectionGoal, Indicator, Text, Title};
    /// let goal = DirectionGoal::new(Text::new("Fler bostäder byggs")?)
    ///     .with_indicators([Indicator::new("paborjade".parse()?, Title::new("Påbörjade bostäder")?)]);
    /// assert_eq!(goal.indicators.len(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(statement: Text) -> Self {
        Self {
            statement,
            indicators: Default::default(),
            extensions: Default::default(),
        }
    }
}

crate::model::declare::with_members!(DirectionGoal {
    with_indicators(indicators): Vec<Indicator>,
    with_extensions(extensions): Option<Extensions>,
});
