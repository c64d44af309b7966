//! Feature extraction for the CRF: lexical, affix, window, trigger-word and gazetteer features.
//!
//! Everything here is deterministic and does no I/O: the gazetteers are compiled in with
//! `include_str!` from the extraction crate's data files.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::OnceLock;

use crate::normalize::{clitic_variants, has_article, normalize, strip_clitics};
use crate::stats::{word_key, ClassCounts, WordStats, CLASSES, MAX_PHRASE_LEN};

const GAZETTEER_TSV: &str = include_str!("../../extract/data/gazetteer.tsv");
const COUNTRIES_TSV: &str = include_str!("../../extract/data/countries.tsv");
const NATIONALITIES_TSV: &str = include_str!("../../extract/data/nationalities.tsv");
const NAMES_TSV: &str = include_str!("../data/names.tsv");

/// Categories of `data/names.tsv`, in bit order.
const HAND_CATEGORIES: [&str; 8] = [
    "given", "person", "org", "party", "media", "company", "club", "place",
];

/// Name particles that are not evidence on their own.
const NAME_PARTICLES: &[&str] = &[
    "بن", "ابن", "ال", "ابو", "عبد", "بنت", "ام", "دي", "دو", "فان", "فون",
];

const PER: u8 = 1;
const ORG: u8 = 2;
const LOC: u8 = 4;

/// Titles and speech verbs that precede person names.
const PERSON_TRIGGERS: &[&str] = &[
    "الرئيس",
    "رئيس",
    "وزير",
    "الوزير",
    "السيد",
    "السيده",
    "الشيخ",
    "المتحدث",
    "الناطق",
    "الملك",
    "الامير",
    "الاميره",
    "الملكه",
    "النائب",
    "السفير",
    "الجنرال",
    "العقيد",
    "اللواء",
    "العميد",
    "الدكتور",
    "المستشار",
    "المستشاره",
    "الزعيم",
    "القائد",
    "المبعوث",
    "الامين",
    "زعيم",
    "قائد",
    "نائب",
    "مساعد",
    "الرئيسه",
    "الكاتب",
    "المدرب",
    "اللاعب",
    "الفنان",
    "الفنانه",
    "المخرج",
    "البابا",
    "الاستاذ",
    "الحاج",
    "الامام",
    "المرشح",
    "المدير",
    "مدير",
    "المحامي",
    "القاضي",
    "مراسل",
    "السناتور",
    "الماريشال",
    "المشير",
    "رئيسه",
    "وزيره",
];

/// Verbs of saying: the subject that follows is often a person.
const SPEECH_TRIGGERS: &[&str] = &[
    "قال",
    "قالت",
    "اكد",
    "اكدت",
    "اعلن",
    "اعلنت",
    "اضاف",
    "اضافت",
    "صرح",
    "اوضح",
    "ذكر",
    "اشار",
    "دعا",
    "التقي",
    "استقبل",
];

/// Words that announce a place name.
const LOCATION_TRIGGERS: &[&str] = &[
    "مدينه",
    "محافظه",
    "منطقه",
    "في",
    "ولايه",
    "عاصمه",
    "العاصمه",
    "اقليم",
    "بلده",
    "قريه",
    "جنوب",
    "شمال",
    "شرق",
    "غرب",
    "جنوبي",
    "شمالي",
    "شرقي",
    "غربي",
    "مطار",
    "جزيره",
    "جزر",
    "نهر",
    "بحر",
    "مخيم",
    "حي",
    "دوله",
    "دول",
    "مقاطعه",
    "قطاع",
    "الي",
    "من",
];

/// Words that begin or announce an organisation name.
const ORG_TRIGGERS: &[&str] = &[
    "شركه",
    "حزب",
    "منظمه",
    "وزاره",
    "حركه",
    "جماعه",
    "وكاله",
    "مجلس",
    "جامعه",
    "بنك",
    "صحيفه",
    "هيئه",
    "اتحاد",
    "جمعيه",
    "مؤسسه",
    "لجنه",
    "نادي",
    "منتخب",
    "محكمه",
    "مركز",
    "معهد",
    "قناه",
    "مصرف",
    "جبهه",
    "تنظيم",
    "برلمان",
    "مكتب",
    "اداره",
    "مجموعه",
    "فريق",
];

