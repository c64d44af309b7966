use std::path::PathBuf;

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot open the workspace {path}: {reason}")]
    Open { path: PathBuf, reason: String },
    #[error("cannot bring the workspace schema up to date: {0}")]
    Migrate(String),
    #[error("{what} {id} does not exist")]
    NotFound { what: &'static str, id: i64 },
    #[error("{0}")]
    Conflict(String),
    #[error("the workspace holds a value it does not understand: {0}")]
    Corrupt(String),
    #[error("database error: {0}")]
    Sql(#[from] sqlx::Error),
}

pub type Result<T> = std::result::Result<T, Error>;
