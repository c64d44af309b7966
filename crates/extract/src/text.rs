//! Tokens, sentences and language of an article.

use std::borrow::Cow;

use marsad_domain::Language;

use crate::normalize::{fold, Folded};

/// A word or number in the folded text: `[start, end)` in folded characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// The folded form.
    pub text: String,
    /// Without a leading conjunction and preposition, keeping the article ("والناتو" → "الناتو").
    pub bare: String,
    /// Without any Arabic clitic or the article ("والناتو" → "ناتو").
    pub stem: String,
    /// True when the original starts with an upper-case letter (Latin).
    pub capitalized: bool,
    pub is_number: bool,
    /// Index of the sentence it is in.
    pub sentence: usize,
}

/// An article prepared for extraction.
#[derive(Debug, Clone)]
pub struct Doc {
    pub original: Vec<char>,
    pub folded: Folded,
    pub tokens: Vec<Token>,
    /// Sentences as ranges of folded characters.
    pub sentences: Vec<(usize, usize)>,
    /// `sentence_tokens[s]` = range of token indices in sentence `s`.
    pub sentence_tokens: Vec<(usize, usize)>,
    pub language: Language,
    /// `gaps[i]` = folded characters between token `i` and token `i + 1`.
    gaps: Vec<Cow<'static, str>>,
    /// True when the text writes the preposition على with alef maqsura, so that «علي» written
    /// with ya is the name Ali (folding makes both "علي").
    ali_is_a_name: bool,
}

impl Doc {
    pub fn new(text: &str, language: Option<Language>) -> Doc {
        let original: Vec<char> = text.chars().collect();
        let folded = fold(text);
        let language = language.unwrap_or_else(|| detect_language(text));
        let sentences = split_sentences(&folded.chars);
        let mut tokens = tokenize(&folded, &original);
        let mut sentence_tokens = Vec::with_capacity(sentences.len());
        let mut t = 0;
        for (s, &(_, end)) in sentences.iter().enumerate() {
            let first = t;
            while t < tokens.len() && tokens[t].start < end {
                tokens[t].sentence = s;
                t += 1;
            }
            sentence_tokens.push((first, t));
        }
        let gaps = tokens
            .windows(2)
            .map(|pair| match &folded.chars[pair[0].end..pair[1].start] {
                [] => Cow::Borrowed(""),
                [' '] => Cow::Borrowed(" "),
                chars => Cow::Owned(chars.iter().collect()),
            })
            .collect();
        let ali_is_a_name = text.contains("على");
        Doc {
            ali_is_a_name,
            gaps,
            original,
            folded,
            tokens,
            sentences,
            sentence_tokens,
            language,
        }
    }

    /// Original code point span of tokens `[from, to)`.
    pub fn token_span(&self, from: usize, to: usize) -> (usize, usize) {
        if from >= to || to > self.tokens.len() {
            return (0, 0);
        }
        self.folded
            .original_span(self.tokens[from].start, self.tokens[to - 1].end)
    }

    /// Original code point span of folded characters `[from, to)`.
    pub fn char_span(&self, from: usize, to: usize) -> (usize, usize) {
        self.folded.original_span(from, to)
    }

    /// The original text of tokens `[from, to)`.
    pub fn original_text(&self, from: usize, to: usize) -> String {
        let (s, e) = self.token_span(from, to);
        self.original[s..e].iter().collect()
    }

    /// Folded characters between two tokens (what separates them: spaces, commas...).
    pub fn gap(&self, left: usize, right: usize) -> Cow<'_, str> {
        if left >= self.tokens.len() || right >= self.tokens.len() || right <= left {
            return Cow::Borrowed("");
        }
        if right == left + 1 {
            return Cow::Borrowed(&self.gaps[left]);
        }
        Cow::Owned(
            self.folded.chars[self.tokens[left].end..self.tokens[right].start]
                .iter()
                .collect(),
        )
    }

    /// True when token `t` is the name «علي» (written with ya in a text that writes the
    /// preposition «على» with alef maqsura).
    pub fn is_ali(&self, t: usize) -> bool {
        self.ali_is_a_name
            && self.tokens[t].text == "علي"
            && self.original_text(t, t + 1).ends_with('\u{064A}')
    }

    /// True when only spaces separate token `i` from token `i + 1`.
    pub fn joined(&self, i: usize) -> bool {
        i + 1 < self.tokens.len()
            && self.tokens[i].sentence == self.tokens[i + 1].sentence
            && self.gap(i, i + 1).chars().all(|c| c == ' ')
    }

    pub fn sentence_of(&self, token: usize) -> (usize, usize) {
        self.sentence_tokens[self.tokens[token].sentence]
    }
}