/// Function words that never count as gazetteer name tokens on their own.
const STOP_TOKENS: &[&str] = &[
    "في", "من", "علي", "الي", "عن", "و", "ال", "ل", "ب", "مع", "او", "ان", "لل",
];

struct Lexicon {
    /// Normalised name token → PER/ORG/LOC bits.
    tokens: HashMap<String, u8>,
    /// Normalised full name (tokens joined by a space) → PER/ORG/LOC bits.
    names: HashMap<String, u8>,
    max_name_len: usize,
    nationalities: HashSet<String>,
    /// Hand-written lists: single name token → category bits.
    hand_tokens: HashMap<String, u8>,
    /// Hand-written lists: multi-token name → category bits.
    hand_names: HashMap<String, u8>,
    /// Every proper token prefix of `names` and of `hand_names` ("a" and "a b" of "a b c"):
    /// a longer match is only tried while the key so far is one of these.
    name_prefixes: HashSet<String>,
    hand_prefixes: HashSet<String>,
    person_triggers: HashSet<&'static str>,
    speech_triggers: HashSet<&'static str>,
    location_triggers: HashSet<&'static str>,
    org_triggers: HashSet<&'static str>,
}

fn kind_bits(kind: &str) -> u8 {
    match kind {
        "person" => PER,
        "organization" | "organisation" => ORG,
        "location" => LOC,
        _ => 0,
    }
}

impl Lexicon {
    fn build() -> Self {
        let stop: HashSet<&str> = STOP_TOKENS.iter().copied().collect();
        let mut tokens: HashMap<String, u8> = HashMap::default();
        let mut names: HashMap<String, u8> = HashMap::default();
        let mut max_name_len = 1;
        for line in GAZETTEER_TSV.lines().chain(COUNTRIES_TSV.lines()) {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 4 {
                continue;
            }
            let bits = kind_bits(cols[1]);
            if bits == 0 {
                continue;
            }
            for name in cols[3].split('|') {
                let toks: Vec<String> = name.split_whitespace().map(normalize).collect();
                if toks.is_empty() {
                    continue;
                }
                max_name_len = max_name_len.max(toks.len());
                *names.entry(toks.join(" ")).or_insert(0) |= bits;
                for t in &toks {
                    if t.chars().count() < 2 || stop.contains(t.as_str()) {
                        continue;
                    }
                    *tokens.entry(t.clone()).or_insert(0) |= bits;
                    if let Some(bare) = t.strip_prefix("ال") {
                        if bare.chars().count() >= 2 {
                            *tokens.entry(bare.to_string()).or_insert(0) |= bits;
                        }
                    }
                }
            }
        }
        let mut nationalities = HashSet::default();
        for line in NATIONALITIES_TSV.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 {
                continue;
            }
            for adj in cols[2].split('|') {
                let n = normalize(adj.trim());
                if n.is_empty() {
                    continue;
                }
                if let Some(bare) = n.strip_prefix("ال") {
                    nationalities.insert(bare.to_string());
                }
                nationalities.insert(n);
            }
        }
        let mut hand_tokens: HashMap<String, u8> = HashMap::default();
        let mut hand_names: HashMap<String, u8> = HashMap::default();
        for line in NAMES_TSV.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let Some((cat, list)) = line.split_once('\t') else {
                continue;
            };
            let Some(bit) = HAND_CATEGORIES.iter().position(|c| *c == cat) else {
                continue;
            };
            let bit = 1u8 << bit;
            let personal = cat == "given" || cat == "person";
            for name in list.split('|') {
                let toks: Vec<String> = name.split_whitespace().map(normalize).collect();
                match toks.len() {
                    0 => {}
                    1 => *hand_tokens.entry(toks[0].clone()).or_insert(0) |= bit,
                    _ => {
                        max_name_len = max_name_len.max(toks.len());
                        *hand_names.entry(toks.join(" ")).or_insert(0) |= bit;
                        if personal {
                            for t in toks {
                                if !NAME_PARTICLES.contains(&t.as_str()) && t.chars().count() >= 2 {
                                    *hand_tokens.entry(t).or_insert(0) |= bit;
                                }
                            }
                        }
                    }
                }
            }
        }
        Lexicon {
            name_prefixes: token_prefixes(names.keys()),
            hand_prefixes: token_prefixes(hand_names.keys()),
            hand_tokens,
            hand_names,
            tokens,
            names,
            max_name_len,
            nationalities,
            person_triggers: PERSON_TRIGGERS.iter().copied().collect(),
            speech_triggers: SPEECH_TRIGGERS.iter().copied().collect(),
            location_triggers: LOCATION_TRIGGERS.iter().copied().collect(),
            org_triggers: ORG_TRIGGERS.iter().copied().collect(),
        }
    }

    fn get() -> &'static Lexicon {
        static LEXICON: OnceLock<Lexicon> = OnceLock::new();
        LEXICON.get_or_init(Lexicon::build)
    }

    fn trigger(&self, variants: &[String]) -> Option<&'static str> {
        // The literal form decides first, then the clitic-stripped readings.
        for v in variants {
            let v = v.as_str();
            if self.person_triggers.contains(v) {
                return Some("PER");
            }
            if self.speech_triggers.contains(v) {
                return Some("SAY");
            }
            if self.org_triggers.contains(v) {
                return Some("ORG");
            }
            if self.location_triggers.contains(v) {
                return Some("LOC");
            }
        }
        None
    }
}

