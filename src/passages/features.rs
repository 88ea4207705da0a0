//! Passages, step 1: each sentence → a weighted set of features, interned once per call.

use std::hash::BuildHasher;

use hashbrown::hash_table::{Entry, HashTable};
use rustc_hash::{FxBuildHasher, FxHashMap, FxHashSet};

use crate::chars::{fold_accent, is_letter};
use crate::lang::tables;
use crate::mentions::anchors::AnchorMention;
use crate::types::{Lang, Span};

/// What the passage aligner needs of one article.
pub(crate) struct AlignInput<'a> {
    /// Article id.
    pub id: &'a str,
    /// Original text.
    pub text: &'a str,
    /// Language.
    pub lang: Lang,
    /// Sentence spans, in order.
    pub sentences: &'a [Span],
    /// Word spans of each sentence (same order as `sentences`).
    pub words: Vec<&'a [Span]>,
    /// Anchors of each sentence (same order as `sentences`).
    pub anchors: &'a [Vec<AnchorMention>],
}

/// The knobs of the aligner, measured on NTREX news (see the quality test below).
#[derive(Clone, Copy, Debug)]
pub(super) struct Tuning {
    /// Weight of an anchor key or digit run (before rarity).
    pub(super) key: f32,
    /// Weight of a capitalised word (German capitalises every noun, so less than a key).
    pub(super) capital: f32,
    /// Weight of a cognate prefix (cheap, but "gover…" is not always "government").
    pub(super) cognate: f32,
    /// Weight of a lowercased word, same-language pairs only.
    pub(super) word: f32,
    /// Lowest score of a link chosen anywhere in the article.
    pub(super) link: f32,
    /// Lowest score of a link between two monotone links (gap filling).
    pub(super) gap: f32,
    /// Widest gap (in sentences, either side) that gap filling looks into.
    pub(super) gap_width: usize,
    /// How much closeness of relative position adds to the ranking (a tie-breaker).
    pub(super) position: f32,
}

pub(super) const TUNING: Tuning = Tuning {
    key: 1.0,
    capital: 0.5,
    cognate: 0.5,
    word: 1.0,
    link: 0.2,
    gap: 0.04,
    gap_width: 8,
    position: 0.05,
};

/// Minimum characters of a word whose first letters count as a cognate prefix.
pub(super) const COGNATE_MIN_CHARS: usize = 5;
/// Letters of a cognate prefix.
pub(super) const COGNATE_PREFIX_CHARS: usize = 4;
/// Word overlap (Dice) above which two sentences of one language are the same sentence.
pub(crate) const NEAR_IDENTICAL: f64 = 0.8;

/// One sentence as the aligner sees it.
pub(super) struct SentenceFeatures {
    /// Language-neutral features with their weights, sorted by feature id.
    pub(super) neutral: Vec<(u32, f32)>,
    /// Lowercased words with their weights, sorted by feature id.
    pub(super) words: Vec<(u32, f32)>,
    pub(super) neutral_mass: f32,
    pub(super) word_mass: f32,
    /// Length in characters (for the length ratio).
    pub(super) chars: usize,
    /// Index / (count − 1): 0 for the first sentence, 1 for the last.
    pub(super) position: f32,
}

/// The sentences of all articles and one inverted index over all of them.
///
/// Sentences get global numbers, articles laid out in pair order (id, then input index; see
/// [`article_pairs`]), so the sentences an article pairs with as the first of the pair are
/// exactly those numbered after its own.
pub(super) struct Prepared {
    /// Each article's sentences.
    pub(super) sentences: Vec<Vec<SentenceFeatures>>,
    /// Global number just past the sentences of each article and of all articles before it in
    /// pair order.
    pub(super) after: Vec<u32>,
    /// What scoring reads of each global sentence, by number (one small record per touched
    /// pair instead of a walk to the article's sentence).
    pub(super) global: Vec<Global>,
    /// Language-neutral feature id → (global sentence, weight), sentences ascending.
    pub(super) neutral: Postings,
    /// Word feature id → (global sentence, weight), sentences ascending.
    pub(super) words: Postings,
}

