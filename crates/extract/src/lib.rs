//! Marsad's extraction engine: pure text → actors, statements and threat figures.
//!
//! No I/O and no network: the gazetteer is compiled in. Deterministic: the same text gives the same
//! result. Every span is a Unicode code point range into the text exactly as given.
//!
//! ```
//! let found = marsad_extract::extract("قال وزير الخارجية الروسي، سيرغي لافروف، إن الحلف يتوسع.", None);
//! assert_eq!(found.statements.len(), 1);
//! ```

pub mod actors;
pub mod eval;
pub mod figures;
pub mod gazetteer;
pub mod lexicon;
pub mod normalize;
pub mod numbers;
mod organizations;
pub mod search;
pub mod similarity;
pub mod statements;
mod tagged;
pub mod text;

use marsad_domain::{
    Alias, ExtractedActor, ExtractedFigure, ExtractedStatement, Extraction, Language, Span,
};

use crate::actors::{find_actors, mention_span, names_of, Cast};
use crate::text::Doc;

pub use crate::normalize::fold_key;
pub use crate::text::detect_language;

/// Extracts actors, statements and figures from an article's text.
/// `language` is detected from the script when not given.
pub fn extract(text: &str, language: Option<Language>) -> Extraction {
    let doc = Doc::new(text, language);
    let cast = find_actors(&doc);
    let (statements, attributions) = statements::find_statements(&doc, &cast);
    let figures = figures::find_figures(&doc);

    // Keep actors that are real mentions; institution phrases only when they speak or are a source.
    let mut speaking = vec![false; cast.actors.len()];
    for s in &statements {
        if let Some(a) = s.speaker {
            speaking[a] = true;
        }
    }
    let figure_sources: Vec<Option<usize>> = figures
        .iter()
        .map(|f| figure_source(&doc, f, &statements, &attributions))
        .collect();
    for a in figure_sources.iter().flatten() {
        speaking[*a] = true;
    }
    let keep: Vec<bool> = cast
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| !a.only_if_speaking || speaking[i])
        .collect();
    let mut new_index = vec![None; cast.actors.len()];
    let mut actors = Vec::new();
    for (i, actor) in cast.actors.iter().enumerate().filter(|(i, _)| keep[*i]) {
        new_index[i] = Some(actors.len());
        actors.push(output_actor(&doc, actor));
    }
    let remap = |a: Option<usize>| a.and_then(|a| new_index[a]);

    let statements = statements
        .iter()
        .map(|s| {
            let (cs, ce) = doc.token_span(s.cue, s.cue + 1);
            let (start, end) = doc.token_span(s.content.0, s.content.1);
            ExtractedStatement {
                speaker: remap(s.speaker),
                cue: doc.original[cs..ce].iter().collect(),
                cue_span: Span::new(cs, ce),
                stance: s.stance,
                content: Span::new(start, end),
                targets: targets(&cast, s.content, s.speaker)
                    .into_iter()
                    .filter_map(|a| new_index[a])
                    .collect(),
                date: None,
                confidence: s.confidence,
                speaker_role: s
                    .role
                    .filter(|_| s.speaker.is_none())
                    .map(|(from, to)| role_text(&doc, from, to)),
            }
        })
        .collect();
    let figures = figures
        .iter()
        .zip(figure_sources)
        .map(|(f, source)| {
            let (start, end) = doc.token_span(f.start, f.end);
            ExtractedFigure {
                value: f.value,
                value_max: f.value_max,
                qualifier: f.qualifier,
                unit: f.unit.clone(),
                source: remap(source),
                about: targets(&cast, doc.sentence_of(f.start), source)
                    .into_iter()
                    .filter_map(|a| new_index[a])
                    .collect(),
                span: Span::new(start, end),
                date: None,
                confidence: if source.is_some() { 0.8 } else { 0.6 },
            }
        })
        .collect();
    let sentences = doc
        .sentences
        .iter()
        .map(|&(s, e)| {
            let (a, b) = doc.char_span(s, e);
            Span::new(a, b)
        })
        .collect();
    Extraction {
        language: doc.language,
        sentences,
        actors,
        statements,
        figures,
    }
}

