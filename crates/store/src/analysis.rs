//! What the analysis desk reads: actors with their activity, timelines, figures, the overview.

use marsad_domain::{
    ActorKind, ActorQuery, ActorSummary, FigureQuery, FigureRow, Id, Language, Overview, Qualifier,
    ReviewState, Span, TimelineItem, TimelineQuery,
};
use sqlx::sqlite::{SqliteArguments, SqliteRow};
use sqlx::{Arguments, Row};

use crate::articles::to_usize;
use crate::rows::{parse_enum, summary_from_row};
use crate::{Error, Result, Store};

/// A WHERE clause being built, with its arguments in order.
#[derive(Default)]
struct Filter {
    sql: Vec<String>,
    args: Vec<Arg>,
}

enum Arg {
    Int(i64),
    Text(String),
}

impl Filter {
    fn push(&mut self, clause: impl Into<String>, args: impl IntoIterator<Item = Arg>) {
        self.sql.push(clause.into());
        self.args.extend(args);
    }

    fn any_of(&mut self, column: &str, values: Vec<Arg>) {
        if values.is_empty() {
            return;
        }
        let placeholders = vec!["?"; values.len()].join(", ");
        self.push(format!("{column} IN ({placeholders})"), values);
    }

    fn review(&mut self, column: &str, states: &[ReviewState]) {
        if states.is_empty() {
            self.push(format!("{column} != 'rejected'"), []);
        } else {
            self.any_of(
                column,
                states
                    .iter()
                    .map(|s| Arg::Text(s.as_str().into()))
                    .collect(),
            );
        }
    }

    fn clause_with(&self, always: &str) -> String {
        let mut all: Vec<&str> = vec![always];
        all.extend(self.sql.iter().map(String::as_str));
        format!("WHERE {}", all.join(" AND "))
    }

    fn clause(&self) -> String {
        if self.sql.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.sql.join(" AND "))
        }
    }

    fn arguments(&self) -> Result<SqliteArguments<'static>> {
        let mut args = SqliteArguments::default();
        for a in &self.args {
            let r = match a {
                Arg::Int(i) => args.add(*i),
                Arg::Text(t) => args.add(t.clone()),
            };
            r.map_err(|e| Error::Corrupt(e.to_string()))?;
        }
        Ok(args)
    }
}

