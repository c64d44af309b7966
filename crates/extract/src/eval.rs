//! The evaluation format of `../shared/eval/README.md` (what `marsad extract --json` prints).

use marsad_domain::Extraction;
use serde_json::{json, Value};

/// Renders an extraction of `text` in the evaluation format.
pub fn to_eval_json(text: &str, found: &Extraction) -> Value {
    let id = |i: usize| format!("e{}", i + 1);
    let index = marsad_domain::CodePoints::new(text);
    let slice = |s: marsad_domain::Span| index.slice(s).to_string();
    let entities: Vec<Value> = found
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| {
            json!({
                "id": id(i),
                "kind": a.kind.as_str(),
                "name": a.name,
                "aliases": a.aliases.iter().map(|x| x.text.clone()).collect::<Vec<_>>(),
                "roles": a.roles,
                "affiliation": a.affiliation,
                "mentions": a.mentions.iter().map(|m| [m.start, m.end]).collect::<Vec<_>>(),
            })
        })
        .collect();
    let name_of = |i: Option<usize>| i.and_then(|i| found.actors.get(i)).map(|a| a.name.clone());
    let statements: Vec<Value> = found
        .statements
        .iter()
        .map(|s| {
            json!({
                "speaker": s.speaker.map(id),
                "speaker_name": name_of(s.speaker),
                "cue": s.cue,
                "stance": s.stance.as_str(),
                "start": s.content.start,
                "end": s.content.end,
                "content": slice(s.content),
                "targets": s.targets.iter().map(|t| id(*t)).collect::<Vec<_>>(),
                "confidence": s.confidence,
            })
        })
        .collect();
    let figures: Vec<Value> = found
        .figures
        .iter()
        .map(|f| {
            json!({
                "value": f.value,
                "value_max": f.value_max,
                "qualifier": f.qualifier.as_str(),
                "unit": f.unit,
                "source": f.source.map(id),
                "source_name": name_of(f.source),
                "about": f.about.iter().map(|t| id(*t)).collect::<Vec<_>>(),
                "start": f.span.start,
                "end": f.span.end,
                "text": slice(f.span),
            })
        })
        .collect();
    json!({
        "language": found.language.as_str(),
        "entities": entities,
        "statements": statements,
        "figures": figures,
    })
}
