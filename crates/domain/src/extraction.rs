//! What extraction finds in one article, before anything is stored.

use serde::{Deserialize, Serialize};

use crate::{ActorKind, Language, Qualifier, Script, Span, Stance};

/// A name of an actor, with its script and language.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Alias {
    pub text: String,
    pub script: Script,
}

impl Alias {
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let script = Script::of(&text);
        Alias { text, script }
    }
}

/// One actor found in an article; `index` is its position in [`Extraction::actors`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExtractedActor {
    pub kind: ActorKind,
    /// The fullest name the article gives.
    pub name: String,
    /// Canonical Arabic and English names, where known (from the text or the gazetteer).
    pub name_ar: Option<String>,
    pub name_en: Option<String>,
    /// Every other name: forms in the text and gazetteer variants.
    pub aliases: Vec<Alias>,
    /// Roles as written ("وزير الخارجية الروسي").
    pub roles: Vec<String>,
    /// The name of the actor it belongs to (Lavrov → Russia), where the text or gazetteer says.
    pub affiliation: Option<String>,
    /// Where the article refers to it.
    pub mentions: Vec<Span>,
    /// Key of the gazetteer entry it matched, if any.
    pub gazetteer_key: Option<String>,
}

/// A reported speech act or stated position.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExtractedStatement {
    /// Index into [`Extraction::actors`].
    pub speaker: Option<usize>,
    pub cue: String,
    pub cue_span: Span,
    pub stance: Stance,
    /// The reported content.
    pub content: Span,
    /// Actors the content is about.
    pub targets: Vec<usize>,
    /// ISO date the text gives for it, if any (else the publication date applies).
    pub date: Option<String>,
    pub confidence: f32,
    /// The title of a speaker the article does not name ("وزير الخارجية الروسي", "foreign
    /// minister"), as written; the workspace may know who held it then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_role: Option<String>,
}

/// A number that measures a threat, force or harm.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExtractedFigure {
    pub value: Option<f64>,
    pub value_max: Option<f64>,
    pub qualifier: Qualifier,
    /// English plural noun, lower case: `fighters`, `killed`, ...
    pub unit: String,
    /// Index into [`Extraction::actors`] of who claimed it.
    pub source: Option<usize>,
    /// Actors and places it is about.
    pub about: Vec<usize>,
    /// The number and what it counts.
    pub span: Span,
    pub date: Option<String>,
    pub confidence: f32,
}

/// Everything extraction finds in one article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Extraction {
    pub language: Language,
    pub sentences: Vec<Span>,
    pub actors: Vec<ExtractedActor>,
    pub statements: Vec<ExtractedStatement>,
    pub figures: Vec<ExtractedFigure>,
}

impl Extraction {
    pub fn empty(language: Language) -> Self {
        Extraction {
            language,
            sentences: Vec::new(),
            actors: Vec::new(),
            statements: Vec::new(),
            figures: Vec::new(),
        }
    }
}
