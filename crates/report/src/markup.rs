//! Escaping for the text formats, and telling Arabic text from Latin.

/// Escapes text for XML and HTML content and attribute values.
pub fn escape_xml(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Characters XML 1.0 forbids: control characters other than tab and newlines.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            '\u{FFFE}' | '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Escapes Markdown inline syntax so imported text never turns into links, emphasis or HTML;
/// newlines become spaces (a statement is one line of a table).
pub fn escape_markdown(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// True for a character of the Arabic script blocks.
pub fn is_arabic_char(c: char) -> bool {
    matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
}

/// True when most letters of `s` are Arabic script.
pub fn is_arabic(s: &str) -> bool {
    let (mut arabic, mut other) = (0usize, 0usize);
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        if is_arabic_char(c) {
            arabic += 1;
        } else {
            other += 1;
        }
    }
    arabic > other
}

/// Left-to-right isolate (LRI … PDI): keeps dates and citations like "2025-03-12" and "[1] §3" in
/// their order inside right-to-left lines.
pub(crate) fn ltr(s: String) -> String {
    format!("\u{2066}{s}\u{2069}")
}

/// First-strong isolate (FSI … PDI): a name or title takes its own direction within a line.
pub(crate) fn isolate(s: &str) -> String {
    format!("\u{2068}{s}\u{2069}")
}

/// A link target that is safe to emit: http(s) only.
pub fn safe_url(url: &str) -> Option<&str> {
    let u = url.trim();
    let lower = u.to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(u)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_imported_text_is_inert() {
        assert_eq!(
            escape_xml("<script>alert('x')</script>&"),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;"
        );
        assert_eq!(
            escape_markdown("[a](javascript:x) | *b*"),
            "\\[a\\](javascript:x) \\| \\*b\\*"
        );
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(
            safe_url(" https://example.org/a "),
            Some("https://example.org/a")
        );
    }

    #[test]
    fn script_is_told_by_letters() {
        assert!(is_arabic("قال لافروف إن NATO"));
        assert!(!is_arabic("Lavrov said (لافروف)"));
    }
}
