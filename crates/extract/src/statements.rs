//! Reported speech: cue, speaker, stance and content span.

use marsad_domain::{ActorKind, Language, Stance};

use crate::actors::Cast;
use crate::lexicon::{ar_cue, en_cue, AR_ACCORDING};
use crate::text::{strip_conjunction, Doc};

/// A statement found in tokens; spans are token ranges.
#[derive(Debug, Clone)]
pub struct Found {
    pub cue: usize,
    pub stance: Stance,
    pub speaker: Option<usize>,
    /// Token range of the speaker's mention, if in the same sentence.
    pub speaker_tokens: Option<(usize, usize)>,
    pub content: (usize, usize),
    pub confidence: f32,
    /// The speaker was named through a source ("مصادر في المقاومة"), so that "المصدر" later
    /// refers back to it.
    pub via_source: bool,
    /// Token range of a title that names no one in the article ("قال وزير الخارجية الروسي"):
    /// the workspace may know who held it.
    pub role: Option<(usize, usize)>,
}

/// An "according to X" attribution (a statement's or a figure's source).
#[derive(Debug, Clone, Copy)]
pub struct Attribution {
    pub at: usize,
    pub sentence: usize,
    pub actor: Option<usize>,
    /// "the 20,000 troops announced by President Bush": a source for figures, not a statement
    pub passive: bool,
}

const AR_PREPOSITIONS: &[&str] = &[
    "في", "من", "الي", "علي", "عن", "خلال", "لدي", "مع", "ان", "امام", "بان", "انه", "انها",
];
const EN_PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];
/// Cues whose other senses are common: they count only before a complement (أن / إن / ":").
const AR_WEAK_CUES: &[&str] = &[
    "كتب",
    "كتبت",
    "ابان",
    "ابانت",
    "ذكر",
    "ذكرت",
    "يذكر",
    "تذكر",
    "تابع",
    "تابعت",
    "قدر",
    "قدرت",
    "راي",
    "رات",
    "يري",
    "تري",
    "دعا",
    "دعت",
    "يدعو",
    "تدعو",
    "وصف",
    "وصفت",
    "توقع",
    "توقعت",
    "لفت",
    "لفتت",
    "اعرب",
    "اعربت",
    "اضاف",
    "اضافت",
    "يضيف",
    "تضيف",
    "وعد",
    "وعدت",
];

/// Nouns that introduce a spokesperson or source speaking for an actor named after them.
const AR_SOURCE_NOUNS: &[&str] = &[
    "مصدر",
    "مصادر",
    "المصدر",
    "المصادر",
    "مسؤول",
    "مسؤولون",
    "مسؤولين",
    "المسؤول",
    "متحدث",
    "المتحدث",
    "الناطق",
    "ناطق",
    "قيادي",
    "القيادي",
    "قياديون",
    "عضو",
    "المركز",
    "مركز",
    "المكتب",
    "مكتب",
    "بيان",
    "البيان",
    "قائد",
    "القائد",
    "ضابط",
    "مسؤوله",
    "مصدرا",
    "مقرب",
    "مقربون",
    "مقربين",
    "مقربه",
    "مصادر",
    "اوساط",
    "الاوساط",
    "الدائره",
];

/// Nouns for sources that stay unnamed even when the text says where they are: "مصادر في الجيش
/// العراقي", "مصدر مقرب من الحوثيين" are not the army or the Houthis speaking (a spokesman or an
/// official is: [`AR_SOURCE_NOUNS`]).
const AR_ANONYMOUS: &[&str] = &[
    "مصدر",
    "مصادر",
    "المصدر",
    "المصادر",
    "مصدرا",
    "مصدرين",
    "اوساط",
    "الاوساط",
    "مقرب",
    "مقربون",
    "مقربين",
    "مقربه",
    "شهود",
    "سكان",
    "مراقبون",
    "مراقبين",
];

/// A mention whose first word carries ل or ب (or follows a lone "ل"/"ب"): an addressee or object,
/// not a subject.
/// Returns (is an object, after a lone particle).
fn is_object(doc: &Doc, cast: &Cast, actor: usize, at: usize) -> (bool, bool) {
    let Some((start, end)) = cast.mention_at(actor, at) else {
        return (false, false);
    };
    let drop = cast.actors[actor]
        .clitics
        .get(&(start, end))
        .copied()
        .unwrap_or(0);
    let prefix: String = doc.tokens[start].text.chars().take(drop).collect();
    let lone_particle = start > 0
        && matches!(doc.tokens[start - 1].text.as_str(), "ل" | "ب")
        && doc.tokens[start - 1].sentence == doc.tokens[start].sentence
        && doc
            .gap(start - 1, start)
            .chars()
            .all(|c| matches!(c, ' ' | '"' | '\'' | '«' | '“'));
    (prefix.contains(['ل', 'ب']) || lone_particle, lone_particle)
}

/// The actor that opens the sentence (its first words), as the subject of what follows.
fn sentence_subject(cast: &Cast, first: usize, before: usize) -> Option<usize> {
    (first..(first + 4).min(before))
        .find_map(|t| cast.owner[t])
        .filter(|&a| can_speak(cast, a))
}

/// The person the sentence opens with (in its first three words, before `before`).
fn opening_person(cast: &Cast, first: usize, before: usize) -> Option<usize> {
    (first..(first + 3).min(before))
        .find_map(|t| cast.owner[t])
        .filter(|&a| cast.actors[a].kind == ActorKind::Person)
}

fn is_participle(word: &str) -> bool {
    (word.starts_with('م') && (word.ends_with('ا') || word.ends_with('ه') || word.ends_with("ين")))
        || matches!(word, "قائلا" | "قائله" | "قائلين")
}