fn count(row: &SqliteRow, column: &str) -> Result<u32> {
    let n: i64 = row.try_get(column)?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

/// Actors with their activity; counts by correlated subqueries on indexed columns, so that a
/// filtered query touches only the actors it returns.
const ACTOR_COUNTS: &str = "SELECT a.id, a.kind, a.name, a.name_ar, a.name_en,
    (SELECT COUNT(DISTINCT article_id) FROM mentions WHERE actor_id = a.id) AS article_count,
    (SELECT COUNT(*) FROM statements WHERE speaker_id = a.id AND review_state != 'rejected') AS statement_count,
    (SELECT COUNT(*) FROM figures WHERE source_id = a.id AND review_state != 'rejected') AS figure_count
    FROM actors a";

fn actor_from_row(row: &SqliteRow) -> Result<ActorSummary> {
    let kind: String = row.try_get("kind")?;
    Ok(ActorSummary {
        id: row.try_get("id")?,
        kind: parse_enum(&kind, ActorKind::parse, "actor kind")?,
        name: row.try_get("name")?,
        name_ar: row.try_get("name_ar")?,
        name_en: row.try_get("name_en")?,
        article_count: count(row, "article_count")?,
        statement_count: count(row, "statement_count")?,
        figure_count: count(row, "figure_count")?,
    })
}

const TIMELINE_STATEMENTS: &str = "SELECT 'statement' AS kind, s.id, s.article_id, a.title AS article_title, a.outlet,
    a.language, s.speaker_id AS actor_id, ac.name AS actor_name, COALESCE(s.stated_on, a.published_at) AS date,
    s.stated_on IS NULL AS date_is_publication, s.stance, s.cue, substr(a.body, s.start + 1, s.\"end\" - s.start) AS text,
    NULL AS value, NULL AS value_max, NULL AS qualifier, NULL AS unit, s.review_state, s.start, s.\"end\"
    FROM statements s JOIN articles a ON a.id = s.article_id JOIN actors ac ON ac.id = s.speaker_id";

const TIMELINE_FIGURES: &str = "SELECT 'figure' AS kind, f.id, f.article_id, a.title AS article_title, a.outlet,
    a.language, f.source_id AS actor_id, ac.name AS actor_name, COALESCE(f.stated_on, a.published_at) AS date,
    f.stated_on IS NULL AS date_is_publication, NULL AS stance, NULL AS cue,
    substr(a.body, f.start + 1, f.\"end\" - f.start) AS text, f.value, f.value_max, f.qualifier, f.unit,
    f.review_state, f.start, f.\"end\"
    FROM figures f JOIN articles a ON a.id = f.article_id JOIN actors ac ON ac.id = f.source_id";

/// One timeline row (of `TIMELINE_STATEMENTS` or `TIMELINE_FIGURES`) as a JSON array of
/// `TimelineItem`'s fields in their declared order (serde reads a struct from such an array; the
/// stored enum texts are the domain's serde names). An array, not an object: at ~10,000 items the
/// keys alone were a third of the text to build and to parse.
const TIMELINE_ITEM_JSON: &str = "json_array(kind, id, article_id, article_title, outlet, language,
    actor_id, actor_name, date, json(iif(date_is_publication, 'true', 'false')), stance, cue,
    COALESCE(text, ''), value, value_max, qualifier, unit, review_state, json_array(start, \"end\"))";

const FIGURE_ROWS: &str = "SELECT f.id, f.article_id, a.title AS article_title, a.outlet, COALESCE(a.story_id, a.id) AS story_id,
    COALESCE(f.stated_on, a.published_at) AS date, f.value, f.value_max, f.qualifier, f.unit, f.source_id,
    so.name AS source_name, substr(a.body, f.start + 1, f.\"end\" - f.start) AS text, f.review_state, f.start, f.\"end\",
    (SELECT group_concat(x.name, '|') FROM figure_subjects fs JOIN actors x ON x.id = fs.actor_id WHERE fs.figure_id = f.id) AS about
    FROM figures f JOIN articles a ON a.id = f.article_id LEFT JOIN actors so ON so.id = f.source_id";

fn figure_row(row: &SqliteRow) -> Result<FigureRow> {
    let qualifier: String = row.try_get("qualifier")?;
    let review: String = row.try_get("review_state")?;
    let about: Option<String> = row.try_get("about")?;
    let start: i64 = row.try_get("start")?;
    let end: i64 = row.try_get("end")?;
    Ok(FigureRow {
        id: row.try_get("id")?,
        article_id: row.try_get("article_id")?,
        article_title: row.try_get("article_title")?,
        outlet: row.try_get("outlet")?,
        date: row.try_get("date")?,
        value: row.try_get("value")?,
        value_max: row.try_get("value_max")?,
        qualifier: parse_enum(&qualifier, Qualifier::parse, "qualifier")?,
        unit: row.try_get("unit")?,
        source_id: row.try_get("source_id")?,
        source_name: row.try_get("source_name")?,
        about: about
            .map(|a| a.split('|').map(String::from).collect())
            .unwrap_or_default(),
        text: row
            .try_get::<Option<String>, _>("text")?
            .unwrap_or_default(),
        review: parse_enum(&review, ReviewState::parse, "review state")?,
        span: Span::new(to_usize(start), to_usize(end)),
        story_id: row.try_get("story_id")?,
        repeated_in: Vec::new(),
    })
}

impl Store {
    /// Actors with their activity, most active first. `search` is matched against folded names
    /// (the caller folds it).
    pub async fn actors(
        &self,
        query: &ActorQuery,
        folded_search: Option<&str>,
    ) -> Result<Vec<ActorSummary>> {
        let mut f = Filter::default();
        if let Some(kind) = query.kind {
            f.push("a.kind = ?", [Arg::Text(kind.as_str().into())]);
        }
        if let Some(q) = folded_search.filter(|q| !q.is_empty()) {
            let pattern = format!("%{}%", q.replace(['%', '_'], ""));
            f.push(
                "a.id IN (SELECT actor_id FROM actor_aliases WHERE normalized LIKE ?)",
                [Arg::Text(pattern)],
            );
        }
        let limit = query.limit.unwrap_or(500).clamp(1, 100_000);
        // Counting articles (distinct, over all mentions) is the costly count: it is made only for
        // the actors that can be in the list, those that said at least as much as the
        // `limit`-th most active (all of them when fewer have said anything).
        let sql = format!(
            "WITH activity AS MATERIALIZED (
                SELECT a.id,
                    (SELECT COUNT(*) FROM statements WHERE speaker_id = a.id AND review_state != 'rejected')
                    + (SELECT COUNT(*) FROM figures WHERE source_id = a.id AND review_state != 'rejected') AS said
                FROM actors a {}),
             cut AS (SELECT said FROM activity ORDER BY said DESC LIMIT 1 OFFSET {})
             {ACTOR_COUNTS} WHERE a.id IN (SELECT id FROM activity WHERE said >= COALESCE((SELECT said FROM cut), 0))
             ORDER BY statement_count + figure_count DESC, article_count DESC, a.name LIMIT {limit}",
            f.clause_with("a.merged_into IS NULL"),
            limit - 1
        );
        let rows = sqlx::query_with(&sql, f.arguments()?)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(actor_from_row).collect()
    }

    pub async fn actor(&self, id: Id) -> Result<Option<ActorSummary>> {
        let sql = format!("{ACTOR_COUNTS} WHERE a.id = ?");
        let row = sqlx::query(&sql)
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(actor_from_row).transpose()
    }

    /// Ids of actors with exactly this folded name.
    pub async fn actors_named(&self, folded: &str) -> Result<Vec<Id>> {
        let rows: Vec<(Id,)> = sqlx::query_as(
            "SELECT DISTINCT al.actor_id FROM actor_aliases al JOIN actors a ON a.id = al.actor_id
             WHERE al.normalized = ? AND a.merged_into IS NULL ORDER BY al.actor_id",
        )
        .bind(folded)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|r| r.0).collect())
    }

    /// Statements and figures of the chosen actors, oldest first.
    pub async fn timeline(&self, q: &TimelineQuery) -> Result<Vec<TimelineItem>> {
        if q.actor_ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut items = Vec::new();
        for (base, actor_col, state_col, kind) in [
            (
                TIMELINE_STATEMENTS,
                "s.speaker_id",
                "s.review_state",
                "statement",
            ),
            (TIMELINE_FIGURES, "f.source_id", "f.review_state", "figure"),
        ] {
            if kind == "figure" && !q.stances.is_empty() {
                continue;
            }
            let mut f = Filter::default();
            f.any_of(
                actor_col,
                q.actor_ids.iter().map(|i| Arg::Int(*i)).collect(),
            );
            let date = if kind == "statement" {
                "COALESCE(s.stated_on, a.published_at)"
            } else {
                "COALESCE(f.stated_on, a.published_at)"
            };
            if let Some(from) = &q.from {
                f.push(
                    format!("substr({date}, 1, 10) >= ?"),
                    [Arg::Text(from.clone())],
                );
            }
            if let Some(to) = &q.to {
                f.push(
                    format!("substr({date}, 1, 10) <= ?"),
                    [Arg::Text(to.clone())],
                );
            }
            if kind == "statement" {
                f.any_of(
                    "s.stance",
                    q.stances
                        .iter()
                        .map(|s| Arg::Text(s.as_str().into()))
                        .collect(),
                );
            }
            f.any_of(
                "a.outlet",
                q.outlets.iter().map(|o| Arg::Text(o.clone())).collect(),
            );
            f.any_of(
                "a.language",
                q.languages
                    .iter()
                    .map(|l| Arg::Text(l.as_str().into()))
                    .collect(),
            );
            f.review(state_col, &q.review);
            if let Some(tag) = &q.tag {
                let item = if kind == "statement" { "s.id" } else { "f.id" };
                f.push(
                    format!(
                        "EXISTS (SELECT 1 FROM taggings t JOIN tags g ON g.id = t.tag_id WHERE g.name = ?
                         AND ((t.item_kind = '{kind}' AND t.item_id = {item}) OR (t.item_kind = 'article' AND t.item_id = a.id)))"
                    ),
                    [Arg::Text(tag.clone())],
                );
            }
            let sql = format!("{base} {}", f.clause());
            items.extend(self.timeline_items(&sql, f.arguments()?).await?);
        }
        items.sort_by(|a, b| {
            a.date
                .cmp(&b.date)
                .then(a.article_id.cmp(&b.article_id))
                .then(a.span.start.cmp(&b.span.start))
        });
        Ok(items)
    }

    /// The timeline items a query of timeline rows selects, as one JSON array built by SQLite: a
    /// busy actor has ~10,000 items, and handing each row across from SQLite's worker thread
    /// cost about four times the query itself (the JSON keys are `TimelineItem`'s fields).
    async fn timeline_items(
        &self,
        rows_sql: &str,
        arguments: SqliteArguments<'static>,
    ) -> Result<Vec<TimelineItem>> {
        let sql = format!("SELECT json_group_array({TIMELINE_ITEM_JSON}) FROM ({rows_sql})");
        let (json,): (String,) = sqlx::query_as_with(&sql, arguments)
            .fetch_one(&self.pool)
            .await?;
        serde_json::from_str(&json)
            .map_err(|e| Error::Corrupt(format!("a timeline row does not read back: {e}")))
    }

    /// Threat figures, newest first.
    pub async fn figures(&self, q: &FigureQuery) -> Result<Vec<FigureRow>> {
        let mut f = Filter::default();
        if let Some(actor) = q.actor_id {
            f.push(
                "(f.source_id = ? OR EXISTS (SELECT 1 FROM figure_subjects fs WHERE fs.figure_id = f.id AND fs.actor_id = ?))",
                [Arg::Int(actor), Arg::Int(actor)],
            );
        }
        if let Some(unit) = &q.unit {
            f.push("f.unit = ?", [Arg::Text(unit.clone())]);
        }
        if let Some(from) = &q.from {
            f.push(
                "substr(COALESCE(f.stated_on, a.published_at), 1, 10) >= ?",
                [Arg::Text(from.clone())],
            );
        }
        if let Some(to) = &q.to {
            f.push(
                "substr(COALESCE(f.stated_on, a.published_at), 1, 10) <= ?",
                [Arg::Text(to.clone())],
            );
        }
        f.review("f.review_state", &q.review);
        let limit = q.limit.unwrap_or(10_000).min(1_000_000);
        // The figures are chosen first from their dates alone, then read with their text: the
        // text comes from the article body, too costly to read for figures that are not shown.
        let sql = format!(
            "{FIGURE_ROWS} WHERE f.id IN (SELECT f.id FROM figures f JOIN articles a ON a.id = f.article_id {}
                ORDER BY COALESCE(f.stated_on, a.published_at) DESC, f.id DESC LIMIT {limit})
             ORDER BY date DESC, f.id DESC",
            f.clause()
        );
        let rows = sqlx::query_with(&sql, f.arguments()?)
            .fetch_all(&self.pool)
            .await?;
        rows.iter().map(figure_row).collect()
    }

    /// The workspace at a glance.
    pub async fn overview(&self) -> Result<Overview> {
        let (articles, actors, statements, figures): (i64, i64, i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM articles), (SELECT COUNT(*) FROM actors),
                    (SELECT COUNT(*) FROM statements) - (SELECT COUNT(*) FROM statements WHERE review_state = 'rejected'),
                    (SELECT COUNT(*) FROM figures) - (SELECT COUNT(*) FROM figures WHERE review_state = 'rejected')",
        )
        .fetch_one(&self.pool)
        .await?;
        let top_actors = self
            .actors(
                &ActorQuery {
                    limit: Some(10),
                    ..ActorQuery::default()
                },
                None,
            )
            .await?;
        // Newest articles first (their date index), then their statements: the other way round
        // reads every statement's article.
        let recent = format!(
            "{TIMELINE_STATEMENTS} WHERE s.id IN (SELECT s.id FROM articles a CROSS JOIN statements s ON s.article_id = a.id
                WHERE s.review_state != 'rejected' AND s.speaker_id IS NOT NULL ORDER BY a.published_at DESC, s.id DESC LIMIT 10)
             ORDER BY a.published_at DESC, s.id DESC"
        );
        let recent_statements = self
            .timeline_items(&recent, SqliteArguments::default())
            .await?;
        let latest_figures = self
            .figures(&FigureQuery {
                limit: Some(10),
                ..FigureQuery::default()
            })
            .await?;
        let waiting = "SELECT a.id, a.title, a.outlet, a.url, a.published_at, a.language, a.imported_at,
            (SELECT COUNT(DISTINCT actor_id) FROM mentions WHERE article_id = a.id) AS actor_count,
            (SELECT COUNT(*) FROM statements WHERE article_id = a.id AND review_state != 'rejected') AS statement_count,
            (SELECT COUNT(*) FROM figures WHERE article_id = a.id AND review_state != 'rejected') AS figure_count
            FROM articles a
            WHERE EXISTS (SELECT 1 FROM statements WHERE article_id = a.id AND review_state = 'pending')
               OR EXISTS (SELECT 1 FROM figures WHERE article_id = a.id AND review_state = 'pending')
            ORDER BY a.id DESC LIMIT 10";
        let awaiting_review = sqlx::query(waiting)
            .fetch_all(&self.pool)
            .await?
            .iter()
            .map(summary_from_row)
            .collect::<Result<_>>()?;
        let n = |v: i64| u32::try_from(v).unwrap_or(u32::MAX);
        Ok(Overview {
            article_count: n(articles),
            actor_count: n(actors),
            statement_count: n(statements),
            figure_count: n(figures),
            top_actors,
            recent_statements,
            latest_figures,
            awaiting_review,
        })
    }

    /// Title, body, language and date of an article (for search snippets).
    pub async fn article_text(
        &self,
        id: Id,
    ) -> Result<Option<(String, String, Language, Option<String>)>> {
        let row: Option<(String, String, String, Option<String>)> =
            sqlx::query_as("SELECT title, body, language, published_at FROM articles WHERE id = ?")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
        row.map(|(t, b, l, d)| Ok((t, b, parse_enum(&l, Language::parse, "language")?, d)))
            .transpose()
    }

    /// A statement's article, content span and speaker name (for search snippets).
    pub async fn statement_place(&self, id: Id) -> Result<Option<(Id, Span, Option<String>)>> {
        let row: Option<(Id, i64, i64, Option<String>)> = sqlx::query_as(
            "SELECT s.article_id, s.start, s.\"end\", ac.name FROM statements s LEFT JOIN actors ac ON ac.id = s.speaker_id WHERE s.id = ?",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(a, s, e, n)| (a, Span::new(to_usize(s), to_usize(e)), n)))
    }
}
