//! Briefing reports: what a report covers (its scope and definition) and the assembled briefing
//! every format (PDF, DOCX, Markdown, HTML, the desktop preview) is rendered from.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::{ActorKind, Id, Language, Qualifier, ReviewState, Stance};

/// What a briefing covers. Empty lists mean "no restriction" except that a scope with neither
/// actors, tags nor a search covers nothing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
pub struct ReportScope {
    pub actor_ids: Vec<Id>,
    /// Items tagged so, or in articles tagged so.
    pub tags: Vec<String>,
    /// Statements that match this search (Arabic- and English-aware, as in the search view).
    pub search: Option<String>,
    /// Inclusive ISO dates.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Review states to include; empty: everything but rejected.
    pub review: Vec<ReviewState>,
}

impl ReportScope {
    pub fn is_empty(&self) -> bool {
        self.actor_ids.is_empty()
            && self.tags.is_empty()
            && self.search.as_deref().is_none_or(|s| s.trim().is_empty())
    }
}

/// A report the analyst can run again later on new data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ReportDefinition {
    pub name: String,
    pub title: String,
    pub author: String,
    /// The language of headings, labels and layout; quotations stay in their own language.
    pub language: Language,
    pub scope: ReportScope,
    /// The analyst's key judgements, one paragraph per blank-line-separated block.
    pub key_judgements: String,
}

/// A file format a briefing can be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "lowercase")]
pub enum ReportFormat {
    Pdf,
    Docx,
    Md,
    Html,
}

impl ReportFormat {
    pub const ALL: &'static [ReportFormat] = &[
        ReportFormat::Pdf,
        ReportFormat::Docx,
        ReportFormat::Md,
        ReportFormat::Html,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ReportFormat::Pdf => "pdf",
            ReportFormat::Docx => "docx",
            ReportFormat::Md => "md",
            ReportFormat::Html => "html",
        }
    }

    /// The file extensions of the format, the usual one first.
    pub fn extensions(self) -> &'static [&'static str] {
        match self {
            ReportFormat::Pdf => &["pdf"],
            ReportFormat::Docx => &["docx"],
            ReportFormat::Md => &["md", "markdown"],
            ReportFormat::Html => &["html", "htm"],
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let s = s.trim().to_ascii_lowercase();
        Self::ALL
            .iter()
            .copied()
            .find(|f| f.extensions().contains(&s.as_str()))
    }

    /// The format a file name asks for by its extension.
    pub fn from_path(path: &str) -> Option<Self> {
        path.rsplit_once('.').and_then(|(_, ext)| Self::parse(ext))
    }
}

/// A briefing, assembled from the workspace and ready to render.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Briefing {
    pub title: String,
    pub author: String,
    pub language: Language,
    /// The day it was generated (ISO date).
    pub generated_on: String,
    /// The scope in words, in the report's language.
    pub scope: Vec<String>,
    /// Paragraphs the analyst wrote.
    pub key_judgements: Vec<String>,
    pub actors: Vec<BriefingActor>,
    pub figures: Vec<BriefingFigure>,
    pub sources: Vec<BriefingSource>,
    /// The exact source sentences, numbered; statements and figures cite them.
    pub sentences: Vec<BriefingSentence>,
}

impl Briefing {
    pub fn statement_count(&self) -> usize {
        self.actors.iter().map(|a| a.statements.len()).sum()
    }

    pub fn is_empty(&self) -> bool {
        self.statement_count() == 0 && self.figures.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct BriefingActor {
    pub id: Id,
    pub kind: ActorKind,
    pub name: String,
    pub name_ar: Option<String>,
    pub name_en: Option<String>,
    pub roles: Vec<String>,
    pub affiliations: Vec<String>,
    /// Oldest first.
    pub statements: Vec<BriefingStatement>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct BriefingStatement {
    pub id: Id,
    pub date: Option<String>,
    /// True when `date` is the article's publication date, not one the text gives.
    pub date_is_publication: bool,
    pub stance: Stance,
    pub cue: String,
    pub text: String,
    /// The language of the source article: quotations keep it.
    pub language: Language,
    pub review: ReviewState,
    /// Number of the cited source in `Briefing::sources`.
    pub source: u32,
    /// Number of the source sentence in `Briefing::sentences`.
    pub sentence: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct BriefingFigure {
    pub id: Id,
    pub date: Option<String>,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub qualifier: Qualifier,
    pub unit: String,
    /// Who claimed it (an actor's name), if known.
    pub claimed_by: Option<String>,
    pub about: Vec<String>,
    pub text: String,
    pub language: Language,
    pub review: ReviewState,
    pub source: u32,
    pub sentence: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct BriefingSource {
    pub number: u32,
    pub article_id: Id,
    pub title: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub published: Option<String>,
    pub language: Language,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct BriefingSentence {
    pub number: u32,
    pub text: String,
    pub language: Language,
    pub source: u32,
}

/// A report written to a file, as the history lists it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ReportRun {
    pub id: Id,
    pub definition: Option<String>,
    pub title: String,
    pub format: ReportFormat,
    pub path: String,
    pub generated_at: String,
    pub statement_count: u32,
    pub figure_count: u32,
    pub source_count: u32,
    /// PDF only.
    pub page_count: Option<u32>,
}
