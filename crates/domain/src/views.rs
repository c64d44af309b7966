//! What the desktop and the command line show: read models, import outcomes, errors.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::{ActorKind, Id, Language, Qualifier, ReviewState, Span, Stance};

/// A row of the article library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ArticleSummary {
    pub id: Id,
    pub title: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// Publication date as stored (ISO 8601), if known.
    pub published: Option<String>,
    pub language: Language,
    /// When it was imported (RFC 3339, UTC).
    pub imported_at: String,
    pub actor_count: u32,
    pub statement_count: u32,
    pub figure_count: u32,
}

/// An actor as it appears in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ArticleActor {
    pub actor_id: Id,
    pub name: String,
    pub name_ar: Option<String>,
    pub name_en: Option<String>,
    pub kind: ActorKind,
    pub roles: Vec<String>,
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ArticleStatement {
    pub id: Id,
    pub speaker_id: Option<Id>,
    pub speaker_name: Option<String>,
    pub cue: String,
    pub stance: Stance,
    pub span: Span,
    pub content: String,
    pub date: Option<String>,
    pub confidence: f32,
    pub review: ReviewState,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ArticleFigure {
    pub id: Id,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub qualifier: Qualifier,
    pub unit: String,
    pub source_id: Option<Id>,
    pub source_name: Option<String>,
    pub span: Span,
    pub text: String,
    pub date: Option<String>,
    pub review: ReviewState,
}

/// One article with everything found in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ArticleDetail {
    pub summary: ArticleSummary,
    pub body: String,
    pub actors: Vec<ArticleActor>,
    pub statements: Vec<ArticleStatement>,
    pub figures: Vec<ArticleFigure>,
}

/// What happened to one input of an import.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ImportOutcome {
    Imported { article_id: Id, title: String },
    Duplicate { article_id: Id, reason: String },
    Rejected { reason: String },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ImportItem {
    /// The file (or "pasted text") it came from.
    pub source: String,
    pub outcome: ImportOutcome,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
pub struct ImportReport {
    pub items: Vec<ImportItem>,
    pub imported: u32,
    pub duplicates: u32,
    pub rejected: u32,
    /// The import was cancelled: what is listed was done, the rest was not read.
    pub cancelled: bool,
}

impl ImportReport {
    pub fn push(&mut self, item: ImportItem) {
        match item.outcome {
            ImportOutcome::Imported { .. } => self.imported += 1,
            ImportOutcome::Duplicate { .. } => self.duplicates += 1,
            ImportOutcome::Rejected { .. } => self.rejected += 1,
        }
        self.items.push(item);
    }
}

/// Text the analyst pasted in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct PastedArticle {
    pub title: String,
    pub body: String,
    pub language: Option<Language>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct WorkspaceInfo {
    pub db_path: String,
    pub article_count: u32,
}

/// An error as the UI sees it: a stable code and a sentence for people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct AppError {
    pub code: String,
    pub message: String,
}
