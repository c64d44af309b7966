//! Names no list knows: Arabic people, organisations and places found by the statistical tagger
//! (`marsad-ner`, a CRF trained on ANERcorp).
//!
//! Each sentence is handed to the tagger as the words it was written with, punctuation as tokens
//! of their own (the layout the model was trained on). A tagged span becomes an actor unless
//! another source (gazetteer, titles) already holds its words. Within the article one name is one
//! actor, and a lone surname joins the person whose full name ends with it.

use rustc_hash::FxHashMap as HashMap;

use marsad_domain::ActorKind;
use marsad_ner::{word_key, Tagger, WordStats};

use crate::actors::{surface_text, Actor, Cast};
use crate::normalize::fold_key;
use crate::text::Doc;

/// Longest tagged span taken as a name, in words.
const MAX_WORDS: usize = 6;

/// A span the tagger found: kind and token range.
struct Tagged {
    kind: ActorKind,
    start: usize,
    end: usize,
}

/// Adds the tagger's names to `cast` (Arabic text).
pub fn statistical_names(doc: &Doc, cast: &mut Cast) {
    let mut found = Vec::new();
    for (s, &(first, end)) in doc.sentence_tokens.iter().enumerate() {
        if s == 0 {
            found.extend(tag_sentence(doc, first, end));
            continue;
        }
        for (from, to) in around_reports(doc, first, end) {
            found.extend(tag_sentence(doc, from, to));
        }
    }
    // Full names first, so that a lone surname can find its person.
    found.sort_by_key(|t| (usize::MAX - (t.end - t.start), t.start));
    let mut by_name: HashMap<String, usize> = HashMap::default();
    for (i, actor) in cast.actors.iter().enumerate() {
        for s in &actor.surface {
            by_name.entry(fold_key(s)).or_insert(i);
        }
    }
    for t in found {
        let Some((start, end)) = trim(doc, cast, t.start, t.end) else {
            continue;
        };
        let (name, drop) = name_of(doc, start, end, t.kind);
        let key = fold_key(&name);
        if key.chars().count() < 3 {
            continue;
        }
        let existing = by_name
            .get(&key)
            .copied()
            .filter(|&a| cast.actors[a].kind == t.kind || t.kind != ActorKind::Person)
            .or_else(|| {
                (end - start == 1)
                    .then(|| surname_owner(doc, cast, start))
                    .flatten()
            });
        let actor = match existing {
            Some(a) => a,
            None => {
                cast.actors.push(Actor::new(t.kind));
                cast.actors.len() - 1
            }
        };
        cast.claim(actor, start, end, drop);
        cast.actors[actor].surface.push(name);
        by_name.entry(key).or_insert(actor);
    }
}

/// Stretches worth the tagger's time (it is the slowest step of extraction): the words around a
/// reporting verb or an attribution ("قال", "وفقاً لـ"), where speakers and sources are named.
/// Overlapping stretches are merged. (The first sentence, often a headline, is tagged whole.)
fn around_reports(doc: &Doc, first: usize, end: usize) -> Vec<(usize, usize)> {
    const BEFORE: usize = 6;
    const AFTER: usize = 12;
    let mut out: Vec<(usize, usize)> = Vec::new();
    for t in first..end {
        let token = &doc.tokens[t];
        let reports = crate::lexicon::ar_cue(crate::text::strip_conjunction(&token.text)).is_some()
            || crate::lexicon::AR_ACCORDING.contains(&token.bare.as_str());
        if !reports {
            continue;
        }
        let from = t.saturating_sub(BEFORE).max(first);
        let to = (t + AFTER).min(end);
        match out.last_mut() {
            Some(last) if from <= last.1 => last.1 = last.1.max(to),
            _ => out.push((from, to)),
        }
    }
    out
}

/// The tagger's PERS/ORG/LOC spans in sentence tokens `[first, end)`.
fn tag_sentence(doc: &Doc, first: usize, end: usize) -> Vec<Tagged> {
    if end <= first {
        return Vec::new();
    }
    let mut words: Vec<String> = Vec::with_capacity((end - first) * 5 / 4);
    let mut token_of: Vec<Option<usize>> = Vec::with_capacity(words.capacity());
    for t in first..end {
        if t > first {
            for c in doc.gap(t - 1, t).chars().filter(|c| is_punctuation(*c)) {
                words.push(c.to_string());
                token_of.push(None);
            }
        }
        words.push(doc.original_text(t, t + 1));
        token_of.push(Some(t));
    }
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    Tagger::builtin()
        .entities(&refs)
        .into_iter()
        .filter_map(|(s, e, ty)| {
            let kind = match ty.as_str() {
                "PERS" => ActorKind::Person,
                "ORG" => ActorKind::Organization,
                "LOC" => ActorKind::Location,
                _ => return None,
            };
            let start = token_of[s..e].iter().flatten().next().copied()?;
            let last = token_of[s..e].iter().flatten().last().copied()?;
            (last + 1 - start <= MAX_WORDS).then_some(Tagged {
                kind,
                start,
                end: last + 1,
            })
        })
        .collect()
}

