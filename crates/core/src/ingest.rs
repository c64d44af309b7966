//! Importing articles: files, folders, archives, pasted text, the sample workspace.
//!
//! Inputs are read (see [`crate::sources`]) and checked; articles go through in batches: hashes are
//! looked up first so that nothing stored is extracted again (an interrupted import resumes where
//! it stopped), extraction runs on all cores, and each batch is written in one transaction. A bad
//! input is reported with the file and the problem and the rest of the batch goes on; nothing
//! stored is touched.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use marsad_domain::{
    Extraction, ImportItem, ImportOutcome, ImportReport, Language, PastedArticle, Script,
};
use marsad_extract::normalize::role_key;
use marsad_extract::search::index_text;
use marsad_extract::{detect_language, extract, fold_key};
use marsad_store::{NewActor, NewArticle, NewName, StoredArticle};
use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::sources::{self, Draft};
use crate::{Error, Result, Workspace};

pub use crate::sources::ARTICLE_SIZE_LIMIT;

/// Articles extracted and written together.
const BATCH: usize = 256;

/// Metadata given on the command line (or by the UI) for every file of an import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub language: Option<Language>,
}

/// Metadata of a folder's `manifest.jsonl` (one object per file: file, source, url, date, title, author).
#[derive(Debug, Clone, Default, serde::Deserialize)]
struct ManifestEntry {
    file: String,
    #[serde(alias = "outlet")]
    source: Option<String>,
    url: Option<String>,
    date: Option<String>,
    author: Option<String>,
}

/// An article on its way in: where it came from and what it says.
struct Pending {
    source: String,
    draft: Draft,
    language: Option<Language>,
    path: Option<String>,
}