/// Finds statements and attributions.
pub fn find_statements(doc: &Doc, cast: &Cast) -> (Vec<Found>, Vec<Attribution>) {
    let attributions = find_attributions(doc, cast);
    let mut found: Vec<Found> = Vec::new();
    // The speaker last named through a source ("مصادر في المقاومة"), for a later "المصدر".
    let mut last_source = None;
    for (s, &(first, end)) in doc.sentence_tokens.iter().enumerate() {
        let mut in_sentence: Vec<Found> = Vec::new();
        for c in first..end {
            let stance = match doc.language {
                Language::En => en_cue(&doc.tokens[c].text),
                _ => ar_cue(strip_conjunction(&doc.tokens[c].text)),
            };
            let Some(stance) = stance else { continue };
            if cast.owner[c].is_some() {
                continue;
            }
            let previous = in_sentence.last().or(found.last());
            let statement = match doc.language {
                Language::En => {
                    let said = |t: usize| {
                        // the statements just before (a pronoun looks back a few sentences)
                        found.iter().rev().take(24).chain(&in_sentence).any(|f| {
                            f.content.0 <= t
                                && t < f.content.1
                                && !f.speaker_tokens.is_some_and(|(s, e)| s <= t && t < e)
                        })
                    };
                    english_statement(doc, cast, c, stance, (first, end), previous, &said)
                }
                _ => arabic_statement(
                    doc,
                    cast,
                    c,
                    stance,
                    (first, end),
                    previous,
                    in_sentence.last(),
                    last_source,
                ),
            };
            if let Some(st) = statement {
                if st.via_source {
                    last_source = st.speaker;
                }
                in_sentence.push(st);
            }
        }
        end_before_next(doc, &mut in_sentence);
        if doc.language == Language::En {
            drop_emptied(doc, &mut in_sentence);
        }
        if in_sentence.is_empty() {
            for a in attributions
                .iter()
                .filter(|a| a.sentence == s && !a.passive)
            {
                if let Some(st) = attribution_statement(cast, a, (first, end)) {
                    in_sentence.push(st);
                }
            }
        }
        found.extend(in_sentence);
    }
    (found, attributions)
}

/// Where a sentence holds several statements, each one's content ends where the next one's clause
/// begins ("…، فيما قالت وكالة سبأ إن…").
fn end_before_next(doc: &Doc, statements: &mut [Found]) {
    for i in 1..statements.len() {
        let next_cue = statements[i].cue;
        let mut clause = next_cue;
        while clause > 0
            && matches!(
                doc.tokens[clause - 1].text.as_str(),
                "فيما" | "بينما" | "كما" | "و" | "while" | "and" | "but"
            )
        {
            clause -= 1;
        }
        let current = &mut statements[i - 1];
        if current.content.0 < clause && current.content.1 > next_cue && current.cue < clause {
            current.content.1 = clause;
        }
    }
}

/// "Human Rights Watch reported what it said was evidence that…": a statement left with a word or
/// two before the next one by the same speaker is that one.
fn drop_emptied(doc: &Doc, statements: &mut Vec<Found>) {
    let mut i = 1;
    while i < statements.len() {
        let (a, b) = (&statements[i - 1], &statements[i]);
        let run_on =
            b.cue <= a.cue + 4 && (a.cue + 1..=b.cue).all(|t| !doc.gap(t - 1, t).contains(','));
        if run_on && a.content.1 <= a.content.0 + 2 && a.speaker.is_some() && a.speaker == b.speaker
        {
            statements.remove(i - 1);
        } else {
            i += 1;
        }
    }
}

fn has_complement(doc: &Doc, c: usize, end: usize) -> bool {
    (c + 1..(c + 12).min(end))
        .any(|k| matches!(doc.tokens[k].text.as_str(), "ان" | "انه" | "انها" | "بان"))
        || doc.gap(c, (c + 1).min(end.saturating_sub(1))).contains(':')
}

