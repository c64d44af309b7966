//! Finding the actors of an article and tying every reference to one of them.
//!
//! Sources, in order: the gazetteer (longest match, clitics stripped); Arabic and English title
//! patterns with appositions ("وزير الخارجية الروسي، سيرغي لافروف", "Foreign Secretary Jack Straw");
//! capitalised English names; surnames that repeat a person found earlier or later; and institution
//! phrases ("الأجهزة الأمنية الروسية") that become actors only when they speak.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use marsad_domain::{ActorKind, Language, Script};

use crate::gazetteer::{gazetteer, Entry};
use crate::lexicon::{
    EN_MONTHS, EN_NOT_NAMES, EN_NOT_PERSON, EN_ORG_WORDS, EN_TITLE_WORDS, EN_WEEKDAYS,
};
use crate::text::Doc;

/// An actor being assembled from its mentions.
#[derive(Debug, Clone)]
pub struct Actor {
    pub kind: ActorKind,
    pub gazetteer: Option<usize>,
    /// Names as written in the text (clitics removed).
    pub surface: Vec<String>,
    pub roles: Vec<String>,
    /// Folded title words and nationality of each role, for "the Russian minister" coreference.
    pub role_words: Vec<(String, Option<String>)>,
    pub affiliation: Option<String>,
    /// Token ranges of the mentions.
    pub mentions: Vec<(usize, usize)>,
    /// Leading clitic characters of a mention's first word, where it has any.
    pub clitics: FxHashMap<(usize, usize), usize>,
    /// Kept only when it speaks or is a source (institution phrases).
    pub only_if_speaking: bool,
}

impl Actor {
    pub(crate) fn new(kind: ActorKind) -> Actor {
        Actor {
            kind,
            gazetteer: None,
            surface: Vec::new(),
            roles: Vec::new(),
            role_words: Vec::new(),
            affiliation: None,
            mentions: Vec::new(),
            clitics: FxHashMap::default(),
            only_if_speaking: false,
        }
    }

    pub fn entry(&self) -> Option<&'static Entry> {
        self.gazetteer.map(|i| &gazetteer().entries[i])
    }

    /// The last word of a person's longest name, folded without clitics.
    pub fn surname(&self, doc: &Doc) -> Option<String> {
        let (s, e) = *self.mentions.iter().max_by_key(|(s, e)| e - s)?;
        // a family name on its own ("وقال المخلافي إن") is the surname too
        let family = e - s == 1
            && self.kind == ActorKind::Person
            && self.entry().is_none()
            && doc.tokens[s].bare.starts_with("ال");
        (e - s >= 2 || family).then(|| doc.tokens[e - 1].stem.clone())
    }
}

/// All actors of an article, and which token belongs to which.
#[derive(Debug, Clone, Default)]
pub struct Cast {
    pub actors: Vec<Actor>,
    /// `owner[t]` = the actor whose mention covers token `t`.
    pub owner: Vec<Option<usize>>,
    /// `title[t]`: token `t` is part of a title ("وزير الخارجية الروسي").
    pub title: Vec<bool>,
}

impl Cast {
    pub(crate) fn claim(&mut self, actor: usize, from: usize, to: usize, drop: usize) {
        for t in from..to {
            self.owner[t] = Some(actor);
        }
        self.actors[actor].mentions.push((from, to));
        if drop > 0 {
            self.actors[actor].clitics.insert((from, to), drop);
        }
    }

    /// Adds `actor`, named by tokens `[from, to)` as written; its index.
    pub(crate) fn add(&mut self, doc: &Doc, mut actor: Actor, from: usize, to: usize) -> usize {
        actor.surface.push(doc.original_text(from, to));
        self.actors.push(actor);
        let a = self.actors.len() - 1;
        self.claim(a, from, to, 0);
        a
    }

    /// Gives up the mention `[from, to)`: a longer name has taken its words.
    pub(crate) fn release(&mut self, from: usize, to: usize) {
        if let Some(a) = self.owner[from] {
            self.actors[a].mentions.retain(|&m| m != (from, to));
            if self.actors[a].mentions.is_empty() {
                self.actors[a].only_if_speaking = true; // not named anywhere else
            }
        }
        for t in from..to {
            self.owner[t] = None;
        }
    }

    /// The token range of `actor`'s mention that covers token `at`.
    pub fn mention_at(&self, actor: usize, at: usize) -> Option<(usize, usize)> {
        if self.owner.get(at) != Some(&Some(actor)) {
            return None;
        }
        let mut start = at;
        while start > 0 && self.owner[start - 1] == Some(actor) {
            start -= 1;
        }
        let mut end = at + 1;
        while end < self.owner.len() && self.owner[end] == Some(actor) {
            end += 1;
        }
        Some((start, end))
    }

    /// Where the mention covering token `t` ends (`t + 1` when no actor holds it).
    pub(crate) fn mention_end(&self, t: usize) -> usize {
        self.owner[t]
            .and_then(|a| self.mention_at(a, t))
            .map_or(t + 1, |(_, e)| e)
    }

    pub(crate) fn free(&self, from: usize, to: usize) -> bool {
        to <= self.owner.len() && (from..to).all(|t| self.owner[t].is_none())
    }

