//! # omvarld-kolada
//!
//! Indicator results (*utfall*) from [Kolada](https://www.kolada.se/), the
//! national database of Swedish municipal key figures, for omvarld
//! programmes: the values of every indicator that has a `kolada_kpi`, for
//! the organisation's `municipality_code`.
//!
//! The crate has two parts:
//!
//! - without features, network-free: [`parse_page`] reads a page of a
//!   Kolada API v3 data response, [`merge`] fills a [`Programme`]'s
//!   results from the total (`T`) values, keeping results Kolada does not
//!   cover and reporting — never overwriting — values that differ, and
//!   [`Summary::render`] says what it did in Swedish or English;
//! - with the `http` feature, [`http::Client`], which asks Kolada with
//!   timeouts, retries and limits.
//!
//! Kolada's terms ask that its data be cited: "Källa: Kolada".
//!
//! ```
//! use omvarld_kolada::{merge, parse_page, KpiValues, Years};
//! let mut programme = omvarld::malmo();
//! let kpi: omvarld::model::KoladaKpi = "N00914".parse()?;
//! programme.focus_areas[0].direction_goal.indicators.push(
//!     omvarld::Indicator::new("sysselsatta".parse()?, omvarld::Title::new("Förvärvsarbetande")?)
//!         .with_kolada_kpi(kpi.clone()),
//! );
//! let code = omvarld_kolada::check(&programme)?;
//! let years: Years = "2023-2024".parse()?;
//! let page = parse_page(br#"{"values": [{"kpi": "N00914", "municipality": "1280", "period": 2024,
//!     "values": [{"gender": "T", "value": 73.4}]}]}"#)?;
//! let mut values = KpiValues::new(kpi);
//! values.add(&page.observations, &code, &years, "https://api.kolada.se/v3/data/kpi/N00914/municipality/1280/year/2023,2024");
//! let summary = merge(&mut programme, &[values], "2026-12-01".parse()?, years);
//! assert_eq!(summary.added(), 1);
//! let result = &programme.focus_areas[0].direction_goal.indicators[0].results[0];
//! assert_eq!(result.value, 73.4);
//! assert_eq!(result.source.as_ref().map(|s| s.name.as_str()), Some("Kolada"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod document;
mod error;
#[cfg(feature = "http")]
pub mod http;
mod merge;
mod response;
mod summary;
#[cfg(feature = "testing")]
#[doc(hidden)]
pub mod testing;
mod years;

pub use document::{check, read, DocumentError};
pub use error::FetchError;
pub use merge::{
    kpis, merge, Conflict, IndicatorSummary, KoladaValue, KpiValues, Summary, SOURCE_NAME,
};
pub use omvarld::Programme;
pub use response::{parse_page, Observation, Page, Problem, ResponseError};
pub use years::{Years, YearsError};