#[allow(clippy::too_many_arguments)]
fn arabic_statement(
    doc: &Doc,
    cast: &Cast,
    c: usize,
    stance: Stance,
    (first, end): (usize, usize),
    previous: Option<&Found>,
    same_sentence: Option<&Found>,
    last_source: Option<usize>,
) -> Option<Found> {
    let word = strip_conjunction(&doc.tokens[c].text);
    let subject_follows = c + 1 < end && cast.owner[c + 1].is_some();
    if AR_WEAK_CUES.contains(&word) && !has_complement(doc, c, end) && !subject_follows {
        return None;
    }
    let mut speaker = None;
    let mut confidence = 0.9;
    let mut explicit_subject = false;
    let mut source_noun = false;
    let mut anonymous = false;
    let mut words_before_actor = 0;
    // Verb-subject order: the subject follows the cue, possibly after a title; "مصادر في X",
    // "المتحدث باسم X", "المركز الإعلامي للمقاومة" speak for X.
    let mut k = c + 1;
    // "قال ناطق باسم السفارة الروسية": with no name after the title, whom it speaks for
    let mut spoken_for = None;
    while k < end && k <= c + 10 {
        let w = &doc.tokens[k];
        let person = cast.owner[k].is_some_and(|a| cast.actors[a].kind == ActorKind::Person);
        if cast.title[k] && !person {
            // "قائد العمليات في بابل اللواء رياض الخيكاني": a title runs to its name
            if let Some(a) = cast.owner[k].filter(|&a| {
                cast.actors[a].kind == ActorKind::Organization && doc.tokens[k - 1].text == "باسم"
            }) {
                spoken_for.get_or_insert((a, k));
            }
            explicit_subject = true;
            k += 1;
            continue;
        }
        if let Some(a) = cast.owner[k] {
            let (object, lone) = is_object(doc, cast, a, k);
            let speaks_for = source_noun
                && !lone
                && cast.actors[a].kind == ActorKind::Organization
                && !(object && is_news_outlet(&cast.actors[a]));
            if object && !speaks_for {
                // "قال لـ«الشرق الأوسط»": whom it was said to, not who said it
                k = cast.mention_at(a, k).map_or(k + 1, |(_, e)| e);
                continue;
            }
            if source_noun && cast.actors[a].kind == ActorKind::Location {
                break; // "مصادر في عدن": unnamed sources somewhere, not the place speaking
            }
            speaker = Some((a, k));
            if cast.actors[a].kind == ActorKind::Location && explicit_subject {
                // "كشف قائد معركة تحرير عدن، العميد عبدالله الصبيحي،": the place is part of the
                // title; the person named after the comma speaks
                let e = cast.mention_at(a, k).map_or(k + 1, |(_, e)| e);
                if e < end && doc.gap(e - 1, e).contains([',', '،']) {
                    if let Some(p) = (e..(e + 4).min(end)).find_map(|t| {
                        cast.owner[t]
                            .filter(|&p| cast.actors[p].kind == ActorKind::Person)
                            .map(|p| (p, t))
                    }) {
                        speaker = Some(p);
                    }
                }
            }
            break;
        }
        if k > c + 1 && doc.gap(k - 1, k).contains([',', '،', ':', '"']) && !cast.title[k - 1] {
            break;
        }
        if !cast.title[k] && words_before_actor >= 4 {
            break; // too far into the clause to be its subject ("…ومصادر عسكرية اتصلت بها وكالة…")
        }
        if k == c + 1 && doc.gap(c, k).contains([':', '«', '"']) {
            break; // "وأضاف: «…»": the quotation follows, the subject is understood
        }
        let particle = matches!(w.text.as_str(), "ل" | "ب" | "باسم");
        if particle && !source_noun {
            k += 1;
            continue;
        }
        if (AR_PREPOSITIONS.contains(&w.text.as_str())
            && !(source_noun && matches!(w.text.as_str(), "في" | "من" | "عن")))
            || w.is_number
        {
            break;
        }
        if !explicit_subject && AR_SOURCE_NOUNS.contains(&w.bare.as_str()) {
            source_noun = true;
        }
        if !explicit_subject && AR_ANONYMOUS.contains(&w.bare.as_str()) {
            anonymous = true;
        }
        explicit_subject = true;
        words_before_actor += 1;
        k += 1;
    }
    let participle = is_participle(word);
    if speaker.is_none() && !anonymous && !participle {
        speaker = subject_before(doc, cast, c, first);
    }
    if anonymous {
        speaker = None;
    }
    if speaker.is_none() && explicit_subject && !anonymous {
        speaker = title_reference(doc, cast, c + 1, k).map(|a| (a, c + 1));
    }
    if speaker.is_none() {
        speaker = spoken_for;
    }
    let role = (speaker.is_none() && c + 1 < end && cast.title[c + 1])
        .then(|| {
            let run_end = (c + 1..end).find(|&t| !cast.title[t]).unwrap_or(end);
            (c + 1, run_end)
        })
        .filter(|&(from, to)| names_a_post(doc, cast, from, to));
    if speaker.is_none()
        && source_noun
        && !anonymous
        && k == c + 2
        && doc.tokens[c + 1].text.starts_with("ال")
    {
        // "وأكد المصدر أن": the source already quoted, speaking for the same actor
        speaker = last_source.map(|a| (a, c + 1));
        confidence = 0.7;
    }
    if speaker.is_none() && participle && !anonymous {
        // The speaker already speaking in the sentence (no one, after unnamed sources), or the
        // subject of the sentence's main verb, or the last speaker.
        speaker = match same_sentence {
            Some(p) => p.speaker,
            None => sentence_subject(cast, first, c).or_else(|| previous.and_then(|p| p.speaker)),
        }
        .map(|a| (a, c));
        confidence = 0.7;
    }
    if speaker.is_none() && !explicit_subject && !participle {
        // Subject-verb order: the sentence opens with the actor, then the cue.
        speaker = (c.saturating_sub(3).max(first)..c)
            .rev()
            .find_map(|t| cast.owner[t])
            .filter(|&a| {
                cast.mention_at(a, c.saturating_sub(1))
                    .is_some_and(|(s, _)| s <= first + 1)
            })
            .map(|a| (a, c));
    }
    if speaker.is_none() && !explicit_subject && !unnamed_subject_before(doc, c, first) {
        // A pronoun subject: the speaker of the previous statement.
        speaker = previous.and_then(|p| p.speaker).map(|a| (a, c));
        confidence = 0.7;
    }
    if speaker.is_none()
        && !participle
        && word == doc.tokens[c].text
        && same_sentence.is_some_and(|p| p.content.0 <= c && c < p.content.1)
    {
        // "أبان شكري أن لقاءه بولي العهد أكد أهمية …": a verb inside what someone said, whose
        // subject is no one, is part of it
        return None;
    }
    let (speaker, speaker_at) = match speaker {
        Some((a, at)) => (Some(a), Some(at)),
        None => (None, None),
    };
    let speaker_tokens = speaker_at.and_then(|at| cast.mention_at(speaker?, at));
    let after = speaker_tokens
        .or(role)
        .map(|(_, e)| e.max(c + 1))
        .unwrap_or(c + 1);
    let content = if end > after + 2 {
        (after, end)
    } else {
        (first, c)
    };
    Some(Found {
        cue: c,
        stance,
        speaker,
        speaker_tokens,
        content,
        confidence: if speaker.is_some() { confidence } else { 0.5 },
        via_source: source_noun && speaker.is_some(),
        role,
    })
}

/// "وكانت مصادر عسكرية مالية ذكرت": an unnamed source is the subject written before the cue, so
/// the cue does not continue the previous speaker.
fn unnamed_subject_before(doc: &Doc, c: usize, first: usize) -> bool {
    if strip_conjunction(&doc.tokens[c].text) != doc.tokens[c].text {
        return false; // "وذكرت" opens a clause of its own
    }
    (c.saturating_sub(4).max(first)..c)
        .rev()
        .take_while(|&t| !doc.gap(t, t + 1).contains([',', '،', '.', ':', '"', '«']))
        .any(|t| AR_ANONYMOUS.contains(&doc.tokens[t].bare.as_str()))
}

/// Arabic subject-verb order with the subject right before the cue ("وكانت وزارة الدفاع العراقية
/// أعلنت", "اللواء محمد المقدشي، قد أعلن"), not in a phrase with a preposition and not across a
/// clause ("…في عدن، وقال"). Returns the actor and where its mention starts.
fn subject_before(doc: &Doc, cast: &Cast, c: usize, first: usize) -> Option<(usize, usize)> {
    if strip_conjunction(&doc.tokens[c].text) != doc.tokens[c].text {
        return None; // "وقال" opens a clause of its own
    }
    let mut b = c;
    let mut particle = false;
    while b > first && matches!(doc.tokens[b - 1].text.as_str(), "قد" | "لقد") {
        b -= 1;
        particle = true;
    }
    if b == first {
        return None;
    }
    let gap = doc.gap(b - 1, if particle { b } else { c });
    if gap.contains(['.', ':', '"', '«', '»', '؛']) || (gap.contains([',', '،']) && !particle) {
        return None;
    }
    let a = cast.owner[b - 1].filter(|&a| can_speak(cast, a))?;
    let (s, _) = cast.mention_at(a, b - 1)?;
    let (object, _) = is_object(doc, cast, a, s);
    let after_preposition = s > first && AR_PREPOSITIONS.contains(&doc.tokens[s - 1].text.as_str());
    (!object && !after_preposition).then_some((a, s))
}