    fn actor_for_entry(&mut self, entry: usize) -> usize {
        if let Some(i) = self.actors.iter().position(|a| a.gazetteer == Some(entry)) {
            return i;
        }
        let e = &gazetteer().entries[entry];
        let mut actor = Actor::new(e.kind);
        actor.gazetteer = Some(entry);
        actor.affiliation = e.affiliation.clone();
        self.actors.push(actor);
        self.actors.len() - 1
    }

    /// The actor mentioned at or right after token `t` (within `reach` tokens, same sentence).
    pub fn actor_after(&self, doc: &Doc, t: usize, reach: usize) -> Option<(usize, usize)> {
        let sentence = doc.tokens.get(t)?.sentence;
        (t..(t + reach).min(doc.tokens.len()))
            .take_while(|&i| doc.tokens[i].sentence == sentence)
            .find_map(|i| self.owner[i].map(|a| (a, i)))
    }
}

/// Finds the actors of `doc`.
pub fn find_actors(doc: &Doc) -> Cast {
    let mut cast = Cast {
        actors: Vec::new(),
        owner: vec![None; doc.tokens.len()],
        title: vec![false; doc.tokens.len()],
    };
    gazetteer_mentions(doc, &mut cast);
    if doc.language == Language::En {
        english_titles(doc, &mut cast);
        english_names(doc, &mut cast);
        english_institutions(doc, &mut cast);
        bare_institutions(doc, &mut cast);
    } else {
        let loose_titles = arabic_titles(doc, &mut cast);
        institution_phrases(doc, &mut cast);
        crate::organizations::organization_phrases(doc, &mut cast);
        crate::tagged::named_subjects(doc, &mut cast);
        crate::tagged::statistical_names(doc, &mut cast);
        appositions(doc, &mut cast, &loose_titles);
    }
    surname_mentions(doc, &mut cast);
    for actor in &mut cast.actors {
        actor.mentions.sort_unstable();
        actor.mentions.dedup();
    }
    cast
}

fn latin(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_alphabetic())
}

fn gazetteer_mentions(doc: &Doc, cast: &mut Cast) {
    let g = gazetteer();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        let mut matched = None;
        for len in (1..=g.max_tokens.min(n - i)).rev() {
            if !(i..i + len - 1).all(|t| joined_loosely(doc, t)) {
                continue;
            }
            let rest: Vec<&str> = doc.tokens[i + 1..i + len]
                .iter()
                .map(|t| t.text.as_str())
                .collect();
            let first = &doc.tokens[i];
            if latin(&first.text) && !first.capitalized && !first.is_number {
                continue;
            }
            for head in [&first.text, &first.bare, &first.stem] {
                let key = std::iter::once(head.as_str())
                    .chain(rest.iter().copied())
                    .collect::<Vec<_>>()
                    .join(" ");
                if let Some(&entry) = g.lookup(&key).first() {
                    matched = Some((entry, len, clitic_len(doc, i, head)));
                    break;
                }
            }
            if matched.is_some() {
                break;
            }
        }
        match matched {
            Some((entry, len, drop)) => {
                let actor = cast.actor_for_entry(entry);
                cast.claim(actor, i, i + len, drop);
                let surface = surface_text(doc, i, i + len, drop);
                cast.actors[actor].surface.push(surface);
                i += len;
            }
            None => i += 1,
        }
    }
}

/// Tokens `t` and `t + 1` are one name: only spaces or a hyphen between them.
fn joined_loosely(doc: &Doc, t: usize) -> bool {
    t + 1 < doc.tokens.len()
        && doc.tokens[t].sentence == doc.tokens[t + 1].sentence
        && (doc.gap(t, t + 1).chars().all(|c| c == ' ' || c == '-')
            || (doc.gap(t, t + 1) == "." && doc.tokens[t].text.chars().count() == 1))
}

/// How many leading characters of token `t` are clitics, given the form of it that matched.
pub fn clitic_len(doc: &Doc, t: usize, matched: &str) -> usize {
    let token = &doc.tokens[t];
    if token.text == matched {
        0
    } else {
        token
            .text
            .chars()
            .count()
            .saturating_sub(token.bare.chars().count())
    }
}

/// The original text of tokens `[from, to)` without `drop` leading (folded) characters.
pub fn surface_text(doc: &Doc, from: usize, to: usize, drop: usize) -> String {
    let (s, e) = doc.token_span(from, to);
    let mut start = s;
    let mut skipped = 0;
    while skipped < drop && start < e {
        if !crate::normalize::is_ignorable(doc.original[start]) {
            skipped += 1;
        }
        start += 1;
    }
    doc.original[start..e].iter().collect()
}

/// Original span of a mention without `drop` leading clitic characters.
pub fn mention_span(doc: &Doc, from: usize, to: usize, drop: usize) -> (usize, usize) {
    let (_, e) = doc.token_span(from, to);
    let text = surface_text(doc, from, to, drop);
    (e - text.chars().count(), e)
}

fn is_ar_title_head(word: &str) -> bool {
    crate::lexicon::is_title_head(word)
}

