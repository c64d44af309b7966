//! Analyst edits of statements and figures: review states and corrections, all logged in
//! `edit_log` with the values before and after, so that any of them can be undone (also after a
//! restart). Each edit and each undo is one transaction.

use marsad_domain::{EditEntry, FigureEdit, Id, ItemKind, ItemRef, ReviewState, StatementEdit};
use serde_json::{json, Map, Value};
use sqlx::{Sqlite, Transaction};

use crate::{Error, Result, Store};

/// Columns an edit may change, per table (undo writes only these).
const STATEMENT_COLUMNS: &[&str] = &["review_state", "speaker_id", "stance", "start", "end"];
const FIGURE_COLUMNS: &[&str] = &[
    "review_state",
    "value",
    "value_max",
    "qualifier",
    "unit",
    "source_id",
    "start",
    "end",
];

/// id, at, action, item kind, item id, and two JSON or date columns.
type LogRow = (
    Id,
    String,
    String,
    String,
    Option<Id>,
    Option<String>,
    Option<String>,
);

/// Records one analyst edit with the values before and after it (the only writer of `edit_log`).
pub(crate) async fn log_edit(
    tx: &mut Transaction<'_, Sqlite>,
    now: &str,
    action: &str,
    item_kind: &str,
    item_id: Option<Id>,
    before: Value,
    after: Value,
) -> Result<()> {
    sqlx::query("INSERT INTO edit_log (at, action, item_kind, item_id, before, after) VALUES (?, ?, ?, ?, ?, ?)")
        .bind(now)
        .bind(action)
        .bind(item_kind)
        .bind(item_id)
        .bind(before.to_string())
        .bind(after.to_string())
        .execute(&mut **tx)
        .await?;
    Ok(())
}

