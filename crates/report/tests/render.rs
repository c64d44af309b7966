//! Every format carries the same statements, figures and citations; imported text stays inert.

use std::io::Read;

use marsad_domain::{
    ActorKind, Briefing, BriefingActor, BriefingFigure, BriefingSentence, BriefingSource,
    BriefingStatement, Language, Qualifier, ReviewState, Stance,
};
use marsad_report::{figures_svg, render_docx, render_html, render_markdown, ChartImage};

/// Stands in for the rasterised chart (the PDF crate draws the real one).
fn chart() -> ChartImage {
    ChartImage {
        png: b"\x89PNG\r\n\x1a\n".to_vec(),
        width: 680.0,
        height: 120.0,
    }
}

fn briefing(language: Language) -> Briefing {
    let statement =
        |id, date: &str, stance, text: &str, lang, source, sentence| BriefingStatement {
            id,
            date: Some(date.into()),
            date_is_publication: id == 2,
            stance,
            cue: "قال".into(),
            text: text.into(),
            language: lang,
            review: ReviewState::Pending,
            source,
            sentence,
        };
    Briefing {
        title: "Lavrov & <NATO> إيجاز".into(),
        author: "فريق التحليل".into(),
        language,
        generated_on: "2026-11-29".into(),
        scope: vec!["سيرغي لافروف".into(), "2025-01-01 – 2025-12-31".into()],
        key_judgements: vec!["روسيا تحذّر من عودة الناتو <b>".into()],
        actors: vec![BriefingActor {
            id: 7,
            kind: ActorKind::Person,
            name: "سيرغي لافروف".into(),
            name_ar: Some("سيرغي لافروف".into()),
            name_en: Some("Sergei Lavrov".into()),
            roles: vec!["وزير الخارجية الروسي".into()],
            affiliations: vec!["روسيا".into()],
            statements: vec![
                statement(
                    1,
                    "2025-03-12",
                    Stance::Warning,
                    "إن حلف الناتو يسعى للعودة إلى أفغانستان",
                    Language::Ar,
                    1,
                    1,
                ),
                statement(
                    2,
                    "2025-04-02",
                    Stance::Claim,
                    "NATO | [wants](javascript:alert(1)) a <script>alert(1)</script> return",
                    Language::En,
                    2,
                    2,
                ),
            ],
        }],
        figures: vec![BriefingFigure {
            id: 3,
            date: Some("2025-03-12".into()),
            value: Some(15000.0),
            value_max: None,
            qualifier: Qualifier::MoreThan,
            unit: "fighters".into(),
            claimed_by: Some("أندريه بيلوسوف".into()),
            about: vec!["أفغانستان".into()],
            text: "أكثر من 15 ألف مقاتل".into(),
            language: Language::Ar,
            review: ReviewState::Accepted,
            source: 1,
            sentence: 3,
        }],
        sources: vec![
            BriefingSource {
                number: 1,
                article_id: 1,
                title: "الناتو وأفغانستان".into(),
                outlet: Some("سبوتنيك".into()),
                url: Some("https://example.org/a?x=1&y=2".into()),
                published: Some("2025-03-12".into()),
                language: Language::Ar,
            },
            BriefingSource {
                number: 2,
                article_id: 2,
                title: "Lavrov on NATO".into(),
                outlet: None,
                url: Some("javascript:alert(1)".into()),
                published: None,
                language: Language::En,
            },
        ],
        sentences: vec![
            BriefingSentence {
                number: 1,
                text: "وقال لافروف إن حلف الناتو يسعى للعودة إلى أفغانستان.".into(),
                language: Language::Ar,
                source: 1,
            },
            BriefingSentence {
                number: 2,
                text: "Lavrov said NATO wants a return.".into(),
                language: Language::En,
                source: 2,
            },
            BriefingSentence {
                number: 3,
                text: "أكثر من 15 ألف مقاتل في أفغانستان.".into(),
                language: Language::Ar,
                source: 1,
            },
        ],
    }
}

fn docx_parts(bytes: &[u8]) -> Vec<(String, String)> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    (0..zip.len())
        .map(|i| {
            let mut f = zip.by_index(i).expect("entry");
            let mut bytes = Vec::new();
            f.read_to_end(&mut bytes).expect("readable part");
            let name = f.name().to_string();
            let text = if name.ends_with(".png") {
                String::new()
            } else {
                String::from_utf8(bytes).expect("utf-8 part")
            };
            (name, text)
        })
        .collect()
}

