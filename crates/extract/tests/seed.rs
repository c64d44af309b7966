//! The extractor on the seed article (skipped where ../shared is absent) and on bad input.

use marsad_domain::{Qualifier, Stance};
use marsad_extract::extract;

fn seed() -> Option<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../../shared/corpus/seed/ar-nato-afghanistan.txt"
    );
    match std::fs::read_to_string(path) {
        Ok(text) => Some(text),
        Err(_) => {
            eprintln!("skipped: the seed article is not here ({path})");
            None
        }
    }
}

#[test]
fn the_seed_article_yields_its_speakers_and_figures() {
    let Some(text) = seed() else { return };
    let found = extract(&text, None);
    let speaker = |cue: &str| {
        found
            .statements
            .iter()
            .find(|s| s.cue == cue)
            .and_then(|s| s.speaker)
            .map(|a| found.actors[a].name_en.clone().unwrap_or_default())
    };
    assert_eq!(speaker("وقال").as_deref(), Some("Sergei Lavrov"));
    assert_eq!(speaker("اتهم").as_deref(), Some("Andrei Belousov"));
    assert_eq!(
        speaker("وأشار").as_deref(),
        Some("Andrei Belousov"),
        "pronoun subject → previous speaker"
    );
    let accusation = found
        .statements
        .iter()
        .find(|s| s.cue == "اتهم")
        .map(|s| s.stance);
    assert_eq!(accusation, Some(Stance::Accusation));
    let fighters = found
        .figures
        .iter()
        .find(|f| f.unit == "fighters")
        .expect("fighters figure");
    assert_eq!(
        (fighters.value, fighters.qualifier),
        (Some(15000.0), Qualifier::MoreThan)
    );
    assert_eq!(fighters.span.slice(&text), "ما يزيد عن 15 ألف مقاتل");
    let source = fighters
        .source
        .map(|a| found.actors[a].name_en.clone().unwrap_or_default());
    assert_eq!(source.as_deref(), Some("Andrei Belousov"));
    assert!(
        !found
            .figures
            .iter()
            .any(|f| f.span.slice(&text).contains("سنوات")),
        "durations are not figures"
    );
}

#[test]
fn bad_input_gives_an_empty_or_partial_result_without_panicking() {
    assert!(extract("", None).actors.is_empty());
    assert!(extract("1234 !!! ... ???", None).statements.is_empty());
    // A 5 MB single line: cut into bounded sentences, statements found all along it.
    let unit = format!(
        "قال لافروف إن {}",
        "الوضع في المنطقة يزداد تعقيدا ".repeat(20)
    );
    let long_line = unit.repeat(5_000_000 / unit.len() + 1);
    assert!(long_line.len() >= 5_000_000 && !long_line.contains('\n'));
    let found = extract(&long_line, None);
    assert!(found.actors.len() <= 1);
    assert!(found.statements.len() > 1000);
    let bidi = "\u{202E}قال\u{202C} لافروف \u{2067}NATO\u{2069} إن 15 ألف مقاتل \u{200F}";
    let found = extract(bidi, None);
    for f in &found.figures {
        assert!(f.span.end as usize <= bidi.chars().count());
    }
}