/// A news agency, channel or paper: "لوكالة الأنباء الألمانية" is whom sources spoke to. Known by
/// its gazetteer entry or by a name that says what it is.
fn is_news_outlet(actor: &crate::actors::Actor) -> bool {
    let entry = actor.entry();
    let entry_names = entry.into_iter().flat_map(|e| e.names_ar.iter());
    entry.is_some_and(|e| e.key.starts_with("org:media-"))
        || actor.surface.iter().chain(entry_names).any(|name| {
            let name = crate::normalize::fold_key(name);
            ["وكاله", "قناه", "صحيفه"].iter().any(|w| name.contains(w))
        })
}

fn can_speak(cast: &Cast, actor: usize) -> bool {
    matches!(
        cast.actors[actor].kind,
        ActorKind::Person | ActorKind::Organization | ActorKind::Location
    )
}

/// English: the subject of a cue that follows a relative clause or an apposition set off by
/// commas ("Ahmat Ismael Bichara, who led the sect and claimed to follow Islam, ordered"; "The
/// African Union, which has been urging both sides …, condemned"; "Rajoelina, the former mayor of
/// Antananarivo …, had called for"): the actor right before the clause's opening comma.
fn relative_subject(doc: &Doc, cast: &Cast, c: usize, first: usize) -> Option<(usize, usize)> {
    let mut v = c;
    while v > first
        && matches!(
            doc.tokens[v - 1].text.as_str(),
            "had" | "has" | "have" | "also" | "then" | "later" | "will" | "would"
        )
    {
        v -= 1;
    }
    if v == first || !doc.gap(v - 1, v).contains(',') {
        return None;
    }
    // the actor before the comma, or before the common noun that ends its name ("project")
    let named_before = |k: usize| {
        cast.owner[k - 1].map(|a| (a, k - 1)).or_else(|| {
            (k >= 2 && !doc.tokens[k - 1].capitalized && doc.joined(k - 2))
                .then(|| cast.owner[k - 2].map(|a| (a, k - 2)))
                .flatten()
        })
    };
    let opening = (first + 1..v.saturating_sub(1)).rev().take(40).find(|&k| {
        let word = doc.tokens[k].text.as_str();
        doc.gap(k - 1, k).contains(',')
            && (matches!(word, "who" | "which")
                // an apposition names no one itself ("the Secretary General …, Irene Khan, said")
                || (matches!(word, "the" | "a" | "an")
                    && (k..v).all(|t| {
                        cast.owner[t].is_none_or(|a| cast.actors[a].kind != ActorKind::Person)
                    })))
            && named_before(k).is_some()
    })?;
    named_before(opening).filter(|&(a, _)| can_speak(cast, a))
}

/// English: token `c` lies inside a quotation opened earlier in its paragraph.
fn inside_quotation(doc: &Doc, c: usize) -> bool {
    let chars = &doc.folded.chars;
    let at = doc.tokens[c].start;
    let limit = at.saturating_sub(3000);
    let from = chars[limit..at]
        .iter()
        .rposition(|&ch| ch == '\n')
        .map_or(limit, |i| limit + i + 1);
    chars[from..at].iter().filter(|&&ch| ch == '"').count() % 2 == 1
}

/// English: past what says how or when something was said ("in a statement", "on Monday",
/// "yesterday"), to what was said.
fn past_circumstance(doc: &Doc, mut after: usize, end: usize) -> usize {
    let word = |t: usize| {
        doc.tokens
            .get(t)
            .filter(|_| t < end)
            .map_or("", |w| w.text.as_str())
    };
    if word(after) == "in"
        && matches!(
            word(after + 1),
            "a" | "an" | "his" | "her" | "its" | "their"
        )
        && matches!(
            word(after + 2),
            "statement" | "interview" | "letter" | "speech" | "communique" | "report"
        )
    {
        after += 3;
    }
    if word(after) == "on" && crate::lexicon::EN_WEEKDAYS.contains(&word(after + 1)) {
        after += 2;
    } else if crate::lexicon::EN_WEEKDAYS.contains(&word(after))
        || matches!(word(after), "yesterday" | "today")
    {
        after += 1;
    }
    after
}

/// "الوزير الروسي": the person with a matching role mentioned most recently before `from`.
fn title_reference(doc: &Doc, cast: &Cast, from: usize, to: usize) -> Option<usize> {
    let head = doc.tokens.get(from)?;
    let head_stem = crate::actors::title_head(head)?;
    let g = crate::gazetteer::gazetteer();
    let nationality = (from + 1..to).find_map(|t| g.nationality(&doc.tokens[t].text));
    last_person_before(
        cast,
        from,
        |a| {
            a.role_words.iter().any(|(w, n)| {
                *w == head_stem && (nationality.is_none() || n.as_deref() == nationality)
            })
        },
        &|_| false,
    )
}

/// Nouns for people who speak without being named ("an official said", "U.S. officials said",
/// "witnesses said"): the speaker is no one in the article.
const EN_UNNAMED: &[&str] = &[
    "official",
    "officials",
    "source",
    "sources",
    "witness",
    "witnesses",
    "eyewitness",
    "eyewitnesses",
    "resident",
    "residents",
    "analyst",
    "analysts",
    "observers",
    "diplomat",
    "diplomats",
    "experts",
    "doctors",
    "medics",
    "someone",
    "aides",
    "aide",
    "critics",
    "spokesman",
    "spokeswoman",
    "spokesperson",
];

/// Documents that speak for whoever wrote them ("the report says").
const EN_DOCUMENTS: &[&str] = &[
    "report",
    "study",
    "survey",
    "dossier",
    "letter",
    "document",
    "communique",
    "declaration",
    "memo",
    "review",
    "paper",
];

