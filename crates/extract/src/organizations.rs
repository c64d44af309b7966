//! Arabic organisations named by description: "المقاومة الشعبية الجنوبية", "المركز الإعلامي
//! للمقاومة", "قيادة عمليات الأنبار", "شبكة الراصدين المحليين بتعز".
//!
//! A head noun (resistance, centre, network, command, agency, committee…) followed by the words
//! that qualify it — definite adjectives and nouns, nationality adjectives, a place, "ل"/"ب" with a
//! definite noun or a place, a «quoted name». Such a phrase becomes an actor only when it speaks
//! or is a source (as institution phrases do). Later in the article the head alone ("المقاومة",
//! "هذه المقاومة", "الشبكة") refers to the last phrase with that head.

use rustc_hash::FxHashMap as HashMap;

use marsad_domain::ActorKind;

use crate::actors::{Actor, Cast};
use crate::normalize::fold_key;
use crate::text::Doc;

/// Head nouns of organisation phrases (folded, without the article).
const HEADS: &[&str] = &[
    "مقاومه",
    "قياده",
    "مركز",
    "شبكه",
    "وكاله",
    "لجنه",
    "منظمه",
    "هيئه",
    "حركه",
    "جماعه",
    "حزب",
    "مجلس",
    "كتائب",
    "جبهه",
    "تحالف",
    "ائتلاف",
    "مكتب",
    "وزاره",
    "اداره",
    "مؤسسه",
    "جمعيه",
    "نقابه",
    "اتحاد",
    "مفوضيه",
    "محكمه",
    "قناه",
    "صحيفه",
    "غرفه",
    "خليه",
    "سلطه",
    "قوات",
    "بعثه",
    "سفاره",
    "قنصليه",
    "مرصد",
    "جهاز",
    "شرطه",
];

/// Heads that name an actor on their own when the article has no longer phrase for them
/// ("وقالت مصادر في المقاومة").
const STANDALONE: &[&str] = &["مقاومه", "تحالف", "حكومه"];

/// Adds organisation phrases and the later references to them.
pub fn organization_phrases(doc: &Doc, cast: &mut Cast) {
    let mut by_name: HashMap<String, usize> = HashMap::default();
    // (head, actor) of each phrase, in text order, for the lone heads that follow.
    let mut phrases: Vec<(usize, String, usize)> = Vec::new();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        let Some(head) = head_of(doc, cast, i).filter(|_| may_start(doc, i)) else {
            i += 1;
            continue;
        };
        let end = modifiers_end(doc, cast, i + 1);
        if end == i + 1 {
            i += 1;
            continue;
        }
        let (name, drop) = crate::tagged::name_of(doc, i, end, ActorKind::Organization);
        let key = fold_key(&name);
        let actor = *by_name.entry(key).or_insert_with(|| {
            let mut actor = Actor::new(ActorKind::Organization);
            actor.only_if_speaking = true;
            cast.actors.push(actor);
            cast.actors.len() - 1
        });
        // Places inside the phrase belong to it now ("قيادة عمليات الأنبار").
        for t in i..end {
            if let Some(place) = cast.owner[t] {
                cast.actors[place]
                    .mentions
                    .retain(|&(s, e)| !(s <= t && t < e));
                cast.owner[t] = None;
            }
        }
        cast.claim(actor, i, end, drop);
        cast.actors[actor].surface.push(name);
        phrases.push((i, head, actor));
        i = end;
    }
    lone_heads(doc, cast, &phrases);
}

/// The head noun token `i` is, if it is one and free: folded without clitics and article.
fn head_of(doc: &Doc, cast: &Cast, i: usize) -> Option<String> {
    // "المتحدث باسم السفارة الروسية": the body a spokesman speaks for is inside its title
    let spoken_for = i > 0 && doc.tokens[i - 1].text == "باسم";
    if cast.owner[i].is_some() || (cast.title[i] && !spoken_for) {
        return None;
    }
    head_key(&doc.tokens[i])
}

/// The head noun a token is, under any of its readings: "وكالة" must not lose its و, nor "بعثة"
/// its ب, as clitic stripping alone would have it.
fn head_key(token: &crate::text::Token) -> Option<String> {
    let readings = [
        token.text.as_str(),
        token.text.strip_prefix("ال").unwrap_or(""),
        token.bare.as_str(),
        token.bare.strip_prefix("ال").unwrap_or(""),
        token.stem.as_str(),
    ];
    readings
        .into_iter()
        .find(|r| HEADS.contains(r))
        .map(String::from)
}

/// A head without the article starts a phrase only where a subject or a name can start: after a
/// reporting verb, a preposition, a demonstrative, punctuation or quotation marks, or at the start
/// of the sentence ("ضعف مقاومة الميليشيات" is a noun in a construct, not an organisation).
fn may_start(doc: &Doc, i: usize) -> bool {
    let w = &doc.tokens[i];
    if w.text.starts_with("ال") || w.text.starts_with("لل") || w.bare.starts_with("ال") {
        return true;
    }
    if i == 0 || doc.tokens[i - 1].sentence != w.sentence || !doc.joined(i - 1) {
        return true;
    }
    let before = &doc.tokens[i - 1];
    crate::lexicon::ar_cue(crate::text::strip_conjunction(&before.text)).is_some()
        || matches!(
            before.text.as_str(),
            "في" | "من"
                | "عن"
                | "مع"
                | "باسم"
                | "هذه"
                | "هذا"
                | "تسميه"
                | "اسم"
                | "لدي"
                | "ان"
                // "وكانت وزارة الدفاع أعلنت": the subject of كان
                | "كانت"
                | "وكانت"
                | "كان"
                | "وكان"
        )
}