/// Per-token analysis shared by the feature templates.
struct TokenInfo {
    norm: String,
    stem: String,
    article: bool,
    gaz: u8,
    nationality: bool,
    trigger: Option<&'static str>,
    /// Full gazetteer name match: ("B"|"I", bits).
    name_match: Option<(&'static str, u8)>,
    /// Hand-list categories of the token, and hand-list phrase match.
    hand: u8,
    hand_match: Option<(&'static str, u8)>,
    /// Training-corpus counts of the word and of its stem.
    word_counts: Option<ClassCounts>,
    stem_counts: Option<ClassCounts>,
    /// Match of an entity phrase seen in training: ("B"|"I", type counts).
    phrase_match: Option<(&'static str, ClassCounts)>,
}

fn bits_names(bits: u8) -> impl Iterator<Item = &'static str> {
    [(PER, "PER"), (ORG, "ORG"), (LOC, "LOC")]
        .into_iter()
        .filter(move |(b, _)| bits & b != 0)
        .map(|(_, n)| n)
}

fn analyse(tokens: &[&str], stats: &WordStats) -> Vec<TokenInfo> {
    let lex = Lexicon::get();
    let mut infos: Vec<TokenInfo> = Vec::with_capacity(tokens.len());
    let mut all_variants: Vec<Vec<String>> = Vec::with_capacity(tokens.len());
    for tok in tokens {
        let norm = word_key(tok);
        let variants = clitic_variants(&norm);
        let mut gaz = 0u8;
        let mut nationality = false;
        for v in &variants {
            if v.chars().count() >= 2 {
                if let Some(b) = lex.tokens.get(v) {
                    gaz |= b;
                }
            }
            if lex.nationalities.contains(v) {
                nationality = true;
            }
        }
        let trigger = lex.trigger(&variants);
        // Hand lists: a token with the article only matches entries with the article.
        let article = norm.starts_with("ال") || norm.starts_with("لل") || has_article(&norm);
        let mut hand = 0u8;
        for v in &variants {
            if article && !v.starts_with("ال") {
                continue;
            }
            if let Some(b) = lex.hand_tokens.get(v) {
                hand |= b;
            }
        }
        let stem = strip_clitics(&norm);
        let word_counts = stats.word(&norm).copied();
        let stem_counts = stats.stem(&stem).copied();
        infos.push(TokenInfo {
            word_counts,
            stem_counts,
            phrase_match: None,
            stem,
            article: has_article(&norm),
            norm,
            gaz,
            nationality,
            trigger,
            name_match: None,
            hand,
            hand_match: None,
        });
        all_variants.push(variants);
    }
    // Longest-first full-name matching; the first token may carry proclitics.
    let names = longest_matches(
        &infos,
        &all_variants,
        (1, lex.max_name_len),
        |key, len| {
            if len == 1 && key.chars().count() < 3 {
                None
            } else {
                lex.names.get(key).copied()
            }
        },
        |key| lex.name_prefixes.contains(key),
    );
    // Longest-first match of multi-token names of the hand lists.
    let hand = longest_matches(
        &infos,
        &all_variants,
        (2, lex.max_name_len),
        |key, _| lex.hand_names.get(key).copied(),
        |key| lex.hand_prefixes.contains(key),
    );
    // Longest-first match of multi-token entity phrases seen in training.
    let phrases = longest_matches(
        &infos,
        &all_variants,
        (2, MAX_PHRASE_LEN),
        |key, _| stats.phrase(key).copied(),
        |key| stats.phrase_may_continue(key),
    );
    for (((info, name), hand), phrase) in infos.iter_mut().zip(names).zip(hand).zip(phrases) {
        info.name_match = name;
        info.hand_match = hand;
        info.phrase_match = phrase;
    }
    infos
}

/// Every proper token prefix of the given space-joined names: "a" and "a b" of "a b c".
pub(crate) fn token_prefixes<S: AsRef<str>>(names: impl IntoIterator<Item = S>) -> HashSet<String> {
    let mut out = HashSet::default();
    for name in names {
        let name = name.as_ref();
        for (at, _) in name.match_indices(' ') {
            out.insert(name[..at].to_string());
        }
    }
    out
}

/// Non-overlapping longest-first matches over a sentence, as ("B"|"I", value) per token.
///
/// A match starts with one reading of a token (`variants`, literal first, then without clitics)
/// followed by the next tokens' normal forms, and is `min_len..=max_len` tokens long. Keys grow
/// one token at a time while `may_continue` says some longer entry starts with them; the longest
/// match wins, and among equally long ones the earlier reading.
fn longest_matches<V: Copy>(
    infos: &[TokenInfo],
    variants: &[Vec<String>],
    (min_len, max_len): (usize, usize),
    lookup: impl Fn(&str, usize) -> Option<V>,
    may_continue: impl Fn(&str) -> bool,
) -> Vec<Option<(&'static str, V)>> {
    let mut out = vec![None; infos.len()];
    let mut i = 0;
    while i < infos.len() {
        let max_len = max_len.min(infos.len() - i);
        let mut best: Option<(usize, V)> = None;
        for v in &variants[i] {
            let mut key = v.clone();
            for len in 1..=max_len {
                if len > 1 {
                    key.push(' ');
                    key.push_str(&infos[i + len - 1].norm);
                }
                if len >= min_len && best.is_none_or(|(l, _)| len > l) {
                    if let Some(value) = lookup(&key, len) {
                        best = Some((len, value));
                    }
                }
                if !may_continue(&key) {
                    break;
                }
            }
        }
        match best {
            Some((len, value)) => {
                out[i] = Some(("B", value));
                for slot in out.iter_mut().skip(i + 1).take(len - 1) {
                    *slot = Some(("I", value));
                }
                i += len;
            }
            None => i += 1,
        }
    }
    out
}

fn len_bucket(n: usize) -> &'static str {
    match n {
        0..=1 => "1",
        2 => "2",
        3 => "3",
        4..=5 => "4-5",
        6..=8 => "6-8",
        _ => "9+",
    }
}

fn prefix(s: &str, n: usize) -> Option<&str> {
    let mut idx = s.char_indices();
    let count = s.chars().count();
    if count <= n {
        return None;
    }
    idx.nth(n).map(|(b, _)| &s[..b])
}

fn suffix(s: &str, n: usize) -> Option<&str> {
    let count = s.chars().count();
    if count <= n {
        return None;
    }
    s.char_indices().nth(count - n).map(|(b, _)| &s[b..])
}

/// A window offset as the feature names write it: "-2", "-1", "+0", "+1", "+2".
fn signed(d: isize) -> &'static str {
    match d {
        -2 => "-2",
        -1 => "-1",
        0 => "+0",
        1 => "+1",
        2 => "+2",
        _ => unreachable!("feature windows span at most two tokens"),
    }
}