/// One sentence as scoring sees it from its global number.
#[derive(Clone, Copy)]
pub(super) struct Global {
    pub(super) article: u32,
    pub(super) index: u32,
    pub(super) lang: Lang,
    pub(super) neutral_mass: f32,
    pub(super) word_mass: f32,
    pub(super) chars: u32,
    pub(super) position: f32,
}

/// An inverted index as one flat array (compressed rows): the postings of feature `f` are
/// `entries[starts[f]..starts[f + 1]]`.
pub(super) struct Postings {
    pub(super) starts: Vec<u32>,
    pub(super) entries: Vec<(u32, f32)>,
}

impl Postings {
    /// Indexes `features(s)` of every sentence `s`, given in ascending global number.
    pub(super) fn new<'s>(
        ids: usize,
        sentences: impl Iterator<Item = (u32, &'s [(u32, f32)])> + Clone,
    ) -> Postings {
        let mut starts = vec![0u32; ids + 1];
        for (_, features) in sentences.clone() {
            for &(id, _) in features {
                starts[id as usize + 1] += 1;
            }
        }
        for f in 0..ids {
            starts[f + 1] += starts[f];
        }
        let mut fill = starts.clone();
        let mut entries = vec![(0, 0.0); starts[ids] as usize];
        for (g, features) in sentences {
            for &(id, w) in features {
                entries[fill[id as usize] as usize] = (g, w);
                fill[id as usize] += 1;
            }
        }
        Postings { starts, entries }
    }

    pub(super) fn of(&self, id: u32) -> &[(u32, f32)] {
        &self.entries[self.starts[id as usize] as usize..self.starts[id as usize + 1] as usize]
    }
}

/// Feature strings as dense `u32` ids, built once per call: every later step compares and
/// hashes integers, not strings. The keys live one after another in one string, so a new key
/// costs no allocation of its own, and each key is hashed once.
#[derive(Default)]
pub(super) struct Interner {
    /// The ids, found by their key's hash.
    pub(super) ids: HashTable<u32>,
    /// Every key, in id order.
    pub(super) keys: String,
    /// Where each key ends in `keys`.
    pub(super) ends: Vec<u32>,
    /// The kind byte of each id (the first byte of its string, see [`kind_weight`]).
    pub(super) kinds: Vec<u8>,
}

impl Interner {
    pub(super) fn id(&mut self, key: &str) -> u32 {
        let key_of = |id| key_at(&self.keys, &self.ends, id);
        let hash = FxBuildHasher.hash_one(key);
        let entry = self.ids.entry(
            hash,
            |&id| key_of(id) == key,
            |&id| FxBuildHasher.hash_one(key_of(id)),
        );
        match entry {
            Entry::Occupied(found) => *found.get(),
            Entry::Vacant(slot) => {
                let id = self.kinds.len() as u32;
                slot.insert(id);
                self.keys.push_str(key);
                self.ends.push(self.keys.len() as u32);
                self.kinds.push(key.as_bytes()[0]);
                id
            }
        }
    }

    /// How many distinct keys it holds.
    pub(super) fn len(&self) -> usize {
        self.kinds.len()
    }

    /// Room for `keys` more keys of about eight bytes.
    pub(super) fn reserve(&mut self, keys: usize) {
        let (text, ends) = (&self.keys, &self.ends);
        self.ids
            .reserve(keys, |&id| FxBuildHasher.hash_one(key_at(text, ends, id)));
        self.keys.reserve(keys * 8);
        self.ends.reserve(keys);
        self.kinds.reserve(keys);
    }
}

/// Key `id` of an [`Interner`]'s `keys` and `ends`.
pub(super) fn key_at<'k>(keys: &'k str, ends: &[u32], id: u32) -> &'k str {
    let start = id.checked_sub(1).map_or(0, |before| ends[before as usize]);
    &keys[start as usize..ends[id as usize] as usize]
}

