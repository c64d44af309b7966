//! Reading articles out of files: plain text and Markdown, saved web pages (the article text found
//! as Firefox Reader View does, with its metadata), RSS and Atom feeds, JSON, JSON Lines, CSV, and
//! zip archives of any of these, e-mails and PDF text layers; and the dates they give (`dates`).
//! Everything is read into memory and checked; nothing is written anywhere, and nothing in a page
//! (scripts, styles, links) is kept but its text. No database and no network: the importer in
//! `marsad-core` stores what this reads, and the fuzz targets (`fuzz/`) feed it arbitrary bytes.

pub mod dates;

use std::io::Read;
use std::path::Path;

use serde_json::Value;

/// The largest plain-text article file Marsad reads (bytes).
pub const ARTICLE_SIZE_LIMIT: u64 = 10 * 1024 * 1024;
/// The largest JSON file or zip entry Marsad reads (bytes, uncompressed).
pub const CONTAINER_SIZE_LIMIT: u64 = 512 * 1024 * 1024;
/// The most a zip may expand to in all (bytes): more is taken for a zip bomb.
pub const ZIP_TOTAL_LIMIT: u64 = 2 * 1024 * 1024 * 1024;

pub const TEXT_EXTENSIONS: &[&str] = &[
    "txt", "md", "markdown", "text", "html", "htm", "xhtml", "eml",
];
pub const DATA_EXTENSIONS: &[&str] = &[
    "json", "jsonl", "ndjson", "zip", "rss", "atom", "xml", "csv", "tsv", "pdf",
];

/// An article read from somewhere, before extraction.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Draft {
    pub title: String,
    pub body: String,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
}

/// One article (or the reason it could not be read) and where it came from.
pub type Read1 = (String, Result<Draft, String>);

