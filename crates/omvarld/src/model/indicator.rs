//! [`Indicator`], [`Measurement`] and [`Direction`]: how a direction goal is followed up.

use serde::Serialize;

use crate::model::serde_helpers::{
    empty, none, number, number_schema, present_objects, some, some_object,
};
use crate::model::{Extensions, Id, IndicatorResult, KoladaKpi, Title, Year};

crate::model::declare::object_type! {
    /// An indicator (indikator) that follows up a direction goal, optionally a
    /// Kolada KPI, with a baseline and a target value.
    #[non_exhaustive]
    pub struct Indicator {
        /// Identifier of the indicator, unique within its direction goal.
        pub id: Id,
        /// Name of the indicator (namn).
        pub name: Title,
        /// Unit of measurement (enhet), e.g. "procent".
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub unit: Option<String>,
        /// Kolada key performance indicator id (nyckeltal), e.g. N00914.
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub kolada_kpi: Option<KoladaKpi>,
        /// Starting value (utgångsvärde).
        #[serde(
            default,
            skip_serializing_if = "none",
            deserialize_with = "some_object"
        )]
        pub baseline: Option<Measurement>,
        /// Target value (målvärde).
        #[serde(
            default,
            skip_serializing_if = "none",
            deserialize_with = "some_object"
        )]
        pub target: Option<Measurement>,
        /// Which way is better (önskad riktning): `increase` or `decrease`. Standard 1.1.
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub direction: Option<Direction>,
        /// Values year by year (utfall), at least one when present. Standard 1.1.
        #[serde(
            default,
            skip_serializing_if = "empty",
            deserialize_with = "present_objects"
        )]
        #[schemars(length(min = 1))]
        pub results: Vec<IndicatorResult>,
        /// Local additions that the standard does not define (lokala tillägg).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub extensions: Option<Extensions>,
    }
}

impl Indicator {
    /// An Indicator with its required members (`id`, `name`); the others are
    /// empty, to be set with the `with_*` methods.
    ///
    /// ```
    /// use omvarld::model::{Direction, Indicator, Measurement, Title};
    /// let indicator = Indicator::new("paborjade".parse()?, Title::new("Påbörjade bostäder")?)
    ///     .with_kolada_kpi("N00914".parse()?)
    ///     .with_unit("antal".to_owned())
    ///     .with_baseline(Measurement::new(2024.try_into()?, 1200.0))
    ///     .with_direction(Direction::Increase);
    /// assert_eq!(serde_json::to_value(&indicator)?["baseline"], serde_json::json!({"year": 2024, "value": 1200.0}));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(id: Id, name: Title) -> Self {
        Self {
            id,
            name,
            unit: Default::default(),
            kolada_kpi: Default::default(),
            baseline: Default::default(),
            target: Default::default(),
            direction: Default::default(),
            results: Default::default(),
            extensions: Default::default(),
        }
    }
}

crate::model::declare::with_members!(Indicator {
    with_unit(unit): Option<String>,
    with_kolada_kpi(kolada_kpi): Option<KoladaKpi>,
    with_baseline(baseline): Option<Measurement>,
    with_target(target): Option<Measurement>,
    with_direction(direction): Option<Direction>,
    with_results(results): Vec<IndicatorResult>,
    with_extensions(extensions): Option<Extensions>,
});

crate::model::declare::object_type! {
    /// A value of an indicator in a year (mätvärde).
    #[non_exhaustive]
    pub struct Measurement {
        /// Year of the value (år), 1900–2100.
        pub year: Year,
        /// The value (värde): a finite number.
        #[serde(deserialize_with = "number")]
        #[schemars(schema_with = "number_schema")]
        pub value: f64,
        /// Local additions that the standard does not define (lokala tillägg).
        #[serde(default, skip_serializing_if = "none", deserialize_with = "some")]
        pub extensions: Option<Extensions>,
    }
}

impl Measurement {
    /// A Measurement with its required members (`year`, `value`); `extensions`
    /// is set with [`with_extensions`](Self::with_extensions).
    ///
    /// ```
    /// use omvarld::Measurement;
    /// let target = Measurement::new(2030.try_into()?, 2000.0);
    /// assert_eq!(serde_json::to_string(&target)?, r#"{"year":2030,"value":2000.0}"#);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    #[must_use]
    pub fn new(year: Year, value: f64) -> Self {
        Self {
            year,
            value,
            extensions: Default::default(),
        }
    }
}

crate::model::declare::with_members!(Measurement {
    with_extensions(extensions): Option<Extensions>,
});

/// Which way an indicator should move (önskad riktning). Standard 1.1.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// Higher is better (ökning).
    Increase,
    /// Lower is better (minskning).
    Decrease,
}

crate::model::labels::labelled_enum!(Direction {
    Increase => "increase", en: "increase", sv: "ökning", also: ["öka", "högre är bättre"];
    Decrease => "decrease", en: "decrease", sv: "minskning", also: ["minska", "lägre är bättre"];
});

// The enum's doc comment is its description in the published schema,
// so the example is on this impl block.
/// Reading and writing the values:
///
/// ```
/// use omvarld::model::Direction;
/// assert_eq!("decrease".parse::<Direction>()?, Direction::Decrease);
/// assert_eq!(serde_json::to_string(&Direction::Increase)?, r#""increase""#);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
impl Direction {}