fn is_punctuation(c: char) -> bool {
    !c.is_whitespace() && !crate::text::is_word_char(c)
}

/// The span without words another source holds, title words, numbers and function words at its
/// edges; `None` when nothing is left or the words do not stand together.
fn trim(doc: &Doc, cast: &Cast, mut start: usize, mut end: usize) -> Option<(usize, usize)> {
    let weak = |t: usize| {
        cast.owner[t].is_some()
            || cast.title[t]
            || doc.tokens[t].is_number
            || crate::lexicon::is_name_stop(doc.tokens[t].text.as_str())
            || doc.tokens[t].text.chars().count() < 2
            || crate::lexicon::ar_cue(crate::text::strip_conjunction(&doc.tokens[t].text)).is_some()
    };
    while start < end && weak(start) {
        start += 1;
    }
    while end > start && weak(end - 1) {
        end -= 1;
    }
    let together = (start..end.saturating_sub(1)).all(|t| doc.joined(t));
    (end > start && cast.free(start, end) && together).then_some((start, end))
}

/// The name as written, without the conjunction or preposition glued to its first word, and how
/// many characters of that word were dropped for the mention's span. "للمقاومة" gives the
/// name "المقاومة" (the article's alef is restored) and keeps its span whole.
pub(crate) fn name_of(doc: &Doc, start: usize, end: usize, kind: ActorKind) -> (String, usize) {
    let word: Vec<char> = doc.tokens[start].text.chars().collect();
    let n = word.len();
    let before_article = (1..=3)
        .find(|&k| {
            k + 2 < n
                && word[..k]
                    .iter()
                    .all(|c| matches!(c, 'و' | 'ف' | 'ب' | 'ل' | 'ك'))
                && word[k] == 'ا'
                && word[k + 1] == 'ل'
        })
        .filter(|&k| word[..k].iter().filter(|c| matches!(c, 'و' | 'ف')).count() <= 1);
    if let Some(k) = before_article {
        return (surface_text(doc, start, end, k), k);
    }
    // "لل" = ل + ال with its alef dropped: "للمقاومة" → "المقاومة".
    let lam_lam = (0..=1).find(|&k| {
        k + 3 < n
            && word[..k].iter().all(|c| matches!(c, 'و' | 'ف'))
            && word[k] == 'ل'
            && word[k + 1] == 'ل'
    });
    if let Some(k) = lam_lam {
        let rest = surface_text(doc, start, end, k + 1);
        return (format!("ا{rest}"), 0);
    }
    // A conjunction before a name: "ونايف البكري". Short names that begin with و keep it
    // ("وليد", "وائل").
    let conjunction = matches!(word.first(), Some('و' | 'ف')) && n >= 5;
    if conjunction && (kind == ActorKind::Person || n >= 6) {
        return (surface_text(doc, start, end, 1), 1);
    }
    (surface_text(doc, start, end, 0), 0)
}

/// A lone word that is the surname of exactly one person already found.
fn surname_owner(doc: &Doc, cast: &Cast, at: usize) -> Option<usize> {
    let stem = &doc.tokens[at].stem;
    let mut hits = cast
        .actors
        .iter()
        .enumerate()
        .filter(|(_, a)| a.kind == ActorKind::Person)
        .filter(|(_, a)| a.surname(doc).as_ref() == Some(stem));
    let first = hits.next()?;
    hits.next().is_none().then_some(first.0)
}

/// Words that open or make up names: "عبد", "أبو", "بن", and words the training corpus saw
/// mostly inside names of people.
pub fn is_name_word(folded: &str) -> bool {
    if matches!(
        folded,
        "عبد" | "ابو" | "ابي" | "ابن" | "بن" | "بنت" | "ام" | "ال"
    ) {
        return true;
    }
    WordStats::builtin()
        .word(&word_key(folded))
        .is_some_and(|c| c[1] * 2 >= c.iter().sum::<u32>() && c[1] >= 2)
}

/// Words the training corpus saw often and mostly outside names ("المصدر", "الضابط").
pub fn is_common_word(folded: &str) -> bool {
    let stats = WordStats::builtin();
    let counts = stats
        .word(&word_key(folded))
        .or_else(|| stats.stem(&marsad_ner::strip_clitics(&word_key(folded))));
    counts.is_some_and(|c| {
        let total: u32 = c.iter().sum();
        total >= 3 && c[0] * 10 >= total * 7
    })
}