/// English: who wrote the document named at token `k` ("the report"): the actor named with the
/// nearest earlier mention of such a document ("A report published by the Iraq Body Count
/// project", "Amnesty International's annual report"), or with this one ("the report by X").
fn document_author(doc: &Doc, cast: &Cast, k: usize) -> Option<(usize, usize)> {
    // "its 2006 International Report" names the document, not who wrote it
    let not_document = |a: usize| {
        cast.actors[a]
            .mentions
            .iter()
            .all(|&(_, e)| !EN_DOCUMENTS.contains(&doc.tokens[e - 1].text.as_str()))
    };
    let author_near = |t: usize| {
        // after it, past "published/compiled/released by", "by", "of", "from"
        let after = (t + 1..(t + 6).min(doc.tokens.len()))
            .take_while(|&u| doc.tokens[u].sentence == doc.tokens[t].sentence)
            .find_map(|u| {
                let marked = matches!(
                    doc.tokens[u - 1].text.as_str(),
                    "by" | "from" | "of" | "the"
                );
                cast.owner[u]
                    .filter(|&a| {
                        marked && cast.actors[a].kind != ActorKind::Location && not_document(a)
                    })
                    .map(|a| (a, u))
            });
        // before it: "Amnesty International's report", "the UN report"
        let before = (t.saturating_sub(3)..t)
            .rev()
            .take_while(|&u| doc.tokens[u].sentence == doc.tokens[t].sentence)
            .find_map(|u| {
                cast.owner[u]
                    .filter(|&a| can_speak(cast, a) && not_document(a))
                    .map(|a| (a, u))
            });
        after.or(before)
    };
    if let Some(found) = author_near(k) {
        return Some(found);
    }
    // an earlier mention of a document ("A report published by …")
    (k.saturating_sub(2000)..k)
        .rev()
        .filter(|&t| EN_DOCUMENTS.contains(&doc.tokens[t].text.as_str()))
        .find_map(author_near)
}

/// Words that make the next mention an object, not a subject ("attacks by the PKK").
const EN_OBJECT_MARKERS: &[&str] = &[
    "by", "against", "on", "of", "to", "from", "with", "for", "at", "into", "over", "about", "in",
    "toward", "towards", "between",
];

/// English: the cue word at `c` is not a report here: a passive ("is believed to"), a noun ("those
/// claims", "estimates of"), another sense ("called in", "claimed the lives", the adjective
/// "alleged") or a verb inside a quotation (the speaker's own words).
fn english_other_sense(doc: &Doc, c: usize, first: usize) -> bool {
    let cue = doc.tokens[c].text.as_str();
    // the verb before, past an adverb: "are also reported to"
    let mut v = c;
    while v > first
        && matches!(
            doc.tokens[v - 1].text.as_str(),
            "also"
                | "widely"
                | "now"
                | "later"
                | "already"
                | "previously"
                | "reportedly"
                | "still"
                | "often"
                | "being"
        )
    {
        v -= 1;
    }
    if v > first
        && matches!(
            doc.tokens[v - 1].text.as_str(),
            "is" | "are" | "was" | "were" | "be" | "been" | "being"
        )
        && !cue.ends_with("ing")
    {
        return true; // passive: "is believed to", "was reported"; not "is demanding"
    }
    let next = doc
        .tokens
        .get(c + 1)
        .filter(|n| n.sentence == doc.tokens[c].sentence);
    let next_word = next.map_or("", |n| n.text.as_str());
    if (next_word == "of" && !cue.starts_with("spoke"))
        || (cue == "called" && matches!(next_word, "in" | "off" | "up" | "out"))
        || (matches!(cue, "calling" | "calls") && !matches!(next_word, "for" | "on" | "upon"))
        || (matches!(cue, "pointed" | "points") && next_word != "out")
        || (cue == "reporting" && next_word != "that") // "is reporting that"; not "the reporting of"
        || (matches!(cue, "asked" | "asks")
            && c > first
            && matches!(doc.tokens[c - 1].text.as_str(), "when" | "if" | "after"))
        || (doc.tokens[c].capitalized && c > first)
    {
        return true; // nouns and other senses: "estimates of", "claims of", "called in support"
    }
    if cue == "alleged" && !matches!(next_word, "that" | "") && !doc.gap(c, c + 1).contains(',') {
        return true; // an adjective: "alleged war-crimes"
    }
    let after_next = doc.tokens.get(c + 2).map_or("", |n| n.text.as_str());
    if (matches!(cue, "reported" | "said" | "believed" | "thought" | "known") && next_word == "to")
        || (matches!(cue, "claimed" | "claims") && (next_word == "lives" || after_next == "lives"))
        || (matches!(cue, "reported" | "confirmed" | "believed")
            && matches!(next_word, "in" | "by" | "at" | "as" | "from"))
        || next_word == "by"
    {
        // "reported to be women", "claimed the lives of", "explosions reported in Xinjiang"
        return true;
    }
    if inside_quotation(doc, c) {
        return true; // '"The Americans have promised us a better life"': the speaker's words
    }
    if cue.ends_with("ing") && doc.tokens.get(c + 1).is_some_and(|t| t.text == "to") {
        return true; // "a man claiming to be a spokesman"
    }
    if c > first
        && matches!(
            doc.tokens[c - 1].text.as_str(),
            "the"
                | "a"
                | "an"
                | "those"
                | "these"
                | "this"
                | "that"
                | "such"
                | "his"
                | "her"
                | "their"
                | "its"
                | "with"
                | "of"
                | "new"
        )
    {
        return true; // a noun: "denied those claims", "with reports suggesting"
    }
    false
}

