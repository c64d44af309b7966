//! Marsad's SQLite store: the only place with SQL.
//!
//! A workspace is one SQLite file opened in WAL mode with foreign keys on; the migrations in the
//! repository's `migrations/` folder run when it opens. All SQL is parameterised. Writes that belong
//! together run in one transaction, so a crash leaves the last committed state.

mod actors;
mod analysis;
mod articles;
mod curation;
mod error;
mod export;
mod reports;
mod review;
mod rows;
mod search;
mod stats;

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::SqlitePool;

pub use actors::{ActorDefinition, MatchingKey};
pub use articles::{NewActor, NewArticle, NewName, StoredArticle};
pub use error::{Error, Result};
pub use export::EXPORT_TABLES;
pub use reports::{Citation, NewReportRun};
pub use search::IndexHit;
pub use stats::Stats;

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
            .busy_timeout(Duration::from_secs(30))
            // Rows come from SQLite's worker thread through a channel: a larger buffer lets a long
            // result (the figures list: up to 10,000 rows) cross with fewer thread switches.
            .row_buffer_size(1024)
            // A page cache of 32 MiB per connection (the default 2 MiB holds little of a
            // 300,000-article workspace).
            .pragma("cache_size", "-32768");
        let pool = SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .map_err(|e| Error::Open {
                path: path.to_path_buf(),
                reason: e.to_string(),
            })?;
        let store = Store {
            pool,
            path: path.to_path_buf(),
        };
        store.backup_before_upgrade().await?;
        MIGRATOR
            .run(&store.pool)
            .await
            .map_err(|e| Error::Migrate(e.to_string()))?;
        Ok(store)
    }

    /// Before a migration changes a workspace that already holds work, a copy of it is kept
    /// beside it (`NAME.before-vN.sqlite`, N = the schema version it had).
    async fn backup_before_upgrade(&self) -> Result<()> {
        let table: Option<(String,)> = sqlx::query_as(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
        )
        .fetch_optional(&self.pool)
        .await?;
        if table.is_none() {
            return Ok(()); // a new workspace
        }
        let (applied,): (i64,) =
            sqlx::query_as("SELECT COUNT(*) FROM _sqlx_migrations WHERE success")
                .fetch_one(&self.pool)
                .await?;
        let known = i64::try_from(MIGRATOR.iter().count()).unwrap_or(i64::MAX);
        if applied >= known {
            return Ok(());
        }
        let stem = self
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_else(|| "workspace".into());
        let target = self
            .path
            .with_file_name(format!("{stem}.before-v{applied}.sqlite"));
        if target.exists() {
            return Ok(()); // an earlier attempt at this upgrade kept it already
        }
        tracing::info!(from_version = applied, to_version = known, backup = %target.display(), "backing up before an upgrade");
        self.backup_to(&target).await
    }

    /// A consistent copy of the workspace in one file (`VACUUM INTO`), taken while it is in use.
    pub async fn backup_to(&self, target: &Path) -> Result<()> {
        if target.exists() {
            return Err(Error::Conflict(format!(
                "{} exists already; choose another file",
                target.display()
            )));
        }
        sqlx::query("VACUUM INTO ?")
            .bind(target.display().to_string())
            .execute(&self.pool)
            .await
            .map_err(|e| Error::Open {
                path: target.to_path_buf(),
                reason: format!("the backup could not be written: {e}"),
            })?;
        Ok(())
    }

    /// Where the database file is.
    /// A transaction that takes the write lock at once (`BEGIN IMMEDIATE`): a deferred one that
    /// reads first and writes later fails with "database is locked" (SQLITE_BUSY_SNAPSHOT) when
    /// another writer commits in between, and waiting does not help; an immediate one waits its
    /// turn (busy timeout) and then works on the latest state.
    pub(crate) async fn write_transaction(
        &self,
    ) -> std::result::Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error> {
        self.pool.begin_with("BEGIN IMMEDIATE").await
    }

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

    /// Closes the pool, checkpointing the WAL: waits for the queries in progress, then every
    /// later query fails (also where the store is shared: replacing the file under a running app).
    pub async fn close(&self) {
        self.pool.close().await;
    }
}
