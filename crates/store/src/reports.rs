//! Briefing reports: saved definitions, the history of reports written, and the article and tag
//! lookups a briefing is assembled from.

use marsad_domain::{Id, Language, ReportDefinition, ReportFormat, ReportRun};

use crate::{Error, Result, Store};

/// An article as a briefing cites it.
#[derive(Debug, Clone)]
pub struct Citation {
    pub article_id: Id,
    pub title: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub language: Language,
    pub body: String,
}

/// A report written to a file, before it is recorded.
#[derive(Debug, Clone)]
pub struct NewReportRun<'a> {
    pub definition: Option<&'a str>,
    pub title: &'a str,
    pub format: ReportFormat,
    pub path: &'a str,
    pub generated_at: &'a str,
    pub statement_count: u32,
    pub figure_count: u32,
    pub source_count: u32,
    pub page_count: Option<u32>,
}

type CitationRow = (
    Id,
    String,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
    String,
);
const RUN_SELECT: &str =
    "SELECT r.id, d.name, r.title, r.format, r.path, r.generated_at, r.statement_count,
    r.figure_count, r.source_count, r.page_count
    FROM report_runs r LEFT JOIN report_definitions d ON d.id = r.definition_id";

type RunRow = (
    Id,
    Option<String>,
    String,
    String,
    String,
    String,
    i64,
    i64,
    i64,
    Option<i64>,
);

impl Store {
    /// Saves a definition under its name, replacing one of the same name.
    pub async fn save_report_definition(&self, def: &ReportDefinition, now: &str) -> Result<()> {
        let json = serde_json::to_string(def).map_err(|e| Error::Corrupt(e.to_string()))?;
        sqlx::query(
            "INSERT INTO report_definitions (name, definition, created_at, updated_at) VALUES (?, ?, ?, ?)
             ON CONFLICT (name) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at",
        )
        .bind(&def.name)
        .bind(json)
        .bind(now)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    pub async fn report_definition(&self, name: &str) -> Result<Option<ReportDefinition>> {
        let row: Option<(String,)> =
            sqlx::query_as("SELECT definition FROM report_definitions WHERE name = ?")
                .bind(name)
                .fetch_optional(&self.pool)
                .await?;
        row.map(|(json,)| parse_definition(&json)).transpose()
    }

    /// Every saved definition, by name.
    pub async fn report_definitions(&self) -> Result<Vec<ReportDefinition>> {
        let rows: Vec<(String,)> =
            sqlx::query_as("SELECT definition FROM report_definitions ORDER BY name")
                .fetch_all(&self.pool)
                .await?;
        rows.iter().map(|(json,)| parse_definition(json)).collect()
    }

    pub async fn delete_report_definition(&self, name: &str) -> Result<bool> {
        let done = sqlx::query("DELETE FROM report_definitions WHERE name = ?")
            .bind(name)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected() > 0)
    }

    pub async fn record_report_run(&self, run: &NewReportRun<'_>) -> Result<Id> {
        let id = sqlx::query(
            "INSERT INTO report_runs (definition_id, title, format, path, generated_at, statement_count, figure_count, source_count, page_count)
             VALUES ((SELECT id FROM report_definitions WHERE name = ?), ?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(run.definition)
        .bind(run.title)
        .bind(run.format.as_str())
        .bind(run.path)
        .bind(run.generated_at)
        .bind(run.statement_count)
        .bind(run.figure_count)
        .bind(run.source_count)
        .bind(run.page_count)
        .execute(&self.pool)
        .await?
        .last_insert_rowid();
        Ok(id)
    }

    /// Reports written, newest first.
    pub async fn report_runs(&self, limit: u32) -> Result<Vec<ReportRun>> {
        let sql = format!("{RUN_SELECT} ORDER BY r.generated_at DESC, r.id DESC LIMIT ?");
        let rows: Vec<RunRow> = sqlx::query_as(&sql)
            .bind(limit)
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter().map(run_from_row).collect()
    }

    /// One report of the history.
    pub async fn report_run(&self, id: Id) -> Result<Option<ReportRun>> {
        let sql = format!("{RUN_SELECT} WHERE r.id = ?");
        let row: Option<RunRow> = sqlx::query_as(&sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.map(run_from_row).transpose()
    }

    /// The articles with these ids, for citing (with their bodies, to find source sentences).
    pub async fn citations(&self, ids: &[Id]) -> Result<Vec<Citation>> {
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            let row: Option<CitationRow> =
                sqlx::query_as(
                    "SELECT id, title, outlet, url, published_at, language, body FROM articles WHERE id = ?",
                )
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
            if let Some((article_id, title, outlet, url, published, language, body)) = row {
                let language = Language::parse(&language)
                    .ok_or_else(|| Error::Corrupt(format!("language {language}")))?;
                out.push(Citation {
                    article_id,
                    title,
                    outlet,
                    url,
                    published,
                    language,
                    body,
                });
            }
        }
        Ok(out)
    }

    /// Who made a statement, if anyone is known.
    pub async fn statement_speaker(&self, id: Id) -> Result<Option<Id>> {
        let row: Option<(Option<Id>,)> =
            sqlx::query_as("SELECT speaker_id FROM statements WHERE id = ?")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.and_then(|(s,)| s))
    }

    /// Actors that speak in, or are the source of, items tagged `tag` (or items in articles
    /// tagged so), busiest first.
    pub async fn actors_with_tag(&self, tag: &str) -> Result<Vec<Id>> {
        let rows: Vec<(Id,)> = sqlx::query_as(
            "WITH tagged AS (
                 SELECT t.item_kind, t.item_id FROM taggings t JOIN tags g ON g.id = t.tag_id WHERE g.name = ?
             ),
             items AS (
                 SELECT s.speaker_id AS actor FROM statements s
                  WHERE s.speaker_id IS NOT NULL AND (s.id IN (SELECT item_id FROM tagged WHERE item_kind = 'statement')
                        OR s.article_id IN (SELECT item_id FROM tagged WHERE item_kind = 'article'))
                 UNION ALL
                 SELECT f.source_id FROM figures f
                  WHERE f.source_id IS NOT NULL AND (f.id IN (SELECT item_id FROM tagged WHERE item_kind = 'figure')
                        OR f.article_id IN (SELECT item_id FROM tagged WHERE item_kind = 'article'))
             )
             SELECT actor FROM items GROUP BY actor ORDER BY count(*) DESC, actor",
        )
        .bind(tag)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }
}

fn parse_definition(json: &str) -> Result<ReportDefinition> {
    serde_json::from_str(json).map_err(|e| Error::Corrupt(format!("report definition: {e}")))
}

fn run_from_row(r: RunRow) -> Result<ReportRun> {
    let (id, definition, title, format, path, generated_at, statements, figures, sources, pages) =
        r;
    Ok(ReportRun {
        id,
        definition,
        title,
        format: ReportFormat::parse(&format)
            .ok_or_else(|| Error::Corrupt(format!("report format {format}")))?,
        path,
        generated_at,
        statement_count: u32::try_from(statements).unwrap_or(0),
        figure_count: u32::try_from(figures).unwrap_or(0),
        source_count: u32::try_from(sources).unwrap_or(0),
        page_count: pages.and_then(|p| u32::try_from(p).ok()),
    })
}
