//! Search terms: the same folding for what is indexed and what is asked.
//!
//! Arabic words lose diacritics, hamza and alef variants, tatweel, attached و ف ب ل ك and the
//! article ال, and a few plural, dual and pronoun suffixes (light stemming); English words are
//! lower-cased and stemmed (Snowball). The index stores these terms, so a query for "افغانستان"
//! finds "أفغانستان", "والناتو" finds "الناتو", and "fighter" finds "fighters".

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::normalize::fold_char;
use crate::text::strip_clitics;

fn english() -> &'static Stemmer {
    static S: OnceLock<Stemmer> = OnceLock::new();
    S.get_or_init(|| Stemmer::create(Algorithm::English))
}

const AR_SUFFIXES: &[&str] = &[
    "هما", "كما", "ات", "ون", "ين", "ان", "ها", "هم", "هن", "كم", "نا",
];

/// The search term of one folded word.
pub fn term(word: &str) -> String {
    if word.chars().any(|c| ('\u{0621}'..='\u{064A}').contains(&c)) {
        let mut w = strip_clitics(word);
        for suffix in AR_SUFFIXES {
            if w.chars().count() >= 5 {
                if let Some(stem) = w.strip_suffix(suffix) {
                    w = stem.to_string();
                    break;
                }
            }
        }
        if w.chars().count() >= 4 && (w.ends_with('ه') || w.ends_with('ي')) {
            w.pop();
        }
        w
    } else if word.chars().all(|c| c.is_ascii_alphabetic()) {
        english().stem(word).into_owned()
    } else {
        word.to_string()
    }
}

/// Words of `text` with their code point spans `[start, end)` in `text`.
pub fn words(text: &str) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    let mut n = 0;
    for (i, c) in text.chars().enumerate() {
        n = i + 1;
        match fold_char(c) {
            Some(f) if f.is_alphanumeric() => {
                if current.is_empty() {
                    start = i;
                }
                current.push(f);
            }
            None if !current.is_empty() => {} // a diacritic inside a word
            _ => {
                if !current.is_empty() {
                    out.push((std::mem::take(&mut current), start, i));
                }
            }
        }
    }
    if !current.is_empty() {
        out.push((current, start, n));
    }
    out
}

/// The text as index terms separated by spaces.
pub fn index_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (w, _, _) in words(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&term(&w));
    }
    out
}

/// The search terms of a query, in order.
pub fn query_terms(query: &str) -> Vec<String> {
    words(query)
        .into_iter()
        .map(|(w, _, _)| term(&w))
        .filter(|t| !t.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_forms_meet_on_one_term() {
        let t = |q: &str| query_terms(q).join(" ");
        assert_eq!(t("الناتو"), t("ناتو"));
        assert_eq!(t("والناتو"), t("ناتو"));
        assert_eq!(t("افغانستان"), t("أفغانستان"));
        assert_eq!(t("المقاتلين"), t("مقاتلين"));
        assert_eq!(t("الجماعات"), t("جماعات"));
    }

    #[test]
    fn english_is_stemmed_and_lower_cased() {
        assert_eq!(query_terms("Fighters"), query_terms("fighter"));
        assert_eq!(query_terms("NATO"), vec!["nato".to_string()]);
    }

    #[test]
    fn words_keep_their_offsets() {
        let w = words("قالَ لافروف: NATO");
        assert_eq!(w[1], ("لافروف".to_string(), 5, 11));
        assert_eq!(w[2].1, 13);
    }
}