/// A feature name from its parts (cheaper than `format!` on this hot path).
fn feat(parts: &[&str]) -> String {
    let mut s = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        s.push_str(p);
    }
    s
}

fn token_features(infos: &[TokenInfo], tokens: &[&str], i: usize) -> Vec<String> {
    let mut f: Vec<String> = Vec::with_capacity(64);
    let t = &infos[i];
    let norm_at = |j: isize| -> &str {
        if j < 0 {
            "<s>"
        } else if j as usize >= infos.len() {
            "</s>"
        } else {
            infos[j as usize].norm.as_str()
        }
    };
    let stem_at = |j: isize| -> &str {
        if j < 0 {
            "<s>"
        } else if j as usize >= infos.len() {
            "</s>"
        } else {
            infos[j as usize].stem.as_str()
        }
    };
    let ii = i as isize;

    f.push("b".to_string());
    f.push(feat(&["w=", tokens[i]]));
    f.push(feat(&["n=", &t.norm]));
    f.push(feat(&["s=", &t.stem]));
    for (k, digit) in [(1, "1"), (2, "2"), (3, "3")] {
        if let Some(p) = prefix(&t.norm, k) {
            f.push(feat(&["p", digit, "=", p]));
        }
        if let Some(x) = suffix(&t.norm, k) {
            f.push(feat(&["x", digit, "=", x]));
        }
    }
    if let Some(p) = prefix(&t.norm, 4) {
        f.push(feat(&["p4=", p]));
    }
    if let Some(x) = suffix(&t.norm, 4) {
        f.push(feat(&["x4=", x]));
    }

    let cs: Vec<char> = std::iter::once('^')
        .chain(t.stem.chars())
        .chain(std::iter::once('$'))
        .collect();
    if cs.len() <= 20 {
        for w in cs.windows(3) {
            let mut s = String::with_capacity(3 + 3 * 4);
            s.push_str("c3=");
            s.extend(w);
            f.push(s);
        }
    }

    for (k, digit) in [(2, "2"), (3, "3")] {
        if let Some(x) = suffix(&t.stem, k) {
            f.push(feat(&["sx", digit, "=", x]));
        }
        if let Some(p) = prefix(&t.stem, k) {
            f.push(feat(&["sp", digit, "=", p]));
        }
    }
    for d in [-2isize, -1, 1, 2] {
        f.push(feat(&["n", signed(d), "=", norm_at(ii + d)]));
    }
    for d in [-1isize, 1] {
        f.push(feat(&["s", signed(d), "=", stem_at(ii + d)]));
    }
    f.push(feat(&["nn-1=", norm_at(ii - 1), "|", &t.norm]));
    f.push(feat(&["nn+1=", &t.norm, "|", norm_at(ii + 1)]));
    f.push(feat(&["ss-1=", stem_at(ii - 1), "|", &t.stem]));

    if t.article {
        f.push("al".to_string());
    }
    for d in [-1isize, 1] {
        let j = ii + d;
        if j >= 0 && (j as usize) < infos.len() && infos[j as usize].article {
            f.push(feat(&["al", signed(d)]));
        }
    }
    let chars = t.norm.chars().count();
    f.push(feat(&["len=", len_bucket(chars)]));
    if chars > 0 && t.norm.chars().all(|c| c.is_ascii_digit()) {
        f.push("dig".to_string());
    } else if t.norm.chars().any(|c| c.is_ascii_digit()) {
        f.push("hasdig".to_string());
    }
    if !t.norm.chars().any(char::is_alphanumeric) {
        f.push("punct".to_string());
    }
    if t.norm.chars().any(|c| c.is_ascii_alphabetic()) {
        f.push("latin".to_string());
    }

    for d in [-2isize, -1, 0, 1] {
        let j = ii + d;
        if j >= 0 && (j as usize) < infos.len() {
            if let Some(tr) = infos[j as usize].trigger {
                f.push(feat(&["t", signed(d), "=", tr]));
            }
        }
    }
    for d in [-1isize, 0, 1] {
        let j = ii + d;
        if j >= 0 && (j as usize) < infos.len() {
            let o = &infos[j as usize];
            for k in bits_names(o.gaz) {
                f.push(feat(&["g", signed(d), "=", k]));
            }
            if let Some((pos, bits)) = o.name_match {
                for k in bits_names(bits) {
                    f.push(feat(&["gm", signed(d), "=", pos, "-", k]));
                }
            }
            if o.nationality {
                f.push(feat(&["nat", signed(d)]));
            }
            for (k, cat) in HAND_CATEGORIES.iter().enumerate() {
                if o.hand & (1 << k) != 0 {
                    f.push(feat(&["h", signed(d), "=", cat]));
                }
                if let Some((pos, bits)) = o.hand_match {
                    if bits & (1 << k) != 0 {
                        f.push(feat(&["hm", signed(d), "=", pos, "-", cat]));
                    }
                }
            }
        }
    }
    prior_features(&mut f, "w", t.word_counts.as_ref());
    prior_features(&mut f, "s", t.stem_counts.as_ref());
    for d in [-1isize, 1] {
        let j = ii + d;
        if j >= 0 && (j as usize) < infos.len() {
            let o = &infos[j as usize];
            f.push(feat(&[
                "m",
                signed(d),
                "=",
                majority(o.word_counts.as_ref()),
            ]));
        }
    }
    for d in [-1isize, 0, 1] {
        let j = ii + d;
        if j >= 0 && (j as usize) < infos.len() {
            if let Some((pos, c)) = infos[j as usize].phrase_match {
                for (k, &n) in c.iter().enumerate().skip(1) {
                    if n > 0 {
                        f.push(feat(&["tm", signed(d), "=", pos, "-", CLASSES[k]]));
                    }
                }
            }
        }
    }

    f
}

