//! Arabic orthographic normalisation and light clitic stripping.

/// Normalise one token: alef/hamza-on-alef forms → ا, ى → ي, ة → ه, Arabic-Indic digits → ASCII,
/// and drop diacritics, tatweel and invisible format characters (ZWJ, LRM, …).
pub fn normalize(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => out.push('ا'),
            'ى' => out.push('ي'),
            'ة' => out.push('ه'),
            // harakat, tanwin, shadda, sukun, superscript alef, Quranic marks
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}' => {}
            // tatweel
            '\u{0640}' => {}
            // zero-width and bidi format characters, BOM
            '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}' => {}
            '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
            '۰'..='۹' => out.push(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
            _ => out.extend(c.to_lowercase()),
        }
    }
    out
}

fn char_len(s: &str) -> usize {
    s.chars().count()
}

fn strip_prefix_min<'a>(s: &'a str, prefix: &str, min_rest: usize) -> Option<&'a str> {
    s.strip_prefix(prefix)
        .filter(|rest| char_len(rest) >= min_rest)
}

/// All readings of a normalised token with proclitics removed: the token itself, without a
/// conjunction (و ف), without a preposition (ب ك ل, with ل+ال written لل), and each of those
/// without the article ال. Order is deterministic, most literal first, without duplicates.
pub fn clitic_variants(n: &str) -> Vec<String> {
    let mut out: Vec<String> = vec![n.to_string()];
    let push = |v: String, out: &mut Vec<String>| {
        if !v.is_empty() && !out.contains(&v) {
            out.push(v);
        }
    };
    let mut stage1: Vec<String> = vec![n.to_string()];
    for conj in ["و", "ف"] {
        if let Some(rest) = strip_prefix_min(n, conj, 2) {
            stage1.push(rest.to_string());
        }
    }
    let mut stage2: Vec<String> = stage1.clone();
    for s in &stage1 {
        if let Some(rest) = strip_prefix_min(s, "لل", 2) {
            stage2.push(format!("ال{rest}"));
        }
        for prep in ["ب", "ك", "ل"] {
            if let Some(rest) = strip_prefix_min(s, prep, 2) {
                stage2.push(rest.to_string());
            }
        }
    }
    let mut stage3: Vec<String> = Vec::new();
    for s in &stage2 {
        stage3.push(s.clone());
        if let Some(rest) = strip_prefix_min(s, "ال", 2) {
            stage3.push(rest.to_string());
        }
    }
    for v in stage3 {
        push(v, &mut out);
    }
    out
}

/// The token with proclitics (و ف, then ب ك ل, then ال) stripped, keeping at least three
/// letters (two after the article). A single deterministic "stem" used as a feature.
pub fn strip_clitics(n: &str) -> String {
    let mut s = n;
    for conj in ["و", "ف"] {
        if let Some(rest) = strip_prefix_min(s, conj, 3) {
            s = rest;
            break;
        }
    }
    if let Some(rest) = strip_prefix_min(s, "لل", 2) {
        return rest.to_string();
    }
    for prep in ["ب", "ك", "ل"] {
        if let Some(rest) = strip_prefix_min(s, prep, 3) {
            s = rest;
            break;
        }
    }
    if let Some(rest) = strip_prefix_min(s, "ال", 2) {
        s = rest;
    }
    s.to_string()
}

/// Whether the normalised token carries the definite article (optionally after و ف ب ك ل).
pub fn has_article(n: &str) -> bool {
    if n.starts_with("ال") || n.starts_with("لل") {
        return true;
    }
    let mut s = n;
    for conj in ["و", "ف"] {
        if let Some(rest) = s.strip_prefix(conj) {
            s = rest;
            break;
        }
    }
    if s.starts_with("ال") || s.starts_with("لل") {
        return true;
    }
    for prep in ["ب", "ك"] {
        if let Some(rest) = s.strip_prefix(prep) {
            return rest.starts_with("ال");
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_alef_ya_ta_and_diacritics() {
        assert_eq!(normalize("إِسْرائيل"), "اسرائيل");
        assert_eq!(normalize("مُصطفى"), "مصطفي");
        assert_eq!(normalize("الجامعة"), "الجامعه");
        assert_eq!(normalize("عـــدن"), "عدن");
        assert_eq!(normalize("٢٠٠٢"), "2002");
    }

    #[test]
    fn strips_clitics() {
        assert_eq!(strip_clitics("والرئيس"), "رئيس");
        assert_eq!(strip_clitics("للرئيس"), "رئيس");
        assert_eq!(strip_clitics("بغداد"), "غداد");
        assert_eq!(strip_clitics("عدن"), "عدن");
        assert!(clitic_variants("بغداد").contains(&"بغداد".to_string()));
        assert!(clitic_variants("للامارات").contains(&"الامارات".to_string()));
        assert!(has_article("والعراق"));
        assert!(!has_article("عراق"));
    }
}