/// The sentences of `text` as code point spans of the original text (for quoting a statement's
/// source sentence).
pub fn sentence_spans(text: &str) -> Vec<(usize, usize)> {
    let folded = fold(text);
    split_sentences(&folded.chars)
        .into_iter()
        .map(|(s, e)| folded.original_span(s, e))
        .collect()
}

/// Arabic when Arabic letters outnumber Latin ones, English when Latin letters dominate.
pub fn detect_language(text: &str) -> Language {
    let (mut arabic, mut latin) = (0usize, 0usize);
    for c in text.chars().take(200_000) {
        if ('\u{0600}'..='\u{06FF}').contains(&c) || ('\u{0750}'..='\u{077F}').contains(&c) {
            arabic += 1;
        } else if c.is_ascii_alphabetic() {
            latin += 1;
        }
    }
    if arabic == 0 && latin == 0 {
        Language::Other
    } else if arabic >= latin {
        Language::Ar
    } else {
        Language::En
    }
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "col", "lt", "maj", "capt", "sgt", "st", "sen", "rep", "gov",
    "u.s", "u.n", "u.k", "no", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov",
    "dec", "vs", "jr", "prof", "brig",
];

/// Splits folded text into sentences at . ! ? ؟ ؛ and line breaks (not inside numbers or after
/// common abbreviations and initials).
pub fn split_sentences(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let n = chars.len();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        let boundary = match c {
            '\n' | '\r' => true,
            '!' | '?' | '؟' | '؛' => true,
            '.' => is_full_stop(chars, i),
            _ => false,
        };
        if boundary {
            let mut end = i + 1;
            // closing marks stay with the sentence they end; after a line break, a quotation
            // mark opens the next one
            while !matches!(c, '\n' | '\r')
                && end < n
                && matches!(chars[end], '.' | '!' | '?' | '؟' | '"' | '\'' | ')')
            {
                end += 1;
            }
            push_trimmed(&mut out, chars, start, end);
            start = end;
            i = end;
            continue;
        }
        i += 1;
    }
    push_trimmed(&mut out, chars, start, n);
    out
}

fn is_full_stop(chars: &[char], i: usize) -> bool {
    let next = chars.get(i + 1).copied();
    let prev = if i > 0 {
        chars.get(i - 1).copied()
    } else {
        None
    };
    if matches!((prev, next), (Some(p), Some(q)) if p.is_ascii_digit() && q.is_ascii_digit()) {
        return false;
    }
    if matches!(next, Some(q) if q.is_alphanumeric()) {
        return false; // "U.S.", "www.site.com"
    }
    let mut w = i;
    while w > 0 && (chars[w - 1].is_alphabetic() || chars[w - 1] == '.') {
        w -= 1;
    }
    let word: String = chars[w..i].iter().collect();
    if ABBREVIATIONS.contains(&word.as_str()) {
        return false;
    }
    // Initials joined by dots ("T.V.", "a.m.", "e.g."): an abbreviation, not a sentence's end
    if word.contains('.')
        && word
            .split('.')
            .all(|part| (1..=2).contains(&part.chars().count()))
    {
        return false;
    }
    // A single Latin initial ("George W. Bush").
    !(word.chars().count() == 1 && word.chars().all(|c| c.is_ascii_alphabetic()))
}

/// The longest sentence kept whole (characters); longer runs are cut at a space, so that no
/// statement or search over one sentence grows with the size of the text.
pub const MAX_SENTENCE_CHARS: usize = 2000;

fn push_trimmed(out: &mut Vec<(usize, usize)>, chars: &[char], mut s: usize, mut e: usize) {
    while s < e && chars[s].is_whitespace() {
        s += 1;
    }
    while e > s && chars[e - 1].is_whitespace() {
        e -= 1;
    }
    while e - s > MAX_SENTENCE_CHARS {
        let limit = s + MAX_SENTENCE_CHARS;
        let cut = (s + MAX_SENTENCE_CHARS / 2..limit)
            .rev()
            .find(|&i| chars[i] == ' ')
            .unwrap_or(limit);
        out.push((s, cut));
        s = cut;
        while s < e && chars[s].is_whitespace() {
            s += 1;
        }
    }
    if e > s {
        out.push((s, e));
    }
}