/// The title word a token is ("الوزير", "لوزير", "وزير" → "وزير"), if it is one.
pub fn title_head(token: &crate::text::Token) -> Option<String> {
    let word = [&token.text, &token.bare]
        .into_iter()
        .find(|w| is_ar_title_head(w))?;
    Some(
        word.strip_prefix("ال")
            .filter(|r| r.chars().count() >= 3)
            .unwrap_or(word)
            .to_string(),
    )
}

/// "وزير الخارجية الروسي، سيرغي لافروف" and "الرئيس اليمني عبد ربه منصور هادي". Returns the
/// titles with no name after them, for [`appositions`].
fn arabic_titles(doc: &Doc, cast: &mut Cast) -> Vec<LooseTitle> {
    let mut loose = Vec::new();
    let g = gazetteer();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        let head = &doc.tokens[i];
        if !(is_ar_title_head(&head.text) || is_ar_title_head(&head.bare))
            || cast.owner[i].is_some()
        {
            i += 1;
            continue;
        }
        let (_, sentence_end) = doc.sentence_of(i);
        // Modifiers: definite words, nationality adjectives, "لدى X" / "في X".
        let mut j = i + 1;
        let mut nationality = None;
        // After a place ("مدير عام الصحة في عدن الخضر الزغلي") a definite word the corpus (almost)
        // never saw starts the name rather than qualifying the title.
        let mut after_place = false;
        let mut definite_name = false;
        while j < sentence_end && j - i <= 7 && doc.joined(j - 1) {
            let w = &doc.tokens[j];
            if let Some(country) = g.nationality(&w.text) {
                nationality.get_or_insert_with(|| country.to_string());
                j += 1;
            } else if after_place && w.text.starts_with("ال") && crate::tagged::rare(&w.text) {
                definite_name = true;
                break;
            } else if w.text.starts_with("ال") && !crate::lexicon::is_name_stop(w.text.as_str()) {
                j += 1;
            } else if matches!(w.text.as_str(), "لدي" | "في" | "ب") && j + 1 < sentence_end {
                j += 2;
                after_place = is_place(cast, j - 1);
            } else if w.text == "عام" {
                // "مدير عام الصحة", "أمين عام الحزب"
                j += 1;
            } else if w.text == "باسم" && j + 1 < sentence_end {
                // "المتحدث باسم مجلس قيادة المقاومة": whom the speaker speaks for
                j += 1;
            } else if is_place(cast, j) {
                // "محافظ عدن", "قائد شرطة تعز"
                j = cast.mention_end(j);
                after_place = true;
            } else if let Some(next) = construct_chain(doc, cast, j, sentence_end) {
                // "رئيس مجلس قضاء الخالدية": nouns in a construct before a definite word
                j = next;
            } else {
                break;
            }
        }
        let title_end = j;
        let head_drop = if is_ar_title_head(&doc.tokens[i].text) {
            0
        } else {
            clitic_len(doc, i, &doc.tokens[i].bare)
        };
        let role = surface_text(doc, i, title_end, head_drop);
        for t in i..title_end {
            cast.title[t] = true;
        }
        // Optional comma, then the name.
        let comma =
            title_end < sentence_end && doc.gap(title_end - 1, title_end).contains([',', '،']);
        let mut name_start = title_end;
        // "العميد ركن أحمد عسيري", "الدكتور …": rank words between the title and the name
        while name_start < sentence_end
            && matches!(
                doc.tokens[name_start].text.as_str(),
                "ركن"
                    | "الركن"
                    | "طيار"
                    | "الدكتور"
                    | "د"
                    | "المهندس"
                    | "السيد"
                    | "الحاج"
            )
            && doc.joined(name_start)
        {
            cast.title[name_start] = true;
            name_start += 1;
        }
        let mut k = name_start;
        while k < sentence_end && k - name_start < 4 {
            let w = &doc.tokens[k];
            // "علي" is also the preposition على: a name only when a name follows
            let ali = k == name_start
                && w.text == "علي"
                && k + 1 < sentence_end
                && doc.joined(k)
                && (!doc.tokens[k + 1].text.starts_with("ال") || doc.is_ali(k))
                && !crate::tagged::is_common_word(&doc.tokens[k + 1].text);
            let stop = (crate::lexicon::is_name_stop(w.text.as_str()) && !ali)
                || w.text.chars().count() < 2
                || (k > name_start
                    && crate::tagged::is_common_word(&w.text)
                    && !crate::tagged::is_name_word(&w.text))
                || (k > name_start && definite_verbal_noun(&w.bare))
                || is_ar_title_head(&w.text)
                || crate::lexicon::ar_cue(crate::text::strip_conjunction(&w.text)).is_some()
                || w.is_number
                || latin(&w.text)
                || (k == name_start
                    && w.bare.starts_with("ال")
                    && cast.owner[k].is_none()
                    && !definite_name);
            if stop || (k > name_start && !doc.joined(k - 1)) {
                break;
            }
            k += 1;
            if cast.owner[k - 1].is_some() {
                // the name is (or runs into) a known actor: stop at its end
                let owner = cast.owner[k - 1];
                while k < sentence_end && cast.owner[k] == owner {
                    k += 1;
                }
                break;
            }
        }
        let role_words = (
            title_head(&doc.tokens[i]).unwrap_or_default(),
            nationality.clone(),
        );
        if k > name_start && (comma || title_end > i + 1 || cast.owner[name_start].is_some()) {
            let person = match cast.owner[name_start] {
                Some(a) if cast.actors[a].kind == ActorKind::Person => Some(a),
                Some(_) => None,
                None if k - name_start >= 2 || comma => {
                    cast.actors.push(Actor::new(ActorKind::Person));
                    let a = cast.actors.len() - 1;
                    cast.claim(a, name_start, k, 0);
                    let surface = surface_text(doc, name_start, k, 0);
                    cast.actors[a].surface.push(surface);
                    Some(a)
                }
                None => None,
            };
            if let Some(a) = person {
                let actor = &mut cast.actors[a];
                if !actor.roles.contains(&role) {
                    actor.roles.push(role);
                    actor.role_words.push(role_words);
                }
                if actor.affiliation.is_none() {
                    actor.affiliation = nationality;
                }
                i = k;
                continue;
            }
        }
        loose.push(LooseTitle {
            start: i,
            role,
            role_words,
            nationality,
        });
        i = title_end.max(i + 1);
    }
    loose
}

