//! What the analyst adds: statements and figures the machine missed, tags and notes. Each is one
//! transaction logged in `edit_log`, undone by [`undo_curation`].

use marsad_domain::{
    ExtractedFigure, ExtractedStatement, Id, NewFigure, NewStatement, Note, TagCount, TagTarget,
    TargetKind,
};
use serde_json::{json, Value};
use sqlx::{Sqlite, Transaction};

use crate::articles::{index, insert_figure, insert_statement};
use crate::review::log_edit;
use crate::search::STATEMENT;
use crate::{Error, Result, Store};

async fn article_length(tx: &mut Transaction<'_, Sqlite>, article: Id) -> Result<u32> {
    let row: Option<(i64,)> = sqlx::query_as("SELECT length(body) FROM articles WHERE id = ?")
        .bind(article)
        .fetch_optional(&mut **tx)
        .await?;
    let (n,) = row.ok_or(Error::NotFound {
        what: "article",
        id: article,
    })?;
    Ok(u32::try_from(n).unwrap_or(0))
}

fn check_span(span: marsad_domain::Span, len: u32) -> Result<()> {
    if span.start >= span.end || span.end > len {
        return Err(Error::Conflict(format!(
            "the selection {}–{} is not inside the article",
            span.start, span.end
        )));
    }
    Ok(())
}

