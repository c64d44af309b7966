//! Marsad's use cases, shared by the desktop shell and the command line.
//!
//! The shell converts arguments and calls these; they call the store and the extractor. Time is
//! passed in (`now`), never read here, so every use case is repeatable in tests.

pub mod analysis;
pub mod archive;
pub mod curation;
pub mod destination;
pub mod error;
pub mod ingest;
pub mod log;
pub mod read;
pub mod registry;
pub mod report;
pub mod workspace;

pub use error::{Error, ErrorKind, Result};
pub use ingest::{ImportOptions, ARTICLE_SIZE_LIMIT};
/// Reading articles out of files, and their dates (a crate of its own: no database, fuzzed).
pub use marsad_sources::{self as sources, dates};
pub use report::ReportStage;
pub use workspace::{default_db_path, Workspace};
