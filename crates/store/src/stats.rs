//! How much the workspace holds, for `marsad stats`.

use crate::{Result, Store};

/// How much the workspace holds.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Stats {
    pub articles: i64,
    pub articles_ar: i64,
    pub articles_en: i64,
    pub actors: i64,
    pub statements: i64,
    pub figures: i64,
    pub rejected_items: i64,
    pub tags: i64,
    pub notes: i64,
    pub edits: i64,
    pub reports_written: i64,
    /// Bytes on disk: the database file and its write-ahead log.
    pub database_bytes: u64,
}

impl Store {
    pub async fn stats(&self) -> Result<Stats> {
        let row: (i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, i64) = sqlx::query_as(
            "SELECT (SELECT count(*) FROM articles),
                    (SELECT count(*) FROM articles WHERE language = 'ar'),
                    (SELECT count(*) FROM articles WHERE language = 'en'),
                    (SELECT count(*) FROM actors WHERE merged_into IS NULL),
                    (SELECT count(*) FROM statements),
                    (SELECT count(*) FROM figures),
                    (SELECT count(*) FROM statements WHERE review_state = 'rejected')
                      + (SELECT count(*) FROM figures WHERE review_state = 'rejected'),
                    (SELECT count(*) FROM tags),
                    (SELECT count(*) FROM notes),
                    (SELECT count(*) FROM edit_log),
                    (SELECT count(*) FROM report_runs)",
        )
        .fetch_one(&self.pool)
        .await?;
        let size = |p: &std::path::Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
        let path = self.path();
        let mut wal = path.as_os_str().to_owned();
        wal.push("-wal");
        Ok(Stats {
            articles: row.0,
            articles_ar: row.1,
            articles_en: row.2,
            actors: row.3,
            statements: row.4,
            figures: row.5,
            rejected_items: row.6,
            tags: row.7,
            notes: row.8,
            edits: row.9,
            reports_written: row.10,
            database_bytes: size(path) + size(std::path::Path::new(&wal)),
        })
    }
}
