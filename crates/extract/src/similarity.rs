//! Near-duplicate articles: the same wire story carried by several outlets, lightly edited.
//!
//! Each article gets a MinHash signature of its word 4-shingles (over folded text: diacritics,
//! hamza and alef forms, case). Two signatures agree in a share of positions that estimates the
//! Jaccard similarity of the two shingle sets. For lookup, the signature is cut into bands
//! (locality-sensitive hashing): articles sharing any band's hash are candidates, and a candidate
//! whose estimated similarity reaches [`marsad_domain::SAME_STORY`] is the same story. With 16 bands of 4 rows a
//! pair at 0.7 similarity is found with probability 0.98, a pair at 0.3 with 0.12 (then rejected by
//! the estimate).

use marsad_domain::{fnv, StorySignature, SIGNATURE_LEN};

use crate::normalize::fold_key;

const SHINGLE: usize = 4;
/// Fewer shingles than this: too short to tell a shared story from shared phrasing.
const MIN_SHINGLES: usize = 20;

/// SplitMix64's finaliser: spreads one hash into independent-looking ones.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The MinHash signature of a text, or `None` when it is too short to compare.
pub fn signature(text: &str) -> Option<StorySignature> {
    let folded = fold_key(text);
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    if words.len() < SHINGLE + MIN_SHINGLES {
        return None;
    }
    let mut sig = [u32::MAX; SIGNATURE_LEN];
    let mut shingle = String::new();
    for window in words.windows(SHINGLE) {
        shingle.clear();
        for w in window {
            shingle.push_str(w);
            shingle.push(' ');
        }
        let base = fnv(shingle.as_bytes(), 0);
        for (i, slot) in sig.iter_mut().enumerate() {
            let h = (mix(base ^ (i as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)) >> 32) as u32;
            if h < *slot {
                *slot = h;
            }
        }
    }
    Some(StorySignature(sig))
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_domain::SAME_STORY;

    const WIRE: &str = "قال وزير الدفاع الروسي أندريه بيلوسوف يوم الإثنين إن أكثر من 12 ألف مقاتل أجنبي يتجمعون في المناطق الشمالية من أفغانستان محذرا من أن هذه الجماعات تشكل تهديدا مباشرا لأمن دول آسيا الوسطى وأضاف بيلوسوف خلال اجتماع لوزراء دفاع منظمة معاهدة الأمن الجماعي في موسكو أن نحو 20 جماعة إرهابية تنشط في المنطقة وأن بعضها يتلقى دعما من الخارج";

    #[test]
    fn a_lightly_edited_copy_is_the_same_story() {
        let edited = format!(
            "موسكو - وكالات: {} وذلك بحسب ما نقلته وسائل إعلام روسية.",
            WIRE.replace("يوم الإثنين", "الإثنين")
        );
        let a = signature(WIRE).expect("long enough");
        let b = signature(&edited).expect("long enough");
        assert!(a.similarity(&b) >= SAME_STORY, "{}", a.similarity(&b));
        assert!(a
            .band_hashes()
            .iter()
            .zip(b.band_hashes())
            .any(|(x, y)| *x == y));
        // hamza forms do not make a different story
        let c = signature(&WIRE.replace('أ', "ا")).expect("long enough");
        assert_eq!(a.similarity(&c), 1.0);
    }

    #[test]
    fn a_different_story_on_the_same_subject_is_not() {
        let other = "نفى المتحدث باسم حركة طالبان ذبيح الله مجاهد وجود أي مقاتلين أجانب على الأراضي الأفغانية مؤكدا أن الحركة لن تسمح باستخدام أفغانستان منطلقا لتهديد أي دولة ويأتي ذلك في وقت تكثف فيه موسكو اتصالاتها مع الحكومة الأفغانية المؤقتة بعد سنوات من التوتر في العلاقات بين الجانبين";
        let a = signature(WIRE).expect("long enough");
        let b = signature(other).expect("long enough");
        assert!(a.similarity(&b) < 0.2, "{}", a.similarity(&b));
        assert_eq!(StorySignature::from_bytes(&a.to_bytes()), Some(a));
        assert!(signature("قال لافروف إن الناتو يعود").is_none());
    }
}
