//! Importing articles: files, folders, pasted text, the sample workspace.
//!
//! Each input is read, checked (exists, a supported format, not binary, not empty, valid UTF-8, not
//! too large), extracted and stored in its own transaction. A bad input is reported with the file
//! and the problem and the rest of the batch goes on; nothing stored is touched.

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};

use marsad_domain::Extraction;
use marsad_domain::{ImportItem, ImportOutcome, ImportReport, Language, PastedArticle, Script};
use marsad_extract::{detect_language, extract, fold_key};
use marsad_store::{NewActor, NewArticle, NewName, StoredArticle};
use sha2::{Digest, Sha256};

use crate::{Error, Result, Workspace};

/// The largest article file Marsad reads (bytes).
pub const ARTICLE_SIZE_LIMIT: u64 = 10 * 1024 * 1024;

const TEXT_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "text"];

/// Metadata given on the command line (or by the UI) for every file of an import.
#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub language: Option<Language>,
}

/// An article read from somewhere, before extraction.
#[derive(Debug, Clone, Default)]
struct Draft {
    title: String,
    body: String,
    outlet: Option<String>,
    url: Option<String>,
    author: Option<String>,
    published: Option<String>,
    language: Option<Language>,
    source_path: Option<String>,
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

impl Workspace {
    /// Imports files and folders (recursively). `on_item` sees each outcome as it happens.
    pub async fn import_paths(
        &self,
        paths: &[PathBuf],
        options: &ImportOptions,
        now: &str,
        mut on_item: impl FnMut(&ImportItem),
    ) -> ImportReport {
        let mut report = ImportReport::default();
        for path in paths {
            for (file, manifest) in expand(path, &mut report, &mut on_item) {
                let item = self
                    .import_file(&file, manifest.as_ref(), options, now)
                    .await;
                on_item(&item);
                report.push(item);
            }
        }
        report
    }

    async fn import_file(
        &self,
        path: &Path,
        manifest: Option<&ManifestEntry>,
        options: &ImportOptions,
        now: &str,
    ) -> ImportItem {
        let source = path.display().to_string();
        let outcome = match read_text_file(path) {
            Ok(text) => match split_title(&text) {
                Some((title, body)) => {
                    let draft = Draft {
                        title,
                        body,
                        outlet: options
                            .outlet
                            .clone()
                            .or_else(|| manifest.and_then(|m| m.source.clone())),
                        url: options
                            .url
                            .clone()
                            .or_else(|| manifest.and_then(|m| m.url.clone())),
                        author: manifest.and_then(|m| m.author.clone()),
                        published: options
                            .published
                            .clone()
                            .or_else(|| manifest.and_then(|m| m.date.clone())),
                        language: options.language,
                        source_path: Some(source.clone()),
                    };
                    self.store_draft(draft, now).await
                }
                None => ImportOutcome::Rejected {
                    reason: "has a title line but no body text".into(),
                },
            },
            Err(reason) => ImportOutcome::Rejected { reason },
        };
        ImportItem { source, outcome }
    }

    /// Imports pasted text.
    pub async fn import_text(&self, pasted: PastedArticle, now: &str) -> Result<ImportItem> {
        let body = pasted.body.trim_end().to_string();
        if body.trim().is_empty() {
            return Err(Error::invalid("the pasted text is empty"));
        }
        let title = match pasted.title.trim() {
            "" => body
                .lines()
                .next()
                .unwrap_or_default()
                .chars()
                .take(120)
                .collect(),
            t => t.to_string(),
        };
        let draft = Draft {
            title,
            body,
            outlet: non_empty(pasted.outlet),
            url: non_empty(pasted.url),
            author: None,
            published: non_empty(pasted.published),
            language: pasted.language,
            source_path: None,
        };
        let outcome = self.store_draft(draft, now).await;
        Ok(ImportItem {
            source: "pasted text".into(),
            outcome,
        })
    }