fn extension(name: &str) -> String {
    Path::new(name)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

pub fn is_supported(path: &Path) -> bool {
    let ext = extension(&path.to_string_lossy());
    TEXT_EXTENSIONS.contains(&ext.as_str()) || DATA_EXTENSIONS.contains(&ext.as_str())
}

/// Reads every article in the file at `path`.
pub fn read_file(path: &Path) -> Vec<Read1> {
    let label = path.display().to_string();
    let ext = extension(&label);
    let text_file = TEXT_EXTENSIONS.contains(&ext.as_str());
    if !text_file && !DATA_EXTENSIONS.contains(&ext.as_str()) {
        let shown = if ext.is_empty() {
            "no extension".to_string()
        } else {
            format!(".{ext}")
        };
        return vec![(label, Err(format!(
            "is not a format Marsad imports ({shown}); it reads .txt, .md, .html, .eml, .pdf, .rss, .atom, .xml feeds, .json, .jsonl, .csv, .tsv and .zip files"
        )))];
    }
    let limit = if text_file {
        ARTICLE_SIZE_LIMIT
    } else {
        CONTAINER_SIZE_LIMIT
    };
    match read_limited(path, limit) {
        Ok(bytes) => read_bytes(&label, &ext, &bytes, 0),
        Err(reason) => vec![(label, Err(reason))],
    }
}

fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    let file = std::fs::File::open(path).map_err(|e| format!("cannot be read: {e}"))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    if size > limit {
        return Err(too_large(size, limit));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot be read: {e}"))?;
    Ok(bytes)
}

fn too_large(size: u64, limit: u64) -> String {
    format!(
        "is too large ({:.1} MB; the limit is {} MB)",
        size as f64 / 1e6,
        limit / (1024 * 1024)
    )
}

/// A title for an article that has none: its first line, up to 120 characters.
pub fn first_line_title(body: &str) -> String {
    body.lines()
        .next()
        .unwrap_or_default()
        .chars()
        .take(120)
        .collect()
}

/// Reads articles from the bytes of a file named `label`, by its extension, as `read_file` does
/// once the file is read (for the fuzz targets and for bytes that come from elsewhere).
pub fn read_named_bytes(label: &str, bytes: &[u8]) -> Vec<Read1> {
    let ext = extension(label);
    if !TEXT_EXTENSIONS.contains(&ext.as_str()) && !DATA_EXTENSIONS.contains(&ext.as_str()) {
        return vec![(
            label.to_string(),
            Err(format!("is not a format Marsad imports (.{ext})")),
        )];
    }
    read_bytes(label, &ext, bytes, 0)
}

/// Reads articles from the bytes of a file named `label` with extension `ext`.
fn read_bytes(label: &str, ext: &str, bytes: &[u8], depth: usize) -> Vec<Read1> {
    match ext {
        "zip" if depth == 0 => read_zip(label, bytes),
        "zip" => vec![(
            label.to_string(),
            Err("is a zip inside a zip; unpack it first".into()),
        )],
        "json" | "jsonl" | "ndjson" => match decode_text(bytes) {
            Ok(text) => read_json(label, &text),
            Err(reason) => vec![(label.to_string(), Err(reason))],
        },
        "html" | "htm" | "xhtml" => vec![(
            label.to_string(),
            decode_text(bytes).and_then(|html| read_html(&html)),
        )],
        "rss" | "atom" | "xml" => read_feed(label, bytes),
        "eml" => vec![(label.to_string(), read_eml(bytes))],
        "pdf" => vec![(label.to_string(), read_pdf(bytes))],
        "csv" | "tsv" => match decode_text(bytes) {
            Ok(text) => read_csv(label, &text, if ext == "tsv" { b'\t' } else { b',' }),
            Err(reason) => vec![(label.to_string(), Err(reason))],
        },
        _ => {
            let draft = decode_text(bytes).and_then(|text| {
                split_title(&text)
                    .map(|(title, body)| Draft {
                        title,
                        body,
                        ..Draft::default()
                    })
                    .ok_or_else(|| "has a title line but no body text".to_string())
            });
            vec![(label.to_string(), draft)]
        }
    }
}

/// A saved e-mail (a newsletter, an alert, an article mailed on): the subject is the title, the
/// plain-text part the body (an HTML-only message is read as a page fragment, without scripts or
/// styles), the sender's name the outlet (a digest or an alert service), the Date header the date.
fn read_eml(bytes: &[u8]) -> Result<Draft, String> {
    let message = mail_parser::MessageParser::default()
        .parse(bytes)
        .ok_or("is not an e-mail message (no headers)")?;
    let subject = message.subject().map(str::trim).filter(|s| !s.is_empty());
    let sender = message.from().and_then(|f| f.first());
    if subject.is_none() && sender.is_none() {
        return Err("is not an e-mail message (no Subject or From header)".into());
    }
    let body = match message.text_part(0).map(|p| &p.body) {
        Some(mail_parser::PartType::Text(text)) => tidy_text(text),
        _ => match message.body_html(0) {
            Some(html) => fragment_text(&html),
            None => String::new(),
        },
    };
    if body.trim().is_empty() {
        return Err("is an e-mail with no text in its body".into());
    }
    let title = subject
        .map(String::from)
        .or_else(|| split_title(&body).map(|(title, _)| title))
        .unwrap_or_default();
    Ok(Draft {
        title,
        body,
        outlet: sender.and_then(|a| a.name().or(a.address()).map(String::from)),
        published: message.date().map(|d| d.to_rfc3339()),
        ..Draft::default()
    })
}

/// A PDF's text layer (pdf-extract): the first line is the title, the rest the body. A PDF with
/// no text (a scan), an encrypted one or a broken one is refused with the reason; the parser
/// panicking on a hostile file is caught and reported the same way.
fn read_pdf(bytes: &[u8]) -> Result<Draft, String> {
    if !bytes.starts_with(b"%PDF-") {
        return Err("is not a PDF (it does not start with %PDF-)".into());
    }
    let text = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(bytes))
        .map_err(|_| "is a PDF Marsad cannot read (the PDF reader failed on it)".to_string())?
        .map_err(|e| format!("is a PDF Marsad cannot read ({e})"))?;
    // Page breaks are line breaks; bidi controls a PDF's text layer carries are layout, not text.
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        .map(|c| if c == '\u{c}' { '\n' } else { c })
        .collect();
    let text = tidy_text(&text);
    let text: Vec<String> = text.lines().map(reading_order).collect();
    let text = text.join("\n");
    if text.chars().filter(|c| c.is_alphabetic()).count() < 20 {
        return Err(
            "is a PDF with no text layer (a scanned image?); Marsad reads only a PDF's text".into(),
        );
    }
    split_title(&text)
        .map(|(title, body)| Draft {
            title,
            body,
            ..Draft::default()
        })
        .ok_or_else(|| "is a PDF with a single line of text".to_string())
}

/// A character of the Arabic block (U+0600–U+06FF).
fn arabic_letter(c: char) -> bool {
    ('\u{0600}'..='\u{06FF}').contains(&c)
}

