//! [`Shift`]: the position shift a position seeks (standard 1.1).

use crate::model::serde_helpers::{none, some};
use crate::model::{Extensions, Text};

crate::model::declare::object_type! {
    /// The shift a position seeks (positionsförflyttning): today's state and the
    /// state sought. Standard 1.1.
    #[non_exhaustive]
    pub struct Shift {
        /// Today's state (från: läget i dag).
        pub from: Text,
        /// The state sought (till: läget som eftersträvas).
        pub to: Text,
        /// Local additions that the standard does not define (lokala tillägg).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub extensions: Option<Extensions>,
    }
}

impl Shift {
    /// A Shift from `from` to `to`; `extensions` is set with
    /// [`with_extensions`](Self::with_extensions).
    ///
    /// ```
    /// use omvarld::model::Shift;
    /// use omvarld::Text;
    /// let shift = Shift::new(Text::new("Staten finansierar inte")?, Text::new("Staten medfinansierar")?);
    /// assert_eq!(shift.to.sv(), "Staten medfinansierar");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(from: Text, to: Text) -> Self {
        Self {
            from,
            to,
            extensions: Default::default(),
        }
    }
}

crate::model::declare::with_members!(Shift {
    with_extensions(extensions): Option<Extensions>,
});
