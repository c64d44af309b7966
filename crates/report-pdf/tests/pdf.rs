//! The PDF is typeset with the Arabic font embedded and the text in logical order. Where poppler's
//! `pdftotext`/`pdffonts` are installed, they read the file back; set MARSAD_PDF_OUT to a folder to
//! keep the PDFs for looking at.

use std::process::Command;

use marsad_domain::{
    ActorKind, Briefing, BriefingActor, BriefingFigure, BriefingSentence, BriefingSource,
    BriefingStatement, Language, Qualifier, ReviewState, Stance,
};
use marsad_report_pdf::render_pdf;

fn briefing(language: Language) -> Briefing {
    let s = |id, date: &str, stance, text: &str, lang, source, sentence| BriefingStatement {
        id,
        date: Some(date.into()),
        date_is_publication: false,
        stance,
        cue: "قال".into(),
        text: text.into(),
        language: lang,
        review: ReviewState::Pending,
        source,
        sentence,
    };
    Briefing {
        title: "إيجاز: روسيا والناتو في أفغانستان".into(),
        author: "Analysis desk".into(),
        language,
        generated_on: "2026-11-29".into(),
        scope: vec!["سيرغي لافروف".into()],
        key_judgements: vec![
            "تحذّر موسكو من عودة NATO إلى أفغانستان عبر دول الجوار.".into(),
            // typst markup in imported or typed text is printed, never run
            "#panic(\"boom\") *not bold* $x^2$ #import \"/etc/passwd\"".into(),
        ],
        actors: vec![BriefingActor {
            id: 1,
            kind: ActorKind::Person,
            name: "سيرغي لافروف".into(),
            name_ar: Some("سيرغي لافروف".into()),
            name_en: Some("Sergei Lavrov".into()),
            roles: vec!["وزير الخارجية الروسي".into()],
            affiliations: vec!["روسيا".into()],
            statements: (0..40)
                .map(|i| {
                    s(
                        i,
                        "2025-03-12",
                        Stance::Warning,
                        "إن حلف الناتو يسعى للعودة إلى أفغانستان عبر الدول المجاورة",
                        Language::Ar,
                        1,
                        1,
                    )
                })
                .chain([s(
                    99,
                    "2025-04-01",
                    Stance::Claim,
                    "NATO wants to come back",
                    Language::En,
                    2,
                    2,
                )])
                .collect(),
        }],
        figures: vec![BriefingFigure {
            id: 1,
            date: Some("2025-03-12".into()),
            value: Some(15000.0),
            value_max: None,
            qualifier: Qualifier::MoreThan,
            unit: "fighters".into(),
            claimed_by: Some("أندريه بيلوسوف".into()),
            about: vec!["أفغانستان".into()],
            text: "أكثر من 15 ألف مقاتل".into(),
            language: Language::Ar,
            review: ReviewState::Pending,
            source: 1,
            sentence: 1,
        }],
        sources: vec![
            BriefingSource {
                number: 1,
                article_id: 1,
                title: "الناتو وأفغانستان".into(),
                outlet: Some("RT Arabic".into()),
                url: Some("https://example.org/a".into()),
                published: Some("2025-03-12".into()),
                language: Language::Ar,
            },
            BriefingSource {
                number: 2,
                article_id: 2,
                title: "Lavrov on NATO".into(),
                outlet: None,
                url: None,
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
                text: "Lavrov said NATO wants to come back.".into(),
                language: Language::En,
                source: 2,
            },
        ],
    }
}

fn tool(name: &str) -> bool {
    Command::new(name).arg("-v").output().is_ok()
}

#[test]
fn arabic_and_english_briefings_typeset_with_embedded_fonts() {
    let dir = tempfile::tempdir().expect("temp dir");
    for language in [Language::Ar, Language::En] {
        let pdf = render_pdf(&briefing(language), (2026, 11, 29)).expect("typeset");
        assert!(pdf.bytes.starts_with(b"%PDF-"));
        assert!(
            pdf.pages >= 3,
            "title page, 41 statements, sources: {} pages",
            pdf.pages
        );
        let path = match std::env::var_os("MARSAD_PDF_OUT") {
            Some(out) => {
                std::path::PathBuf::from(out).join(format!("briefing-{}.pdf", language.as_str()))
            }
            None => dir
                .path()
                .join(format!("briefing-{}.pdf", language.as_str())),
        };
        std::fs::write(&path, &pdf.bytes).expect("write");
        if !tool("pdftotext") {
            eprintln!(
                "skipping the read-back: poppler-utils (pdftotext, pdffonts) is not installed"
            );
            continue;
        }
        let text = Command::new("pdftotext")
            .arg(&path)
            .arg("-")
            .output()
            .expect("pdftotext");
        let text = String::from_utf8_lossy(&text.stdout);
        assert!(
            text.contains("حلف الناتو يسعى للعودة إلى أفغانستان"),
            "the Arabic statement is not in logical order:\n{text}"
        );
        assert!(text.contains("Sergei Lavrov"));
        assert!(
            text.contains("#panic(\"boom\") *not bold* $x^2$"),
            "markup in the text was interpreted:\n{text}"
        );
        let fonts = Command::new("pdffonts")
            .arg(&path)
            .output()
            .expect("pdffonts");
        let fonts = String::from_utf8_lossy(&fonts.stdout);
        assert!(
            fonts.contains("NotoNaskhArabic"),
            "Arabic font missing:\n{fonts}"
        );
        for line in fonts.lines().filter(|l| l.contains("Noto")) {
            assert!(line.contains(" yes "), "font not embedded: {line}");
        }
    }
}
