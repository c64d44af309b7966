//! Folding text for matching, with a map back to the original offsets.
//!
//! Folding removes Arabic diacritics, tatweel, zero-width and bidi control characters; unifies alef
//! and hamza forms (أ إ آ ٱ → ا), alef maqsura (ى → ي) and ta marbuta (ة → ه); turns Arabic-Indic
//! and Persian digits into ASCII; lowercases Latin; and maps every kind of space to one space.
//! [`Folded::origin`] gives, for each folded character, the code point offset it came from, so a
//! match in folded text is a span in the original.

/// Folded text and where each of its characters came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Folded {
    pub chars: Vec<char>,
    /// `origin[i]` is the original code point offset of `chars[i]`; one extra entry holds the
    /// original length, so `origin[end]` is valid for an exclusive end.
    pub origin: Vec<usize>,
}

impl Folded {
    /// Original span `[start, end)` of folded span `[from, to)`.
    pub fn original_span(&self, from: usize, to: usize) -> (usize, usize) {
        let start = self.origin[from.min(self.chars.len())];
        let end = if to == 0 {
            start
        } else {
            self.origin[(to - 1).min(self.chars.len().saturating_sub(1))] + 1
        };
        (start, end.max(start))
    }

    pub fn as_string(&self) -> String {
        self.chars.iter().collect()
    }
}

/// True for characters that folding drops altogether.
pub fn is_ignorable(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}'
        | '\u{0640}'
        | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

/// The folded form of one character (None: dropped).
pub fn fold_char(c: char) -> Option<char> {
    if is_ignorable(c) {
        return None;
    }
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        'ی' => 'ي',
        'ک' => 'ك',
        '٠'..='٩' => char::from_u32(c as u32 - 0x0660 + '0' as u32).unwrap_or(c),
        '۰'..='۹' => char::from_u32(c as u32 - 0x06F0 + '0' as u32).unwrap_or(c),
        '٬' => ',',
        '٫' => '.',
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => ' ',
        '“' | '”' | '«' | '»' | '„' | '″' => '"',
        '‘' | '’' | '‛' | '′' => '\'',
        '–' | '—' | '‐' | '‑' => '-',
        c if c.is_ascii_uppercase() => c.to_ascii_lowercase(),
        c if c.is_uppercase() => c.to_lowercase().next().unwrap_or(c),
        c => c,
    })
}

/// Folds `text` (see the module docs).
pub fn fold(text: &str) -> Folded {
    let mut chars = Vec::with_capacity(text.len() / 2);
    let mut origin = Vec::with_capacity(text.len() / 2 + 1);
    let mut n = 0;
    for (i, c) in text.chars().enumerate() {
        if let Some(f) = fold_char(c) {
            chars.push(f);
            origin.push(i);
        }
        n = i + 1;
    }
    origin.push(n);
    Folded { chars, origin }
}

/// Folds a name or query into a plain string with single spaces and no punctuation, for keys.
pub fn fold_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = true;
    for c in text.chars().filter_map(fold_char) {
        if c.is_alphanumeric() {
            out.push(c);
            space = false;
        } else if !space && c != '\'' {
            out.push(' ');
            space = true;
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_hamza_diacritics_tatweel_and_digits() {
        assert_eq!(fold_key("أفغانستانَ"), "افغانستان");
        assert_eq!(fold_key("إيـــران"), "ايران");
        assert_eq!(fold_key("مبادرة ١٥ ألفاً"), "مبادره 15 الفا");
        assert_eq!(fold_key("Sergei  LAVROV"), "sergei lavrov");
        assert_eq!(fold_key("\u{202B}الناتو\u{202C}"), "الناتو");
    }

    #[test]
    fn maps_folded_offsets_back_to_the_original() {
        let text = "قالَ لافروف";
        let f = fold(text);
        let folded = f.as_string();
        let at = folded.chars().position(|c| c == ' ').map_or(0, |i| i + 1);
        let (s, e) = f.original_span(at, at + 6);
        let original: String = text.chars().skip(s).take(e - s).collect();
        assert_eq!(original, "لافروف");
    }
}