/// A definite verbal noun of a derived verb form («التعليق», «الاستيلاء», «الانسحاب»,
/// «الاجتماع»): the object of what comes before a name, never part of it («تحاشى المتحدث … جون
/// كيربي التعليق»). Family names take the article too, but in other shapes («الزغلي»، «الحوثي»).
fn definite_verbal_noun(bare: &str) -> bool {
    let Some(stem) = bare.strip_prefix("ال") else {
        return false;
    };
    let c: Vec<char> = stem.chars().collect();
    let n = c.len();
    (n == 5 && c[0] == 'ت' && c[3] == 'ي') // تفعيل
        || (n >= 6 && stem.starts_with("است") && c[n - 2] == 'ا') // استفعال
        || (n == 5 && c[0] == 'ا' && c[3] == 'ا') // انفعال، افتعال
}

/// A title with no name after it ("…، محافظ عدن"), which may describe the person named before it.
#[derive(Debug, Clone)]
struct LooseTitle {
    start: usize,
    role: String,
    role_words: (String, Option<String>),
    nationality: Option<String>,
}

/// "الخضر الزغلي عضو اللجنة الطبية", "نايف البكري، محافظ عدن": a title right after a person's
/// name is that person's role.
fn appositions(doc: &Doc, cast: &mut Cast, titles: &[LooseTitle]) {
    for title in titles {
        let i = title.start;
        if i == 0 || doc.tokens[i - 1].sentence != doc.tokens[i].sentence {
            continue;
        }
        let gap = doc.gap(i - 1, i);
        if !gap.chars().all(|c| matches!(c, ' ' | ',' | '،')) {
            continue;
        }
        if cast.owner[i].is_some() {
            continue;
        }
        let Some(a) = cast.owner[i - 1].filter(|&a| cast.actors[a].kind == ActorKind::Person)
        else {
            continue;
        };
        let actor = &mut cast.actors[a];
        if !actor.roles.contains(&title.role) {
            actor.roles.push(title.role.clone());
            actor.role_words.push(title.role_words.clone());
        }
        if actor.affiliation.is_none() {
            actor.affiliation.clone_from(&title.nationality);
        }
    }
}

const AR_INSTITUTIONS: &[&[&str]] = &[
    &["الاجهزه", "الامنيه"],
    &["الاجهزه", "الاستخباراتيه"],
    &["اجهزه", "الامن"],
    &["القوات"],
    &["الجيش"],
    &["الحكومه"],
    &["السلطات"],
    &["الشرطه"],
    &["الاستخبارات"],
    &["المخابرات"],
    &["الخارجيه"],
    &["الدفاع"],
    &["وزاره", "الدفاع"],
    &["وزاره", "الخارجيه"],
    &["وزاره", "الداخليه"],
    &["البحريه"],
    &["الرئاسه"],
];

/// Token `t` is part of a place already found.
fn is_place(cast: &Cast, t: usize) -> bool {
    cast.owner[t].is_some_and(|a| cast.actors[a].kind == ActorKind::Location)
}

/// Indefinite nouns in a construct that ends in a definite word or a place ("مجلس قضاء
/// الخالدية"): the token after that word, if `j` starts such a chain of at most three nouns.
fn construct_chain(doc: &Doc, cast: &Cast, j: usize, end: usize) -> Option<usize> {
    let mut k = j;
    while k < end && k - j < 3 {
        let w = &doc.tokens[k];
        let plain = cast.owner[k].is_none()
            && (k > j || !crate::tagged::unseen(&w.text))
            && (k > j || title_head(&doc.tokens[j - 1]).is_none())
            && !crate::tagged::is_name_word(&w.text)
            && !w.is_number
            && !latin(&w.text)
            && w.text.chars().count() >= 3
            && !crate::lexicon::is_name_stop(w.text.as_str())
            && crate::lexicon::ar_cue(crate::text::strip_conjunction(&w.text)).is_none();
        if !plain || !doc.joined(k) {
            return None;
        }
        k += 1;
        let next = &doc.tokens[k];
        if is_place(cast, k) {
            return Some(cast.mention_end(k));
        }
        if next.text.starts_with("ال") && !crate::lexicon::is_name_stop(next.text.as_str()) {
            return Some(k + 1);
        }
    }
    None
}

