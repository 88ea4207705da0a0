//! whichlang's linear model over hashed character n-grams (whichlang 0.1.1, MIT, by Quickwit
//! Inc.; `LICENSE-whichlang`): the feature hashing below is its code, the weights its table cut
//! to seven languages (`weights.rs`, made by `generate_weights.py`). Only the languages the
//! engine reads, and Dutch and Portuguese so that text in them is told apart, are kept, as `i8`:
//! the full table is 16 languages of `f32`, 256 KiB, most of the wasm download.

use super::weights::{COLUMNS, INTERCEPTS, SCALE, WEIGHTS};

/// Hashed buckets of the model.
const DIMENSION: u32 = 1 << 12;
const BIGRAM_MASK: u32 = (1 << 16) - 1;
const TRIGRAM_MASK: u32 = (1 << 24) - 1;
const SEED: u32 = 3_242_157_231;

/// The column (ISO 639-3 code of [`COLUMNS`]) the model scores highest for `text`; "eng" for
/// text without a feature, as whichlang answers.
pub(super) fn identify(text: &str) -> &'static str {
    let mut sums = [0i32; COLUMNS.len()];
    let mut features = 0u32;
    emit_features(text, |hash| {
        features += 1;
        let bucket = (hash % DIMENSION) as usize * COLUMNS.len();
        for (sum, w) in sums
            .iter_mut()
            .zip(&WEIGHTS[bucket..bucket + COLUMNS.len()])
        {
            *sum += i32::from(*w);
        }
    });
    if features == 0 {
        return "eng";
    }
    let norm = SCALE as f32 / (features as f32).sqrt();
    let score = |i: usize| sums[i] as f32 * norm + INTERCEPTS[i];
    let best = (0..COLUMNS.len())
        .max_by(|&a, &b| score(a).total_cmp(&score(b)))
        .unwrap_or(0);
    COLUMNS[best]
}

fn murmurhash2(mut k: u32, seed: u32) -> u32 {
    const M: u32 = 0x5bd1_e995;
    let mut h: u32 = seed;
    k = k.wrapping_mul(M);
    k ^= k >> 24;
    k = k.wrapping_mul(M);
    h = h.wrapping_mul(M);
    h ^= k;
    h ^= h >> 13;
    h = h.wrapping_mul(M);
    h ^ (h >> 15)
}

/// The hashes of the features of `text`: lowercase ASCII 2-, 3- and 4-grams within words (a
/// space stands before each word), and for every other char its 128-char block and its class.
fn emit_features(text: &str, mut emit: impl FnMut(u32)) {
    let mut prev = u32::from(b' ');
    let mut ascii_run = 1;
    for c in text.chars() {
        if !c.is_ascii() {
            emit(murmurhash2(c as u32 / 128, SEED ^ 2));
            emit(murmurhash2(class_of(c), SEED ^ 4));
            ascii_run = 0;
            continue;
        }
        prev = prev << 8 | u32::from(c.to_ascii_lowercase() as u8);
        match ascii_run {
            0 => ascii_run = 1,
            1 => {
                emit(murmurhash2(prev & BIGRAM_MASK, SEED));
                ascii_run = 2;
            }
            2 => {
                emit(murmurhash2(prev & BIGRAM_MASK, SEED));
                emit(murmurhash2(prev & TRIGRAM_MASK, SEED));
                ascii_run = 3;
            }
            _ => {
                emit(murmurhash2(prev & BIGRAM_MASK, SEED));
                emit(murmurhash2(prev & TRIGRAM_MASK, SEED));
                emit(murmurhash2(prev, SEED));
            }
        }
        if !c.is_alphanumeric() {
            prev = u32::from(b' ');
        }
    }
}

/// whichlang's char classes: the position of `c` among these code points (Latin-1 letters and
/// signs, and the edges of the Japanese and CJK blocks).
fn class_of(c: char) -> u32 {
    const EDGES: [u32; 52] = [
        160, 161, 171, 172, 173, 174, 187, 192, 196, 199, 200, 201, 202, 205, 214, 220, 223, 224,
        225, 226, 227, 228, 231, 232, 233, 234, 235, 236, 237, 238, 239, 242, 243, 244, 245, 246,
        249, 250, 251, 252, 333, 339, 0x3000, 0x303f, 0x3040, 0x309f, 0x30a0, 0x30ff, 0x4e00,
        0x9faf, 0xff61, 0xff90,
    ];
    EDGES.binary_search(&(c as u32)).unwrap_or_else(|at| at) as u32
}
