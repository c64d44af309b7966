//! What the desktop and the command line show: read models, import outcomes, errors.

use serde::{Deserialize, Serialize};
use specta::Type;

use crate::{ActorKind, Id, Language, Qualifier, ReviewState, Script, Span, Stance};

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
    /// The other articles of the same story (near-duplicates on other outlets), oldest first.
    pub same_story: Vec<StoryArticle>,
}

/// An article of a story, as other articles of the story list it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct StoryArticle {
    pub id: Id,
    pub title: String,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub language: Language,
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
    /// Every outlet named by an article (unsorted).
    pub outlets: Vec<String>,
}

/// An error as the UI sees it: a stable code and a sentence for people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct AppError {
    pub code: String,
    pub message: String,
}

/// An actor in the workspace with how much is known of it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ActorSummary {
    pub id: Id,
    pub kind: ActorKind,
    pub name: String,
    pub name_ar: Option<String>,
    pub name_en: Option<String>,
    pub article_count: u32,
    pub statement_count: u32,
    pub figure_count: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
pub struct ActorQuery {
    /// Matches names and aliases in either script (folded: hamza, diacritics, case).
    pub search: Option<String>,
    pub kind: Option<ActorKind>,
    pub limit: Option<u32>,
}

/// Whether a timeline item is a statement or a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ItemKind {
    Statement,
    Figure,
}

impl ItemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ItemKind::Statement => "statement",
            ItemKind::Figure => "figure",
        }
    }
}

/// A statement or figure on an actor's timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct TimelineItem {
    pub kind: ItemKind,
    pub id: Id,
    pub article_id: Id,
    pub article_title: String,
    pub outlet: Option<String>,
    pub language: Language,
    /// The actor whose timeline it is on (speaker or source).
    pub actor_id: Id,
    pub actor_name: String,
    /// ISO date; the article's publication date when the item has none of its own.
    pub date: Option<String>,
    /// True when `date` is the article's publication date, not one the text gives.
    pub date_is_publication: bool,
    pub stance: Option<Stance>,
    pub cue: Option<String>,
    /// The statement's content, or the figure's text.
    pub text: String,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub qualifier: Option<Qualifier>,
    pub unit: Option<String>,
    pub review: ReviewState,
    pub span: Span,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
pub struct TimelineQuery {
    pub actor_ids: Vec<Id>,
    /// Inclusive ISO dates.
    pub from: Option<String>,
    pub to: Option<String>,
    pub stances: Vec<Stance>,
    pub outlets: Vec<String>,
    pub languages: Vec<Language>,
    /// Review states to include; empty: everything but rejected.
    pub review: Vec<ReviewState>,
    pub tag: Option<String>,
}

/// A threat figure with its article and source, for tables and charts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct FigureRow {
    pub id: Id,
    pub article_id: Id,
    pub article_title: String,
    pub outlet: Option<String>,
    pub date: Option<String>,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub qualifier: Qualifier,
    pub unit: String,
    pub source_id: Option<Id>,
    pub source_name: Option<String>,
    /// Names of the actors and places it is about.
    pub about: Vec<String>,
    pub text: String,
    pub review: ReviewState,
    pub span: Span,
    /// The story the article belongs to (its first article's id): near-duplicates share it.
    pub story_id: Id,
    /// Outlets of other articles of the same story that repeat this figure: one claim, several
    /// sources.
    pub repeated_in: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
pub struct FigureQuery {
    /// Figures whose source is this actor or that are about it.
    pub actor_id: Option<Id>,
    pub unit: Option<String>,
    pub from: Option<String>,
    pub to: Option<String>,
    /// Review states to include; empty: everything but rejected.
    pub review: Vec<ReviewState>,
    pub limit: Option<u32>,
}

/// What a search looks in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum SearchKind {
    Article,
    Statement,
    Actor,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
pub struct SearchQuery {
    pub text: String,
    /// Empty: all kinds.
    pub kinds: Vec<SearchKind>,
    pub limit: Option<u32>,
}

/// A piece of a snippet: matched text is marked, so the UI highlights without HTML.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct SnippetPart {
    pub text: String,
    pub hit: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct SearchHit {
    pub kind: SearchKind,
    /// The article, statement or actor id.
    pub id: Id,
    /// The article to open (none for actors).
    pub article_id: Option<Id>,
    pub title: String,
    pub snippet: Vec<SnippetPart>,
    pub language: Option<Language>,
    pub date: Option<String>,
    /// Where the snippet's first hit is in the article body (code points), for statements and articles.
    pub span: Option<Span>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
pub struct SearchResults {
    pub hits: Vec<SearchHit>,
    pub total: u32,
    pub elapsed_ms: u32,
}

/// A reference to a reviewable item.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct ItemRef {
    pub kind: ItemKind,
    pub id: Id,
}

/// Changes to a statement (fields left out stay as they are).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
pub struct StatementEdit {
    pub speaker_id: Option<Id>,
    pub stance: Option<Stance>,
    pub span: Option<Span>,
}

