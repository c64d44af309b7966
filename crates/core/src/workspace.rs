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

/// The folder a workspace file is in (its logs, upgrade backups and restores go there too).
pub fn folder_of(db: &Path) -> &Path {
    db.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
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
        let workspace = Workspace {
            store: Store::open(path).await?,
        };
        workspace.fill_matching_keys().await?;
        tracing::info!(path = %path.display(), "workspace opened");
        Ok(workspace)
    }

    /// Names and roles stored before spelling and role keys existed get them (once, after the
    /// migration that added them; later rows are stored with theirs).
    async fn fill_matching_keys(&self) -> Result<()> {
        use marsad_extract::normalize::{role_key, spelling_key};
        use marsad_store::MatchingKey;
        let derivations = [
            (MatchingKey::Spelling, spelling_key as KeyFn),
            (MatchingKey::Role, role_key as KeyFn),
        ];
        for (key, derive) in derivations {
            loop {
                let rows = self.store.rows_without_key(key, 5000).await?;
                if rows.is_empty() {
                    break;
                }
                let keys: Vec<(i64, String)> = rows
                    .into_iter()
                    .map(|(id, text)| (id, derive(&text)))
                    .collect();
                self.store.set_keys(key, &keys).await?;
            }
        }
        Ok(())
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Counts of what the workspace holds and its size on disk.
    pub async fn stats(&self) -> Result<marsad_store::Stats> {
        Ok(self.store.stats().await?)
    }

    pub async fn info(&self) -> Result<WorkspaceInfo> {
        Ok(WorkspaceInfo {
            db_path: self.store.path().display().to_string(),
            article_count: self.store.article_count().await?,
            outlets: self.store.outlets().await?,
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
                serde_json::json!(crate::archive::ARCHIVE_FORMAT),
            );
            map.insert(
                "version".into(),
                serde_json::json!(crate::archive::ARCHIVE_VERSION),
            );
        }
        Ok(data)
    }

    /// Closes the workspace for good (before its file is replaced): queries in progress finish,
    /// later ones fail.
    pub async fn close(&self) {
        self.store.close().await;
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

impl Workspace {
    /// Writes a consistent copy of the workspace to `target` (a new file).
    pub async fn backup(&self, target: &Path) -> Result<()> {
        self.store.backup_to(target).await?;
        tracing::info!(file = %target.display(), "backup written");
        Ok(())
    }
}

/// Replaces the workspace at `db` with the backup `source`, after checking that the backup opens,
/// is brought up to date and passes `PRAGMA integrity_check`. The workspace it replaces is kept as
/// `NAME.before-restore.sqlite` (an older one of that name is overwritten).
pub async fn restore(source: &Path, db: &Path) -> Result<()> {
    use crate::{Error, ErrorKind};
    if !source.is_file() {
        return Err(Error::not_found(format!(
            "{}: there is no backup file there",
            source.display()
        )));
    }
    let dir = folder_of(db);
    std::fs::create_dir_all(dir)
        .map_err(|e| Error::new(ErrorKind::Io, format!("{}: {e}", dir.display())))?;
    let staged = dir.join(".marsad-restore.sqlite");
    let _ = std::fs::remove_file(&staged);
    std::fs::copy(source, &staged).map_err(|e| {
        Error::new(
            ErrorKind::Io,
            format!("{}: cannot be read: {e}", source.display()),
        )
    })?;
    let checked = async {
        let ws = Workspace::open(&staged).await?;
        let check = ws.integrity_check().await?;
        ws.close().await;
        if check == "ok" {
            Ok(())
        } else {
            Err(Error::invalid(format!(
                "{}: the backup is damaged ({check})",
                source.display()
            )))
        }
    }
    .await;
    if let Err(e) = checked {
        let _ = std::fs::remove_file(&staged);
        return Err(Error::invalid(format!(
            "{} is not a Marsad workspace backup: {e}",
            source.display()
        )));
    }
    if db.exists() {
        let stem = db
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_else(|| "workspace".into());
        let keep = db.with_file_name(format!("{stem}.before-restore.sqlite"));
        std::fs::rename(db, &keep)
            .map_err(|e| Error::new(ErrorKind::Io, format!("{}: {e}", db.display())))?;
    }
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
        let _ = std::fs::remove_file(format!("{}{suffix}", staged.display()));
    }
    std::fs::rename(&staged, db)
        .map_err(|e| Error::new(ErrorKind::Io, format!("{}: {e}", db.display())))?;
    tracing::info!(backup = %source.display(), workspace = %db.display(), "workspace restored");
    Ok(())
}

/// Computes a matching key from the text it derives from.
type KeyFn = fn(&str) -> String;
