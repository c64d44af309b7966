//! The actor registry: details, renames, aliases, kind, merge and split. Every change is one
//! transaction logged in `edit_log` with what it moved, so that it can be undone exactly; merges
//! keep the merged actor's row (`merged_into`) and drop nothing learnt from articles.

use marsad_domain::{
    ActorDetail, ActorKind, ActorRef, AliasView, Id, Language, RecognitionView, RoleView, Script,
    SplitSelection,
};
use serde_json::{json, Value};
use sqlx::{Sqlite, Transaction};

use crate::articles::insert_alias;
use crate::rows::{parse_enum, to_u32};
use crate::{Error, Result, Store};

/// Tables whose actor column a merge or split moves: (table, id column, actor column).
const MOVABLE: &[(&str, &str, &str)] = &[
    ("mentions", "id", "actor_id"),
    ("statements", "id", "speaker_id"),
    ("figures", "id", "source_id"),
    ("actor_roles", "id", "actor_id"),
];

/// Link tables with a (row, actor) key, where a move may meet a row that is already there.
const LINKS: &[(&str, &str, &str)] = &[
    ("statement_targets", "statement_id", "actor_id"),
    ("figure_subjects", "figure_id", "actor_id"),
];

fn ids(v: &Value, key: &str) -> Vec<Id> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default()
}

async fn select_ids(tx: &mut Transaction<'_, Sqlite>, sql: &str, actor: Id) -> Result<Vec<Id>> {
    let rows: Vec<(Id,)> = sqlx::query_as(sql).bind(actor).fetch_all(&mut **tx).await?;
    Ok(rows.into_iter().map(|r| r.0).collect())
}

async fn set_actor(
    tx: &mut Transaction<'_, Sqlite>,
    table: &str,
    id_col: &str,
    col: &str,
    rows: &[Id],
    to: Id,
) -> Result<()> {
    for chunk in rows.chunks(500) {
        let placeholders = vec!["?"; chunk.len()].join(", ");
        let sql = format!("UPDATE {table} SET {col} = ? WHERE {id_col} IN ({placeholders})");
        let mut q = sqlx::query(&sql).bind(to);
        for id in chunk {
            q = q.bind(id);
        }
        q.execute(&mut **tx).await?;
    }
    Ok(())
}

async fn log(
    tx: &mut Transaction<'_, Sqlite>,
    now: &str,
    action: &str,
    actor: Id,
    before: Value,
    after: Value,
) -> Result<()> {
    crate::review::log_edit(tx, now, action, "actor", Some(actor), before, after).await
}

/// The actor exists (`unmerged`: and has not been merged into another).
async fn actor_exists<'e>(
    executor: impl sqlx::Executor<'e, Database = Sqlite>,
    id: Id,
    unmerged: bool,
) -> Result<()> {
    let row: Option<(Id,)> =
        sqlx::query_as("SELECT id FROM actors WHERE id = ? AND (NOT ? OR merged_into IS NULL)")
            .bind(id)
            .bind(unmerged)
            .fetch_optional(executor)
            .await?;
    row.map(|_| ()).ok_or(Error::NotFound { what: "actor", id })
}

async fn exists(tx: &mut Transaction<'_, Sqlite>, id: Id) -> Result<()> {
    actor_exists(&mut **tx, id, true).await
}

/// A matching key the application computes and stores beside the text it derives from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MatchingKey {
    /// `actor_aliases.spelling`, from the folded name (`normalized`).
    Spelling,
    /// `actor_roles.role_key`, from the role as written.
    Role,
}

impl MatchingKey {
    /// (table, column it derives from, key column): fixed names, never input.
    fn columns(self) -> (&'static str, &'static str, &'static str) {
        match self {
            MatchingKey::Spelling => ("actor_aliases", "normalized", "spelling"),
            MatchingKey::Role => ("actor_roles", "role", "role_key"),
        }
    }
}

/// An actor the analyst defines before (or regardless of) articles: a watchlist entry.
#[derive(Debug, Clone)]
pub struct ActorDefinition {
    pub kind: ActorKind,
    pub name: String,
    pub name_ar: Option<String>,
    pub name_en: Option<String>,
    /// Every name (display names included) with its folded form and spelling key.
    pub names: Vec<(String, String, String)>,
    pub role: Option<String>,
    /// The role folded for matching.
    pub role_key: Option<String>,
    pub note: Option<String>,
}