/// Strips Arabic clitics: a conjunction (و ف) and a preposition (ب ل ك), keeping the article
/// ("والناتو" → "الناتو", "للحلف" → "الحلف", "بروسيا" → "روسيا").
pub fn strip_particles(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 4 || !chars.iter().all(|c| ('\u{0621}'..='\u{064A}').contains(c)) {
        return word.to_string();
    }
    let mut i = 0;
    if matches!(chars[i], 'و' | 'ف') && chars.len() - i > 3 {
        i += 1;
    }
    if matches!(chars[i], 'ب' | 'ل' | 'ك') && chars.len() - i > 3 {
        // "لل" = ل + ال with the alef dropped
        if chars[i] == 'ل' && chars.get(i + 1) == Some(&'ل') && chars.len() - i > 4 {
            return std::iter::once('ا')
                .chain(chars[i + 1..].iter().copied())
                .collect();
        }
        i += 1;
    }
    chars[i..].iter().collect()
}

/// Strips Arabic clitics and the article ("والناتو" → "ناتو").
pub fn strip_clitics(word: &str) -> String {
    let bare = strip_particles(word);
    match bare.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => rest.to_string(),
        _ => bare,
    }
}

/// Strips only a leading conjunction و/ف (for cue verbs: "وقال" → "قال").
pub fn strip_conjunction(word: &str) -> &str {
    let mut it = word.char_indices();
    match it.next() {
        Some((_, 'و' | 'ف')) if word.chars().count() > 3 => {
            it.next().map(|(i, _)| &word[i..]).unwrap_or(word)
        }
        _ => word,
    }
}

/// A letter or digit, with ASCII and the Arabic letters answered without the Unicode tables
/// (`char::is_alphanumeric` looks Arabic up slowly, and tokenizing asks for every character).
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || ('\u{0621}'..='\u{064A}').contains(&c)
        || (!c.is_ascii() && c.is_alphanumeric())
}

fn tokenize(folded: &Folded, original: &[char]) -> Vec<Token> {
    let chars = &folded.chars;
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if !is_word_char(chars[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let numeric = chars[i].is_ascii_digit();
        while i < chars.len() {
            let c = chars[i];
            let glue = numeric
                && matches!(c, ',' | '.')
                && chars.get(i + 1).is_some_and(|d| d.is_ascii_digit())
                && i > start;
            if is_word_char(c) || glue {
                i += 1;
            } else {
                break;
            }
        }
        let text: String = chars[start..i].iter().collect();
        let first = original.get(folded.origin[start]).copied().unwrap_or(' ');
        let is_number = text.chars().next().is_some_and(|c| c.is_ascii_digit());
        tokens.push(Token {
            start,
            end: i,
            bare: strip_particles(&text),
            stem: strip_clitics(&text),
            capitalized: first.is_uppercase(),
            is_number,
            text,
            sentence: 0,
        });
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_sentences_but_not_numbers_or_abbreviations() {
        let doc = Doc::new(
            "Mr. Smith said 1.5 million fled. The U.S. army denied it! He said in a T.V. interview \
             that it was over. Next",
            None,
        );
        assert_eq!(doc.sentences.len(), 4);
    }

    #[test]
    fn a_quotation_mark_after_a_line_break_opens_the_next_sentence() {
        let text = "Police said it.\n\n\"We are here,\" he said.";
        let doc = Doc::new(text, None);
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(doc.folded.chars[doc.sentences[1].0], '"');
        // a closing mark after a full stop stays with its sentence
        let doc = Doc::new("He said \"stop.\" Then he left.", None);
        assert_eq!(doc.sentences.len(), 2);
        assert_eq!(doc.folded.chars[doc.sentences[0].1 - 1], '"');
    }

    #[test]
    fn cuts_very_long_sentences_at_a_space() {
        let text = "word ".repeat(2000);
        let doc = Doc::new(&text, None);
        assert!(doc.sentences.len() >= 5);
        assert!(doc
            .sentences
            .iter()
            .all(|(s, e)| e - s <= MAX_SENTENCE_CHARS));
    }

    #[test]
    fn strips_arabic_clitics() {
        assert_eq!(strip_clitics("والناتو"), "ناتو");
        assert_eq!(strip_clitics("لوزير"), "وزير");
        assert_eq!(strip_clitics("للحلف"), "حلف");
        assert_eq!(strip_particles("للحلف"), "الحلف");
        assert_eq!(strip_particles("والقاعده"), "القاعده");
        assert_eq!(strip_clitics("بروسيا"), "روسيا");
        assert_eq!(strip_conjunction("وقال"), "قال");
    }

    #[test]
    fn detects_language_by_script() {
        assert_eq!(detect_language("قال لافروف"), Language::Ar);
        assert_eq!(detect_language("Lavrov said"), Language::En);
        assert_eq!(detect_language("12345 !!"), Language::Other);
    }
}