impl Store {
    /// Adds a statement the analyst marked; `terms` are its content's search terms.
    pub async fn add_statement(&self, s: &NewStatement, terms: &str, now: &str) -> Result<Id> {
        let mut tx = self.write_transaction().await?;
        check_span(s.span, article_length(&mut tx, s.article_id).await?)?;
        let extracted = ExtractedStatement {
            speaker: None,
            cue: s.cue.clone(),
            cue_span: s.span,
            stance: s.stance,
            content: s.span,
            targets: Vec::new(),
            date: None,
            confidence: 1.0,
            speaker_role: None,
        };
        let id = insert_statement(&mut tx, s.article_id, &extracted, &[]).await?;
        sqlx::query("UPDATE statements SET speaker_id = ?, review_state = 'accepted', origin = 'analyst' WHERE id = ?")
            .bind(s.speaker_id)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        index(&mut tx, id, STATEMENT, terms).await?;
        log_edit(
            &mut tx,
            now,
            "statement.add",
            "statement",
            Some(id),
            json!({}),
            json!({"id": id}),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn add_figure(&self, f: &NewFigure, now: &str) -> Result<Id> {
        let mut tx = self.write_transaction().await?;
        check_span(f.span, article_length(&mut tx, f.article_id).await?)?;
        let extracted = ExtractedFigure {
            value: f.value,
            value_max: f.value_max,
            qualifier: f.qualifier,
            unit: f.unit.clone(),
            source: None,
            about: Vec::new(),
            span: f.span,
            date: None,
            confidence: 1.0,
        };
        let id = insert_figure(&mut tx, f.article_id, &extracted, &[]).await?;
        sqlx::query("UPDATE figures SET source_id = ?, review_state = 'accepted', origin = 'analyst' WHERE id = ?")
            .bind(f.source_id)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        log_edit(
            &mut tx,
            now,
            "figure.add",
            "figure",
            Some(id),
            json!({}),
            json!({"id": id}),
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    pub async fn add_tag(&self, target: TagTarget, name: &str, now: &str) -> Result<()> {
        let name = name.trim();
        if name.is_empty() {
            return Err(Error::Conflict("a tag needs a name".into()));
        }
        let mut tx = self.write_transaction().await?;
        sqlx::query("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING")
            .bind(name)
            .execute(&mut *tx)
            .await?;
        let done = sqlx::query(
            "INSERT INTO taggings (tag_id, item_kind, item_id) SELECT id, ?, ? FROM tags WHERE name = ?
             ON CONFLICT DO NOTHING",
        )
        .bind(target.kind.as_str())
        .bind(target.id)
        .bind(name)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() > 0 {
            let what = json!({"kind": target.kind.as_str(), "id": target.id, "name": name});
            log_edit(&mut tx, now, "tag.add", "tag", None, json!({}), what).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn remove_tag(&self, target: TagTarget, name: &str, now: &str) -> Result<()> {
        let mut tx = self.write_transaction().await?;
        let done = sqlx::query(
            "DELETE FROM taggings WHERE item_kind = ? AND item_id = ? AND tag_id = (SELECT id FROM tags WHERE name = ?)",
        )
        .bind(target.kind.as_str())
        .bind(target.id)
        .bind(name)
        .execute(&mut *tx)
        .await?;
        if done.rows_affected() > 0 {
            let what = json!({"kind": target.kind.as_str(), "id": target.id, "name": name});
            log_edit(&mut tx, now, "tag.remove", "tag", None, what, json!({})).await?;
            forget_unused_tags(&mut tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    pub async fn tags_of(&self, target: TagTarget) -> Result<Vec<String>> {
        let rows: Vec<(String,)> = sqlx::query_as(
            "SELECT t.name FROM taggings g JOIN tags t ON t.id = g.tag_id WHERE g.item_kind = ? AND g.item_id = ? ORDER BY t.name",
        )
        .bind(target.kind.as_str())
        .bind(target.id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|r| r.0).collect())
    }

    pub async fn list_tags(&self) -> Result<Vec<TagCount>> {
        let rows: Vec<(String, i64)> = sqlx::query_as(
            "SELECT t.name, COUNT(g.item_id) FROM tags t LEFT JOIN taggings g ON g.tag_id = t.id GROUP BY t.id
             HAVING COUNT(g.item_id) > 0 ORDER BY t.name",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(name, n)| TagCount {
                name,
                count: u32::try_from(n).unwrap_or(0),
            })
            .collect())
    }

    /// One note per target: saving replaces it; an empty body deletes it.
    pub async fn save_note(&self, target: TagTarget, body: &str, now: &str) -> Result<()> {
        let mut tx = self.write_transaction().await?;
        let old: Option<(Id, String, String)> = sqlx::query_as(
            "SELECT id, body, created_at FROM notes WHERE item_kind = ? AND item_id = ?",
        )
        .bind(target.kind.as_str())
        .bind(target.id)
        .fetch_optional(&mut *tx)
        .await?;
        let before = old
            .as_ref()
            .map(|(_, b, c)| json!({"body": b, "created_at": c}))
            .unwrap_or(json!({}));
        match (&old, body.trim().is_empty()) {
            (Some((id, _, _)), true) => {
                sqlx::query("DELETE FROM notes WHERE id = ?")
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            (Some((id, _, _)), false) => {
                sqlx::query("UPDATE notes SET body = ?, updated_at = ? WHERE id = ?")
                    .bind(body)
                    .bind(now)
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            (None, true) => return Ok(()),
            (None, false) => {
                sqlx::query("INSERT INTO notes (item_kind, item_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")
                    .bind(target.kind.as_str())
                    .bind(target.id)
                    .bind(body)
                    .bind(now)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
            }
        }
        let target_json = json!({"kind": target.kind.as_str(), "id": target.id});
        let mut before = before;
        before["target"] = target_json.clone();
        log_edit(
            &mut tx,
            now,
            "note.save",
            "note",
            None,
            before,
            json!({"target": target_json, "body": body}),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn note_of(&self, target: TagTarget) -> Result<Option<Note>> {
        let row: Option<(Id, String, String, String)> = sqlx::query_as(
            "SELECT id, body, created_at, updated_at FROM notes WHERE item_kind = ? AND item_id = ?",
        )
        .bind(target.kind.as_str())
        .bind(target.id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(id, body, created_at, updated_at)| Note {
            id,
            target,
            body,
            created_at,
            updated_at,
        }))
    }
}

/// A tag that no item carries any more is not kept.
async fn forget_unused_tags(tx: &mut Transaction<'_, Sqlite>) -> Result<()> {
    sqlx::query("DELETE FROM tags WHERE id NOT IN (SELECT tag_id FROM taggings)")
        .execute(&mut **tx)
        .await?;
    Ok(())
}

fn target_of(v: &Value) -> Option<TagTarget> {
    Some(TagTarget {
        kind: TargetKind::parse(v["kind"].as_str()?)?,
        id: v["id"].as_i64()?,
    })
}

/// Reverses an addition, a tag or a note inside the undo transaction; false when `action` is not one.
pub(crate) async fn undo_curation(
    tx: &mut Transaction<'_, Sqlite>,
    action: &str,
    before: &Value,
    after: &Value,
    now: &str,
) -> Result<bool> {
    match action {
        "statement.add" => {
            let id = after["id"].as_i64().unwrap_or_default();
            sqlx::query("DELETE FROM search_index WHERE rowid = ?")
                .bind(id * 4 + STATEMENT)
                .execute(&mut **tx)
                .await?;
            sqlx::query("DELETE FROM statements WHERE id = ?")
                .bind(id)
                .execute(&mut **tx)
                .await?;
        }
        "figure.add" => {
            sqlx::query("DELETE FROM figures WHERE id = ?")
                .bind(after["id"].as_i64())
                .execute(&mut **tx)
                .await?;
        }
        "tag.add" | "tag.remove" => {
            let (what, adding_back) = if action == "tag.add" {
                (after, false)
            } else {
                (before, true)
            };
            let Some(target) = target_of(what) else {
                return Ok(true);
            };
            let name = what["name"].as_str().unwrap_or_default();
            if adding_back {
                sqlx::query("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING")
                    .bind(name)
                    .execute(&mut **tx)
                    .await?;
                sqlx::query("INSERT OR IGNORE INTO taggings (tag_id, item_kind, item_id) SELECT id, ?, ? FROM tags WHERE name = ?")
                    .bind(target.kind.as_str())
                    .bind(target.id)
                    .bind(name)
                    .execute(&mut **tx)
                    .await?;
            } else {
                sqlx::query("DELETE FROM taggings WHERE item_kind = ? AND item_id = ? AND tag_id = (SELECT id FROM tags WHERE name = ?)")
                    .bind(target.kind.as_str())
                    .bind(target.id)
                    .bind(name)
                    .execute(&mut **tx)
                    .await?;
                forget_unused_tags(tx).await?;
            }
        }
        "note.save" => {
            let Some(target) = target_of(&before["target"]) else {
                return Ok(true);
            };
            sqlx::query("DELETE FROM notes WHERE item_kind = ? AND item_id = ?")
                .bind(target.kind.as_str())
                .bind(target.id)
                .execute(&mut **tx)
                .await?;
            if let Some(body) = before["body"].as_str() {
                sqlx::query("INSERT INTO notes (item_kind, item_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")
                    .bind(target.kind.as_str())
                    .bind(target.id)
                    .bind(body)
                    .bind(before["created_at"].as_str().unwrap_or(now))
                    .bind(now)
                    .execute(&mut **tx)
                    .await?;
            }
        }
        _ => return Ok(false),
    }
    Ok(true)
}