/// The text of a WordprocessingML part, runs joined per paragraph.
fn docx_text(xml: &str) -> String {
    let doc = roxmltree::Document::parse(xml).expect("well-formed XML");
    let mut out = String::new();
    for p in doc.descendants().filter(|n| n.has_tag_name("p")) {
        for t in p.descendants().filter(|n| n.has_tag_name("t")) {
            out.push_str(t.text().unwrap_or(""));
        }
        out.push('\n');
    }
    out
}

#[test]
fn the_same_statements_and_citations_are_in_every_format() {
    for language in [Language::Ar, Language::En] {
        let b = briefing(language);
        let md = render_markdown(&b, Some("figures.svg"));
        let html = render_html(&b);
        let parts = docx_parts(&render_docx(&b, Some(&chart())).expect("docx"));
        let document = &parts
            .iter()
            .find(|(n, _)| n == "word/document.xml")
            .expect("document part")
            .1;
        let docx = docx_text(document);
        for text in [
            "حلف الناتو يسعى للعودة إلى أفغانستان",
            "سبوتنيك",
            "Sergei Lavrov",
            "15,000",
        ] {
            assert!(md.contains(text), "markdown lacks {text}");
            assert!(html.contains(text), "html lacks {text}");
            assert!(docx.contains(text), "docx lacks {text}");
        }
        for cite in ["[1] §1", "[2] §2", "[1] §3"] {
            assert!(docx.contains(cite), "docx lacks citation {cite}");
            assert!(
                md.contains(&cite.replace('[', "\\[").replace(']', "\\]")),
                "markdown lacks {cite}"
            );
        }
        assert!(html.contains("href=\"#source-1\"") && html.contains("id=\"sentence-3\""));
        // every source sentence is in the appendix of each format
        for s in &b.sentences {
            assert!(docx.contains(&s.text) && html.contains(&s.text) && md.contains(&s.text));
        }
    }
}

#[test]
fn imported_text_cannot_inject_markup_or_links() {
    let b = briefing(Language::En);
    let html = render_html(&b);
    assert!(!html.contains("<script"), "a script tag got through");
    assert!(
        !html.contains("href=\"javascript:"),
        "a javascript: link got through"
    );
    assert!(html.contains("&lt;script&gt;"));
    assert!(html.contains("default-src 'none'"));
    assert!(html.contains("https://example.org/a?x=1&amp;y=2"));
    let md = render_markdown(&b, None);
    assert!(
        !md.contains("[wants](javascript:"),
        "a markdown link got through"
    );
    assert!(
        md.contains("\\[wants\\](javascript:"),
        "the brackets are not escaped"
    );
    assert!(!md.contains("<javascript:"));
    let parts = docx_parts(&render_docx(&b, Some(&chart())).expect("docx"));
    let rels = &parts
        .iter()
        .find(|(n, _)| n == "word/_rels/document.xml.rels")
        .expect("rels")
        .1;
    assert!(!rels.contains("javascript:"));
    assert!(rels.contains("https://example.org/a?x=1&amp;y=2"));
}

#[test]
fn arabic_reports_are_right_to_left_in_every_format() {
    let b = briefing(Language::Ar);
    let html = render_html(&b);
    assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(html.contains("التقديرات الرئيسية"));
    // an English quotation inside the Arabic report keeps its own direction
    assert!(html.contains("<td lang=\"en\" dir=\"ltr\">NATO"));
    let parts = docx_parts(&render_docx(&b, Some(&chart())).expect("docx"));
    for (name, xml) in &parts {
        if name.ends_with(".xml") || name.ends_with(".rels") {
            roxmltree::Document::parse(xml)
                .unwrap_or_else(|e| panic!("{name} is not well-formed: {e}"));
        }
    }
    let document = &parts
        .iter()
        .find(|(n, _)| n == "word/document.xml")
        .expect("document")
        .1;
    assert!(
        document.contains("<w:bidiVisual/>"),
        "tables are not right-to-left"
    );
    assert!(
        document.contains("<w:bidi/>"),
        "paragraphs are not right-to-left"
    );
    assert!(document.contains("<w:rtl/>"), "Arabic runs are not marked");
    assert!(parts.iter().any(|(n, _)| n == "word/media/chart.png"));
    let en = render_html(&briefing(Language::En));
    assert!(en.contains("<html lang=\"en\" dir=\"ltr\">") && en.contains("Key judgements"));
}

#[test]
fn the_chart_shows_each_figure_with_its_qualifier() {
    let svg = figures_svg(&briefing(Language::En)).expect("a chart");
    let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    let texts: Vec<&str> = doc
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    assert!(texts.contains(&"more than 15,000"), "{texts:?}");
    assert!(texts.contains(&"fighters"));
    let mut none = briefing(Language::En);
    none.figures.clear();
    assert!(figures_svg(&none).is_none());
}