/// Feature ids of one sentence (interned).
pub(super) struct RawFeatures {
    /// Language-neutral features (may repeat).
    pub(super) neutral: Vec<u32>,
    /// Lowercased content words (may repeat).
    pub(super) words: Vec<u32>,
    /// All its lowercased words, function words too, sorted and deduplicated (for copies).
    pub(super) lowercase: Vec<u32>,
}

/// The interned features of every sentence of every article.
pub(super) struct Words {
    pub(super) interner: Interner,
    pub(super) sentences: Vec<Vec<RawFeatures>>,
}

impl Words {
    /// Features are numbered in order of first sight, articles visited in pair order (by id):
    /// so ids, and every sum taken in id order, do not depend on the order of the articles.
    pub(super) fn of(articles: &[AlignInput<'_>]) -> Words {
        let mut builder = FeatureBuilder::default();
        // Sized up front from the word count (an upper bound for the distinct words): growing
        // the maps rehashed every key several times (0.4 M of the demo's 27 M instructions).
        let words: usize = articles
            .iter()
            .flat_map(|a| &a.words)
            .map(|w| w.len())
            .sum();
        builder.interner.reserve(words);
        builder.seen.reserve(words / 2);
        let mut sentences: Vec<Vec<RawFeatures>> = articles.iter().map(|_| Vec::new()).collect();
        for a in pair_order(articles) {
            sentences[a] = builder.article(&articles[a]);
        }
        Words {
            interner: builder.interner,
            sentences,
        }
    }
}

pub(super) fn prepare(articles: &[AlignInput<'_>], words: Words, tuning: &Tuning) -> Prepared {
    let Words {
        interner,
        sentences: mut raw,
    } = words;
    let kinds = interner.kinds;
    for s in raw.iter_mut().flatten() {
        for ids in [&mut s.neutral, &mut s.words] {
            ids.sort_unstable();
            ids.dedup();
        }
    }
    let mut df = vec![0u32; kinds.len()];
    let sentences: Vec<Vec<SentenceFeatures>> = raw
        .iter()
        .zip(articles)
        .map(|(sentences, article)| prepare_article(article, sentences, &kinds, &mut df, tuning))
        .collect();
    layout(articles, sentences, &pair_order(articles), kinds.len())
}

/// Numbers the sentences globally in pair order and indexes them.
pub(super) fn layout(
    articles: &[AlignInput<'_>],
    sentences: Vec<Vec<SentenceFeatures>>,
    order: &[usize],
    ids: usize,
) -> Prepared {
    let mut first = vec![0u32; sentences.len()];
    let mut after = vec![0u32; sentences.len()];
    let mut global = Vec::new();
    for &a in order {
        first[a] = global.len() as u32;
        global.extend(sentences[a].iter().enumerate().map(|(i, s)| Global {
            article: a as u32,
            index: i as u32,
            lang: articles[a].lang,
            neutral_mass: s.neutral_mass,
            word_mass: s.word_mass,
            chars: s.chars as u32,
            position: s.position,
        }));
        after[a] = global.len() as u32;
    }
    let numbered = |pick: fn(&SentenceFeatures) -> &[(u32, f32)]| {
        let sentences = &sentences;
        let first = &first;
        order.iter().flat_map(move |&a| {
            sentences[a]
                .iter()
                .enumerate()
                .map(move |(i, s)| (first[a] + i as u32, pick(s)))
        })
    };
    let neutral = Postings::new(ids, numbered(|s| &s.neutral));
    let words = Postings::new(ids, numbered(|s| &s.words));
    Prepared {
        sentences,
        after,
        global,
        neutral,
        words,
    }
}

/// Article indices in pair order: by id, then by input index.
pub(super) fn pair_order(articles: &[AlignInput<'_>]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..articles.len()).collect();
    order.sort_by(|&x, &y| articles[x].id.cmp(articles[y].id).then(x.cmp(&y)));
    order
}

/// Weighs the (ranked, deduplicated) features of one article's sentences. `df` is all zeros
/// on entry and on return.
pub(super) fn prepare_article(
    article: &AlignInput<'_>,
    raw: &[RawFeatures],
    kinds: &[u8],
    df: &mut [u32],
    tuning: &Tuning,
) -> Vec<SentenceFeatures> {
    let n = raw.len();
    let all_ids = || raw.iter().flat_map(|s| s.neutral.iter().chain(&s.words));
    all_ids().for_each(|&id| df[id as usize] += 1);
    // Rarity inside the article: ln(1 + n/df), from ln 2 (in every sentence) up to ln(1 + n).
    // A sentence lists a feature once, so df is at most n: its n values are worked out once,
    // not at every feature.
    let rarity_of = |d: u32| (1.0 + n as f32 / d as f32).ln();
    let rarities: Vec<f32> = (0..=n as u32).map(rarity_of).collect();
    let weigh = |&id: &u32| {
        let d = df[id as usize];
        let rarity = rarities
            .get(d as usize)
            .copied()
            .unwrap_or_else(|| rarity_of(d));
        (id, kind_weight(kinds[id as usize], tuning) * rarity)
    };
    let mut sentences = Vec::with_capacity(n);
    for (i, s) in raw.iter().enumerate() {
        let neutral: Vec<(u32, f32)> = s.neutral.iter().map(weigh).collect();
        let words: Vec<(u32, f32)> = s.words.iter().map(weigh).collect();
        let span = article.sentences[i];
        sentences.push(SentenceFeatures {
            neutral_mass: neutral.iter().map(|&(_, w)| w).sum(),
            word_mass: words.iter().map(|&(_, w)| w).sum(),
            neutral,
            words,
            chars: span.of(article.text).chars().count(),
            position: if n > 1 {
                i as f32 / (n - 1) as f32
            } else {
                0.5
            },
        });
    }
    all_ids().for_each(|&id| df[id as usize] = 0);
    sentences
}

/// Feature kinds, by the first byte of the feature string: `k:` anchor key or digits, `u:`
/// capitalised word, `c:` cognate prefix, `w:` word.
pub(super) fn kind_weight(kind: u8, tuning: &Tuning) -> f32 {
    match kind {
        b'k' => tuning.key,
        b'u' => tuning.capital,
        b'c' => tuning.cognate,
        _ => tuning.word,
    }
}

/// Turns words and anchors into interned feature ids, reusing its string buffers.
#[derive(Default)]
pub(super) struct FeatureBuilder<'a> {
    pub(super) interner: Interner,
    pub(super) buffers: Buffers,
    /// What each distinct word (as written, in one language) contributes: most words of a set
    /// of articles repeat, and lowercasing and interning each occurrence was most of the
    /// aligner's time.
    pub(super) seen: FxHashMap<(Lang, &'a str), WordFeatures>,
    /// Each language's function words, once per call.
    pub(super) function_words: FxHashMap<Lang, FunctionWords>,
}

/// Scratch strings for feature keys.
#[derive(Default)]
pub(super) struct Buffers {
    /// The word lowercased.
    pub(super) lower: String,
    pub(super) key: String,
    pub(super) cognate: String,
}

/// The features of one written word, found once.
#[derive(Clone, Copy)]
pub(super) struct WordFeatures {
    /// Its digits (`k:`), when it has any.
    pub(super) digits: Option<u32>,
    /// Its lowercased stem (`u:`), when it starts with a capital (counts away from the start
    /// of a sentence only).
    pub(super) capital: Option<u32>,
    /// Its cognate prefix (`c:`), when long and alphabetic.
    pub(super) cognate: Option<u32>,
    /// Its lowercased form (`w:`).
    pub(super) lowercase: u32,
    /// Whether a function word (whose lowercased form links nothing).
    pub(super) function: bool,
}

impl<'a> FeatureBuilder<'a> {
    pub(super) fn article(&mut self, article: &AlignInput<'a>) -> Vec<RawFeatures> {
        let lang = article.lang;
        let function_words = self
            .function_words
            .entry(lang)
            .or_insert_with(|| FunctionWords::of(tables(lang).claims.stop_capitals));
        (0..article.sentences.len())
            .map(|i| {
                let sentence_words = article.words.get(i).copied().unwrap_or_default();
                let anchors = article.anchors.get(i).map_or(&[][..], Vec::as_slice);
                // Sized once: grown word by word, the three lists reallocated a dozen times a
                // sentence. A word adds at most two neutral features (digits, or capital and
                // cognate).
                let mut neutral = Vec::with_capacity(anchors.len() + 2 * sentence_words.len());
                let mut words = Vec::with_capacity(sentence_words.len());
                let mut lowercase = Vec::with_capacity(sentence_words.len());
                for anchor in anchors {
                    let key = &mut self.buffers.key;
                    key.clear();
                    key.push_str("k:");
                    push_lowercase(key, anchor.key.trim());
                    if key.len() > 2 {
                        neutral.push(self.interner.id(key));
                    }
                }
                // A hyphenated word ("Trump-Regierung", "e-commerce") is one token, but its parts
                // are what other languages write apart ("le gouvernement Trump").
                let parts = sentence_words
                    .iter()
                    .flat_map(|span| span.of(article.text).split(['-', '‑']))
                    .filter(|part| !part.is_empty());
                for (n, word) in parts.enumerate() {
                    let features = *self.seen.entry((lang, word)).or_insert_with(|| {
                        let mut finder = FeatureFinder {
                            interner: &mut self.interner,
                            buffers: &mut self.buffers,
                        };
                        finder.word(word, lang, function_words)
                    });
                    neutral.extend(features.digits);
                    if n > 0 {
                        neutral.extend(features.capital);
                    }
                    neutral.extend(features.cognate);
                    if !features.function {
                        words.push(features.lowercase);
                    }
                    lowercase.push(features.lowercase);
                }
                lowercase.sort_unstable();
                lowercase.dedup();
                RawFeatures {
                    neutral,
                    words,
                    lowercase,
                }
            })
            .collect()
    }
}

/// Finds a word's features, borrowing the builder's interner and buffers (its cache of seen
/// words stays borrowed by the lookup that calls it).
pub(super) struct FeatureFinder<'b> {
    pub(super) interner: &'b mut Interner,
    pub(super) buffers: &'b mut Buffers,
}

impl FeatureFinder<'_> {
    /// The features of one written word, interned. The word is lowercased once: its `w:` key,
    /// its `u:` stem (the word itself unless it holds an apostrophe), its cognate prefix and
    /// the function-word test all read that copy.
    pub(super) fn word(
        &mut self,
        word: &str,
        lang: Lang,
        function_words: &FunctionWords,
    ) -> WordFeatures {
        let lower = &mut self.buffers.lower;
        lower.clear();
        push_lowercase(lower, word);
        let (mut digits, mut capital, mut cognate) = (None, None, None);
        if word.bytes().any(|b| b.is_ascii_digit()) {
            digits = Some(self.digits(word));
        } else {
            (capital, cognate) = self.stem_features(word);
        }
        // "einem", "in", "bei" are rare in a ten-sentence article, so rarity alone would weigh
        // them like content words and link unrelated sentences.
        let function = function_words.contains(word, &self.buffers.lower, &mut self.buffers.key);
        // Words count within one language only: keyed by language, the index lists only
        // sentences a word can link ("in" of German and of English stay apart).
        let key = &mut self.buffers.key;
        key.clear();
        key.push_str("w:");
        key.push_str(lang.code());
        key.push(':');
        key.push_str(&self.buffers.lower);
        WordFeatures {
            digits,
            capital,
            cognate,
            lowercase: self.interner.id(key),
            function,
        }
    }

    /// "4.8" and "4,8" are the same number: the digits only.
    pub(super) fn digits(&mut self, word: &str) -> u32 {
        let key = &mut self.buffers.key;
        key.clear();
        key.push_str("k:");
        key.extend(word.chars().filter(char::is_ascii_digit));
        self.interner.id(key)
    }

    /// The capitalised-word and cognate-prefix features of a word without digits.
    pub(super) fn stem_features(&mut self, word: &str) -> (Option<u32>, Option<u32>) {
        let key = &mut self.buffers.key;
        key.clear();
        key.push_str("u:");
        // Apostrophes are `'` or three bytes opening with 0xE2: a word without such a byte, nearly
        // every word, is its own stem and already lowercased.
        let stem = if word.bytes().any(|b| b == b'\'' || b == 0xE2) {
            let stem = longest_apostrophe_part(word);
            push_lowercase(key, stem);
            stem
        } else {
            key.push_str(&self.buffers.lower);
            word
        };
        let first_upper = stem.chars().next().is_some_and(char::is_uppercase);
        let capital = first_upper.then(|| self.interner.id(key));
        let cognate = cognate_prefix(&key[2..], &mut self.buffers.cognate)
            .then(|| self.interner.id(&self.buffers.cognate));
        (capital, cognate)
    }
}

/// Writes `c:` and the first [`COGNATE_PREFIX_CHARS`] letters of `lower`, accents folded, into
/// `out`; true when `lower` is all letters and at least [`COGNATE_MIN_CHARS`] long.
pub(super) fn cognate_prefix(lower: &str, out: &mut String) -> bool {
    out.clear();
    out.push_str("c:");
    if lower.is_ascii() {
        // ASCII letters fold to themselves: the prefix is a byte slice.
        let letters = lower.bytes().all(|b| b.is_ascii_alphabetic());
        out.push_str(&lower[..lower.len().min(COGNATE_PREFIX_CHARS)]);
        return letters && lower.len() >= COGNATE_MIN_CHARS;
    }
    let mut letters = 0;
    for c in lower.chars().map(fold_accent) {
        if !is_letter(c) {
            return false;
        }
        if letters < COGNATE_PREFIX_CHARS {
            out.push(c);
        }
        letters += 1;
    }
    letters >= COGNATE_MIN_CHARS
}

/// The language's function words (its sentence openers table), ASCII-lowercased into a set
/// once per call: scanning the table at every word was the hottest line of the aligner.
pub(super) struct FunctionWords {
    pub(super) lowercase: FxHashSet<String>,
}

impl FunctionWords {
    pub(super) fn of(table: &[&str]) -> FunctionWords {
        FunctionWords {
            lowercase: table.iter().map(|f| f.to_ascii_lowercase()).collect(),
        }
    }

    /// True when `word` equals an entry ignoring ASCII case. `lower` is `word` lowercased
    /// (for an ASCII word, the same as ASCII lowercase); `buffer` is scratch space.
    pub(super) fn contains(&self, word: &str, lower: &str, buffer: &mut String) -> bool {
        if word.len() > 12 {
            return false;
        }
        if word.is_ascii() {
            return self.lowercase.contains(lower);
        }
        buffer.clear();
        buffer.push_str(word);
        buffer.make_ascii_lowercase();
        self.lowercase.contains(buffer.as_str())
    }
}

/// Appends `s` lowercased: exactly `str::to_lowercase`, without allocating for ASCII words.
pub(super) fn push_lowercase(out: &mut String, s: &str) {
    if s.is_ascii() {
        // Copy, then lowercase in place: pushing char by char cost 3 % of the 50-article run.
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
    } else {
        out.push_str(&s.to_lowercase());
    }
}

/// A word joined by an apostrophe ("O'Neil", "aujourd'hui", or an elision of no language's
/// tables such as "c'Acme"): the longest part between apostrophes stands for it.
pub(super) fn longest_apostrophe_part(word: &str) -> &str {
    word.split(['\'', '’']).fold(
        "",
        |best, part| if part.len() > best.len() { part } else { best },
    )
}
