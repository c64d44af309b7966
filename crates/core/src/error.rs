//! Errors of the use cases, each with a kind that maps to a stable code for the UI.

use std::fmt;

/// What went wrong, broadly: the UI shows a sentence per kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    NotFound,
    InvalidInput,
    Io,
    Database,
    Internal,
}

impl ErrorKind {
    /// The code the UI receives in `{code, message}`.
    pub fn code(self) -> &'static str {
        match self {
            ErrorKind::NotFound => "not_found",
            ErrorKind::InvalidInput => "invalid_input",
            ErrorKind::Io => "io",
            ErrorKind::Database => "database",
            ErrorKind::Internal => "internal",
        }
    }
}

#[derive(Debug)]
pub struct Error {
    pub kind: ErrorKind,
    pub message: String,
}

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
        }
    }

    pub fn invalid(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::InvalidInput, message)
    }

    pub fn not_found(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::NotFound, message)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<marsad_store::Error> for Error {
    fn from(e: marsad_store::Error) -> Self {
        let kind = match e {
            marsad_store::Error::NotFound { .. } => ErrorKind::NotFound,
            marsad_store::Error::Open { .. } => ErrorKind::Io,
            marsad_store::Error::Conflict(_) => ErrorKind::InvalidInput,
            _ => ErrorKind::Database,
        };
        Error::new(kind, e.to_string())
    }
}

impl From<Error> for marsad_domain::AppError {
    fn from(e: Error) -> Self {
        tracing::warn!(code = e.kind.code(), message = %e.message, "command failed");
        marsad_domain::AppError {
            code: e.kind.code().to_string(),
            message: e.message,
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