impl Workspace {
    /// Imports files, folders (recursively) and archives. `on_item` sees each outcome as it
    /// happens; `cancel`, when set, stops the import after the batch in progress.
    pub async fn import_paths(
        &self,
        paths: &[PathBuf],
        options: &ImportOptions,
        now: &str,
        cancel: Option<&AtomicBool>,
        mut on_item: impl FnMut(&ImportItem),
    ) -> ImportReport {
        let mut report = ImportReport::default();
        let started = std::time::Instant::now();
        tracing::info!(inputs = paths.len(), paths = ?paths, "import started");
        let mut emit = |item: ImportItem, report: &mut ImportReport| {
            log_outcome(&item);
            on_item(&item);
            report.push(item);
        };
        let cancelled = || cancel.is_some_and(|c| c.load(Ordering::Relaxed));
        let mut pending: Vec<Pending> = Vec::new();
        let mut in_flight: Option<Prepared> = None;
        'inputs: for path in paths {
            for expanded in expand(path) {
                let (file, manifest) = match expanded {
                    Ok(found) => found,
                    Err(item) => {
                        emit(item, &mut report);
                        continue;
                    }
                };
                if cancelled() {
                    break 'inputs;
                }
                for (source, read) in sources::read_file(&file) {
                    match read {
                        Err(reason) => emit(rejected(source, reason), &mut report),
                        Ok(draft) => pending.push(Pending {
                            source,
                            draft: with_metadata(draft, manifest.as_ref(), options),
                            language: options.language,
                            path: Some(file.display().to_string()),
                        }),
                    }
                    if pending.len() >= BATCH {
                        // Extract this batch while the previous one is written.
                        let batch = std::mem::take(&mut pending);
                        let write = self.write_prepared(in_flight.take());
                        let (prepared, written) =
                            tokio::join!(self.prepare_batch(batch, now), write);
                        for item in written {
                            emit(item, &mut report);
                        }
                        in_flight = Some(prepared);
                        if cancelled() {
                            break 'inputs;
                        }
                    }
                }
            }
        }
        // What was extracted is written even when cancelled: the work is done and resuming skips it.
        for item in self.write_prepared(in_flight.take()).await {
            emit(item, &mut report);
        }
        if !pending.is_empty() && !cancelled() {
            for item in self.store_batch(pending, now).await {
                emit(item, &mut report);
            }
        }
        report.cancelled = cancelled();
        tracing::info!(
            imported = report.imported,
            duplicates = report.duplicates,
            rejected = report.rejected,
            cancelled = report.cancelled,
            seconds = started.elapsed().as_secs_f64(),
            "import finished"
        );
        report
    }

    /// Imports pasted text.
    pub async fn import_text(&self, pasted: PastedArticle, now: &str) -> Result<ImportItem> {
        let body = pasted.body.trim_end().to_string();
        if body.trim().is_empty() {
            return Err(Error::invalid("the pasted text is empty"));
        }
        let title = match pasted.title.trim() {
            "" => sources::first_line_title(&body),
            t => t.to_string(),
        };
        let draft = Draft {
            title,
            body,
            outlet: non_empty(pasted.outlet),
            url: non_empty(pasted.url),
            author: None,
            published: non_empty(pasted.published),
        };
        let pending = Pending {
            source: "pasted text".into(),
            draft,
            language: pasted.language,
            path: None,
        };
        let mut items = self.store_batch(vec![pending], now).await;
        items
            .pop()
            .ok_or_else(|| Error::new(crate::ErrorKind::Internal, "the import gave no result"))
    }

    /// Hashes, skips what is stored, extracts the rest on all cores, writes them in one transaction.
    async fn store_batch(&self, batch: Vec<Pending>, now: &str) -> Vec<ImportItem> {
        let prepared = self.prepare_batch(batch, now).await;
        self.write_prepared(Some(prepared)).await
    }

    /// Hashes, skips what is stored, and extracts the rest on all cores.
    async fn prepare_batch(&self, batch: Vec<Pending>, now: &str) -> Prepared {
        let hashes: Vec<String> = batch
            .iter()
            .map(|p| content_hash(&p.draft.title, &p.draft.body))
            .collect();
        let stored = match self.store.existing_hashes(&hashes).await {
            Ok(s) => s,
            Err(e) => {
                let items = batch
                    .into_iter()
                    .map(|p| Some(rejected(p.source, format!("could not be stored: {e}"))))
                    .collect();
                return Prepared {
                    items,
                    slots: Vec::new(),
                    records: Vec::new(),
                };
            }
        };
        let mut items: Vec<Option<ImportItem>> = Vec::with_capacity(batch.len());
        let mut fresh: Vec<(usize, Pending, String)> = Vec::new();
        let mut seen: HashSet<String> = HashSet::new();
        for (i, (p, hash)) in batch.into_iter().zip(hashes).enumerate() {
            if let Some(&id) = stored.get(&hash) {
                items.push(Some(ImportItem {
                    source: p.source,
                    outcome: duplicate(id),
                }));
            } else if !seen.insert(hash.clone()) {
                let reason = "appears twice in this import (same text); stored once".to_string();
                items.push(Some(ImportItem {
                    source: p.source,
                    outcome: ImportOutcome::Duplicate {
                        article_id: 0,
                        reason,
                    },
                }));
            } else {
                items.push(None);
                fresh.push((i, p, hash));
            }
        }
        let records = tokio::task::spawn_blocking({
            let now = now.to_string();
            move || {
                fresh
                    .into_par_iter()
                    .map(|(i, p, hash)| (i, prepare(p, hash, &now)))
                    .collect::<Vec<_>>()
            }
        })
        .await
        .unwrap_or_default();
        let (slots, records): (Vec<(usize, String, String)>, Vec<_>) = records
            .into_iter()
            .map(|(i, (source, title, record))| ((i, source, title), record))
            .unzip();
        Prepared {
            items,
            slots,
            records,
        }
    }

    /// Writes an extracted batch in one transaction; the outcome of every item, in input order.
    async fn write_prepared(&self, prepared: Option<Prepared>) -> Vec<ImportItem> {
        let Some(Prepared {
            mut items,
            slots,
            records,
        }) = prepared
        else {
            return Vec::new();
        };
        if records.is_empty() {
            return items.into_iter().flatten().collect();
        }
        match self.store.insert_articles(&records).await {
            Ok(results) => {
                for ((i, source, title), result) in slots.into_iter().zip(results) {
                    let outcome = match result {
                        StoredArticle::Inserted(article_id) => {
                            ImportOutcome::Imported { article_id, title }
                        }
                        StoredArticle::Duplicate(id) => duplicate(id),
                    };
                    items[i] = Some(ImportItem { source, outcome });
                }
            }
            Err(e) => {
                tracing::warn!(error = %e, articles = slots.len(), "a batch could not be stored");
                for (i, source, _) in slots {
                    items[i] = Some(rejected(source, format!("could not be stored: {e}")));
                }
            }
        }
        items.into_iter().flatten().collect()
    }

    /// Links articles imported before stories existed (they have no signature) to their stories.
    /// Returns how many were looked at and how many joined a story.
    pub async fn rebuild_stories(&self) -> Result<(u32, u32)> {
        let (mut seen, mut linked) = (0u32, 0u32);
        loop {
            let batch = self.store.articles_without_signature(500).await?;
            if batch.is_empty() {
                return Ok((seen, linked));
            }
            let signed: Vec<_> = batch
                .into_par_iter()
                .map(|(id, body)| (id, marsad_extract::similarity::signature(&body)))
                .collect();
            seen += u32::try_from(signed.len()).unwrap_or(u32::MAX);
            linked += self.store.link_stories(&signed).await?;
        }
    }

    /// Imports the sample articles in `dir` (the app's resources).
    pub async fn load_samples(&self, dir: &Path, now: &str) -> Result<ImportReport> {
        if !dir.is_dir() {
            return Err(Error::not_found(format!(
                "the sample articles are missing ({})",
                dir.display()
            )));
        }
        Ok(self
            .import_paths(
                &[dir.to_path_buf()],
                &ImportOptions::default(),
                now,
                None,
                |_| {},
            )
            .await)
    }
}

