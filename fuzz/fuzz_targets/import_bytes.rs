//! Every file reader on arbitrary bytes: the first byte picks the format (by the name's
//! extension, as the importer does), the rest is the file. Nothing may panic, every article read
//! has text, and every refusal says why.
#![no_main]

use libfuzzer_sys::fuzz_target;

const NAMES: &[&str] = &[
    "a.txt", "a.md", "a.html", "a.eml", "a.pdf", "a.rss", "a.atom", "a.xml", "a.json", "a.jsonl",
    "a.csv", "a.tsv", "a.zip", "a.bin",
];

fuzz_target!(|data: &[u8]| {
    let Some((&pick, bytes)) = data.split_first() else {
        return;
    };
    let name = NAMES[usize::from(pick) % NAMES.len()];
    for (label, read) in marsad_sources::read_named_bytes(name, bytes) {
        assert!(label.starts_with("a."), "the label names the file: {label}");
        match read {
            Ok(draft) => assert!(
                !draft.body.trim().is_empty() || !draft.title.trim().is_empty(),
                "{label}: an article with neither title nor text"
            ),
            Err(reason) => assert!(!reason.is_empty(), "{label}: a refusal without a reason"),
        }
    }
});