fn english_statement(
    doc: &Doc,
    cast: &Cast,
    c: usize,
    stance: Stance,
    (first, end): (usize, usize),
    previous: Option<&Found>,
    said: &dyn Fn(usize) -> bool,
) -> Option<Found> {
    let cue = doc.tokens[c].text.as_str();
    if english_other_sense(doc, c, first) {
        return None;
    }
    let mut speaker: Option<(usize, usize)> = relative_subject(doc, cast, c, first);
    let mut confidence = 0.9;
    let mut unnamed = false;
    // Subject before the cue: nearest actor in the clause that is not an object, or a pronoun.
    let mut k = if speaker.is_some() { first } else { c };
    let mut reach = 9;
    while k > first && c - k < reach {
        k -= 1;
        if doc.gap(k, k + 1).contains('"') {
            break; // '"…Iran," said X': the quotation is not the subject
        }
        if let Some(a) = cast.owner[k] {
            let (mut s, _) = cast.mention_at(a, k).unwrap_or((k, k + 1));
            while s > first
                && (matches!(
                    doc.tokens[s - 1].text.as_str(),
                    "the" | "a" | "an" | "its" | "their" | "his" | "her"
                ) || crate::lexicon::EN_TITLE_WORDS.contains(&doc.tokens[s - 1].text.as_str())
                    || crate::gazetteer::gazetteer()
                        .nationality(&doc.tokens[s - 1].text)
                        .is_some())
            {
                s -= 1; // "spokesman for Palestinian President Mahmoud Abbas"
            }
            if s > first && EN_OBJECT_MARKERS.contains(&doc.tokens[s - 1].text.as_str()) {
                // "has spoken out against the attacks by the PKK and has condemned": go on to
                // the subject
                k = s;
                reach = 18;
                continue;
            }
            // a place opening the sentence is its subject ("Iraq has spoken out … and has
            // condemned"), not a dateline ("BAGHDAD - The Iraqi interior minister said")
            let opens_clause = s == first
                && cast.mention_at(a, k).is_some_and(|(_, e)| {
                    e == c || !doc.gap(e - 1, e).contains(['-', '–', '—', ':', ','])
                });
            if cast.actors[a].kind != ActorKind::Location || c - k <= 2 || opens_clause {
                speaker = Some((a, k));
                break;
            }
        }
        let w = doc.tokens[k].text.as_str();
        if EN_UNNAMED.contains(&w) && c - k <= 3 {
            // "a Defence Ministry official", "the army spokesman": the body it speaks for;
            // "U.S. officials", "an official": no one named
            let body = (k > first)
                .then(|| cast.owner[k - 1])
                .flatten()
                .filter(|&a| {
                    cast.actors[a].kind == ActorKind::Organization || w.starts_with("spokes")
                });
            speaker = body.map(|a| (a, k - 1));
            unnamed = body.is_none() && !w.starts_with("spokes");
            break;
        }
        if EN_DOCUMENTS.contains(&w) && c - k <= 3 {
            // "The report also states", "the study recorded": whoever wrote it
            speaker = document_author(doc, cast, k);
            unnamed = speaker.is_none();
            break;
        }
        if w == "who" && k > first && doc.gap(k - 1, k).contains(',') {
            // "Bichara, who led the sect …, ordered": the one the clause describes
            if let Some(a) = cast.owner[k - 1].filter(|&a| can_speak(cast, a)) {
                speaker = Some((a, k - 1));
                break;
            }
        }
        if EN_PRONOUNS.contains(&w) && c - k <= 2 {
            let want_person = matches!(w, "he" | "she");
            speaker = if want_person {
                // the person last named outside what was reported ("Annan was in Kenya … he
                // urged"), else the last speaker
                last_person_near(cast, k, said).or_else(|| {
                    previous
                        .and_then(|p| p.speaker)
                        .filter(|&a| cast.actors[a].kind == ActorKind::Person)
                })
            } else {
                previous.and_then(|p| p.speaker)
            }
            .map(|a| (a, k));
            confidence = 0.7;
            break;
        }
        if doc.gap(k, k + 1).contains(['"', ';']) {
            break;
        }
    }
    // A participle after the clause ("…, saying", "condemned …, adding that"): the speaker of
    // the statement before it in the sentence.
    if speaker.is_none() && !unnamed && cue.ends_with("ing") && doc.gap(c - 1, c).contains(',') {
        speaker = previous
            .filter(|p| p.cue >= first)
            .and_then(|p| p.speaker)
            .map(|a| (a, c));
    }
    // Inverted order: '..., said Lavrov.' / 'said the spokesman, X' / 'said a spokesman for
    // President Bush, Gordon Johndroe' (the person named after the comma speaks). Whom it was
    // told to is not the speaker ("told the Associated Press").
    // "…and also warned that": a second verb of the subject already speaking in the sentence,
    // or of the actor the sentence opens with
    if speaker.is_none() && !unnamed {
        let mut v = c;
        while v > first && matches!(doc.tokens[v - 1].text.as_str(), "also" | "then" | "later") {
            v -= 1;
        }
        if v > first && matches!(doc.tokens[v - 1].text.as_str(), "and" | "but") {
            speaker = previous
                .filter(|p| p.cue >= first)
                .and_then(|p| p.speaker)
                .or_else(|| opening_person(cast, first, c))
                .map(|a| (a, c));
        }
    }
    // "President Traian Băsescu did not elaborate …, saying": the person the sentence opens with
    if speaker.is_none() && !unnamed && cue.ends_with("ing") && doc.gap(c - 1, c).contains(',') {
        speaker = opening_person(cast, first, c).map(|a| (a, c));
    }
    let told = matches!(cue, "told" | "tell" | "tells" | "telling");
    // "asked the military to", "accused the courts of": what follows such a verb is its object;
    // it is the subject only after a quotation or a comma ('…," urged the minister')
    let after_quote_or_comma = c > first && doc.gap(c - 1, c).contains([',', '"', '\u{201d}']);
    let object_follows =
        !(matches!(stance, Stance::Claim | Stance::Warning) || after_quote_or_comma);
    if speaker.is_none() && !unnamed && !told && !object_follows {
        speaker = (c + 1..(c + 5).min(end)).find_map(|t| cast.owner[t].map(|a| (a, t)));
        // "said former FBI agent Jack Cloonan", "said U.S. President George Bush": the person
        // the body or country describes
        if let Some((a, t)) = speaker.filter(|&(a, _)| cast.actors[a].kind != ActorKind::Person) {
            let after = cast.mention_at(a, t).map_or(t + 1, |(_, e)| e);
            let person = (after..(after + 3).min(end))
                .take_while(|&u| doc.joined(u - 1))
                .find_map(|u| cast.owner[u].map(|p| (p, u)))
                .filter(|&(p, _)| cast.actors[p].kind == ActorKind::Person);
            if person.is_some() {
                speaker = person;
            }
        }
        if let Some((a, t)) = speaker {
            let named = (t + 1..(t + 8).min(end))
                .filter(|&u| doc.gap(u - 1, u).contains(','))
                .find_map(|u| cast.owner[u].map(|p| (p, u)))
                .filter(|&(p, _)| p != a && cast.actors[p].kind == ActorKind::Person);
            if named.is_some() && t > c + 1 {
                speaker = named;
            }
        }
    }
    // "The prime minister said", "said the minister": the person last named with that title.
    if speaker.is_none() {
        speaker = (c.saturating_sub(3).max(first)..c)
            .chain(c + 1..(c + 4).min(end))
            .find_map(|t| english_title_reference(doc, cast, t, c).map(|a| (a, t)));
        confidence = 0.7;
    }
    if speaker.is_none() && unnamed && matches!(cue, "claims" | "reports" | "say" | "tell") {
        return Some(Found {
            cue: c,
            stance,
            speaker: None,
            speaker_tokens: None,
            content: (c + 1, end.max(c + 1)),
            confidence: 0.5,
            via_source: false,
            role: None,
        })
        .filter(|f| f.content.1 > f.content.0 + 2);
    }
    if speaker.is_none()
        && matches!(
            doc.tokens[c].text.as_str(),
            "claims" | "reports" | "called" | "say" | "tell"
        )
    {
        return None;
    }
    let role = if speaker.is_none() {
        english_role(doc, c, (first, end)).filter(|&(from, to)| names_a_post(doc, cast, from, to))
    } else {
        None
    };
    let speaker_tokens = speaker.and_then(|(a, at)| cast.mention_at(a, at));
    let mut after = c + 1;
    if told {
        // "told the MIA state news agency (that)": whom it was told to is not what was said
        let mut t = after;
        while t < end && t < after + 8 && doc.tokens[t].text != "that" {
            if t > after && doc.gap(t - 1, t).contains([',', '"', ':']) {
                break;
            }
            t += 1;
        }
        if t >= end || doc.tokens[t].text == "that" || doc.gap(t - 1, t).contains([',', '"', ':']) {
            after = t;
        }
    }
    after = past_circumstance(doc, after, end);
    if after < end && doc.tokens[after].text == "that" {
        after += 1;
    }
    if let Some((_, e)) = speaker_tokens.or(role).filter(|&(s, _)| s > c) {
        after = after.max(e);
    }
    let before_end = speaker_tokens.or(role).map(|(s, _)| s.min(c)).unwrap_or(c);
    let quoted_before = opens_with_quote(doc, first) && before_end > first + 2;
    let content = if let Some(open) = quote_opened_earlier(doc, first, before_end) {
        (open, before_end)
    } else if quoted_before {
        (first, before_end)
    } else if end >= after + 5 {
        (after, end)
    } else if end >= after + 3 {
        (c, end) // "is demanding a new vote": the cue with its short object
    } else if before_end >= first + 3 {
        // what was said came first, or the clause with the cue ("…, although the government
        // denies the allegations")
        let clause = (first + 1..before_end)
            .rev()
            .find(|&t| doc.gap(t - 1, t).contains([',', ';']))
            .filter(|_| end > after && !told)
            .filter(|_| !doc.gap(before_end - 1, before_end).contains([',', '"']))
            .filter(|&t| end - t >= 4);
        match clause {
            Some(t) => (t, end),
            None => (first, before_end),
        }
    } else {
        (first, end) // "Mr. Odinga's team has denied those claims": the whole sentence
    };
    Some(Found {
        cue: c,
        stance,
        speaker: speaker.map(|(a, _)| a),
        speaker_tokens,
        content,
        confidence: if speaker.is_some() { confidence } else { 0.5 },
        via_source: false,
        role,
    })
}