/// "الأجهزة الأمنية الروسية": an institution qualified by a nationality.
fn institution_phrases(doc: &Doc, cast: &mut Cast) {
    let g = gazetteer();
    for i in 0..doc.tokens.len() {
        for words in AR_INSTITUTIONS {
            let end = i + words.len();
            if end >= doc.tokens.len() || !cast.free(i, end + 1) || (i..=end).any(|t| cast.title[t])
            {
                continue;
            }
            let matches = words.iter().enumerate().all(|(k, w)| {
                let t = &doc.tokens[i + k];
                t.text == *w || (k == 0 && t.bare == *w)
            });
            if !matches || !(i..end).all(|t| doc.joined(t)) {
                continue;
            }
            let Some(country) = g.nationality(&doc.tokens[end].text) else {
                continue;
            };
            let mut actor = Actor::new(ActorKind::Organization);
            actor.affiliation = Some(country.to_string());
            actor.only_if_speaking = true;
            let drop = clitic_len(doc, i, words[0]);
            actor.surface.push(surface_text(doc, i, end + 1, drop));
            cast.actors.push(actor);
            let a = cast.actors.len() - 1;
            cast.claim(a, i, end + 1, drop);
        }
    }
}

/// Token `t` runs on into the next word of a name: by a space, or by a hyphen inside a
/// capitalised double name ("Manningham-Buller").
fn name_joined(doc: &Doc, t: usize) -> bool {
    doc.joined(t)
        || (t + 1 < doc.tokens.len()
            && doc.tokens[t].sentence == doc.tokens[t + 1].sentence
            && doc.tokens[t].capitalized
            && doc.gap(t, t + 1) == "-"
            && name_like(doc, t + 1))
}

fn is_en_title(word: &str) -> bool {
    EN_TITLE_WORDS.contains(&word)
}

fn name_like(doc: &Doc, t: usize) -> bool {
    let w = &doc.tokens[t];
    w.capitalized
        && !w.is_number
        && latin(&w.text)
        && ![EN_NOT_NAMES, EN_WEEKDAYS, EN_MONTHS]
            .iter()
            .any(|list| list.contains(&w.text.as_str()))
}

/// "al-Ubaidi", "bin Salman", "Abu Bakr" inside an English name: a particle at `k` (after a space)
/// joined by a space or hyphen to a capitalised word; the end of the pair.
fn name_particle(doc: &Doc, k: usize, end: usize) -> Option<usize> {
    let particle = matches!(
        doc.tokens.get(k)?.text.as_str(),
        "al" | "el" | "bin" | "ibn" | "ben" | "abu" | "abd" | "bint"
    );
    let same_sentence = k + 1 < end && doc.tokens[k].sentence == doc.tokens[k + 1].sentence;
    (particle && same_sentence && matches!(&*doc.gap(k, k + 1), " " | "-") && name_like(doc, k + 1))
        .then_some(k + 2)
}

/// "Foreign Secretary Jack Straw", "President George W. Bush", "spokesman for the Taliban, Abdul Latif Hakimi".
fn english_titles(doc: &Doc, cast: &mut Cast) {
    let g = gazetteer();
    let n = doc.tokens.len();
    for i in 0..n {
        if !is_en_title(&doc.tokens[i].text) {
            continue;
        }
        let (_, sentence_end) = doc.sentence_of(i);
        let mut k = i + 1;
        // "spokesman for the Taliban, X" / "Minister of Defence X"
        let mut scan = i + 1;
        while scan < sentence_end && scan - i <= 5 && !doc.gap(scan - 1, scan).contains(',') {
            scan += 1;
        }
        let after_comma =
            scan < sentence_end && doc.gap(scan - 1, scan).contains(',') && scan - i <= 5;
        if after_comma && name_like(doc, scan) {
            k = scan;
        } else if k + 2 < sentence_end
            && matches!(doc.tokens[k].text.as_str(), "of" | "for")
            && doc.joined(k)
            && name_like(doc, k + 1)
        {
            // "Minister of Information Tariq Azim Khan": the office, then the name
            let mut o = k + 1;
            while o < sentence_end
                && o - k <= 3
                && EN_OFFICE_WORDS.contains(&doc.tokens[o].text.as_str())
                && doc.joined(o - 1)
            {
                o += 1;
            }
            let rest = (o..(o + 4).min(sentence_end))
                .take_while(|&t| name_like(doc, t) && doc.joined(t - 1))
                .count();
            if rest >= 2 {
                k = o;
            }
        }
        let start = k;
        while k < sentence_end && k - start < 5 && (k == start || name_joined(doc, k - 1)) {
            if k > start {
                if let Some(next) = name_particle(doc, k, sentence_end) {
                    k = next;
                    continue;
                }
            }
            if !name_like(doc, k) || is_en_title(&doc.tokens[k].text) && k == start {
                break;
            }
            k += 1;
        }
        if k == start || !cast.free(start, k) {
            if let Some(a) = (start < n).then(|| cast.owner[start]).flatten() {
                add_english_role(doc, cast, a, i, start);
            }
            continue;
        }
        if k - start == 1 && !doc.tokens[i].capitalized && !after_comma {
            continue;
        }
        let ends_org = EN_ORG_WORDS.contains(&doc.tokens[k - 1].text.as_str());
        if ends_org || g.nationality(&doc.tokens[start].text).is_some() {
            continue;
        }
        // "Secretary General Khan", "Ms Khan": the surname of a person already named in full
        let a = match surname_holder(doc, cast, start, k) {
            Some(a) => a,
            None => {
                cast.actors.push(Actor::new(ActorKind::Person));
                cast.actors.len() - 1
            }
        };
        cast.claim(a, start, k, 0);
        cast.actors[a].surface.push(doc.original_text(start, k));
        add_english_role(doc, cast, a, i, start);
    }
}