    async fn store_draft(&self, draft: Draft, now: &str) -> ImportOutcome {
        let hash = content_hash(&draft.title, &draft.body);
        match self.store.article_by_hash(&hash).await {
            Ok(Some(id)) => return duplicate(id),
            Ok(None) => {}
            Err(e) => {
                return ImportOutcome::Rejected {
                    reason: format!("could not be stored: {e}"),
                }
            }
        }
        // A bug in extraction must not lose the article or stop the batch: store it without findings.
        let found = std::panic::catch_unwind(|| extract(&draft.body, draft.language))
            .unwrap_or_else(|_| {
                Extraction::empty(
                    draft
                        .language
                        .unwrap_or_else(|| detect_language(&draft.body)),
                )
            });
        let names: Vec<NewActor> = found.actors.iter().map(matching_names).collect();
        let published_at = draft.published.as_deref().and_then(normalize_date);
        let article = NewArticle {
            title: draft.title.clone(),
            body: draft.body,
            language: found.language,
            outlet: draft.outlet,
            url: draft.url,
            author: draft.author,
            published_at,
            published_raw: draft.published,
            imported_at: now.to_string(),
            content_hash: hash,
            source_path: draft.source_path,
        };
        match self.store.insert_article(&article, &found, &names).await {
            Ok(StoredArticle::Inserted(article_id)) => ImportOutcome::Imported {
                article_id,
                title: draft.title,
            },
            Ok(StoredArticle::Duplicate(id)) => duplicate(id),
            Err(e) => ImportOutcome::Rejected {
                reason: format!("could not be stored: {e}"),
            },
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
            .import_paths(&[dir.to_path_buf()], &ImportOptions::default(), now, |_| {})
            .await)
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
        let normalized = fold_key(text);
        if !normalized.is_empty() && !names.iter().any(|n| n.normalized == normalized) {
            names.push(NewName {
                text: text.clone(),
                normalized,
                script: Script::of(text),
            });
        }
    }
    NewActor { names }
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

/// A date as given → `YYYY-MM-DD` or an RFC 3339 instant in UTC; None if unreadable.
pub fn normalize_date(raw: &str) -> Option<String> {
    use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
    let raw = raw.trim();
    if let Ok(d) = NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
        return Some(d.format("%Y-%m-%d").to_string());
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(raw) {
        return Some(
            t.with_timezone(&Utc)
                .format("%Y-%m-%dT%H:%M:%SZ")
                .to_string(),
        );
    }
    if let Ok(t) = DateTime::parse_from_rfc2822(raw) {
        return Some(
            t.with_timezone(&Utc)
                .format("%Y-%m-%dT%H:%M:%SZ")
                .to_string(),
        );
    }
    for format in ["%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(raw, format) {
            return Some(t.and_utc().format("%Y-%m-%dT%H:%M:%SZ").to_string());
        }
    }
    None
}

/// The files an input path stands for, each with its manifest entry. Problems with the path itself
/// are reported as rejected items.
fn expand(
    path: &Path,
    report: &mut ImportReport,
    on_item: &mut impl FnMut(&ImportItem),
) -> Vec<(PathBuf, Option<ManifestEntry>)> {
    let mut reject = |reason: String| {
        let item = ImportItem {
            source: path.display().to_string(),
            outcome: ImportOutcome::Rejected { reason },
        };
        on_item(&item);
        report.push(item);
    };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            reject("does not exist".into());
            return Vec::new();
        }
        Err(e) => {
            reject(format!("cannot be read: {e}"));
            return Vec::new();
        }
    };
    if meta.is_file() {
        return vec![(path.to_path_buf(), None)];
    }
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(path)
        .follow_links(false)
        .sort_by_file_name()
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.into_path())
        .filter(|p| has_text_extension(p))
        .collect();
    files.sort();
    if files.is_empty() {
        reject("is a folder with no .txt or .md files".into());
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
            let entry = manifest.get(&name).cloned();
            (file, entry)
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

fn has_text_extension(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|e| TEXT_EXTENSIONS.contains(&e.as_str()))
}

/// Reads a text article file, or says in plain words why it cannot be imported.
pub fn read_text_file(path: &Path) -> std::result::Result<String, String> {
    if !has_text_extension(path) {
        let ext = path
            .extension()
            .map(|e| format!(".{}", e.to_string_lossy()))
            .unwrap_or_else(|| "no extension".into());
        return Err(format!(
            "is not a format Marsad imports ({ext}); it reads .txt and .md files"
        ));
    }
    let file = std::fs::File::open(path).map_err(|e| format!("cannot be read: {e}"))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > ARTICLE_SIZE_LIMIT {
        return Err(format!(
            "is too large ({:.1} MB; one article may be at most {} MB)",
            size as f64 / 1e6,
            ARTICLE_SIZE_LIMIT / (1024 * 1024)
        ));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(ARTICLE_SIZE_LIMIT + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot be read: {e}"))?;
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("is empty".into());
    }
    if let Some(kind) = binary_kind(&bytes) {
        return Err(format!("is a binary file ({kind}), not text"));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        format!(
            "is not valid UTF-8 text (bad byte at offset {}); save it as UTF-8 and try again",
            e.utf8_error().valid_up_to()
        )
    })
}

fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a zip archive"),
        (b"\x7FELF", "a program"),
        (b"SQLite format 3", "an SQLite database"),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(kind);
    }
    bytes
        .iter()
        .take(8192)
        .any(|&b| b == 0)
        .then_some("it contains NUL bytes")
}

/// Title = the first non-empty line; body = the rest, without the blank lines that lead it.
pub fn split_title(text: &str) -> Option<(String, String)> {
    let text = text.trim_start_matches(['\n', '\r', ' ', '\t', '\u{FEFF}']);
    let (title, rest) = text.split_once('\n').unwrap_or((text, ""));
    let body = rest.trim_start_matches(['\n', '\r']).trim_end();
    let title = title.trim().trim_start_matches('#').trim();
    (!body.trim().is_empty()).then(|| (title.to_string(), body.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_title_from_body() {
        let (t, b) = split_title("Title\n\nBody line\nmore\n").unwrap_or_default();
        assert_eq!(t, "Title");
        assert_eq!(b, "Body line\nmore");
        assert!(split_title("only a title\n\n").is_none());
    }

    #[test]
    fn normalizes_dates() {
        assert_eq!(normalize_date("2024-10-05").as_deref(), Some("2024-10-05"));
        assert_eq!(
            normalize_date("2015-08-10 18:45:05").as_deref(),
            Some("2015-08-10T18:45:05Z")
        );
        assert_eq!(
            normalize_date("Tue, 1 Jul 2003 10:52:37 +0200").as_deref(),
            Some("2003-07-01T08:52:37Z")
        );
        assert_eq!(normalize_date("yesterday"), None);
    }

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
