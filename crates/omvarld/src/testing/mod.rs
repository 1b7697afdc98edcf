//! Test and benchmark support (feature `testing`): a seeded generator of
//! large valid documents, and (feature `proptest`) public proptest strategies.
//!
//! ```
//! let programme = omvarld::testing::generate(100, 7);
//! assert_eq!(programme.positions.len(), 100);
//! assert!(programme.validate(&Default::default()).valid());
//! // The same seed gives the same document.
//! assert_eq!(programme, omvarld::testing::generate(100, 7));
//! // The same positions as a 1.0 document, without the members 1.1 added.
//! let old = omvarld::testing::generate_1_0(100, 7);
//! assert_eq!(old.schema_version, omvarld::SchemaVersion::V1_0);
//! assert!(old.validate(&Default::default()).valid());
//! ```

mod generate;
#[cfg(feature = "proptest")]
pub mod strategies;

pub use generate::{generate, generate_1_0, generate_json, generate_json_1_0};