/// A line of Arabic that a PDF gave in visual order (its letters right to left reversed:
/// "فوسواليب هيردنأ") put back in reading order ("أندريه بيلاوسوف"), with runs of Latin letters
/// and digits kept left to right. A line is turned only when more of its words are known Arabic
/// words turned than as given; other lines are returned as they are.
fn reading_order(line: &str) -> String {
    if line.chars().filter(|&c| arabic_letter(c)).count() < 2 {
        return line.to_string();
    }
    // Known words count, and so do word shapes only reading order has: the article ال opens
    // words, ة and ى close them, إ opens them.
    let known = |text: &str| -> i64 {
        text.split(|c: char| !c.is_alphabetic())
            .filter(|w| w.chars().count() >= 2 && w.chars().any(arabic_letter))
            .map(|w| {
                i64::from(marsad_extract::is_known_word(w)) + i64::from(w.starts_with("ال"))
                    - i64::from(w.starts_with(['ة', 'ى']))
                    - i64::from(w.ends_with('إ'))
            })
            .sum()
    };
    // In visual order the leftmost letter opens a left-to-right line ("Scope: …") and closes a
    // right-to-left one.
    let first_strong = line.chars().find(|c| c.is_alphabetic());
    let turned = if first_strong.is_some_and(|c| !arabic_letter(c)) {
        arabic_runs_turned(line)
    } else {
        visual_to_logical(line)
    };
    if known(&turned) > known(line) {
        turned
    } else {
        line.to_string()
    }
}

/// A left-to-right line with Arabic in visual order: each run of Arabic (with the spaces and
/// punctuation inside it) reversed where it stands.
fn arabic_runs_turned(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let arabic = arabic_letter;
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < chars.len() {
        if !arabic(chars[i]) {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && (arabic(chars[j]) || !chars[j].is_alphanumeric()) {
            j += 1;
        }
        while j > i + 1 && !arabic(chars[j - 1]) {
            j -= 1;
        }
        out.extend(chars[i..j].iter().rev());
        i = j;
    }
    out
}

/// Reverses a line, then puts each run of left-to-right characters (Latin letters, digits and
/// the punctuation inside them) back in its own order; brackets are mirrored.
fn visual_to_logical(line: &str) -> String {
    let reversed: Vec<char> = line
        .chars()
        .rev()
        .map(|c| match c {
            '(' => ')',
            ')' => '(',
            '[' => ']',
            ']' => '[',
            '«' => '»',
            '»' => '«',
            c => c,
        })
        .collect();
    let ltr = |c: char| c.is_ascii_alphanumeric() || ('\u{0660}'..='\u{0669}').contains(&c);
    let inside = |c: char| ltr(c) || matches!(c, '.' | ',' | ':' | '/' | '%' | '-' | ' ');
    let mut out = String::with_capacity(line.len());
    let mut i = 0;
    while i < reversed.len() {
        if ltr(reversed[i]) {
            let mut j = i;
            while j < reversed.len() && inside(reversed[j]) {
                j += 1;
            }
            while j > i + 1 && !ltr(reversed[j - 1]) {
                j -= 1; // trailing spaces and punctuation belong to the Arabic around the run
            }
            out.extend(reversed[i..j].iter().rev());
            i = j;
        } else {
            out.push(reversed[i]);
            i += 1;
        }
    }
    out
}

/// Bytes → text, or why they are not text.
pub fn decode_text(bytes: &[u8]) -> Result<String, String> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err("is empty".into());
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(format!("is a binary file ({kind}), not text"));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        format!(
            "is not valid UTF-8 text (bad byte at offset {}); save it as UTF-8 and try again",
            e.utf8_error().valid_up_to()
        )
    })
}

fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"%PDF", "a PDF document"),
        (b"PK\x03\x04", "a zip archive"),
        (b"\x7FELF", "a program"),
        (b"SQLite format 3", "an SQLite database"),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(kind);
    }
    bytes
        .iter()
        .take(8192)
        .any(|&b| b == 0)
        .then_some("it contains NUL bytes")
}

/// Title = the first non-empty line; body = the rest, without the blank lines that lead it.
pub fn split_title(text: &str) -> Option<(String, String)> {
    let text = text.trim_start_matches(['\n', '\r', ' ', '\t', '\u{FEFF}']);
    let (title, rest) = text.split_once('\n').unwrap_or((text, ""));
    let body = rest.trim_start_matches(['\n', '\r']).trim_end();
    let title = title.trim().trim_start_matches('#').trim();
    (!body.trim().is_empty()).then(|| (title.to_string(), body.to_string()))
}

