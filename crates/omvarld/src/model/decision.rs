//! [`Decision`]: where a position was decided (standard 1.1).

use crate::model::serde_helpers::{none, some};
use crate::model::{Date, Extensions, Id, ReferenceString, Url};

crate::model::declare::object_type! {
    /// Where a position was decided (beslut): the body, the date, and the city's
    /// case number (diarienummer). Standard 1.1.
    #[non_exhaustive]
    pub struct Decision {
        /// The body that decided (beslutande organ), by the id of one of the programme's `bodies`.
        pub body: Id,
        /// Date of the decision (beslutsdatum).
        pub date: Date,
        /// The city's case number (diarienummer), e.g. KS-2026-123.
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub reference: Option<ReferenceString>,
        /// Where the decision can be read (webbadress).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub url: Option<Url>,
        /// Local additions that the standard does not define (lokala tillägg).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub extensions: Option<Extensions>,
    }
}

impl Decision {
    /// A Decision with its required members (`body`, `date`); the others are
    /// empty, to be set with the `with_*` methods.
    ///
    /// ```
    /// use omvarld::model::Decision;
    /// let decision = Decision::new("ks".parse()?, "2026-03-04".parse()?)
    ///     .with_reference("KS-2026-123".parse()?);
    /// assert_eq!(serde_json::to_string(&decision)?, r#"{"body":"ks","date":"2026-03-04","reference":"KS-2026-123"}"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(body: Id, date: Date) -> Self {
        Self {
            body,
            date,
            reference: Default::default(),
            url: Default::default(),
            extensions: Default::default(),
        }
    }
}

crate::model::declare::with_members!(Decision {
    with_reference(reference): Option<ReferenceString>,
    with_url(url): Option<Url>,
    with_extensions(extensions): Option<Extensions>,
});