/// Changes to a figure (fields left out stay as they are).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
pub struct FigureEdit {
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub qualifier: Option<Qualifier>,
    pub unit: Option<String>,
    pub source_id: Option<Id>,
    pub span: Option<Span>,
}

/// One analyst edit in the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct EditEntry {
    pub id: Id,
    pub at: String,
    pub action: String,
    pub item_kind: String,
    pub item_id: Option<Id>,
    /// A sentence for people: "statement 12: rejected".
    pub summary: String,
    pub undone: bool,
}

/// The workspace at a glance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Overview {
    pub article_count: u32,
    pub actor_count: u32,
    pub statement_count: u32,
    pub figure_count: u32,
    pub top_actors: Vec<ActorSummary>,
    pub recent_statements: Vec<TimelineItem>,
    pub latest_figures: Vec<FigureRow>,
    /// Articles with items still pending review, newest first.
    pub awaiting_review: Vec<ArticleSummary>,
}

/// A name of an actor as stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct AliasView {
    pub id: Id,
    pub text: String,
    pub script: Script,
    pub language: Option<Language>,
    /// `article`, `gazetteer` or `analyst`.
    pub origin: String,
}

/// A role seen for an actor, with when and where.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct RoleView {
    pub role: String,
    pub seen_on: Option<String>,
    pub article_id: Option<Id>,
}

/// A short reference to another actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ActorRef {
    pub id: Id,
    pub name: String,
}

/// How the actor of one article was recognised as this actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct RecognitionView {
    pub article_id: Id,
    pub article_title: String,
    /// `new` (first seen there), `gazetteer`, `name`, `spelling` (a transliteration variant) or
    /// `role` (a title the article names no one for).
    pub method: String,
    /// Which name, entry or role matched.
    pub evidence: String,
    pub confidence: f64,
}

/// Everything the registry holds about one actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ActorDetail {
    pub summary: ActorSummary,
    pub aliases: Vec<AliasView>,
    pub roles: Vec<RoleView>,
    /// Whom it belongs to (Lavrov → Russia).
    pub affiliations: Vec<ActorRef>,
    /// Who belongs to it (Russia → Lavrov), the most active first (at most 50).
    pub members: Vec<ActorRef>,
    /// How its articles' actors were recognised as it, least confident first (at most 200).
    pub recognitions: Vec<RecognitionView>,
    pub note: Option<String>,
}

/// One article an actor appears in, with what it holds there (what a split by article moves).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ActorArticle {
    pub article_id: Id,
    pub title: String,
    pub published_at: Option<String>,
    pub mentions: u32,
    pub statements: u32,
    pub figures: u32,
}

/// What merging one actor into another would move, before it is done.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct MergePreview {
    pub from: ActorSummary,
    pub into: ActorSummary,
    pub mentions: u32,
    pub statements: u32,
    pub figures: u32,
    pub roles: u32,
    /// Names of `from` that `into` does not have yet.
    pub new_names: Vec<String>,
}

/// What to move from an actor to a new one in a split.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
pub struct SplitSelection {
    pub name: String,
    pub kind: Option<ActorKind>,
    pub mentions: Vec<Id>,
    pub statements: Vec<Id>,
    pub figures: Vec<Id>,
}

/// A statement the analyst adds by selecting its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct NewStatement {
    pub article_id: Id,
    pub speaker_id: Option<Id>,
    pub cue: String,
    pub stance: Stance,
    pub span: Span,
}

/// A figure the analyst adds by selecting its text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct NewFigure {
    pub article_id: Id,
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub qualifier: Qualifier,
    pub unit: String,
    pub source_id: Option<Id>,
    pub span: Span,
}

/// What a tag or a note is attached to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum TargetKind {
    Article,
    Actor,
    Statement,
    Figure,
}

impl TargetKind {
    pub fn as_str(self) -> &'static str {
        match self {
            TargetKind::Article => "article",
            TargetKind::Actor => "actor",
            TargetKind::Statement => "statement",
            TargetKind::Figure => "figure",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "article" => Some(TargetKind::Article),
            "actor" => Some(TargetKind::Actor),
            "statement" => Some(TargetKind::Statement),
            "figure" => Some(TargetKind::Figure),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Type)]
pub struct TagTarget {
    pub kind: TargetKind,
    pub id: Id,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct TagCount {
    pub name: String,
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct Note {
    pub id: Id,
    pub target: TagTarget,
    pub body: String,
    pub created_at: String,
    pub updated_at: String,
}

/// What importing an actor list (watchlist) did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, Type)]
pub struct ActorListReport {
    /// New actors.
    pub created: u32,
    /// Entries that matched a stored actor by name and added to it.
    pub updated: u32,
    /// Entries that could not be read, each with where it is and why.
    pub rejected: Vec<String>,
}

/// A doubtful match found at import: the actor created may be the candidate already stored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Type)]
pub struct ActorSuggestion {
    pub id: Id,
    pub actor: ActorRef,
    pub candidate: ActorRef,
    /// Which name (or role) matched.
    pub evidence: String,
    pub confidence: f64,
    /// The article where the doubt arose.
    pub article_id: Option<Id>,
    pub article_title: Option<String>,
}