/// id, name, spelling key, script, language, origin.
type AliasRow = (Id, String, Option<String>, String, Option<String>, String);

type SuggestionRow = (
    Id,
    Id,
    String,
    Id,
    String,
    String,
    f64,
    Option<Id>,
    Option<String>,
);

impl Store {
    /// Rows stored without `key` (before migration 0007): id and the text it derives from.
    pub async fn rows_without_key(
        &self,
        key: MatchingKey,
        limit: u32,
    ) -> Result<Vec<(Id, String)>> {
        let (table, source, column) = key.columns();
        Ok(sqlx::query_as(&format!(
            "SELECT id, {source} FROM {table} WHERE {column} IS NULL ORDER BY id LIMIT ?"
        ))
        .bind(limit)
        .fetch_all(&self.pool)
        .await?)
    }

    /// Stores `key` for the rows given (id, key).
    pub async fn set_keys(&self, key: MatchingKey, keys: &[(Id, String)]) -> Result<()> {
        let (table, _, column) = key.columns();
        let sql = format!("UPDATE {table} SET {column} = ? WHERE id = ?");
        let mut tx = self.write_transaction().await?;
        for (id, value) in keys {
            sqlx::query(&sql)
                .bind(value)
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// Open suggestions (doubtful matches), most confident first; those whose actors have since
    /// been merged are left out.
    pub async fn actor_suggestions(&self) -> Result<Vec<marsad_domain::ActorSuggestion>> {
        let rows: Vec<SuggestionRow> = sqlx::query_as(
            "SELECT s.id, a.id, a.name, c.id, c.name, s.evidence, s.confidence, s.article_id, ar.title
             FROM actor_suggestions s
             JOIN actors a ON a.id = s.actor_id JOIN actors c ON c.id = s.candidate_id
             LEFT JOIN articles ar ON ar.id = s.article_id
             WHERE s.state = 'open' AND a.merged_into IS NULL AND c.merged_into IS NULL
             ORDER BY s.confidence DESC, s.id",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(id, aid, aname, cid, cname, evidence, confidence, article_id, article_title)| {
                    marsad_domain::ActorSuggestion {
                        id,
                        actor: ActorRef {
                            id: aid,
                            name: aname,
                        },
                        candidate: ActorRef {
                            id: cid,
                            name: cname,
                        },
                        evidence,
                        confidence,
                        article_id,
                        article_title,
                    }
                },
            )
            .collect())
    }

