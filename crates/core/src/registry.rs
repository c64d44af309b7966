//! The actor registry: details, names, kind, merge and split (each undoable through the edit log).

use std::path::Path;

use marsad_domain::{ActorKind, ActorListReport, Id};
use marsad_extract::fold_key;
use marsad_extract::normalize::{role_key, spelling_key};
use marsad_store::ActorDefinition;
use serde_json::Value;

use crate::{Error, Result, Workspace};

/// A watchlist entry read from a file: its place (for messages) and its fields.
type Entry = (String, serde_json::Map<String, Value>);

/// Names listed in one field: an array, or text separated by `;`, `|` or the Arabic semicolon.
fn names_in(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(Value::as_str)
            .map(str::to_string)
            .collect(),
        Some(Value::String(s)) => s.split([';', '|', '؛']).map(str::to_string).collect(),
        _ => Vec::new(),
    }
    .into_iter()
    .map(|n| n.trim().to_string())
    .filter(|n| !n.is_empty())
    .collect()
}

fn text_field(entry: &serde_json::Map<String, Value>, names: &[&str]) -> Option<String> {
    names.iter().find_map(|n| {
        entry
            .get(*n)
            .and_then(Value::as_str)
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    })
}

/// A watchlist entry as an actor definition, or why it is not one.
fn definition(
    entry: &serde_json::Map<String, Value>,
) -> std::result::Result<ActorDefinition, String> {
    let kind_text = text_field(entry, &["kind", "type"]).unwrap_or_else(|| "person".into());
    let kind = ActorKind::parse(&kind_text.to_lowercase())
        .ok_or_else(|| format!("kind '{kind_text}' is not person, organization or location"))?;
    let name_ar = text_field(entry, &["name_ar", "arabic", "ar"]);
    let name_en = text_field(entry, &["name_en", "english", "en"]);
    let name = text_field(entry, &["name"])
        .or_else(|| name_en.clone())
        .or_else(|| name_ar.clone())
        .ok_or("has no name (name, name_ar or name_en)")?;
    let role = text_field(entry, &["role", "title", "position"]);
    let mut names: Vec<(String, String, String)> = Vec::new();
    let all = [Some(name.clone()), name_ar.clone(), name_en.clone()]
        .into_iter()
        .flatten()
        .chain(names_in(entry.get("aliases")));
    for text in all {
        let (folded, spelling) = name_keys(&text);
        if !folded.is_empty() && !names.iter().any(|(_, f, _)| *f == folded) {
            names.push((text, folded, spelling));
        }
    }
    Ok(ActorDefinition {
        kind,
        name,
        name_ar,
        name_en,
        names,
        role_key: role.as_deref().map(role_key),
        role,
        note: text_field(entry, &["note", "notes"]),
    })
}

/// The entries of a CSV (header row) or JSON (array of objects, or JSON Lines) actor list.
fn read_actor_list(path: &Path) -> Result<Vec<Entry>> {
    let label = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| {
        Error::new(
            crate::ErrorKind::Io,
            format!("{label}: cannot be read: {e}"),
        )
    })?;
    let text = crate::sources::decode_text(&bytes)
        .map_err(|why| Error::invalid(format!("{label}: {why}")))?;
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let mut out = Vec::new();
    match ext.as_str() {
        "csv" | "tsv" => {
            let delimiter = if ext == "tsv" { b'\t' } else { b',' };
            let rows = crate::sources::csv_objects(&label, &text, delimiter)
                .map_err(|why| Error::invalid(format!("{label}: {why}")))?;
            for (place, row) in rows {
                let entry = row.map_err(|why| Error::invalid(format!("{place}: {why}")))?;
                out.push((place, entry));
            }
        }
        "json" | "jsonl" | "ndjson" => {
            let values = crate::sources::json_values(&text)
                .map_err(|why| Error::invalid(format!("{label}: {why}")))?;
            for (i, v) in values.into_iter().enumerate() {
                let place = format!("{label} #{}", i + 1);
                match v {
                    Value::Object(entry) => out.push((place, entry)),
                    _ => out.push((place, serde_json::Map::new())),
                }
            }
        }
        _ => {
            return Err(Error::invalid(format!(
                "{label}: an actor list is a .csv, .tsv, .json or .jsonl file"
            )))
        }
    }
    Ok(out)
}