/// The one person already found whose full name ends with the single word `start..end`.
fn surname_holder(doc: &Doc, cast: &Cast, start: usize, end: usize) -> Option<usize> {
    if end != start + 1 {
        return None;
    }
    let stem = &doc.tokens[start].stem;
    let holders: Vec<usize> = cast
        .actors
        .iter()
        .enumerate()
        .filter(|(_, a)| a.kind == ActorKind::Person && a.surname(doc).as_ref() == Some(stem))
        .map(|(i, _)| i)
        .collect();
    match holders[..] {
        [a] => Some(a),
        _ => None,
    }
}

fn add_english_role(doc: &Doc, cast: &mut Cast, actor: usize, title: usize, name_start: usize) {
    if cast.actors[actor].kind != ActorKind::Person || name_start <= title {
        return;
    }
    let g = gazetteer();
    let mut from = title;
    while from > 0 && doc.joined(from - 1) && doc.tokens[from - 1].capitalized && from + 3 > title {
        from -= 1;
    }
    let text = doc.original_text(from, name_start);
    // "Secretary General for Amnesty International (AI)": the role ends before the bracket
    let role = text
        .split('(')
        .next()
        .unwrap_or_default()
        .trim_end_matches([',', ' '])
        .to_string();
    if role.is_empty()
        || matches!(
            role.to_lowercase().trim_end_matches('.'),
            "mr" | "mrs" | "ms" | "miss" | "sir"
        )
    {
        return; // a form of address, not a role
    }
    let nationality =
        (from..name_start).find_map(|t| g.nationality(&doc.tokens[t].text).map(String::from));
    let a = &mut cast.actors[actor];
    if !a.roles.contains(&role) {
        a.roles.push(role);
        a.role_words
            .push((doc.tokens[title].text.clone(), nationality.clone()));
    }
    if a.affiliation.is_none() {
        a.affiliation = nationality;
    }
}

/// Capitalised runs in English text: organisations by their last word, people by shape.
fn english_names(doc: &Doc, cast: &mut Cast) {
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        if !name_like(doc, i) || cast.owner[i].is_some() {
            i += 1;
            continue;
        }
        let mut k = i + 1;
        while k < n && name_joined(doc, k - 1) && cast.owner[k].is_none() {
            if let Some(next) = name_particle(doc, k, n).filter(|&e| cast.free(k, e)) {
                k = next;
                continue;
            }
            let w = &doc.tokens[k];
            let connector = matches!(
                w.text.as_str(),
                "of" | "for" | "al" | "bin" | "el" | "the" | "de"
            ) && k + 1 < n
                && name_like(doc, k + 1);
            if name_like(doc, k) || connector {
                k += 1;
            } else {
                break;
            }
        }
        let words: Vec<&str> = doc.tokens[i..k].iter().map(|t| t.text.as_str()).collect();
        let model_number = doc.gap(i, (i + 1).min(n - 1)) == "-"
            && doc.tokens.get(i + 1).is_some_and(|t| t.is_number);
        if k == i + 1 && is_acronym(doc, i) && !model_number {
            cast.add(doc, Actor::new(ActorKind::Organization), i, k);
            i = k;
            continue;
        }
        let sentence_start = doc.sentence_of(i).0 == i;
        let is_org = words.iter().any(|w| EN_ORG_WORDS.contains(w));
        let is_person = !is_org
            && (2..=4).contains(&words.len())
            && !words
                .iter()
                .any(|w| is_en_title(w) || EN_NOT_PERSON.contains(w))
            && words
                .iter()
                .all(|w| w.len() > 1 && w.chars().all(|c| c.is_alphabetic()))
            && gazetteer().nationality(words[0]).is_none()
            && gazetteer().nationality(&two_words(doc, i)).is_none()
            && crate::numbers::read_number(&words[..1], 0).is_none(); // "Seven Iraqi commandos"

        // "the Iraq Body Count project": a place at the head of a longer name is part of it
        let place_head = (i > 0 && doc.joined(i - 1) && (words.len() >= 2 || is_org))
            .then(|| cast.owner[i - 1])
            .flatten()
            .filter(|&a| cast.actors[a].kind == ActorKind::Location)
            .and_then(|a| cast.mention_at(a, i - 1))
            .filter(|&(s, _)| s == 0 || !doc.joined(s - 1) || !doc.tokens[s - 1].capitalized);
        if let Some((s, e)) = place_head {
            cast.release(s, e);
            cast.add(doc, Actor::new(ActorKind::Organization), s, k);
            i = k;
            continue;
        }
        let kind = if is_org && words.len() >= 2 {
            Some(ActorKind::Organization)
        } else if is_person
            && !(sentence_start && words.len() == 2 && !doc.tokens[i + 1].capitalized)
        {
            Some(ActorKind::Person)
        } else {
            None
        };
        let place = kind.is_none()
            && k == i + 1
            && !sentence_start
            && i > 0
            && matches!(
                doc.tokens[i - 1].text.as_str(),
                "in" | "at" | "near" | "outside" | "from"
            )
            && doc.joined(i - 1)
            && words[0].len() >= 4
            && !EN_NOT_PERSON.contains(&words[0])
            && gazetteer().nationality(words[0]).is_none()
            && gazetteer().nationality(&two_words(doc, i)).is_none();
        let kind = if place {
            Some(ActorKind::Location)
        } else {
            kind
        };
        if let Some(kind) = kind {
            cast.add(doc, Actor::new(kind), i, k);
        }
        i = k;
    }
}

