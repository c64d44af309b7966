//! Word statistics from the training corpus: how often each (normalised) word was seen, and
//! with which entity type. They feed the "lexical prior" and "unseen word" features.
//!
//! While training, each sentence gets statistics computed from the *other* parts of the corpus
//! (jackknifing), so the CRF learns how far such statistics can be trusted on new text, and
//! what an unseen word looks like. At tagging time the statistics of the whole training corpus
//! (shipped next to the model) are used.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::normalize::{normalize, strip_clitics};

/// Entity classes counted per word: O, PERS, ORG, LOC, MISC.
pub const CLASSES: [&str; 5] = ["O", "PERS", "ORG", "LOC", "MISC"];

/// Per-class counts of one word.
pub type ClassCounts = [u32; 5];

fn class_index(tag: &str) -> usize {
    let ty = tag.split_once('-').map_or("O", |(_, t)| t);
    CLASSES.iter().position(|c| *c == ty).unwrap_or(0)
}

/// Strip punctuation glued to the start or end of a word ("لادن؛" → "لادن"); a token made only
/// of punctuation is kept as it is.
pub fn trim_punct(tok: &str) -> &str {
    let t = tok.trim_matches(|c: char| !c.is_alphanumeric());
    if t.is_empty() {
        tok
    } else {
        t
    }
}

/// The key a token is counted under: punctuation-trimmed and normalised.
pub fn word_key(tok: &str) -> String {
    normalize(trim_punct(tok))
}

/// Longest entity phrase (in tokens) that is remembered.
pub const MAX_PHRASE_LEN: usize = 6;

/// Word → per-class counts, for surface forms and for clitic-stripped stems; and multi-token
/// entity phrases → per-type counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordStats {
    words: HashMap<String, ClassCounts>,
    stems: HashMap<String, ClassCounts>,
    phrases: HashMap<String, ClassCounts>,
    /// Every proper token prefix of a phrase ever added (removals leave them: it only prunes).
    phrase_prefixes: HashSet<String>,
}

fn add_counts(map: &mut HashMap<String, ClassCounts>, key: &str, c: &ClassCounts, sign: i64) {
    let e = map.entry(key.to_string()).or_insert([0; 5]);
    for (a, b) in e.iter_mut().zip(c) {
        *a = (i64::from(*a) + sign * i64::from(*b)).max(0) as u32;
    }
    if e.iter().all(|&x| x == 0) {
        map.remove(key);
    }
}

/// Statistics of the corpus the built-in model was trained on.
const BUILTIN_STATS: &str = include_str!("../model/anercorp.words.tsv");

impl WordStats {
    /// The statistics shipped with the built-in model, parsed once.
    pub fn builtin() -> &'static WordStats {
        static STATS: std::sync::OnceLock<WordStats> = std::sync::OnceLock::new();
        STATS.get_or_init(|| WordStats::from_tsv(BUILTIN_STATS))
    }

    /// Empty statistics.
    pub fn new() -> Self {
        Self::default()
    }

    /// Count one tagged sentence: every word, and every multi-token entity (IOB2 spans).
    pub fn add_sentence<T: AsRef<str>, G: AsRef<str>>(&mut self, tokens: &[T], tags: &[G]) {
        let sign = 1;
        let keys: Vec<String> = tokens.iter().map(|t| word_key(t.as_ref())).collect();
        for (key, tag) in keys.iter().zip(tags) {
            let k = class_index(tag.as_ref());
            let mut c = [0u32; 5];
            c[k] = 1;
            self.add_word(key, &c, sign);
        }
        for (start, end, ty) in crate::eval::spans(tags) {
            if end - start < 2 || end - start > MAX_PHRASE_LEN {
                continue;
            }
            let mut c = [0u32; 5];
            c[class_index(&format!("B-{ty}"))] = 1;
            self.add_phrase(&keys[start..end].join(" "), &c, sign);
        }
    }

    fn add_phrase(&mut self, key: &str, c: &ClassCounts, sign: i64) {
        if sign > 0 {
            self.phrase_prefixes
                .extend(crate::features::token_prefixes([key]));
        }
        add_counts(&mut self.phrases, key, c, sign);
    }

    /// Whether a longer phrase may start with `key` (a pruning test: it can say yes wrongly).
    pub fn phrase_may_continue(&self, key: &str) -> bool {
        self.phrase_prefixes.contains(key)
    }

    fn add_word(&mut self, key: &str, c: &ClassCounts, sign: i64) {
        add_counts(&mut self.words, key, c, sign);
        add_counts(&mut self.stems, &strip_clitics(key), c, sign);
    }

    /// These statistics minus `other` (which must be a part of them).
    pub fn minus(&self, other: &WordStats) -> WordStats {
        let mut out = self.clone();
        for (k, c) in &other.words {
            out.add_word(k, c, -1);
        }
        for (k, c) in &other.phrases {
            add_counts(&mut out.phrases, k, c, -1);
        }
        out
    }

    /// Counts of a word key (see [`word_key`]).
    pub fn word(&self, key: &str) -> Option<&ClassCounts> {
        self.words.get(key)
    }

    /// Counts of a clitic-stripped stem.
    pub fn stem(&self, stem: &str) -> Option<&ClassCounts> {
        self.stems.get(stem)
    }

    /// Entity-type counts of a multi-token phrase (word keys joined by single spaces).
    pub fn phrase(&self, phrase: &str) -> Option<&ClassCounts> {
        self.phrases.get(phrase)
    }

    /// Number of distinct words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether no word was counted.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Serialise as TSV: `w<TAB>word<TAB>O<TAB>PERS<TAB>ORG<TAB>LOC<TAB>MISC` lines, then
    /// `p<TAB>phrase<TAB>…` lines for entity phrases, each group sorted.
    pub fn to_tsv(&self) -> String {
        let mut out = String::from(
            "# Marsad NER word statistics (from the model's training corpus, ANERcorp).\n\
             # kind\tkey\tO\tPERS\tORG\tLOC\tMISC  (kind: w = word, p = entity phrase)\n",
        );
        for (kind, map) in [("w", &self.words), ("p", &self.phrases)] {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            for k in keys {
                let c = &map[k];
                out.push_str(&format!(
                    "{kind}\t{}\t{}\t{}\t{}\t{}\t{}\n",
                    k.replace(['\t', '\n'], " "),
                    c[0],
                    c[1],
                    c[2],
                    c[3],
                    c[4]
                ));
            }
        }
        out
    }

    /// Parse the TSV written by [`WordStats::to_tsv`]; malformed lines are skipped.
    pub fn from_tsv(text: &str) -> WordStats {
        let mut s = WordStats::new();
        for line in text.lines() {
            if line.starts_with('#') || line.is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() != 7 {
                continue;
            }
            let mut c = [0u32; 5];
            let mut ok = true;
            for (slot, v) in c.iter_mut().zip(&cols[2..]) {
                match v.parse() {
                    Ok(n) => *slot = n,
                    Err(_) => ok = false,
                }
            }
            if !ok {
                continue;
            }
            match cols[0] {
                "w" => s.add_word(cols[1], &c, 1),
                "p" => s.add_phrase(cols[1], &c, 1),
                _ => {}
            }
        }
        s
    }
}