/// A JSON array of article objects, one object, or JSON Lines.
fn read_json(label: &str, text: &str) -> Vec<Read1> {
    match json_values(text) {
        Err(reason) => vec![(label.to_string(), Err(reason))],
        Ok(items) if items.is_empty() => vec![(label.to_string(), Err("holds no articles".into()))],
        Ok(items) => items
            .iter()
            .enumerate()
            .map(|(i, v)| (format!("{label} #{}", i + 1), draft_from_json(v)))
            .collect(),
    }
}

/// The values of a JSON file: an array's elements, a single value, or JSON Lines.
pub fn json_values(text: &str) -> Result<Vec<Value>, String> {
    let trimmed = text.trim_start();
    if trimmed.starts_with('[')
        || (trimmed.starts_with('{') && serde_json::from_str::<Value>(text).is_ok())
    {
        match serde_json::from_str::<Value>(text) {
            Ok(Value::Array(items)) => Ok(items),
            Ok(other) => Ok(vec![other]),
            Err(e) => Err(format!("is not valid JSON ({e})")),
        }
    } else {
        text.lines()
            .filter(|l| !l.trim().is_empty())
            .enumerate()
            .map(|(i, line)| {
                serde_json::from_str(line)
                    .map_err(|e| format!("line {} is not valid JSON ({e})", i + 1))
            })
            .collect()
    }
}

