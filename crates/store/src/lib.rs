//! Marsad's SQLite store: the only place with SQL.
//!
//! A workspace is one SQLite file opened in WAL mode with foreign keys on; the migrations in the
//! repository's `migrations/` folder run when it opens. All SQL is parameterised. Writes that belong
//! together run in one transaction, so a crash leaves the last committed state.

mod actors;
mod analysis;
mod articles;
mod error;
mod export;
mod review;
mod rows;
mod search;

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;

pub use articles::{NewActor, NewArticle, NewFigure, NewName, NewStatement, StoredArticle};
pub use error::{Error, Result};
pub use export::EXPORT_TABLES;
pub use search::IndexHit;

static MIGRATOR: sqlx::migrate::Migrator = sqlx::migrate!("../../migrations");

/// An open workspace database.
#[derive(Clone, Debug)]
pub struct Store {
    pool: SqlitePool,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the workspace at `path` and brings its schema up to date.
    pub async fn open(path: &Path) -> Result<Store> {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::Open {
                path: path.to_path_buf(),
                reason: format!("cannot create folder {}: {e}", dir.display()),
            })?;
        }
        let options = SqliteConnectOptions::from_str("sqlite://")
            .map_err(|e| Error::Open {
                path: path.to_path_buf(),
                reason: e.to_string(),
            })?
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(30));
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .map_err(|e| Error::Open {
                path: path.to_path_buf(),
                reason: e.to_string(),
            })?;
        MIGRATOR
            .run(&pool)
            .await
            .map_err(|e| Error::Migrate(e.to_string()))?;
        Ok(Store {
            pool,
            path: path.to_path_buf(),
        })
    }

    /// Where the database file is.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `PRAGMA integrity_check`: `"ok"` when the file is sound.
    pub async fn integrity_check(&self) -> Result<String> {
        let rows: Vec<(String,)> = sqlx::query_as("PRAGMA integrity_check")
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(|r| r.0).collect::<Vec<_>>().join("; "))
    }

    /// Closes the pool, checkpointing the WAL.
    pub async fn close(self) {
        self.pool.close().await;
    }
}