fn table(kind: ItemKind) -> (&'static str, &'static [&'static str]) {
    match kind {
        ItemKind::Statement => ("statements", STATEMENT_COLUMNS),
        ItemKind::Figure => ("figures", FIGURE_COLUMNS),
    }
}

fn item_kind(s: &str) -> Option<ItemKind> {
    match s {
        "statement" => Some(ItemKind::Statement),
        "figure" => Some(ItemKind::Figure),
        _ => None,
    }
}

/// The current values of `columns` of an item, as JSON.
async fn current(
    tx: &mut Transaction<'_, Sqlite>,
    item: ItemRef,
    columns: &[&str],
) -> Result<Map<String, Value>> {
    let (table, _) = table(item.kind);
    let list = columns
        .iter()
        .map(|c| format!("json_quote(\"{c}\")"))
        .collect::<Vec<_>>()
        .join(", ");
    let sql = format!("SELECT json_array({list}) FROM {table} WHERE id = ?");
    let row: Option<(String,)> = sqlx::query_as(&sql)
        .bind(item.id)
        .fetch_optional(&mut **tx)
        .await?;
    let (text,) = row.ok_or(Error::NotFound {
        what: item.kind.as_str(),
        id: item.id,
    })?;
    let values: Vec<Value> =
        serde_json::from_str(&text).map_err(|e| Error::Corrupt(e.to_string()))?;
    Ok(columns.iter().map(|c| c.to_string()).zip(values).collect())
}

/// Writes `values` (column → JSON value) to an item; only whitelisted columns.
async fn write(
    tx: &mut Transaction<'_, Sqlite>,
    item: ItemRef,
    values: &Map<String, Value>,
) -> Result<()> {
    let (table, allowed) = table(item.kind);
    for (column, value) in values {
        if !allowed.contains(&column.as_str()) {
            return Err(Error::Corrupt(format!("edit of unknown column {column}")));
        }
        let sql = format!("UPDATE {table} SET \"{column}\" = ? WHERE id = ?");
        let query = sqlx::query(&sql);
        let query = match value {
            Value::Null => query.bind(None::<String>),
            Value::Number(n) if n.is_i64() => query.bind(n.as_i64()),
            Value::Number(n) => query.bind(n.as_f64()),
            Value::String(s) => query.bind(s.clone()),
            other => query.bind(other.to_string()),
        };
        query.bind(item.id).execute(&mut **tx).await?;
    }
    Ok(())
}

impl Store {
    /// Changes an item's columns and logs the change; `action` names it ("review", "edit").
    async fn edit(
        &self,
        item: ItemRef,
        action: &str,
        after: Map<String, Value>,
        now: &str,
    ) -> Result<()> {
        let mut tx = self.write_transaction().await?;
        let columns: Vec<&str> = after.keys().map(String::as_str).collect();
        let before = current(&mut tx, item, &columns).await?;
        if before == after {
            return Ok(());
        }
        write(&mut tx, item, &after).await?;
        let action = format!("{}.{action}", item.kind.as_str());
        let (before, after) = (Value::Object(before), Value::Object(after));
        log_edit(
            &mut tx,
            now,
            &action,
            item.kind.as_str(),
            Some(item.id),
            before,
            after,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn set_review(&self, item: ItemRef, state: ReviewState, now: &str) -> Result<()> {
        let after = Map::from_iter([("review_state".to_string(), json!(state.as_str()))]);
        self.edit(item, "review", after, now).await
    }

    pub async fn edit_statement(&self, id: Id, e: &StatementEdit, now: &str) -> Result<()> {
        let mut after = Map::new();
        if let Some(speaker) = e.speaker_id {
            after.insert("speaker_id".into(), json!(speaker));
        }
        if let Some(stance) = e.stance {
            after.insert("stance".into(), json!(stance.as_str()));
        }
        if let Some(span) = e.span {
            after.insert("start".into(), json!(span.start));
            after.insert("end".into(), json!(span.end));
        }
        if after.is_empty() {
            return Ok(());
        }
        after.insert("review_state".into(), json!(ReviewState::Edited.as_str()));
        self.edit(
            ItemRef {
                kind: ItemKind::Statement,
                id,
            },
            "edit",
            after,
            now,
        )
        .await
    }

    pub async fn edit_figure(&self, id: Id, e: &FigureEdit, now: &str) -> Result<()> {
        let mut after = Map::new();
        if let Some(v) = e.value {
            after.insert("value".into(), json!(v));
        }
        if let Some(v) = e.value_max {
            after.insert("value_max".into(), json!(v));
        }
        if let Some(q) = e.qualifier {
            after.insert("qualifier".into(), json!(q.as_str()));
        }
        if let Some(u) = &e.unit {
            after.insert("unit".into(), json!(u));
        }
        if let Some(s) = e.source_id {
            after.insert("source_id".into(), json!(s));
        }
        if let Some(span) = e.span {
            after.insert("start".into(), json!(span.start));
            after.insert("end".into(), json!(span.end));
        }
        if after.is_empty() {
            return Ok(());
        }
        after.insert("review_state".into(), json!(ReviewState::Edited.as_str()));
        self.edit(
            ItemRef {
                kind: ItemKind::Figure,
                id,
            },
            "edit",
            after,
            now,
        )
        .await
    }

    /// Undoes the most recent edit not yet undone; returns it, or None when there is nothing to undo.
    pub async fn undo(&self, now: &str) -> Result<Option<EditEntry>> {
        let mut tx = self.write_transaction().await?;
        let row: Option<LogRow> = sqlx::query_as(
            "SELECT id, at, action, item_kind, item_id, before, after FROM edit_log WHERE undone_at IS NULL
             ORDER BY id DESC LIMIT 1",
        )
        .fetch_optional(&mut *tx)
        .await?;
        let Some((log_id, at, action, kind, item_id, before, after)) = row else {
            return Ok(None);
        };
        let parse = |v: &Option<String>| -> Result<Map<String, Value>> {
            serde_json::from_str(v.as_deref().unwrap_or("{}"))
                .map_err(|e| Error::Corrupt(e.to_string()))
        };
        let (before_v, after_v) = (
            Value::Object(parse(&before)?),
            Value::Object(parse(&after)?),
        );
        if crate::curation::undo_curation(&mut tx, &action, &before_v, &after_v, now).await? {
            // an addition, a tag or a note
        } else if kind == "actor" {
            let mut state = parse(&before)?;
            state.extend(
                parse(&after)?
                    .into_iter()
                    .filter(|(k, _)| matches!(k.as_str(), "alias_id" | "alias_ids" | "role_id")),
            );
            crate::actors::undo_actor_edit(
                &mut tx,
                &action,
                item_id.unwrap_or_default(),
                &Value::Object(state),
            )
            .await?;
        } else {
            let item = match (item_kind(&kind), item_id) {
                (Some(kind), Some(id)) => ItemRef { kind, id },
                _ => {
                    return Err(Error::Corrupt(format!(
                        "edit {log_id} cannot be undone: unknown item {kind}"
                    )))
                }
            };
            write(&mut tx, item, &parse(&before)?).await?;
        }
        sqlx::query("UPDATE edit_log SET undone_at = ? WHERE id = ?")
            .bind(now)
            .bind(log_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(Some(entry(
            log_id,
            at,
            action,
            kind,
            item_id,
            before_after_summary(&after),
            true,
        )))
    }

    /// The most recent edits, newest first.
    pub async fn edit_log(&self, limit: u32) -> Result<Vec<EditEntry>> {
        let rows: Vec<LogRow> = sqlx::query_as(
            "SELECT id, at, action, item_kind, item_id, after, undone_at FROM edit_log ORDER BY id DESC LIMIT ?",
        )
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, at, action, kind, item_id, after, undone)| {
                entry(
                    id,
                    at,
                    action,
                    kind,
                    item_id,
                    before_after_summary(&after),
                    undone.is_some(),
                )
            })
            .collect())
    }
}

fn before_after_summary(after: &Option<String>) -> String {
    let Some(map) = after
        .as_deref()
        .and_then(|a| serde_json::from_str::<Map<String, Value>>(a).ok())
    else {
        return String::new();
    };
    map.iter()
        .map(|(k, v)| {
            format!(
                "{k} = {}",
                v.as_str()
                    .map(String::from)
                    .unwrap_or_else(|| v.to_string())
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn entry(
    id: Id,
    at: String,
    action: String,
    kind: String,
    item_id: Option<Id>,
    changes: String,
    undone: bool,
) -> EditEntry {
    let summary = format!(
        "{kind} {}: {changes}",
        item_id.map(|i| i.to_string()).unwrap_or_default()
    );
    EditEntry {
        id,
        at,
        action,
        item_kind: kind,
        item_id,
        summary,
        undone,
    }
}