/// Words of an office after "Minister of …" (folded).
const EN_OFFICE_WORDS: &[&str] = &[
    "information",
    "defence",
    "defense",
    "foreign",
    "affairs",
    "interior",
    "state",
    "justice",
    "health",
    "finance",
    "education",
    "trade",
    "economy",
    "energy",
    "oil",
    "security",
    "home",
    "homeland",
    "intelligence",
    "war",
    "national",
    "public",
    "the",
    "staff",
    "operations",
];

/// "FNL", "LTTE": an all-capital word of 2 to 8 letters.
fn is_acronym(doc: &Doc, t: usize) -> bool {
    let original = doc.original_text(t, t + 1);
    let n = original.chars().count();
    (2..=8).contains(&n)
        && original
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && original.chars().any(|c| c.is_ascii_uppercase())
        && !matches!(
            original.as_str(),
            "AM" | "PM" | "TV" | "OK" | "II" | "III" | "IV" | "GMT" | "UTC"
        )
}

/// Tokens `t` and `t + 1`, folded, as one key ("sri lankan").
fn two_words(doc: &Doc, t: usize) -> String {
    match doc.tokens.get(t + 1) {
        Some(next) => format!("{} {}", doc.tokens[t].text, next.text),
        None => doc.tokens[t].text.clone(),
    }
}

const EN_INSTITUTIONS: &[&str] = &[
    "military",
    "army",
    "forces",
    "troops",
    "government",
    "police",
    "ministry",
    "embassy",
    "authorities",
    "navy",
    "intelligence",
    "security",
    "spokesman",
    "spokeswoman",
    "soldiers",
];

/// "U.S. military", "Israeli army", "Iraqi police": a country or nationality and an institution.
fn english_institutions(doc: &Doc, cast: &mut Cast) {
    let g = gazetteer();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        let country_end = match cast.owner[i] {
            Some(a) if cast.actors[a].kind == ActorKind::Location => {
                cast.mention_at(a, i).map(|(_, e)| e)
            }
            None if g.nationality(&doc.tokens[i].text).is_some() && doc.tokens[i].capitalized => {
                Some(i + 1)
            }
            // "Sri Lankan army", "Saudi Arabian forces": a nationality of two words
            None if doc.tokens[i].capitalized
                && i + 1 < n
                && doc.joined(i)
                && g.nationality(&two_words(doc, i)).is_some() =>
            {
                Some(i + 2)
            }
            _ => None,
        };
        let Some(e) = country_end else {
            i += 1;
            continue;
        };
        let abbreviation = e < n
            && doc.tokens[e - 1].text.chars().count() == 1
            && doc.gap(e - 1, e).trim_end() == "."
            && doc.tokens[e - 1].sentence == doc.tokens[e].sentence;
        if e < n
            && (doc.joined(e - 1) || abbreviation)
            && cast.owner[e].is_none()
            && EN_INSTITUTIONS.contains(&doc.tokens[e].text.as_str())
        {
            let affiliation = cast.owner[i]
                .and_then(|a| cast.actors[a].entry().map(|en| en.key.clone()))
                .or_else(|| g.nationality(&doc.tokens[i].text).map(String::from));
            let mut actor = Actor::new(ActorKind::Organization);
            actor.affiliation = affiliation;
            actor.only_if_speaking = true;
            actor.surface.push(doc.original_text(i, e + 1));
            cast.actors.push(actor);
            let a = cast.actors.len() - 1;
            if let Some(country) = cast.owner[i] {
                cast.actors[country].mentions.retain(|&(s, _)| s != i);
            }
            cast.claim(a, i, e + 1, 0);
            i = e + 1;
        } else {
            i = e;
        }
    }
}

