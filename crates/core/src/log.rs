//! The log file: one file a day in the workspace's `logs` folder (`marsad.YYYY-MM-DD.log`), the
//! newest 14 kept. At the default level (info) it holds what diagnoses a failed import or export —
//! which files, what was refused and why, batches that could not be stored, counts and durations,
//! upgrades, backups, every failed command with its code — and never article text: no titles,
//! bodies or quotations; a file is named by its path and an article by its id. `MARSAD_LOG=debug`
//! adds each stored article's id; `MARSAD_LOG=off` writes nothing. A panic is logged with where it
//! happened.

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
    if tracing_subscriber::registry()
        .with(layer)
        .with(targets)
        .try_init()
        .is_ok()
    {
        log_panics();
    }
    Ok(())
}

/// A panic (a bug: every expected failure is an error with a message) is written to the log with
/// where it happened, then reported as before.
fn log_panics() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let place = info
            .location()
            .map(|l| format!("{}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let what = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| (*s).to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        // Where, always; the message only at debug level: a panic's message can quote the text it
        // failed on (a string slice out of bounds shows the string).
        tracing::error!(%place, "panic");
        tracing::debug!(%place, message = %what, "panic message");
        previous(info);
    }));
}

#[cfg(test)]
mod tests {
    /// The only test of this crate that starts the log (one subscriber per process).
    #[test]
    fn a_panic_is_logged_with_its_place_but_not_its_message() {
        let dir = tempfile::tempdir().expect("temp");
        super::start(dir.path()).expect("start");
        let caught = std::panic::catch_unwind(|| panic!("quoting «an article's sentence»"));
        assert!(caught.is_err());
        let file = std::fs::read_dir(dir.path().join("logs"))
            .expect("logs")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .next()
            .expect("a log file");
        let log = std::fs::read_to_string(file).expect("read");
        assert!(
            log.contains("ERROR") && log.contains("panic") && log.contains("log.rs:"),
            "{log}"
        );
        assert!(!log.contains("an article's sentence"), "{log}");
    }
}
