//! [`Period`]: the period a programme covers.

use crate::model::serde_helpers::{none, some};
use crate::model::{Date, Extensions};

crate::model::declare::object_type! {
    /// The period a programme covers (programperiod); open-ended when `end` is absent.
    #[non_exhaustive]
    pub struct Period {
        /// First day of the period (startdatum).
        pub start: Date,
        /// Last day of the period (slutdatum); not before `start`.
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub end: Option<Date>,
        /// Local additions that the standard does not define (lokala tillägg).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub extensions: Option<Extensions>,
    }
}

impl Period {
    /// A Period with its required members (`start`); the others are empty, to
    /// be set with the `with_*` methods.
    ///
    /// ```
    /// let period = omvarld::Period::new("2024-01-01".parse()?).with_end("2026-12-31".parse()?);
    /// assert_eq!(serde_json::to_string(&period)?, r#"{"start":"2024-01-01","end":"2026-12-31"}"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(start: Date) -> Self {
        Self {
            start,
            end: Default::default(),
            extensions: Default::default(),
        }
    }
}

crate::model::declare::with_members!(Period {
    with_end(end): Option<Date>,
    with_extensions(extensions): Option<Extensions>,
});

impl Period {
    /// `true` when `date` falls within the period (both ends included).
    ///
    /// ```
    /// use omvarld::{Date, Period};
    /// let mut p = Period::new("2024-01-01".parse()?);
    /// p.end = Some("2026-12-31".parse()?);
    /// assert!(p.contains("2025-06-30".parse()?));
    /// assert!(!p.contains("2027-01-01".parse()?));
    /// # Ok::<(), omvarld::model::InvalidValue>(())
    /// ```
    #[must_use]
    pub fn contains(&self, date: Date) -> bool {
        date >= self.start && self.end.is_none_or(|end| date <= end)
    }
}