fn freq_bucket(c: Option<&ClassCounts>) -> &'static str {
    match c.map_or(0, |c| c.iter().sum::<u32>()) {
        0 => "0",
        1 => "1",
        2..=3 => "2-3",
        4..=9 => "4-9",
        _ => "10+",
    }
}

/// Lexical-prior features: for each class the word was seen with, how dominant it was.
fn prior_features(f: &mut Vec<String>, name: &str, c: Option<&ClassCounts>) {
    f.push(feat(&[name, "f=", freq_bucket(c)]));
    let Some(c) = c else { return };
    let total: u32 = c.iter().sum();
    if total == 0 {
        return;
    }
    for (k, &n) in c.iter().enumerate() {
        if n == 0 {
            continue;
        }
        let r = f64::from(n) / f64::from(total);
        let level = if n == total {
            "all"
        } else if r >= 0.5 {
            "hi"
        } else {
            "lo"
        };
        f.push(feat(&[name, "p=", CLASSES[k], ":", level]));
    }
}

fn majority(c: Option<&ClassCounts>) -> &'static str {
    match c {
        None => "unseen",
        Some(c) => {
            let (k, _) = c
                .iter()
                .enumerate()
                .max_by_key(|(k, n)| (**n, usize::MAX - k))
                .unwrap_or((0, &0));
            CLASSES[k]
        }
    }
}

/// Features of every token of a sentence, in order, with the given corpus statistics.
pub fn sentence_features_with(tokens: &[&str], stats: &WordStats) -> Vec<Vec<String>> {
    let infos = analyse(tokens, stats);
    (0..tokens.len())
        .map(|i| token_features(&infos, tokens, i))
        .collect()
}

/// Features of every token of a sentence, in order (with the built-in corpus statistics).
pub fn sentence_features(tokens: &[&str]) -> Vec<Vec<String>> {
    sentence_features_with(tokens, WordStats::builtin())
}

/// Features of token `i` of the sentence `tokens` (empty when `i` is out of range).
pub fn features(tokens: &[&str], i: usize) -> Vec<String> {
    if i >= tokens.len() {
        return Vec::new();
    }
    let infos = analyse(tokens, WordStats::builtin());
    token_features(&infos, tokens, i)
}