type Record = (NewArticle, Extraction, Vec<NewActor>);

/// A batch extracted and ready to write: outcomes known already (duplicates), and for the new
/// articles their slot (position, source, title) and record.
struct Prepared {
    items: Vec<Option<ImportItem>>,
    slots: Vec<(usize, String, String)>,
    records: Vec<Record>,
}

/// Extraction and the row to store, for one new article (runs on a worker thread).
fn prepare(p: Pending, hash: String, now: &str) -> (String, String, Record) {
    let Pending {
        source,
        draft,
        language,
        path,
    } = p;
    // A bug in extraction must not lose the article or stop the batch: store it without findings.
    let found = std::panic::catch_unwind(|| extract(&draft.body, language)).unwrap_or_else(|_| {
        Extraction::empty(language.unwrap_or_else(|| detect_language(&draft.body)))
    });
    let names: Vec<NewActor> = found.actors.iter().map(matching_names).collect();
    let published_at = draft.published.as_deref().and_then(normalize_date);
    let title = draft.title.clone();
    let points = marsad_domain::CodePoints::new(&draft.body);
    let statement_terms = found
        .statements
        .iter()
        .map(|s| index_text(points.slice(s.content)))
        .collect();
    let search_terms = format!("{} {}", index_text(&draft.title), index_text(&draft.body));
    let signature = marsad_extract::similarity::signature(&draft.body);
    let statement_roles = found
        .statements
        .iter()
        .map(|s| s.speaker_role.as_deref().map(role_key))
        .collect();
    let article = NewArticle {
        title: draft.title,
        body: draft.body,
        language: found.language,
        outlet: draft.outlet,
        url: draft.url,
        author: draft.author,
        published_at,
        published_raw: draft.published,
        imported_at: now.to_string(),
        content_hash: hash,
        source_path: path,
        search_terms,
        statement_terms,
        signature,
        statement_roles,
    };
    (source, title, (article, found, names))
}

fn with_metadata(
    mut draft: Draft,
    manifest: Option<&ManifestEntry>,
    options: &ImportOptions,
) -> Draft {
    let pick = |given: &Option<String>, own: Option<String>, listed: Option<String>| {
        given.clone().or(own).or(listed)
    };
    draft.outlet = pick(
        &options.outlet,
        draft.outlet.take(),
        manifest.and_then(|m| m.source.clone()),
    );
    draft.url = pick(
        &options.url,
        draft.url.take(),
        manifest.and_then(|m| m.url.clone()),
    );
    draft.published = pick(
        &options.published,
        draft.published.take(),
        manifest.and_then(|m| m.date.clone()),
    );
    draft.author = draft
        .author
        .take()
        .or_else(|| manifest.and_then(|m| m.author.clone()));
    draft
}