/// "وقال الخضر الزغلي عضو اللجنة الطبية"، "وأوضح العمودي أن": the words right after a reporting
/// verb, up to a comma, a complement (أن), an addressee (لـ) or a title, are its subject. When none
/// of them is a common word, they are a person's name no list knows.
pub fn named_subjects(doc: &Doc, cast: &mut Cast) {
    let n = doc.tokens.len();
    for c in 0..n {
        let cue = crate::text::strip_conjunction(&doc.tokens[c].text);
        if cast.owner[c].is_some() || crate::lexicon::ar_cue(cue).is_none() {
            continue;
        }
        let (_, end) = doc.sentence_of(c);
        let start = c + 1;
        let mut k = start;
        while k < end && k - start < 4 && (k == start || doc.joined(k - 1)) {
            // "فؤاد قائد أحمد": a title word between two names is a name too
            let inner_title = k > start
                && cast.owner[k].is_none()
                && !doc.tokens[k].text.starts_with("ال")
                && crate::actors::title_head(&doc.tokens[k]).is_some()
                && k + 1 < end
                && doc.joined(k)
                && name_like(doc, cast, k + 1)
                // "أمين جربوع شيخ قبلي": a title before an adjective is the person's title
                && is_name_word(&doc.tokens[k + 1].text);
            if !(name_like(doc, cast, k) || inner_title) {
                break;
            }
            k += 1;
        }
        let words = k - start;
        if words == 0 || !subject_ends(doc, cast, k, end) {
            continue;
        }
        let single_ok = words == 1
            && complement_at(doc, k, end)
            && doc.tokens[start].text.chars().count() >= 4
            && (is_name_word(&doc.tokens[start].text) || unseen(&doc.tokens[start].text));
        if words == 1 && !single_ok {
            continue;
        }
        let (name, drop) = name_of(doc, start, k, ActorKind::Person);
        // "وقال الخيكاني" after "اللواء رياض الخيكاني": the person already named
        let known = (words == 1)
            .then(|| {
                cast.actors.iter().position(|a| {
                    a.kind == ActorKind::Person
                        && a.surname(doc).as_deref() == Some(doc.tokens[start].stem.as_str())
                })
            })
            .flatten();
        if let Some(a) = known {
            cast.claim(a, start, k, drop);
            cast.actors[a].surface.push(name);
            continue;
        }
        cast.actors.push(Actor::new(ActorKind::Person));
        let a = cast.actors.len() - 1;
        cast.claim(a, start, k, drop);
        cast.actors[a].surface.push(name);
    }
}

fn name_like(doc: &Doc, cast: &Cast, t: usize) -> bool {
    let w = &doc.tokens[t];
    // "علي" is also the preposition على: a name when written with ya and a name follows
    let ali = doc.is_ali(t)
        && t + 1 < doc.tokens.len()
        && doc.joined(t)
        && cast.owner[t].is_none()
        && name_like(doc, cast, t + 1);
    if ali {
        return true;
    }
    cast.owner[t].is_none()
        && !w.text.starts_with("لل")
        && !cast.title[t]
        && !w.is_number
        && w.text.chars().count() >= 2
        && w.text
            .chars()
            .all(|c| ('\u{0621}'..='\u{064A}').contains(&c))
        && !crate::lexicon::is_name_stop(w.text.as_str())
        && crate::lexicon::ar_cue(crate::text::strip_conjunction(&w.text)).is_none()
        && crate::actors::title_head(w).is_none()
        && crate::gazetteer::gazetteer().nationality(&w.text).is_none()
        && !is_common_word(&w.text)
}

/// What may follow a subject: the end of the sentence, punctuation, a complement, an addressee,
/// "في" ("في حديث", "في بيان"), a title or another actor.
fn subject_ends(doc: &Doc, cast: &Cast, k: usize, end: usize) -> bool {
    if k >= end {
        return true;
    }
    let w = &doc.tokens[k];
    doc.gap(k - 1, k)
        .contains([',', '،', ':', '"', '«', '(', '-'])
        || complement_at(doc, k, end)
        || matches!(w.text.as_str(), "ل" | "ب" | "في" | "خلال" | "امس" | "اليوم")
        || w.text.starts_with("لل") // "للصحافيين": whom it was said to
        || cast.title[k]
        || crate::actors::title_head(w).is_some()
        || cast.owner[k].is_some()
}

fn complement_at(doc: &Doc, k: usize, end: usize) -> bool {
    k < end
        && matches!(
            doc.tokens[k].text.as_str(),
            "ان" | "انه" | "انها" | "بان" | "بانه"
        )
}

/// A word the training corpus never saw (names of little-known people often are).
pub fn unseen(folded: &str) -> bool {
    let stats = WordStats::builtin();
    stats.word(&word_key(folded)).is_none()
}

/// A word the training corpus saw at most twice.
pub fn rare(folded: &str) -> bool {
    WordStats::builtin()
        .word(&word_key(folded))
        .is_none_or(|c| c.iter().sum::<u32>() <= 2)
}