/// Institutions named by their common noun alone ("Police said", "according to police", "the army
/// said"): one actor per noun, joined to a "Kenyan police" found in full; kept only when it speaks
/// or is a source.
fn bare_institutions(doc: &Doc, cast: &mut Cast) {
    let mut by_word: FxHashMap<String, usize> = FxHashMap::default();
    for t in 0..doc.tokens.len() {
        let word = doc.tokens[t].text.as_str();
        if cast.owner[t].is_some() || !matches!(word, "police" | "army" | "military" | "navy") {
            continue;
        }
        let definite = t > 0 && doc.tokens[t - 1].text == "the" && doc.joined(t - 1);
        if word != "police" && !definite {
            continue; // "military action", "army officers"
        }
        // "police officers", "police station": a modifier, not the institution; "police sources
        // said" speak for it
        let modifier = doc.joined(t)
            && doc.tokens.get(t + 1).is_some_and(|n| {
                matches!(
                    n.text.as_str(),
                    "officer"
                        | "officers"
                        | "station"
                        | "stations"
                        | "car"
                        | "cars"
                        | "vehicle"
                        | "vehicles"
                        | "post"
                        | "posts"
                        | "headquarters"
                        | "van"
                        | "patrol"
                        | "custody"
                        | "operation"
                        | "action"
                        | "raid"
                        | "raids"
                        | "chief"
                        | "commander"
                        | "commissioner"
                        | "force"
                        | "forces"
                        | "personnel"
                )
            });
        if modifier {
            continue;
        }
        let a = match by_word.get(word) {
            Some(&a) => a,
            None => {
                let existing = cast.actors.iter().position(|a| {
                    a.kind == ActorKind::Organization
                        && a.surface.iter().any(|s| {
                            s.to_lowercase()
                                .rsplit(' ')
                                .next()
                                .is_some_and(|last| last == word)
                        })
                });
                let a = existing.unwrap_or_else(|| {
                    let mut actor = Actor::new(ActorKind::Organization);
                    actor.only_if_speaking = true;
                    actor.surface.push(doc.original_text(t, t + 1));
                    cast.actors.push(actor);
                    cast.actors.len() - 1
                });
                by_word.insert(word.to_string(), a);
                a
            }
        };
        cast.claim(a, t, t + 1, 0);
    }
}

/// A lone surname (or the last word of an organisation's name) refers to the actor found in full.
fn surname_mentions(doc: &Doc, cast: &mut Cast) {
    let surnames: Vec<(usize, String)> = cast
        .actors
        .iter()
        .enumerate()
        .filter(|(_, a)| a.kind == ActorKind::Person)
        .filter_map(|(i, a)| a.surname(doc).map(|s| (i, s)))
        .filter(|(_, s)| s.chars().count() >= 3)
        .collect();
    // a family name said alone goes to the full name that ends in it, where there is one
    let full: Vec<bool> = surnames
        .iter()
        .map(|&(a, _)| cast.actors[a].mentions.iter().any(|(s, e)| e - s >= 2))
        .collect();
    let surnames: Vec<(usize, String)> = surnames
        .iter()
        .enumerate()
        .filter(|&(i, (_, s))| {
            full[i] || !surnames.iter().zip(&full).any(|((_, o), &f)| f && o == s)
        })
        .map(|(_, x)| x.clone())
        .collect();
    for t in 0..doc.tokens.len() {
        if cast.owner[t].is_some() {
            continue;
        }
        let w = &doc.tokens[t];
        if latin(&w.text) && !w.capitalized {
            continue;
        }
        let hits: Vec<usize> = surnames
            .iter()
            .filter(|(_, s)| *s == w.stem)
            .map(|(a, _)| *a)
            .collect();
        if let [a] = hits[..] {
            let drop = if surnames.iter().any(|(_, s)| *s == w.text) {
                0
            } else {
                clitic_len(doc, t, &w.bare)
            };
            cast.claim(a, t, t + 1, drop);
            let surface = surface_text(doc, t, t + 1, drop);
            cast.actors[a].surface.push(surface);
        }
    }
}

/// The names an actor is output with: canonical names first, then forms from the text.
pub fn names_of(actor: &Actor) -> (String, Option<String>, Option<String>, Vec<String>) {
    let longest = actor
        .surface
        .iter()
        .max_by_key(|s| s.chars().count())
        .cloned()
        .unwrap_or_default();
    let (name_ar, name_en) = match actor.entry() {
        Some(e) => (e.name_ar().map(String::from), e.name_en().map(String::from)),
        None => match Script::of(&longest) {
            Script::Arabic => (Some(longest.clone()), None),
            Script::Latin => (None, Some(longest.clone())),
            Script::Other => (None, None),
        },
    };
    let name = if Script::of(&longest) == Script::Arabic {
        name_ar.clone()
    } else {
        name_en.clone()
    }
    .unwrap_or_else(|| longest.clone());
    let mut aliases: BTreeSet<String> = actor.surface.iter().cloned().collect();
    aliases.extend(name_ar.iter().cloned());
    aliases.extend(name_en.iter().cloned());
    aliases.remove(&name);
    (name, name_ar, name_en, aliases.into_iter().collect())
}