/// A title that says where it is held ("وزير الخارجية الروسي", "محافظ عدن", "the Iraqi interior
/// minister"): one post, that one person holds at a time. "المندوب", "the minister" and "مراسل"
/// could be anyone.
fn names_a_post(doc: &Doc, cast: &Cast, from: usize, to: usize) -> bool {
    let g = crate::gazetteer::gazetteer();
    (from..to).any(|t| {
        g.nationality(&doc.tokens[t].text).is_some()
            || cast.owner[t].is_some_and(|a| cast.actors[a].kind == ActorKind::Location)
    })
}

/// "the Russian foreign minister said", "said the defence minister": a definite title next to the
/// cue with no one named for it; the token range after "the".
fn english_role(doc: &Doc, c: usize, (first, end): (usize, usize)) -> Option<(usize, usize)> {
    let is_title = |t: usize| crate::lexicon::EN_TITLE_WORDS.contains(&doc.tokens[t].text.as_str());
    let is_describing = |t: usize| {
        let w = &doc.tokens[t];
        !w.is_number
            && w.text.chars().all(char::is_alphabetic)
            && !matches!(w.text.as_str(), "the" | "a" | "an")
    };
    // Before the cue: "the" (describing words) title, cue.
    if c > first && is_title(c - 1) {
        let mut s = c - 1;
        while s > first && c - s < 5 && is_describing(s - 1) {
            s -= 1;
        }
        if s > first && doc.tokens[s - 1].text == "the" && doc.joined(s - 1) {
            return Some((s, c));
        }
    }
    // After the cue: cue "the" (describing words) title.
    if c + 2 < end && doc.tokens[c + 1].text == "the" {
        let mut e = c + 2;
        while e < end && e - c < 6 && is_describing(e) && doc.joined(e - 1) {
            e += 1;
        }
        if e > c + 2 && is_title(e - 1) {
            return Some((c + 2, e));
        }
    }
    None
}

/// '"It is a piece of torn paper... It is in their interest," said Ahmadinejad.': a quotation that
/// closes right before the cue (or its speaker) but opened in an earlier sentence of the same
/// paragraph. Returns the first token inside the quotation.
fn quote_opened_earlier(doc: &Doc, first: usize, before_end: usize) -> Option<usize> {
    if before_end <= first || before_end >= doc.tokens.len() {
        return None;
    }
    let chars = &doc.folded.chars;
    let closing = doc.tokens[before_end - 1].end;
    let gap = &chars[closing..doc.tokens[before_end].start];
    if !gap.contains(&'"') {
        return None;
    }
    let sentence_start = doc.sentences[doc.tokens[first].sentence].0;
    if chars[sentence_start..closing].contains(&'"') {
        return None; // it opened in this sentence
    }
    let limit = sentence_start.saturating_sub(3000);
    let open = (limit..sentence_start)
        .rev()
        .take_while(|&i| chars[i] != '\n')
        .find(|&i| chars[i] == '"')?;
    doc.tokens[..first].iter().position(|t| t.start > open)
}