    /// The actor and candidate of an open suggestion.
    pub async fn suggestion_pair(&self, id: Id) -> Result<(Id, Id)> {
        let row: Option<(Id, Id)> = sqlx::query_as(
            "SELECT actor_id, candidate_id FROM actor_suggestions WHERE id = ? AND state = 'open'",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.ok_or(Error::NotFound {
            what: "open suggestion",
            id,
        })
    }

    /// Marks a suggestion accepted (after the merge) or dismissed.
    pub async fn close_suggestion(&self, id: Id, accepted: bool) -> Result<()> {
        sqlx::query("UPDATE actor_suggestions SET state = ? WHERE id = ?")
            .bind(if accepted { "accepted" } else { "dismissed" })
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Adds a watchlist entry: names it shares with a stored actor of the same kind add to that
    /// actor (missing names and role); otherwise a new actor. One undoable edit. Returns the
    /// actor's id and whether it was created.
    pub async fn define_actor(&self, def: &ActorDefinition, now: &str) -> Result<(Id, bool)> {
        let mut tx = self.write_transaction().await?;
        let existing = if def.names.is_empty() {
            None
        } else {
            let placeholders = vec!["?"; def.names.len()].join(", ");
            let sql = format!(
                "SELECT al.actor_id FROM actor_aliases al JOIN actors ac ON ac.id = al.actor_id
                 WHERE ac.kind = ? AND ac.merged_into IS NULL AND al.normalized IN ({placeholders})
                 GROUP BY al.actor_id ORDER BY COUNT(*) DESC, al.actor_id LIMIT 1"
            );
            let mut q = sqlx::query_as::<_, (Id,)>(&sql).bind(def.kind.as_str());
            for (_, folded, _) in &def.names {
                q = q.bind(folded);
            }
            q.fetch_optional(&mut *tx).await?.map(|r| r.0)
        };
        let created = existing.is_none();
        let id = match existing {
            Some(id) => {
                sqlx::query(
                    "UPDATE actors SET name_ar = COALESCE(name_ar, ?), name_en = COALESCE(name_en, ?) WHERE id = ?",
                )
                .bind(&def.name_ar)
                .bind(&def.name_en)
                .bind(id)
                .execute(&mut *tx)
                .await?;
                id
            }
            None => sqlx::query(
                "INSERT INTO actors (kind, name, name_ar, name_en, note, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            )
            .bind(def.kind.as_str())
            .bind(&def.name)
            .bind(&def.name_ar)
            .bind(&def.name_en)
            .bind(&def.note)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .last_insert_rowid(),
        };
        let mut alias_ids = Vec::new();
        for (text, folded, spelling) in &def.names {
            alias_ids
                .extend(insert_alias(&mut tx, id, text, folded, Some(spelling), "analyst").await?);
        }
        let mut role_id = None;
        if let Some(role) = def.role.as_deref().filter(|r| !r.trim().is_empty()) {
            let done =
                sqlx::query("INSERT INTO actor_roles (actor_id, role, role_key) VALUES (?, ?, ?)")
                    .bind(id)
                    .bind(role.trim())
                    .bind(&def.role_key)
                    .execute(&mut *tx)
                    .await?;
            role_id = Some(done.last_insert_rowid());
        }
        log(
            &mut tx,
            now,
            "actor.define",
            id,
            json!({"created": created}),
            json!({"alias_ids": alias_ids, "role_id": role_id}),
        )
        .await?;
        tx.commit().await?;
        Ok((id, created))
    }

    pub async fn actor_detail(&self, id: Id) -> Result<Option<ActorDetail>> {
        let Some(summary) = self.actor(id).await? else {
            return Ok(None);
        };
        let aliases: Vec<(Id, String, String, Option<String>, String)> = sqlx::query_as(
            "SELECT id, alias, script, language, origin FROM actor_aliases WHERE actor_id = ? ORDER BY script, alias",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let roles: Vec<(String, Option<String>, Option<Id>)> = sqlx::query_as(
            "SELECT role, seen_on, article_id FROM actor_roles WHERE actor_id = ? ORDER BY seen_on, id",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        // Facts stay with the row that learnt them; a merged actor's count as its target's.
        let affiliations: Vec<(Id, String)> = sqlx::query_as(
            "SELECT DISTINCT a.id, a.name FROM actor_affiliations f
             JOIN actors m ON m.id = f.affiliated_with
             JOIN actors a ON a.id = COALESCE(m.merged_into, m.id)
             WHERE (f.actor_id = ?1 OR f.actor_id IN (SELECT id FROM actors WHERE merged_into = ?1))
               AND a.id != ?1
             ORDER BY a.name",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let members: Vec<(Id, String)> = sqlx::query_as(
            "SELECT a.id, a.name FROM actor_affiliations f
             JOIN actors m ON m.id = f.actor_id
             JOIN actors a ON a.id = COALESCE(m.merged_into, m.id)
             WHERE (f.affiliated_with = ?1 OR f.affiliated_with IN (SELECT id FROM actors WHERE merged_into = ?1))
               AND a.id != ?1
             GROUP BY a.id
             ORDER BY (SELECT COUNT(*) FROM statements s WHERE s.speaker_id = a.id) DESC, a.name
             LIMIT 50",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let recognitions: Vec<(Id, String, String, String, f64)> = sqlx::query_as(
            "SELECT r.article_id, ar.title, r.method, r.evidence, r.confidence FROM actor_resolutions r
             JOIN articles ar ON ar.id = r.article_id
             WHERE r.actor_id = ?1 OR r.actor_id IN (SELECT id FROM actors WHERE merged_into = ?1)
             ORDER BY r.confidence, r.article_id DESC LIMIT 200",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let (note,): (Option<String>,) = sqlx::query_as("SELECT note FROM actors WHERE id = ?")
            .bind(id)
            .fetch_one(&self.pool)
            .await?;
        Ok(Some(ActorDetail {
            summary,
            aliases: aliases
                .into_iter()
                .map(|(id, text, script, language, origin)| {
                    Ok(AliasView {
                        id,
                        text,
                        script: parse_enum(&script, Script::parse, "script")?,
                        language: language
                            .map(|l| parse_enum(&l, Language::parse, "language"))
                            .transpose()?,
                        origin,
                    })
                })
                .collect::<Result<_>>()?,
            roles: roles
                .into_iter()
                .map(|(role, seen_on, article_id)| RoleView {
                    role,
                    seen_on,
                    article_id,
                })
                .collect(),
            affiliations: affiliations
                .into_iter()
                .map(|(id, name)| ActorRef { id, name })
                .collect(),
            members: members
                .into_iter()
                .map(|(id, name)| ActorRef { id, name })
                .collect(),
            recognitions: recognitions
                .into_iter()
                .map(
                    |(article_id, article_title, method, evidence, confidence)| RecognitionView {
                        article_id,
                        article_title,
                        method,
                        evidence,
                        confidence,
                    },
                )
                .collect(),
            note,
        }))
    }

    /// Renames an actor (its shown name and, where given, its Arabic and English names).
    pub async fn rename_actor(
        &self,
        id: Id,
        name: Option<&str>,
        name_ar: Option<&str>,
        name_en: Option<&str>,
        now: &str,
    ) -> Result<()> {
        let mut tx = self.write_transaction().await?;
        exists(&mut tx, id).await?;
        let (old, old_ar, old_en): (String, Option<String>, Option<String>) =
            sqlx::query_as("SELECT name, name_ar, name_en FROM actors WHERE id = ?")
                .bind(id)
                .fetch_one(&mut *tx)
                .await?;
        let new = (
            name.map(String::from).unwrap_or(old.clone()),
            name_ar.map(String::from).or(old_ar.clone()),
            name_en.map(String::from).or(old_en.clone()),
        );
        sqlx::query("UPDATE actors SET name = ?, name_ar = ?, name_en = ? WHERE id = ?")
            .bind(&new.0)
            .bind(&new.1)
            .bind(&new.2)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        log(
            &mut tx,
            now,
            "actor.rename",
            id,
            json!({"name": old, "name_ar": old_ar, "name_en": old_en}),
            json!({"name": new.0, "name_ar": new.1, "name_en": new.2}),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn set_actor_kind(&self, id: Id, kind: ActorKind, now: &str) -> Result<()> {
        let mut tx = self.write_transaction().await?;
        exists(&mut tx, id).await?;
        let (old,): (String,) = sqlx::query_as("SELECT kind FROM actors WHERE id = ?")
            .bind(id)
            .fetch_one(&mut *tx)
            .await?;
        sqlx::query("UPDATE actors SET kind = ? WHERE id = ?")
            .bind(kind.as_str())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        log(
            &mut tx,
            now,
            "actor.kind",
            id,
            json!({"kind": old}),
            json!({"kind": kind.as_str()}),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Adds a name (the caller folds it for matching and gives its spelling key).
    pub async fn add_alias(
        &self,
        id: Id,
        text: &str,
        (normalized, spelling): (&str, &str),
        now: &str,
    ) -> Result<()> {
        let mut tx = self.write_transaction().await?;
        exists(&mut tx, id).await?;
        let Some(alias_id) =
            insert_alias(&mut tx, id, text, normalized, Some(spelling), "analyst").await?
        else {
            return Err(Error::Conflict(format!(
                "actor {id} already has the name '{text}'"
            )));
        };
        log(
            &mut tx,
            now,
            "actor.alias_add",
            id,
            json!({}),
            json!({"alias_id": alias_id, "alias": text}),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes a name (matched by its folded form).
    pub async fn remove_alias(&self, id: Id, normalized: &str, now: &str) -> Result<()> {
        let mut tx = self.write_transaction().await?;
        exists(&mut tx, id).await?;
        let row: Option<AliasRow> = sqlx::query_as(
            "SELECT id, alias, spelling, script, language, origin FROM actor_aliases WHERE actor_id = ? AND normalized = ?",
        )
        .bind(id)
        .bind(normalized)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((alias_id, alias, spelling, script, language, origin)) = row else {
            return Err(Error::NotFound {
                what: "name of actor",
                id,
            });
        };
        sqlx::query("DELETE FROM actor_aliases WHERE id = ?")
            .bind(alias_id)
            .execute(&mut *tx)
            .await?;
        let row = json!({"id": alias_id, "alias": alias, "normalized": normalized, "spelling": spelling, "script": script, "language": language, "origin": origin});
        log(
            &mut tx,
            now,
            "actor.alias_remove",
            id,
            json!({"row": row}),
            json!({}),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Merges actor `from` into actor `into`: everything `from` holds moves; `from` stays, marked.
    pub async fn merge_actors(&self, from: Id, into: Id, now: &str) -> Result<()> {
        if from == into {
            return Err(Error::Conflict(
                "an actor cannot be merged into itself".into(),
            ));
        }
        let mut tx = self.write_transaction().await?;
        exists(&mut tx, from).await?;
        exists(&mut tx, into).await?;
        let mut moved = serde_json::Map::new();
        for (table, id_col, col) in MOVABLE {
            let rows = select_ids(
                &mut tx,
                &format!("SELECT {id_col} FROM {table} WHERE {col} = ?"),
                from,
            )
            .await?;
            set_actor(&mut tx, table, id_col, col, &rows, into).await?;
            moved.insert((*table).into(), json!(rows));
        }
        for (table, row_col, col) in LINKS {
            let rows = select_ids(
                &mut tx,
                &format!("SELECT {row_col} FROM {table} WHERE {col} = ?"),
                from,
            )
            .await?;
            let mut dropped = Vec::new();
            let mut kept = Vec::new();
            for r in rows {
                let clash: Option<(i64,)> = sqlx::query_as(&format!(
                    "SELECT 1 FROM {table} WHERE {row_col} = ? AND {col} = ?"
                ))
                .bind(r)
                .bind(into)
                .fetch_optional(&mut *tx)
                .await?;
                if clash.is_some() {
                    sqlx::query(&format!(
                        "DELETE FROM {table} WHERE {row_col} = ? AND {col} = ?"
                    ))
                    .bind(r)
                    .bind(from)
                    .execute(&mut *tx)
                    .await?;
                    dropped.push(r);
                } else {
                    kept.push(r);
                }
            }
            for r in &kept {
                sqlx::query(&format!(
                    "UPDATE {table} SET {col} = ? WHERE {row_col} = ? AND {col} = ?"
                ))
                .bind(into)
                .bind(r)
                .bind(from)
                .execute(&mut *tx)
                .await?;
            }
            moved.insert((*table).into(), json!(kept));
            moved.insert(format!("{table}_dropped"), json!(dropped));
        }
        // Names: move those `into` lacks; keep the clashing rows on `from` (restored by undo as they are).
        let aliases: Vec<(Id, String)> = sqlx::query_as(
            "SELECT id, normalized FROM actor_aliases WHERE actor_id = ? AND normalized NOT IN
             (SELECT normalized FROM actor_aliases WHERE actor_id = ?)",
        )
        .bind(from)
        .bind(into)
        .fetch_all(&mut *tx)
        .await?;
        let alias_ids: Vec<Id> = aliases.iter().map(|a| a.0).collect();
        set_actor(&mut tx, "actor_aliases", "id", "actor_id", &alias_ids, into).await?;
        moved.insert("actor_aliases".into(), json!(alias_ids));
        let (into_ar, into_en): (Option<String>, Option<String>) =
            sqlx::query_as("SELECT name_ar, name_en FROM actors WHERE id = ?")
                .bind(into)
                .fetch_one(&mut *tx)
                .await?;
        sqlx::query(
            "UPDATE actors SET name_ar = COALESCE(name_ar, (SELECT name_ar FROM actors WHERE id = ?)),
                               name_en = COALESCE(name_en, (SELECT name_en FROM actors WHERE id = ?)) WHERE id = ?",
        )
        .bind(from)
        .bind(from)
        .bind(into)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE actors SET merged_into = ? WHERE id = ?")
            .bind(into)
            .bind(from)
            .execute(&mut *tx)
            .await?;
        moved.insert("into".into(), json!(into));
        moved.insert(
            "into_names".into(),
            json!({"name_ar": into_ar, "name_en": into_en}),
        );
        log(
            &mut tx,
            now,
            "actor.merge",
            from,
            Value::Object(moved),
            json!({"merged_into": into}),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Moves the chosen mentions, statements and figures of `from` to a new actor; returns its id.
    pub async fn split_actor(
        &self,
        from: Id,
        selection: &SplitSelection,
        (normalized_name, spelling): &(String, String),
        now: &str,
    ) -> Result<Id> {
        let mut tx = self.write_transaction().await?;
        exists(&mut tx, from).await?;
        let (kind,): (String,) = sqlx::query_as("SELECT kind FROM actors WHERE id = ?")
            .bind(from)
            .fetch_one(&mut *tx)
            .await?;
        let kind = selection
            .kind
            .map(|k| k.as_str().to_string())
            .unwrap_or(kind);
        let script = Script::of(&selection.name);
        let (ar, en) = match script {
            Script::Arabic => (Some(selection.name.clone()), None),
            _ => (None, Some(selection.name.clone())),
        };
        let new_id = sqlx::query(
            "INSERT INTO actors (kind, name, name_ar, name_en, created_at) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(&kind)
        .bind(&selection.name)
        .bind(ar)
        .bind(en)
        .bind(now)
        .execute(&mut *tx)
        .await?
        .last_insert_rowid();
        sqlx::query("INSERT INTO actor_aliases (actor_id, alias, normalized, spelling, script, origin) VALUES (?, ?, ?, ?, ?, 'analyst')")
            .bind(new_id)
            .bind(&selection.name)
            .bind(normalized_name)
            .bind(spelling)
            .bind(script.as_str())
            .execute(&mut *tx)
            .await?;
        let mut moved = serde_json::Map::new();
        for ((table, id_col, col), chosen) in MOVABLE.iter().take(3).zip([
            &selection.mentions,
            &selection.statements,
            &selection.figures,
        ]) {
            let mut rows = Vec::new();
            for id in chosen {
                let owned: Option<(i64,)> = sqlx::query_as(&format!(
                    "SELECT 1 FROM {table} WHERE {id_col} = ? AND {col} = ?"
                ))
                .bind(id)
                .bind(from)
                .fetch_optional(&mut *tx)
                .await?;
                if owned.is_none() {
                    return Err(Error::Conflict(format!(
                        "{table} {id} does not belong to actor {from}"
                    )));
                }
                rows.push(*id);
            }
            set_actor(&mut tx, table, id_col, col, &rows, new_id).await?;
            moved.insert((*table).into(), json!(rows));
        }
        moved.insert("new_actor".into(), json!(new_id));
        log(
            &mut tx,
            now,
            "actor.split",
            from,
            Value::Object(moved),
            json!({"new_actor": new_id}),
        )
        .await?;
        tx.commit().await?;
        Ok(new_id)
    }
}

/// Reverses an actor edit inside the undo transaction.
pub(crate) async fn undo_actor_edit(
    tx: &mut Transaction<'_, Sqlite>,
    action: &str,
    actor: Id,
    before: &Value,
) -> Result<()> {
    match action {
        "actor.define" => {
            for alias in ids(before, "alias_ids") {
                sqlx::query("DELETE FROM actor_aliases WHERE id = ?")
                    .bind(alias)
                    .execute(&mut **tx)
                    .await?;
            }
            if let Some(role) = before.get("role_id").and_then(Value::as_i64) {
                sqlx::query("DELETE FROM actor_roles WHERE id = ?")
                    .bind(role)
                    .execute(&mut **tx)
                    .await?;
            }
            if before["created"].as_bool() == Some(true) {
                let used: (i64,) = sqlx::query_as(
                    "SELECT (SELECT count(*) FROM mentions WHERE actor_id = ?1)
                          + (SELECT count(*) FROM statements WHERE speaker_id = ?1)
                          + (SELECT count(*) FROM figures WHERE source_id = ?1)
                          + (SELECT count(*) FROM statement_targets WHERE actor_id = ?1)
                          + (SELECT count(*) FROM figure_subjects WHERE actor_id = ?1)
                          + (SELECT count(*) FROM actor_affiliations WHERE actor_id = ?1 OR affiliated_with = ?1)
                          + (SELECT count(*) FROM actors WHERE merged_into = ?1)",
                )
                .bind(actor)
                .fetch_one(&mut **tx)
                .await?;
                if used.0 > 0 {
                    return Err(Error::Conflict(format!(
                        "actor {actor} has been found in articles since it was defined; rename, merge or remove its names instead"
                    )));
                }
                sqlx::query("DELETE FROM actor_aliases WHERE actor_id = ?")
                    .bind(actor)
                    .execute(&mut **tx)
                    .await?;
                sqlx::query("DELETE FROM actor_roles WHERE actor_id = ?")
                    .bind(actor)
                    .execute(&mut **tx)
                    .await?;
                sqlx::query("DELETE FROM actors WHERE id = ?")
                    .bind(actor)
                    .execute(&mut **tx)
                    .await?;
            }
        }
        "actor.rename" => {
            sqlx::query("UPDATE actors SET name = ?, name_ar = ?, name_en = ? WHERE id = ?")
                .bind(before["name"].as_str())
                .bind(before["name_ar"].as_str())
                .bind(before["name_en"].as_str())
                .bind(actor)
                .execute(&mut **tx)
                .await?;
        }
        "actor.kind" => {
            sqlx::query("UPDATE actors SET kind = ? WHERE id = ?")
                .bind(before["kind"].as_str())
                .bind(actor)
                .execute(&mut **tx)
                .await?;
        }
        "actor.alias_add" => {
            // the alias id is in `after`; the caller passes it merged into `before`
            if let Some(alias) = before.get("alias_id").and_then(Value::as_i64) {
                sqlx::query("DELETE FROM actor_aliases WHERE id = ?")
                    .bind(alias)
                    .execute(&mut **tx)
                    .await?;
            }
        }
        "actor.alias_remove" => {
            let r = &before["row"];
            sqlx::query("INSERT INTO actor_aliases (id, actor_id, alias, normalized, spelling, script, language, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .bind(r["id"].as_i64())
                .bind(actor)
                .bind(r["alias"].as_str())
                .bind(r["normalized"].as_str())
                .bind(r["spelling"].as_str())
                .bind(r["script"].as_str())
                .bind(r["language"].as_str())
                .bind(r["origin"].as_str())
                .execute(&mut **tx)
                .await?;
        }
        "actor.merge" => {
            for (table, id_col, col) in MOVABLE {
                set_actor(tx, table, id_col, col, &ids(before, table), actor).await?;
            }
            // A suggestion accepted by this merge is open again.
            sqlx::query(
                "UPDATE actor_suggestions SET state = 'open'
                 WHERE state = 'accepted' AND actor_id = ? AND candidate_id = ?",
            )
            .bind(actor)
            .bind(before["into"].as_i64())
            .execute(&mut **tx)
            .await?;
            set_actor(
                tx,
                "actor_aliases",
                "id",
                "actor_id",
                &ids(before, "actor_aliases"),
                actor,
            )
            .await?;
            let into = before["into"].as_i64().unwrap_or_default();
            for (table, row_col, col) in LINKS {
                for r in ids(before, table) {
                    sqlx::query(&format!(
                        "UPDATE {table} SET {col} = ? WHERE {row_col} = ? AND {col} = ?"
                    ))
                    .bind(actor)
                    .bind(r)
                    .bind(into)
                    .execute(&mut **tx)
                    .await?;
                }
                for r in ids(before, &format!("{table}_dropped")) {
                    sqlx::query(&format!(
                        "INSERT OR IGNORE INTO {table} ({row_col}, {col}) VALUES (?, ?)"
                    ))
                    .bind(r)
                    .bind(actor)
                    .execute(&mut **tx)
                    .await?;
                }
            }
            sqlx::query("UPDATE actors SET name_ar = ?, name_en = ? WHERE id = ?")
                .bind(before["into_names"]["name_ar"].as_str())
                .bind(before["into_names"]["name_en"].as_str())
                .bind(into)
                .execute(&mut **tx)
                .await?;
            sqlx::query("UPDATE actors SET merged_into = NULL WHERE id = ?")
                .bind(actor)
                .execute(&mut **tx)
                .await?;
        }
        "actor.split" => {
            let new_actor = before["new_actor"].as_i64().unwrap_or_default();
            for (table, id_col, col) in MOVABLE.iter().take(3) {
                set_actor(tx, table, id_col, col, &ids(before, table), actor).await?;
            }
            sqlx::query("DELETE FROM actor_aliases WHERE actor_id = ?")
                .bind(new_actor)
                .execute(&mut **tx)
                .await?;
            sqlx::query("DELETE FROM actors WHERE id = ?")
                .bind(new_actor)
                .execute(&mut **tx)
                .await?;
        }
        other => return Err(Error::Corrupt(format!("edit '{other}' cannot be undone"))),
    }
    Ok(())
}

impl Store {
    /// The articles an actor appears in (as mentioned, speaker or source), newest first, with its
    /// counts in each: what a split by article would move.
    pub async fn actor_articles(&self, actor: Id) -> Result<Vec<marsad_domain::ActorArticle>> {
        actor_exists(&self.pool, actor, false).await?;
        let rows: Vec<(Id, String, Option<String>, i64, i64, i64)> = sqlx::query_as(
            "SELECT ar.id, ar.title, ar.published_at,
                (SELECT COUNT(*) FROM mentions m WHERE m.actor_id = ?1 AND m.article_id = ar.id),
                (SELECT COUNT(*) FROM statements s WHERE s.speaker_id = ?1 AND s.article_id = ar.id),
                (SELECT COUNT(*) FROM figures f WHERE f.source_id = ?1 AND f.article_id = ar.id)
             FROM articles ar
             WHERE ar.id IN (SELECT article_id FROM mentions WHERE actor_id = ?1
                             UNION SELECT article_id FROM statements WHERE speaker_id = ?1
                             UNION SELECT article_id FROM figures WHERE source_id = ?1)
             ORDER BY ar.published_at DESC, ar.id DESC",
        )
        .bind(actor)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(article_id, title, published_at, mentions, statements, figures)| {
                    marsad_domain::ActorArticle {
                        article_id,
                        title,
                        published_at,
                        mentions: to_u32(mentions),
                        statements: to_u32(statements),
                        figures: to_u32(figures),
                    }
                },
            )
            .collect())
    }

    /// What merging `from` into `into` would move (nothing is changed).
    pub async fn merge_preview(&self, from: Id, into: Id) -> Result<marsad_domain::MergePreview> {
        if from == into {
            return Err(Error::Conflict(
                "an actor cannot be merged into itself".into(),
            ));
        }
        let summary = |id| async move {
            self.actor(id)
                .await?
                .ok_or(Error::NotFound { what: "actor", id })
        };
        let (from_summary, into_summary) = (summary(from).await?, summary(into).await?);
        let mut counts = Vec::new();
        for (table, _, col) in MOVABLE {
            let (n,): (i64,) =
                sqlx::query_as(&format!("SELECT COUNT(*) FROM {table} WHERE {col} = ?"))
                    .bind(from)
                    .fetch_one(&self.pool)
                    .await?;
            counts.push(to_u32(n));
        }
        let new_names: Vec<(String,)> = sqlx::query_as(
            "SELECT alias FROM actor_aliases WHERE actor_id = ? AND normalized NOT IN
             (SELECT normalized FROM actor_aliases WHERE actor_id = ?) ORDER BY script, alias",
        )
        .bind(from)
        .bind(into)
        .fetch_all(&self.pool)
        .await?;
        Ok(marsad_domain::MergePreview {
            from: from_summary,
            into: into_summary,
            mentions: counts[0],
            statements: counts[1],
            figures: counts[2],
            roles: counts[3],
            new_names: new_names.into_iter().map(|n| n.0).collect(),
        })
    }

    /// The mentions, statements and figures of an actor in some articles (for a split by article).
    pub async fn actor_items_in(
        &self,
        actor: Id,
        articles: &[Id],
    ) -> Result<(Vec<Id>, Vec<Id>, Vec<Id>)> {
        let mut out = (Vec::new(), Vec::new(), Vec::new());
        for article in articles {
            for (sql, into) in [
                (
                    "SELECT id FROM mentions WHERE actor_id = ? AND article_id = ?",
                    &mut out.0,
                ),
                (
                    "SELECT id FROM statements WHERE speaker_id = ? AND article_id = ?",
                    &mut out.1,
                ),
                (
                    "SELECT id FROM figures WHERE source_id = ? AND article_id = ?",
                    &mut out.2,
                ),
            ] {
                let rows: Vec<(Id,)> = sqlx::query_as(sql)
                    .bind(actor)
                    .bind(article)
                    .fetch_all(&self.pool)
                    .await?;
                into.extend(rows.into_iter().map(|r| r.0));
            }
        }
        Ok(out)
    }
}
