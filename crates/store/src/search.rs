//! The full-text index (FTS5 over terms folded in Rust).

use marsad_domain::{Id, SearchKind};

use crate::{Result, Store};

pub(crate) const ARTICLE: i64 = 1;
pub(crate) const STATEMENT: i64 = 2;

/// Searches with more matches than this list the newest first rather than the most relevant.
pub const RANKED_AT_MOST: i64 = 5_000;

/// One match of the index: what it is and how well it matched (lower is better).
#[derive(Debug, Clone, PartialEq)]
pub struct IndexHit {
    pub kind: SearchKind,
    pub id: Id,
    pub rank: f64,
}

impl Store {
    /// Runs an FTS5 `MATCH` expression (built by the caller from folded terms, every term quoted)
    /// over articles and statements that are not rejected; returns the best `limit` hits and the
    /// number of all hits.
    pub async fn search_index(
        &self,
        expression: &str,
        kinds: &[SearchKind],
        limit: u32,
    ) -> Result<(Vec<IndexHit>, u32)> {
        let wanted = |k: SearchKind| kinds.is_empty() || kinds.contains(&k);
        let (articles, statements) = (wanted(SearchKind::Article), wanted(SearchKind::Statement));
        if !articles && !statements {
            return Ok((Vec::new(), 0));
        }
        let kind_filter = match (articles, statements) {
            (true, false) => "AND rowid % 4 = 1",
            (false, true) => "AND rowid % 4 = 2",
            _ => "",
        };
        let visible = "NOT (search_index.rowid % 4 = 2 AND EXISTS (SELECT 1 FROM statements s WHERE s.id = search_index.rowid / 4 AND s.review_state = 'rejected'))";
        // With no statement rejected (the partial index says so at once), the index alone counts
        // the matches; otherwise each match is checked (a per-row check of all matches costs
        // more than the rest of the search together, so it is done only when needed).
        let (any_rejected,): (bool,) = sqlx::query_as(
            "SELECT EXISTS (SELECT 1 FROM statements WHERE review_state = 'rejected')",
        )
        .fetch_one(&self.pool)
        .await?;
        let count_sql = if statements && any_rejected {
            format!("SELECT COUNT(*) FROM search_index WHERE search_index MATCH ? {kind_filter} AND {visible}")
        } else {
            format!("SELECT COUNT(*) FROM search_index WHERE search_index MATCH ? {kind_filter}")
        };
        let (total,): (i64,) = sqlx::query_as(&count_sql)
            .bind(expression)
            .fetch_one(&self.pool)
            .await?;
        // Ranking every match by relevance reads each one's length: past RANKED_AT_MOST matches the
        // most recently imported come first instead (the index walks them newest first and stops).
        let order = if total > RANKED_AT_MOST {
            "search_index.rowid DESC"
        } else {
            "bm25(search_index)"
        };
        let sql = format!(
            "SELECT rowid, bm25(search_index) FROM search_index WHERE search_index MATCH ? {kind_filter} AND {visible}
             ORDER BY {order} LIMIT ?"
        );
        let rows: Vec<(i64, f64)> = sqlx::query_as(&sql)
            .bind(expression)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        let hits = rows
            .into_iter()
            .map(|(rowid, rank)| IndexHit {
                kind: if rowid % 4 == ARTICLE {
                    SearchKind::Article
                } else {
                    SearchKind::Statement
                },
                id: rowid / 4,
                rank,
            })
            .collect();
        Ok((hits, u32::try_from(total).unwrap_or(u32::MAX)))
    }

    /// Removes an item from the index and adds it again with new terms.
    pub async fn reindex_statement(&self, id: Id, terms: &str) -> Result<()> {
        let mut tx = self.write_transaction().await?;
        sqlx::query("DELETE FROM search_index WHERE rowid = ?")
            .bind(id * 4 + STATEMENT)
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO search_index (rowid, terms) VALUES (?, ?)")
            .bind(id * 4 + STATEMENT)
            .bind(terms)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }
}