impl Workspace {
    /// Imports a watchlist: each entry becomes an actor (or adds its names and role to the stored
    /// actor of the same kind that shares a name), so that later articles resolve to it. Each entry
    /// is one undoable edit.
    pub async fn import_actor_list(&self, path: &Path, now: &str) -> Result<ActorListReport> {
        let mut report = ActorListReport::default();
        for (place, entry) in read_actor_list(path)? {
            match definition(&entry) {
                Ok(def) => {
                    let (_, created) = self.store.define_actor(&def, now).await?;
                    if created {
                        report.created += 1;
                    } else {
                        report.updated += 1;
                    }
                }
                Err(why) => report.rejected.push(format!("{place}: {why}")),
            }
        }
        Ok(report)
    }

    pub async fn actor_detail(&self, id: Id) -> Result<marsad_domain::ActorDetail> {
        self.store
            .actor_detail(id)
            .await?
            .ok_or_else(|| Error::not_found(format!("actor {id} does not exist")))
    }

    pub async fn rename_actor(
        &self,
        id: Id,
        name: Option<&str>,
        name_ar: Option<&str>,
        name_en: Option<&str>,
        now: &str,
    ) -> Result<()> {
        Ok(self
            .store
            .rename_actor(id, name, name_ar, name_en, now)
            .await?)
    }

    pub async fn set_actor_kind(
        &self,
        id: Id,
        kind: marsad_domain::ActorKind,
        now: &str,
    ) -> Result<()> {
        Ok(self.store.set_actor_kind(id, kind, now).await?)
    }

    pub async fn add_alias(&self, id: Id, text: &str, now: &str) -> Result<()> {
        let (folded, spelling) = name_keys(text);
        if folded.is_empty() {
            return Err(Error::invalid("a name needs letters"));
        }
        Ok(self
            .store
            .add_alias(id, text.trim(), (&folded, &spelling), now)
            .await?)
    }

    pub async fn remove_alias(&self, id: Id, text: &str, now: &str) -> Result<()> {
        Ok(self.store.remove_alias(id, &fold_key(text), now).await?)
    }

    /// Doubtful matches waiting for the analyst.
    pub async fn actor_suggestions(&self) -> Result<Vec<marsad_domain::ActorSuggestion>> {
        Ok(self.store.actor_suggestions().await?)
    }

    /// Accepts a suggestion: merges the actor into the candidate (an undoable edit).
    pub async fn accept_suggestion(&self, id: Id, now: &str) -> Result<()> {
        let (actor, candidate) = self.store.suggestion_pair(id).await?;
        self.store.merge_actors(actor, candidate, now).await?;
        Ok(self.store.close_suggestion(id, true).await?)
    }

    /// Dismisses a suggestion: the two stay apart and it is not offered again.
    pub async fn dismiss_suggestion(&self, id: Id) -> Result<()> {
        self.store.suggestion_pair(id).await?;
        Ok(self.store.close_suggestion(id, false).await?)
    }

    /// The articles an actor appears in, with its counts in each (what a split would move).
    pub async fn actor_articles(&self, id: Id) -> Result<Vec<marsad_domain::ActorArticle>> {
        Ok(self.store.actor_articles(id).await?)
    }

    /// What a merge of `from` into `into` would move.
    pub async fn merge_preview(&self, from: Id, into: Id) -> Result<marsad_domain::MergePreview> {
        Ok(self.store.merge_preview(from, into).await?)
    }

    pub async fn merge_actors(&self, from: Id, into: Id, now: &str) -> Result<()> {
        Ok(self.store.merge_actors(from, into, now).await?)
    }

    /// Splits an actor: the selection (or everything it has in `articles`) moves to a new actor.
    pub async fn split_actor(
        &self,
        from: Id,
        mut selection: marsad_domain::SplitSelection,
        articles: &[Id],
        now: &str,
    ) -> Result<Id> {
        if selection.name.trim().is_empty() {
            return Err(Error::invalid("the new actor needs a name"));
        }
        let (m, s, f) = self.store.actor_items_in(from, articles).await?;
        selection.mentions.extend(m);
        selection.statements.extend(s);
        selection.figures.extend(f);
        if selection.mentions.is_empty()
            && selection.statements.is_empty()
            && selection.figures.is_empty()
        {
            return Err(Error::invalid(
                "nothing was chosen to move to the new actor",
            ));
        }
        Ok(self
            .store
            .split_actor(from, &selection, &name_keys(&selection.name), now)
            .await?)
    }
}

/// A name's folded form and spelling key, for matching.
pub(crate) fn name_keys(name: &str) -> (String, String) {
    let folded = fold_key(name);
    let spelling = spelling_key(&folded);
    (folded, spelling)
}
