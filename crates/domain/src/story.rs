//! Stories: near-duplicate articles (one wire story carried by several outlets) grouped as one.
//! The signature is computed by `marsad-extract` (MinHash of word shingles); comparing and
//! banding signatures lives here so the store can use it without the extractor.

/// Hash functions in a signature.
pub const SIGNATURE_LEN: usize = 64;
/// Bands the signature is cut into for lookup (locality-sensitive hashing).
pub const BANDS: usize = 16;
const ROWS: usize = SIGNATURE_LEN / BANDS;
/// Estimated Jaccard similarity of word shingles from which two articles are one story.
pub const SAME_STORY: f64 = 0.6;

/// A MinHash signature of an article's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorySignature(pub [u32; SIGNATURE_LEN]);

/// FNV-1a, 64 bits, with a seed.
pub fn fnv(bytes: &[u8], seed: u64) -> u64 {
    let mut h = 0xcbf2_9ce4_8422_2325 ^ seed;
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

impl StorySignature {
    /// Estimated Jaccard similarity of the shingle sets behind two signatures.
    pub fn similarity(&self, other: &StorySignature) -> f64 {
        let same = self.0.iter().zip(&other.0).filter(|(x, y)| x == y).count();
        same as f64 / SIGNATURE_LEN as f64
    }

    /// The lookup hash of each band (the band number is part of the hash).
    pub fn band_hashes(&self) -> [i64; BANDS] {
        let mut out = [0i64; BANDS];
        for (band, chunk) in self.0.chunks(ROWS).enumerate() {
            let bytes: Vec<u8> = chunk.iter().flat_map(|v| v.to_le_bytes()).collect();
            out[band] = fnv(&bytes, band as u64) as i64;
        }
        out
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        self.0.iter().flat_map(|v| v.to_le_bytes()).collect()
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<StorySignature> {
        if bytes.len() != SIGNATURE_LEN * 4 {
            return None;
        }
        let mut sig = [0u32; SIGNATURE_LEN];
        for (slot, chunk) in sig.iter_mut().zip(bytes.chunks_exact(4)) {
            *slot = u32::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3]]);
        }
        Some(StorySignature(sig))
    }
}
