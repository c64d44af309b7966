//! Portable archives: the whole workspace as one JSON document (`Workspace::export`: every
//! article with its original text, the actors and their names, statements, figures, review states,
//! tags, notes, the edit log and the reports), and loading one into a new workspace. Rows are read
//! by column name, so a later Marsad reads an archive written by this one: a column added since
//! takes its default. What is derived from the texts (the search index, story signatures) is not
//! in the archive and is rebuilt on loading.

use marsad_domain::Id;
use marsad_extract::search::index_text;
use rayon::prelude::*;
use serde_json::Value;

use crate::{Error, Result, Workspace};

/// What `Workspace::export` writes in `format`.
pub const ARCHIVE_FORMAT: &str = "marsad-workspace-export";
/// The archive layout this version writes; it reads this one and every earlier one.
pub const ARCHIVE_VERSION: u64 = 1;

/// Rows loaded per table, in load order.
pub type ArchiveLoad = Vec<(String, u64)>;

impl Workspace {
    /// Loads an archive into this workspace, which must be new (no articles, no actors); all of
    /// it or nothing. `label` names the archive in messages.
    pub async fn load_archive(&self, label: &str, archive: &Value) -> Result<ArchiveLoad> {
        let tables = archive.as_object().ok_or_else(|| {
            Error::invalid(format!(
                "{label}: is not a Marsad archive (not a JSON object)"
            ))
        })?;
        if tables.get("format").and_then(Value::as_str) != Some(ARCHIVE_FORMAT) {
            return Err(Error::invalid(format!(
                "{label}: is not a Marsad archive (write one with `marsad export`)"
            )));
        }
        let version = tables.get("version").and_then(Value::as_u64).unwrap_or(0);
        if version > ARCHIVE_VERSION {
            return Err(Error::invalid(format!(
                "{label}: was written by a newer Marsad (archive version {version}; this one reads up to {ARCHIVE_VERSION})"
            )));
        }
        let loaded = self
            .store
            .import_tables(tables)
            .await
            .map_err(|e| Error::invalid(format!("{label}: {e}")))?;
        self.rebuild_derived().await?;
        tracing::info!(archive = label, tables = ?loaded, "archive loaded");
        Ok(loaded)
    }

    /// Search terms and story signatures for every article and statement (after loading rows
    /// that came without them).
    async fn rebuild_derived(&self) -> Result<()> {
        const PAGE: u32 = 500;
        let mut after: Id = 0;
        loop {
            let articles = self.store.article_texts(after, PAGE).await?;
            let Some(last) = articles.last().map(|a| a.0) else {
                break;
            };
            after = last;
            let derived: Vec<_> = articles
                .into_par_iter()
                .map(|(id, title, body)| {
                    let terms = format!("{} {}", index_text(&title), index_text(&body));
                    (id, terms, marsad_extract::similarity::signature(&body))
                })
                .collect();
            self.store.add_derived(&derived, &[]).await?;
        }
        let mut after: Id = 0;
        loop {
            let statements = self.store.statement_texts(after, PAGE * 4).await?;
            let Some(last) = statements.last().map(|s| s.0) else {
                break;
            };
            after = last;
            let terms: Vec<(Id, String)> = statements
                .into_par_iter()
                .map(|(id, text)| (id, index_text(&text)))
                .collect();
            self.store.add_derived(&[], &terms).await?;
        }
        Ok(())
    }
}