/// One line per refused input (its path and the reason: never its text); stored and duplicate
/// articles by id at debug level.
fn log_outcome(item: &ImportItem) {
    match &item.outcome {
        ImportOutcome::Rejected { reason } => {
            tracing::info!(source = %item.source, %reason, "not imported");
        }
        ImportOutcome::Imported { article_id, .. } => {
            tracing::debug!(source = %item.source, article_id, "imported");
        }
        ImportOutcome::Duplicate { article_id, .. } => {
            tracing::debug!(source = %item.source, article_id, "already stored");
        }
    }
}

fn rejected(source: String, reason: String) -> ImportItem {
    ImportItem {
        source,
        outcome: ImportOutcome::Rejected { reason },
    }
}

fn duplicate(id: i64) -> ImportOutcome {
    ImportOutcome::Duplicate {
        article_id: id,
        reason: format!("already stored as article {id} (same text)"),
    }
}

fn non_empty(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

fn matching_names(actor: &marsad_domain::ExtractedActor) -> NewActor {
    let mut names: Vec<NewName> = Vec::new();
    let all = std::iter::once(&actor.name)
        .chain(actor.name_ar.iter())
        .chain(actor.name_en.iter())
        .chain(actor.aliases.iter().map(|a| &a.text));
    for text in all {
        let (normalized, spelling) = crate::registry::name_keys(text);
        if !normalized.is_empty() && !names.iter().any(|n| n.normalized == normalized) {
            names.push(NewName {
                text: text.clone(),
                spelling,
                normalized,
                script: Script::of(text),
            });
        }
    }
    NewActor {
        names,
        role_keys: actor.roles.iter().map(|r| role_key(r)).collect(),
        affiliation: actor
            .affiliation
            .as_deref()
            .map(fold_key)
            .filter(|k| !k.is_empty()),
    }
}

/// Hash of the folded title and body: the same article with other diacritics, digits or spacing is
/// equal; the same body under another headline is another article (near-duplicates are linked, not
/// dropped).
pub fn content_hash(title: &str, body: &str) -> String {
    let mut hasher = Sha256::new();
    hasher.update(fold_key(title).as_bytes());
    hasher.update(b"\n");
    hasher.update(fold_key(body).as_bytes());
    hex::encode(hasher.finalize())
}

pub use crate::dates::normalize_date;

/// The files an input path stands for, each with its manifest entry; problems with the path
/// itself come back as rejected items.
fn expand(path: &Path) -> Vec<std::result::Result<(PathBuf, Option<ManifestEntry>), ImportItem>> {
    let reject = |reason: &str| {
        vec![Err(rejected(
            path.display().to_string(),
            reason.to_string(),
        ))]
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return reject("does not exist"),
        Err(e) => return reject(&format!("cannot be read: {e}")),
    };
    if meta.is_file() {
        return vec![Ok((path.to_path_buf(), None))];
    }
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(path)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.into_path())
        .filter(|p| {
            sources::is_supported(p) && p.file_name().is_some_and(|n| n != "manifest.jsonl")
        })
        .collect();
    files.sort();
    if files.is_empty() {
        return reject("is a folder with no file Marsad imports (.txt, .md, .html, feeds, .json, .jsonl, .csv, .zip)");
    }
    let mut manifests: HashMap<PathBuf, HashMap<String, ManifestEntry>> = HashMap::new();
    files
        .into_iter()
        .map(|file| {
            let dir = file.parent().map(Path::to_path_buf).unwrap_or_default();
            let manifest = manifests
                .entry(dir.clone())
                .or_insert_with(|| read_manifest(&dir));
            let name = file
                .file_name()
                .map(|n| n.to_string_lossy().to_string())
                .unwrap_or_default();
            Ok((file, manifest.get(&name).cloned()))
        })
        .collect()
}

fn read_manifest(dir: &Path) -> HashMap<String, ManifestEntry> {
    let Ok(text) = std::fs::read_to_string(dir.join("manifest.jsonl")) else {
        return HashMap::new();
    };
    text.lines()
        .filter_map(|line| serde_json::from_str::<ManifestEntry>(line).ok())
        .map(|e| (e.file.clone(), e))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_hash_ignores_diacritics_and_spacing() {
        assert_eq!(
            content_hash("عنوان", "قالَ  لافروف"),
            content_hash("عنوان", "قال لافروف")
        );
        assert_ne!(
            content_hash("عنوان", "قال لافروف"),
            content_hash("عنوان", "قال بيلوسوف")
        );
    }
}
