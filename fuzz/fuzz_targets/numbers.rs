//! The number reader ("15 ألف", "خمسة عشر ألفاً", "1.5 million", "two dozen") on arbitrary folded
//! words: no panic, a number covers words that exist, and its value is finite and not negative.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let folded = marsad_extract::fold_key(&text);
    let words: Vec<&str> = folded.split_whitespace().collect();
    for i in 0..words.len() {
        if let Some(n) = marsad_extract::numbers::read_number(&words, i) {
            assert!(
                n.start == i && n.start < n.end && n.end <= words.len(),
                "{n:?} in {words:?}"
            );
            if let Some(v) = n.value {
                assert!(v.is_finite() && v >= 0.0, "{words:?} read as {v}");
            }
        }
    }
});