/// Who a figure is attributed to: "according to X" in its sentence, else the speaker of the
/// statement whose content holds it.
fn figure_source(
    doc: &Doc,
    f: &figures::Found,
    statements: &[statements::Found],
    attributions: &[statements::Attribution],
) -> Option<usize> {
    // both lists are in text order: only the figure's sentence is read
    let sentence = doc.tokens[f.start].sentence;
    let from = attributions.partition_point(|a| a.sentence < sentence);
    attributions[from..]
        .iter()
        .take_while(|a| a.sentence == sentence)
        .filter(|a| a.actor.is_some())
        // "the 20,000 extra troops announced by X": only the figure the participle follows
        .filter(|a| !a.passive || (f.end <= a.at && a.at - f.end <= 3))
        .min_by_key(|a| a.at.abs_diff(f.end))
        .and_then(|a| a.actor)
        .or_else(|| {
            let from = statements.partition_point(|s| doc.tokens[s.cue].sentence < sentence);
            statements[from..]
                .iter()
                .take_while(|s| doc.tokens[s.cue].sentence == sentence)
                .filter(|s| s.content.0 <= f.start && f.end <= s.content.1.max(f.end))
                .find_map(|s| s.speaker)
        })
}

/// Actors mentioned in token range `range`, other than `except`.
fn targets(cast: &Cast, range: (usize, usize), except: Option<usize>) -> Vec<usize> {
    let mut out: Vec<usize> = (range.0..range.1.min(cast.owner.len()))
        .filter_map(|t| cast.owner[t])
        .collect();
    out.sort_unstable();
    out.dedup();
    out.retain(|a| Some(*a) != except);
    out
}

fn output_actor(doc: &Doc, actor: &actors::Actor) -> ExtractedActor {
    let (name, name_ar, name_en, aliases) = names_of(actor);
    let entry = actor.entry();
    let mut roles = actor.roles.clone();
    if let Some(e) = entry {
        let extra = if doc.language == Language::En {
            &e.roles_en
        } else {
            &e.roles_ar
        };
        if roles.is_empty() {
            roles.extend(extra.iter().take(1).cloned());
        }
    }
    let affiliation = actor
        .affiliation
        .as_deref()
        .and_then(|k| gazetteer::gazetteer().entry(k))
        .and_then(|e| {
            if doc.language == Language::En {
                e.name_en()
            } else {
                e.name_ar()
            }
            .or(e.name_en())
        })
        .map(String::from);
    ExtractedActor {
        kind: actor.kind,
        name,
        name_ar,
        name_en,
        aliases: aliases.into_iter().map(Alias::new).collect(),
        roles,
        affiliation,
        mentions: actor
            .mentions
            .iter()
            .map(|&(s, e)| {
                let drop = actor.clitics.get(&(s, e)).copied().unwrap_or(0);
                let (a, b) = mention_span(doc, s, e, drop);
                Span::new(a, b)
            })
            .collect(),
        gazetteer_key: entry.map(|e| e.key.clone()),
    }
}

/// A title as written, without a clitic on its first word ("ووزير الدفاع" → "وزير الدفاع").
fn role_text(doc: &text::Doc, from: usize, to: usize) -> String {
    let head = &doc.tokens[from];
    let drop = if lexicon::is_title_head(&head.text) || !head.text.starts_with(['و', 'ف', 'ل', 'ب'])
    {
        0
    } else {
        actors::clitic_len(doc, from, &head.bare)
    };
    actors::surface_text(doc, from, to, drop)
}

/// Whether the Arabic corpus the tagger learnt from has `word` (any form): used to tell Arabic
/// in reading order from Arabic a PDF gives in visual order (reversed).
pub fn is_known_word(word: &str) -> bool {
    !tagged::unseen(&normalize::fold_key(word))
}
