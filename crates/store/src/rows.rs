//! Turning rows into domain views.

use marsad_domain::{
    ArticleFigure, ArticleStatement, ArticleSummary, CodePoints, Language, Qualifier, ReviewState,
    Span, Stance,
};
use sqlx::sqlite::SqliteRow;
use sqlx::Row;

use crate::articles::to_usize;
use crate::{Error, Result};

/// A SQLite count as a `u32` (saturating).
pub(crate) fn to_u32(n: i64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

pub(crate) fn parse_enum<T>(s: &str, parse: impl Fn(&str) -> Option<T>, what: &str) -> Result<T> {
    parse(s).ok_or_else(|| Error::Corrupt(format!("unknown {what} '{s}'")))
}

fn span(row: &SqliteRow) -> Result<Span> {
    let start: i64 = row.try_get("start")?;
    let end: i64 = row.try_get("end")?;
    Ok(Span::new(to_usize(start), to_usize(end)))
}

fn count(row: &SqliteRow, column: &str) -> Result<u32> {
    let n: i64 = row.try_get(column)?;
    Ok(u32::try_from(n).unwrap_or(u32::MAX))
}

pub(crate) fn summary_from_row(row: &SqliteRow) -> Result<ArticleSummary> {
    let language: String = row.try_get("language")?;
    Ok(ArticleSummary {
        id: row.try_get("id")?,
        title: row.try_get("title")?,
        outlet: row.try_get("outlet")?,
        url: row.try_get("url")?,
        published: row.try_get("published_at")?,
        language: parse_enum(&language, Language::parse, "language")?,
        imported_at: row.try_get("imported_at")?,
        actor_count: count(row, "actor_count")?,
        statement_count: count(row, "statement_count")?,
        figure_count: count(row, "figure_count")?,
    })
}

pub(crate) fn statement_from_row(row: &SqliteRow, body: &CodePoints) -> Result<ArticleStatement> {
    let stance: String = row.try_get("stance")?;
    let review: String = row.try_get("review_state")?;
    let span = span(row)?;
    let confidence: f64 = row.try_get("confidence")?;
    Ok(ArticleStatement {
        id: row.try_get("id")?,
        speaker_id: row.try_get("speaker_id")?,
        speaker_name: row.try_get("speaker_name")?,
        cue: row.try_get("cue")?,
        stance: parse_enum(&stance, Stance::parse, "stance")?,
        span,
        content: body.slice(span).to_string(),
        date: row.try_get("date")?,
        confidence: confidence as f32,
        review: parse_enum(&review, ReviewState::parse, "review state")?,
    })
}

pub(crate) fn figure_from_row(row: &SqliteRow, body: &CodePoints) -> Result<ArticleFigure> {
    let qualifier: String = row.try_get("qualifier")?;
    let review: String = row.try_get("review_state")?;
    let span = span(row)?;
    Ok(ArticleFigure {
        id: row.try_get("id")?,
        value: row.try_get("value")?,
        value_max: row.try_get("value_max")?,
        qualifier: parse_enum(&qualifier, Qualifier::parse, "qualifier")?,
        unit: row.try_get("unit")?,
        source_id: row.try_get("source_id")?,
        source_name: row.try_get("source_name")?,
        span,
        text: body.slice(span).to_string(),
        date: row.try_get("date")?,
        review: parse_enum(&review, ReviewState::parse, "review state")?,
    })
}