/// Token `t` is an English title word ("minister", "spokesman") and a person named earlier than
/// `before` holds that title: the most recently named one.
fn english_title_reference(doc: &Doc, cast: &Cast, t: usize, before: usize) -> Option<usize> {
    let word = doc.tokens.get(t)?.text.as_str();
    if !crate::lexicon::EN_TITLE_WORDS.contains(&word) || cast.owner[t].is_some() {
        return None;
    }
    // "the minister", "the prime minister"; not "a government spokeswoman" (someone unnamed)
    let definite = (t.saturating_sub(2)..t).any(|k| doc.tokens[k].text == "the")
        && !(t.saturating_sub(2)..t).any(|k| matches!(doc.tokens[k].text.as_str(), "a" | "an"));
    if !definite {
        return None;
    }
    last_person_before(
        cast,
        before,
        |a| a.role_words.iter().any(|(w, _)| w == word),
        &|_| false,
    )
}

/// The sentence starting at token `first` opens with a quotation mark.
fn opens_with_quote(doc: &Doc, first: usize) -> bool {
    let start = doc.sentences[doc.tokens[first].sentence].0;
    doc.folded.chars[start..doc.tokens[first].start]
        .iter()
        .any(|c| matches!(c, '"' | '\''))
}

/// The person matching `wanted` whose latest mention before token `at` is the latest of all.
fn last_person_before(
    cast: &Cast,
    at: usize,
    wanted: impl Fn(&crate::actors::Actor) -> bool,
    skip: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    cast.actors
        .iter()
        .enumerate()
        .filter(|(_, a)| a.kind == ActorKind::Person && wanted(a))
        .filter_map(|(i, a)| {
            // mentions are in text order: the ones before `at`, latest first, a few at most
            let before = a.mentions.partition_point(|&(s, _)| s < at);
            a.mentions[..before]
                .iter()
                .rev()
                .take(8)
                .map(|&(s, _)| s)
                .find(|&s| !skip(s))
                .map(|s| (i, s))
        })
        .max_by_key(|&(_, s)| s)
        .map(|(i, _)| i)
}

/// The person last named before token `at` (within a few paragraphs), skipping the tokens `skip`
/// says to.
fn last_person_near(cast: &Cast, at: usize, skip: &dyn Fn(usize) -> bool) -> Option<usize> {
    (at.saturating_sub(400)..at)
        .rev()
        .filter_map(|t| cast.owner[t].map(|a| (a, t)))
        .find(|&(a, t)| cast.actors[a].kind == ActorKind::Person && !skip(t))
        .map(|(a, _)| a)
}

/// "وفقاً لوزير الدفاع", "بحسب X", "according to X".
fn find_attributions(doc: &Doc, cast: &Cast) -> Vec<Attribution> {
    let mut out = Vec::new();
    for (t, token) in doc.tokens.iter().enumerate() {
        let start = match doc.language {
            Language::En => {
                token.text == "according" && doc.tokens.get(t + 1).is_some_and(|n| n.text == "to")
            }
            _ => {
                [
                    token.text.as_str(),
                    token.bare.as_str(),
                    token.stem.as_str(),
                ]
                .iter()
                .any(|w| AR_ACCORDING.contains(w))
                    // «على لسان مدير المرصد»: in the words of
                    || (token.text == "لسان" && t > 0 && doc.tokens[t - 1].text == "علي")
            }
        };
        let (_, end) = doc.sentence_of(t);
        if !start {
            if let Some(actor) = english_passive_source(doc, cast, t, end) {
                out.push(Attribution {
                    at: t,
                    sentence: token.sentence,
                    actor: Some(actor),
                    passive: true,
                });
            }
            continue;
        }
        let actor = (t + 1..(t + 7).min(end))
            .find_map(|k| cast.owner[k])
            .or_else(|| match doc.language {
                Language::En => {
                    (t + 2..(t + 6).min(end)).find_map(|k| english_title_reference(doc, cast, k, t))
                }
                _ => title_reference_after(doc, cast, t + 1, end),
            });
        out.push(Attribution {
            at: t,
            sentence: token.sentence,
            actor,
            passive: false,
        });
    }
    out
}

/// "announced by U.S. President Bush", "estimated by the UN": the one a participle before "by"
/// credits (the person where a place or body only describes them), for figures near it. Not
/// "claimed by": an attack claimed by a group is its deed, not the group's count of the dead.
fn english_passive_source(doc: &Doc, cast: &Cast, t: usize, end: usize) -> Option<usize> {
    if doc.language != Language::En
        || !matches!(
            doc.tokens[t].text.as_str(),
            "announced"
                | "reported"
                | "given"
                | "released"
                | "issued"
                | "cited"
                | "estimated"
                | "quoted"
                | "confirmed"
                | "put"
                | "provided"
        )
        || doc.tokens.get(t + 1).is_none_or(|n| n.text != "by")
        || t + 2 >= end
    {
        return None;
    }
    let first = (t + 2..(t + 5).min(end)).find(|&k| cast.owner[k].is_some())?;
    let actor = cast.owner[first]?;
    if cast.actors[actor].kind == ActorKind::Person {
        return Some(actor);
    }
    // "U.S. President Bush": past the title to the person it names
    (first + 1..(first + 4).min(end))
        .take_while(|&k| {
            cast.owner[k].is_some()
                || crate::lexicon::EN_TITLE_WORDS.contains(&doc.tokens[k].text.as_str())
        })
        .filter_map(|k| cast.owner[k])
        .find(|&a| cast.actors[a].kind == ActorKind::Person)
        .or(Some(actor))
}

fn title_reference_after(doc: &Doc, cast: &Cast, from: usize, end: usize) -> Option<usize> {
    (from..(from + 2).min(end)).find_map(|k| title_reference(doc, cast, k, (k + 4).min(end)))
}

fn attribution_statement(
    cast: &Cast,
    a: &Attribution,
    (first, end): (usize, usize),
) -> Option<Found> {
    let actor = a.actor?;
    let speaker_tokens = cast.actors[actor]
        .mentions
        .iter()
        .copied()
        .find(|&(s, _)| s > a.at && s < end);
    let content = if a.at > first + 2 {
        (first, a.at)
    } else {
        (speaker_tokens.map(|(_, e)| e).unwrap_or(a.at + 1), end)
    };
    (content.1 > content.0).then_some(Found {
        cue: a.at,
        stance: Stance::Claim,
        speaker: Some(actor),
        speaker_tokens,
        content,
        confidence: 0.8,
        via_source: false,
        role: None,
    })
}