fn field(v: &Value, names: &[&str]) -> Option<String> {
    names.iter().find_map(|n| match v.get(*n)? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_string),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

/// An article object: title/headline, content/body/text, url/link, date/published, source/outlet, author.
fn draft_from_json(v: &Value) -> Result<Draft, String> {
    if !v.is_object() {
        return Err("is not an article object".into());
    }
    let body = field(
        v,
        &[
            "content",
            "body",
            "text",
            "article",
            "articleBody",
            "description",
        ],
    )
    .ok_or("has no content, body or text field")?;
    let title = field(v, &["title", "headline", "name"]).unwrap_or_else(|| first_line_title(&body));
    Ok(Draft {
        title,
        body,
        outlet: field(v, &["source", "outlet", "publisher", "site", "site_name"]),
        url: field(v, &["url", "link", "uri"]),
        author: field(v, &["author", "byline", "creator"]),
        published: field(
            v,
            &[
                "published",
                "date",
                "published_at",
                "pubDate",
                "datePublished",
                "date_published",
                "date_extracted",
            ],
        ),
    })
}

/// A saved web page: the article's text and title as a reader view finds them (scripts, styles,
/// navigation and ads dropped), with outlet, author, date and address from `<meta>`, Open Graph
/// and JSON-LD.
fn read_html(html: &str) -> Result<Draft, String> {
    let config = dom_smoothie::Config {
        text_mode: dom_smoothie::TextMode::Formatted,
        ..Default::default()
    };
    let mut reader = dom_smoothie::Readability::new(html, None, Some(config))
        .map_err(|e| format!("is not a readable web page ({e})"))?;
    let article = reader
        .parse()
        .map_err(|e| format!("has no article text Marsad can find ({e})"))?;
    let body = tidy_text(&article.text_content);
    let letters = body.chars().filter(|c| c.is_alphanumeric()).count();
    if letters < MIN_PAGE_LETTERS {
        return Err(format!(
            "has no article text Marsad can find (only {letters} letters outside navigation and scripts)"
        ));
    }
    let page = dom_query::Document::from(html);
    let meta = |selector: &str, attr: &str| {
        page.select_single(selector)
            .attr(attr)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    };
    let title = Some(article.title.trim().to_string())
        .filter(|t| !t.is_empty())
        .or_else(|| meta(r#"meta[property="og:title"]"#, "content"))
        .unwrap_or_else(|| first_line_title(&body));
    Ok(Draft {
        title,
        body,
        outlet: article
            .site_name
            .clone()
            .or_else(|| meta(r#"meta[property="og:site_name"]"#, "content")),
        url: article
            .url
            .clone()
            .or_else(|| meta(r#"link[rel="canonical"]"#, "href"))
            .or_else(|| meta(r#"meta[property="og:url"]"#, "content")),
        author: article.byline.clone().filter(|b| !b.trim().is_empty()),
        published: article
            .published_time
            .clone()
            .or_else(|| meta(r#"meta[property="article:published_time"]"#, "content"))
            .or_else(|| meta(r#"meta[name="date"]"#, "content"))
            .or_else(|| {
                page.select_single("time[datetime]")
                    .attr("datetime")
                    .map(|v| v.to_string())
            }),
    })
}

/// Less text than this in a web page is taken for a page without an article (a menu, a login
/// form, an index page).
const MIN_PAGE_LETTERS: usize = 60;

/// Paragraphs separated by one blank line, lines trimmed, runs of spaces squeezed.
fn tidy_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines() {
        let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push_str("\n\n");
        } else if !out.is_empty() {
            out.push('\n');
        }
        blank = false;
        out.push_str(&line);
    }
    out
}

/// The text of an HTML fragment (a feed entry's content), paragraphs kept apart.
fn fragment_text(html: &str) -> String {
    if !html.contains('<') {
        return tidy_text(html);
    }
    let doc = dom_query::Document::from(html);
    doc.select("script, style, noscript, template, iframe, object, embed, svg, math, form")
        .remove();
    tidy_text(&doc.formatted_text())
}

/// Every entry of an RSS or Atom feed as an article.
fn read_feed(label: &str, bytes: &[u8]) -> Vec<Read1> {
    if let Some(kind) = binary_kind(bytes) {
        return vec![(
            label.to_string(),
            Err(format!("is a binary file ({kind}), not a feed")),
        )];
    }
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(feed) => feed,
        Err(e) => {
            return vec![(
                label.to_string(),
                Err(format!("is not an RSS or Atom feed Marsad can read ({e})")),
            )]
        }
    };
    if feed.entries.is_empty() {
        return vec![(label.to_string(), Err("is a feed with no entries".into()))];
    }
    let outlet = feed
        .title
        .as_ref()
        .map(|t| fragment_text(&t.content))
        .filter(|t| !t.is_empty());
    feed.entries
        .iter()
        .enumerate()
        .map(|(i, entry)| {
            let name = format!("{label}: entry {}", i + 1);
            let body = entry
                .content
                .as_ref()
                .and_then(|c| c.body.as_deref())
                .or(entry.summary.as_ref().map(|s| s.content.as_str()))
                .map(fragment_text)
                .unwrap_or_default();
            if body.trim().is_empty() {
                return (name, Err("has no content or summary text".into()));
            }
            let title = entry
                .title
                .as_ref()
                .map(|t| fragment_text(&t.content))
                .filter(|t| !t.is_empty())
                .unwrap_or_else(|| first_line_title(&body));
            let draft = Draft {
                title,
                body,
                outlet: outlet.clone(),
                url: entry.links.first().map(|l| l.href.clone()),
                author: entry.authors.first().and_then(|a| a.name.clone()),
                published: entry
                    .published
                    .or(entry.updated)
                    .map(|d| d.format("%Y-%m-%dT%H:%M:%SZ").to_string()),
            };
            (name, Ok(draft))
        })
        .collect()
}

/// A table with a header row; columns are matched like JSON fields (title, content/body/text,
/// url, date/published, source/outlet, author), case-insensitively.
fn read_csv(label: &str, text: &str, delimiter: u8) -> Vec<Read1> {
    let rows = match csv_objects(label, text, delimiter) {
        Ok(rows) => rows,
        Err(reason) => return vec![(label.to_string(), Err(reason))],
    };
    let mut out: Vec<Read1> = rows
        .into_iter()
        .map(|(name, row)| {
            let draft = row.and_then(|object| draft_from_json(&Value::Object(object)));
            (name, draft)
        })
        .collect();
    if out.is_empty() {
        out.push((label.to_string(), Err("has a header but no rows".into())));
    }
    out
}

/// A table row or JSON object: field name → value.
pub type Row = serde_json::Map<String, Value>;
/// A row with its place ("FILE: row N"), or why that row cannot be read.
pub type NamedRow = (String, Result<Row, String>);

/// The rows of a table with a header row, each as an object keyed by the lower-cased header
/// (or why the row cannot be read), named "FILE: row N".
pub fn csv_objects(label: &str, text: &str, delimiter: u8) -> Result<Vec<NamedRow>, String> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| format!("has no readable header row ({e})"))?
        .iter()
        .map(|h| h.trim().to_lowercase())
        .collect();
    Ok(reader
        .records()
        .enumerate()
        .map(|(i, record)| {
            let row = record
                .map_err(|e| format!("cannot be read ({e})"))
                .map(|record| {
                    headers
                        .iter()
                        .zip(record.iter())
                        .map(|(h, v)| (h.clone(), Value::String(v.to_string())))
                        .collect()
                });
            (format!("{label}: row {}", i + 2), row)
        })
        .collect())
}

/// Every supported entry of a zip archive, with guards against zip bombs.
fn read_zip(label: &str, bytes: &[u8]) -> Vec<Read1> {
    let mut archive = match zip::ZipArchive::new(std::io::Cursor::new(bytes)) {
        Ok(a) => a,
        Err(e) => {
            return vec![(
                label.to_string(),
                Err(format!("is not a readable zip archive ({e})")),
            )]
        }
    };
    let mut out = Vec::new();
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let mut entry = match archive.by_index(i) {
            Ok(e) => e,
            Err(e) => {
                out.push((
                    format!("{label} entry {}", i + 1),
                    Err(format!("cannot be read ({e})")),
                ));
                continue;
            }
        };
        if entry.is_dir() {
            continue;
        }
        let name = entry.name().to_string();
        let entry_label = format!("{label}:{name}");
        let ext = extension(&name);
        if !(TEXT_EXTENSIONS.contains(&ext.as_str()) || DATA_EXTENSIONS.contains(&ext.as_str()))
            || name.rsplit('/').next().is_some_and(|n| n.starts_with('.'))
        {
            continue;
        }
        let declared = entry.size();
        if declared > CONTAINER_SIZE_LIMIT || total + declared > ZIP_TOTAL_LIMIT {
            out.push((entry_label, Err(too_large(declared, CONTAINER_SIZE_LIMIT))));
            continue;
        }
        let mut data = Vec::with_capacity(declared as usize);
        if let Err(e) = (&mut entry)
            .take(CONTAINER_SIZE_LIMIT + 1)
            .read_to_end(&mut data)
        {
            out.push((entry_label, Err(format!("cannot be unpacked ({e})"))));
            continue;
        }
        if data.len() as u64 > CONTAINER_SIZE_LIMIT {
            out.push((
                entry_label,
                Err("expands beyond its declared size (a zip bomb?)".into()),
            ));
            continue;
        }
        total += data.len() as u64;
        out.extend(read_bytes(&entry_label, &ext, &data, 1));
    }
    if out.is_empty() {
        out.push((
            label.to_string(),
            Err("is a zip archive with no file Marsad imports (.txt, .md, .html, feeds, .json, .jsonl, .csv)".into()),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_json_array_with_saudinewsnet_fields() {
        let json = r#"[{"source": "aawsat", "url": "http://x/1", "date_extracted": "2015-07-21 02:51:32",
                        "title": "عنوان", "author": "لندن", "content": "نص المقال"}]"#;
        let items = read_json("a.json", json);
        let draft = items[0].1.clone().unwrap_or_default();
        assert_eq!(draft.title, "عنوان");
        assert_eq!(draft.body, "نص المقال");
        assert_eq!(draft.outlet.as_deref(), Some("aawsat"));
        assert_eq!(draft.published.as_deref(), Some("2015-07-21 02:51:32"));
        assert_eq!(items[0].0, "a.json #1");
    }

    #[test]
    fn reads_json_lines_and_names_a_bad_line() {
        let items = read_json("a.jsonl", "{\"title\": \"A\", \"body\": \"x\"}\n{oops}\n");
        assert_eq!(items.len(), 1);
        assert!(items[0].1.as_ref().is_err_and(|e| e.contains("line 2")));
        let good = read_json(
            "b.jsonl",
            "{\"title\": \"A\", \"body\": \"x\"}\n{\"title\": \"B\", \"text\": \"y\"}\n",
        );
        assert_eq!(good.len(), 2);
        assert_eq!(
            good[1].1.as_ref().map(|d| d.body.clone()).ok(),
            Some("y".to_string())
        );
    }

    #[test]
    fn an_object_without_text_is_rejected() {
        let items = read_json("c.json", "[{\"title\": \"no body\"}]");
        assert!(items[0].1.as_ref().is_err_and(|e| e.contains("no content")));
    }

    #[test]
    fn splits_title_from_body() {
        let (t, b) = split_title("Title\n\nBody line\nmore\n").unwrap_or_default();
        assert_eq!(t, "Title");
        assert_eq!(b, "Body line\nmore");
        assert!(split_title("only a title\n\n").is_none());
    }
}
