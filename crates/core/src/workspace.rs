//! Opening the analyst's workspace.

use std::path::{Path, PathBuf};

use marsad_domain::WorkspaceInfo;
use marsad_store::Store;

use crate::Result;

/// The desktop app's identifier: its data lives in `<data dir>/<IDENTIFIER>`.
pub const APP_IDENTIFIER: &str = "org.marsad.workstation";
/// The workspace database's file name.
pub const DB_FILE: &str = "marsad.sqlite";

/// The desktop app's own database (`$XDG_DATA_HOME/org.marsad.workstation/marsad.sqlite` on Linux),
/// or `$MARSAD_DATA_DIR/marsad.sqlite` when that is set.
pub fn default_db_path() -> PathBuf {
    data_dir().join(DB_FILE)
}

/// The folder of the workspace: `$MARSAD_DATA_DIR`, else the platform's data folder.
pub fn data_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("MARSAD_DATA_DIR").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from("."))
        .join(APP_IDENTIFIER)
}

/// An open workspace.
#[derive(Clone, Debug)]
pub struct Workspace {
    pub(crate) store: Store,
}

impl Workspace {
    pub async fn open(path: &Path) -> Result<Workspace> {
        Ok(Workspace {
            store: Store::open(path).await?,
        })
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub async fn info(&self) -> Result<WorkspaceInfo> {
        Ok(WorkspaceInfo {
            db_path: self.store.path().display().to_string(),
            article_count: self.store.article_count().await?,
        })
    }

    /// Every table as JSON (see `marsad_store::EXPORT_TABLES`); `with_log: false` leaves out the
    /// edit log (to compare the state of the work itself).
    pub async fn export(&self, with_log: bool) -> Result<serde_json::Value> {
        let tables: Vec<&str> = marsad_store::EXPORT_TABLES
            .iter()
            .copied()
            .filter(|t| with_log || *t != "edit_log")
            .collect();
        let mut data = self.store.export_tables(&tables).await?;
        if let Some(map) = data.as_object_mut() {
            map.insert(
                "format".into(),
                serde_json::json!("marsad-workspace-export"),
            );
            map.insert("version".into(), serde_json::json!(1));
        }
        Ok(data)
    }

    /// `PRAGMA integrity_check` of the workspace file.
    pub async fn integrity_check(&self) -> Result<String> {
        Ok(self.store.integrity_check().await?)
    }
}

/// `YYYY-MM-DDTHH:MM:SSZ` for a Unix time (for shells that read the clock and pass time in).
pub fn rfc3339_from_unix(secs: u64) -> String {
    chrono::DateTime::from_timestamp(i64::try_from(secs).unwrap_or(0), 0)
        .unwrap_or_default()
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}
