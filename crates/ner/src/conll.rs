//! Reading and writing the CoNLL layout: one token a line (optionally followed by whitespace
//! and a tag), a blank line between sentences.

/// One sentence: tokens with their tag when the file has one.
pub type Sentence = Vec<(String, Option<String>)>;

fn looks_like_tag(s: &str) -> bool {
    s == "O"
        || s.split_once('-')
            .is_some_and(|(p, t)| matches!(p, "B" | "I" | "E" | "S" | "L" | "U") && !t.is_empty())
}

/// Parse CoNLL text. A line whose last whitespace-separated field looks like a tag (`O`,
/// `B-X`, `I-X`, …) and follows the token yields `(token, Some(tag))`; any other non-blank line
/// is a bare token. Blank lines end sentences; empty sentences are dropped.
pub fn read_conll(text: &str) -> Vec<Sentence> {
    let mut out: Vec<Sentence> = Vec::new();
    let mut cur: Sentence = Vec::new();
    for raw in text.lines() {
        let line = raw.trim_end_matches(['\r', '\n']);
        if line.trim().is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        let line = line.trim_end();
        match line.rfind([' ', '\t']) {
            Some(pos) if looks_like_tag(&line[pos + 1..]) => {
                let token = line[..pos].trim();
                cur.push((token.to_string(), Some(line[pos + 1..].to_string())));
            }
            _ => cur.push((line.trim().to_string(), None)),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Write sentences in the CoNLL layout: `token TAG` (or just `token` when there is no tag) a
/// line, a blank line after each sentence.
pub fn write_conll(sentences: &[Sentence]) -> String {
    let mut out = String::new();
    for sent in sentences {
        for (tok, tag) in sent {
            out.push_str(tok);
            if let Some(tag) = tag {
                out.push(' ');
                out.push_str(tag);
            }
            out.push('\n');
        }
        out.push('\n');
    }
    out
}