/// Words that relate a phrase to another actor rather than name it ("التابعة للحوثيين").
const RELATIONAL: &[&str] = &[
    "التابع",
    "التابعه",
    "التابعين",
    "الموالي",
    "المواليه",
    "الموالين",
    "المدعوم",
    "المدعومه",
    "المقرب",
    "المقربه",
    "المقربين",
    "الخاصه",
    "الاخري",
    "الاخير",
    "الاخيره",
];

/// Where the words qualifying a head that ends at `from` stop.
fn modifiers_end(doc: &Doc, cast: &Cast, from: usize) -> usize {
    let g = crate::gazetteer::gazetteer();
    let (_, sentence_end) = doc.sentence_of(from.saturating_sub(1));
    let mut j = from;
    while j < sentence_end && j - from < 5 && joined(doc, j - 1) {
        let w = &doc.tokens[j];
        let owner = cast.owner[j];
        if let Some(a) = owner {
            // A place or a nationality ends the phrase ("…في تعز" is not part of it); so does an
            // organisation after an indefinite head ("بعثة الأمم المتحدة").
            let kind = cast.actors[a].kind;
            let before = &doc.tokens[j - 1];
            let after_head = j == from && !before.bare.starts_with("ال");
            if (kind == ActorKind::Location && !quoted(doc, j))
                || (kind == ActorKind::Organization && after_head)
            {
                j = cast.mention_end(j);
            }
            break;
        }
        let definite = w.text.starts_with("ال") || w.text.starts_with("لل");
        let word_ok = !crate::lexicon::is_name_stop(w.text.as_str())
            && !RELATIONAL.contains(&w.text.as_str())
            && !crate::lexicon::is_name_stop(w.bare.as_str())
            && !w.is_number
            && w.text.chars().count() >= 2
            && crate::lexicon::ar_cue(crate::text::strip_conjunction(&w.text)).is_none()
            && crate::actors::title_head(w).is_none_or(|_| definite)
            && !w.text.starts_with('و');
        if !word_ok {
            break;
        }
        let before = &doc.tokens[j - 1];
        let after_indefinite_head = head_key(before).is_some() && !before.bare.starts_with("ال");
        let genitive_head =
            w.text.starts_with('ل') && head_key(w).is_some() && !w.text.starts_with("لل");
        if definite || g.nationality(&w.text).is_some() || quoted(doc, j) || genitive_head {
            j += 1;
        } else if after_indefinite_head
            && !crate::tagged::is_common_word(&w.text)
            && !crate::tagged::is_name_word(&w.text)
        {
            // "مقاومة آزال": a head and a proper name
            j += 1;
            break;
        } else if j + 1 < sentence_end
            && joined(doc, j)
            && (doc.tokens[j + 1].bare.starts_with("ال")
                || cast.owner[j + 1].is_some_and(|a| cast.actors[a].kind == ActorKind::Location))
            && !crate::tagged::is_name_word(&w.text)
            && crate::tagged::is_common_word(&w.text)
            && !w.text.starts_with(['ي', 'ت', 'ن'])
        {
            // a noun in a construct: "قيادة عمليات الأنبار"
            j += 1;
        } else {
            break;
        }
    }
    j
}

fn joined(doc: &Doc, t: usize) -> bool {
    doc.joined(t)
        || (t + 1 < doc.tokens.len()
            && quoted(doc, t + 1)
            && !doc.gap(t, t + 1).contains([',', '،', '.']))
}

/// Token `t` opens or sits inside «…» or "…".
fn quoted(doc: &Doc, t: usize) -> bool {
    t > 0 && doc.gap(t - 1, t).contains(['«', '"'])
}

/// "المقاومة", "هذه المقاومة", "الشبكة" on their own: the last phrase with that head, or (for a
/// few heads) an actor of their own.
fn lone_heads(doc: &Doc, cast: &mut Cast, phrases: &[(usize, String, usize)]) {
    let mut standalone: HashMap<String, usize> = HashMap::default();
    for t in 0..doc.tokens.len() {
        let Some(head) = head_of(doc, cast, t) else {
            continue;
        };
        let w = &doc.tokens[t];
        let definite = w.bare.starts_with("ال") || w.text.starts_with("لل");
        if !definite {
            continue;
        }
        let before = phrases
            .iter()
            .rev()
            .find(|(at, h, _)| *at < t && *h == head)
            .or_else(|| phrases.iter().find(|(_, h, _)| *h == head))
            .map(|&(_, _, a)| a);
        let actor = match before {
            Some(a) => a,
            None if STANDALONE.contains(&head.as_str()) => {
                *standalone.entry(head).or_insert_with(|| {
                    let mut actor = Actor::new(ActorKind::Organization);
                    actor.only_if_speaking = true;
                    cast.actors.push(actor);
                    cast.actors.len() - 1
                })
            }
            None => continue,
        };
        let (surface, drop) = crate::tagged::name_of(doc, t, t + 1, ActorKind::Organization);
        cast.claim(actor, t, t + 1, drop);
        cast.actors[actor].surface.push(surface);
    }
}
