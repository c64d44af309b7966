//! The extraction on arbitrary text (bytes read as UTF-8, invalid sequences replaced): no panic,
//! and everything it finds points inside the text (offsets in code points).
#![no_main]

use libfuzzer_sys::fuzz_target;
use marsad_domain::{Language, Span};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let chars = text.chars().count();
    let inside = |s: &Span, what: &str| {
        assert!(
            s.start <= s.end && (s.end as usize) <= chars,
            "{what} {s:?} outside a text of {chars} code points"
        );
    };
    for language in [None, Some(Language::Ar), Some(Language::En)] {
        let found = marsad_extract::extract(&text, language);
        for s in &found.sentences {
            inside(s, "sentence");
        }
        for a in &found.actors {
            assert!(!a.name.trim().is_empty(), "an actor without a name");
            for m in &a.mentions {
                inside(m, "mention");
            }
        }
        for s in &found.statements {
            inside(&s.cue_span, "cue");
            inside(&s.content, "content");
            assert!(s.speaker.is_none_or(|i| i < found.actors.len()));
            assert!(s.targets.iter().all(|&i| i < found.actors.len()));
        }
        for f in &found.figures {
            inside(&f.span, "figure");
            assert!(
                f.value.is_none_or(f64::is_finite),
                "figure value {:?}",
                f.value
            );
            assert!(f.value_max.is_none_or(f64::is_finite));
            assert!(f.source.is_none_or(|i| i < found.actors.len()));
            assert!(f.about.iter().all(|&i| i < found.actors.len()));
        }
    }
});
