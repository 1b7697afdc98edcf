//! Test and benchmark support (feature `testing`): a seeded generator of
//! large valid documents, and (feature `proptest`) public proptest strategies.
//!
//! ```
//! let programme = omvarld::testing::generate(100, 7);
//! assert_eq!(programme.positions.len(), 100);
//! assert!(programme.validate(&Default::default()).valid());
//! // The same seed gives the same document.
//! assert_eq!(programme, omvarld::testing::generate(100, 7));
//! ```

mod generate;
#[cfg(feature = "proptest")]
pub mod strategies;

pub use generate::{generate, generate_json};
