//! The log file: one file a day in the workspace's `logs` folder (`marsad.YYYY-MM-DD.log`), the
//! newest 14 kept. At the default level (info) it holds what diagnoses a failed import or export —
//! which files, what was refused and why, batches that could not be stored, counts and durations,
//! upgrades, backups, every failed command with its code — and never article text: no titles,
//! bodies or quotations; a file is named by its path and an article by its id. `MARSAD_LOG=debug`
//! adds each stored article's id; `MARSAD_LOG=off` writes nothing.

use std::path::Path;

use tracing::level_filters::LevelFilter;
use tracing_appender::rolling::{Builder, Rotation};
use tracing_subscriber::filter::Targets;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

/// How many daily files are kept.
pub const KEPT_FILES: usize = 14;

/// The crates whose events are written (everything else only from warnings up).
const OWN_TARGETS: &[&str] = &[
    "marsad_core",
    "marsad_store",
    "marsad_cli",
    "marsad",
    "marsad_desktop",
];

/// Starts writing the log into `DIR/logs` for the rest of the process. Only the first call in a
/// process takes effect; a folder that cannot be made is reported and nothing is logged.
pub fn start(dir: &Path) -> std::io::Result<()> {
    let level = match std::env::var("MARSAD_LOG").ok().as_deref() {
        Some("off") => return Ok(()),
        Some("debug") => LevelFilter::DEBUG,
        Some("trace") => LevelFilter::TRACE,
        Some("warn") => LevelFilter::WARN,
        _ => LevelFilter::INFO,
    };
    let folder = dir.join("logs");
    std::fs::create_dir_all(&folder)?;
    let file = Builder::new()
        .rotation(Rotation::DAILY)
        .filename_prefix("marsad")
        .filename_suffix("log")
        .max_log_files(KEPT_FILES)
        .build(&folder)
        .map_err(std::io::Error::other)?;
    let targets = OWN_TARGETS
        .iter()
        .fold(Targets::new().with_default(LevelFilter::WARN), |t, name| {
            t.with_target(*name, level)
        });
    let layer = tracing_subscriber::fmt::layer()
        .with_writer(file)
        .with_ansi(false)
        .with_target(true);
    // A second start (tests, a second workspace) keeps the first.
    let _ = tracing_subscriber::registry()
        .with(layer)
        .with(targets)
        .try_init();
    Ok(())
}
