//! Table entries grouped by first byte, derived once from the `const` tables.
//!
//! The claims and names stages look a table up at every token; a scan compares every entry even
//! though only those starting with the token's first byte can match. The index lists, for each
//! first byte, the positions of those entries in table order, so a lookup visits only them and
//! finds the same entries in the same order as the scan did.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::{tables, ClaimTables};
use crate::types::Lang;

/// The positions of a table's entries, grouped by their first byte, each group in table order.
pub(crate) struct FirstBytes {
    /// Group of byte `b` is `order[starts[b]..starts[b + 1]]`.
    starts: [u16; 257],
    order: Box<[u16]>,
}

impl FirstBytes {
    fn new<'s>(keys: impl Iterator<Item = &'s str>) -> FirstBytes {
        let mut keyed: Vec<(u8, u16)> = keys
            .enumerate()
            .filter_map(|(at, key)| Some((*key.as_bytes().first()?, at as u16)))
            .collect();
        // Stable: entries of one byte keep their table order.
        keyed.sort_by_key(|&(byte, _)| byte);
        let mut starts = [0u16; 257];
        for &(byte, _) in &keyed {
            starts[byte as usize + 1] += 1;
        }
        for b in 0..256 {
            starts[b + 1] += starts[b];
        }
        FirstBytes {
            starts,
            order: keyed.into_iter().map(|(_, at)| at).collect(),
        }
    }

    /// Positions of the entries starting with `byte`, in table order.
    pub(crate) fn starting_with(&self, byte: u8) -> impl Iterator<Item = usize> + '_ {
        let group = self.starts[byte as usize] as usize..self.starts[byte as usize + 1] as usize;
        self.order[group].iter().map(|&at| at as usize)
    }
}

/// Which language table a slice is. The tables are `static` data of `lang/<code>.rs`, so a
/// table's address, length and entry size name it for the whole run; only `'static` slices get
/// an id, so a temporary slice can never reuse the address of a table. Two tables with the same
/// entries may share an address (constant merging): they then share an index, which depends on
/// the entries alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct TableId {
    address: usize,
    len: usize,
    entry_size: usize,
}

impl TableId {
    /// The id of `table`.
    pub(crate) fn of<T>(table: &'static [T]) -> TableId {
        TableId {
            address: table.as_ptr() as usize,
            len: table.len(),
            entry_size: size_of::<T>(),
        }
    }
}

/// A table's entries grouped by their first word (up to a space), as word ids from
/// [`word_id`]. Each id's group is found by one hash lookup: most tokens that open an entry of
/// some table open none of the table asked, and two binary searches to learn that cost more.
pub(crate) struct FirstWords {
    /// Bit `w % 256` set for each first-word id `w` of the table: most words asked about open
    /// no entry of a given table, and this answers them without a hash lookup.
    filter: [u64; 4],
    /// Group of word id `w` is `order[start..end]` for `groups[w] = (start, end)`.
    groups: FxHashMap<u32, (u16, u16)>,
    /// Entry positions, sorted by first-word id, then position.
    order: Box<[u16]>,
}

impl FirstWords {
    /// The word and bit of `id` in `filter`.
    fn filter_bit(id: u32) -> (usize, u64) {
        ((id as usize / 64) % 4, 1 << (id % 64))
    }

    fn new(mut pairs: Vec<(u32, u16)>) -> FirstWords {
        pairs.sort_unstable();
        let mut groups: FxHashMap<u32, (u16, u16)> = FxHashMap::default();
        let mut filter = [0u64; 4];
        for (at, &(word, _)) in pairs.iter().enumerate() {
            let group = groups.entry(word).or_insert((at as u16, at as u16));
            group.1 = at as u16 + 1;
            let (slot, bit) = FirstWords::filter_bit(word);
            filter[slot] |= bit;
        }
        FirstWords {
            filter,
            groups,
            order: pairs.into_iter().map(|(_, at)| at).collect(),
        }
    }

    /// Positions of the entries whose first word has id `id`, in table order.
    pub(crate) fn opening_with(&self, id: u32) -> impl Iterator<Item = usize> + '_ {
        let (slot, bit) = FirstWords::filter_bit(id);
        let (start, end) = if self.filter[slot] & bit == 0 {
            (0, 0)
        } else {
            self.groups.get(&id).copied().unwrap_or((0, 0))
        };
        self.order[start as usize..end as usize]
            .iter()
            .map(|&at| at as usize)
    }
}

/// The indexed tables, and the first words of all their entries with their ids.
#[derive(Default)]
struct Index {
    tables: FxHashMap<TableId, FirstBytes>,
    by_word: FxHashMap<TableId, FirstWords>,
    first_words: FxHashMap<&'static str, u32>,
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut index = Index::default();
    for lang in Lang::ALL {
        add_claim_tables(&mut index, &tables(lang).claims);
        add_pairs(&mut index, tables(lang).numbers.number_words);
    }
    index
});

fn add_words(index: &mut Index, table: &'static [&'static str]) {
    add_keys(index, table, table.iter().copied());
}

fn add_pairs<V>(index: &mut Index, table: &'static [(&'static str, V)]) {
    add_keys(index, table, table.iter().map(|e| e.0));
}

fn add_keys<T>(
    index: &mut Index,
    table: &'static [T],
    keys: impl Iterator<Item = &'static str> + Clone,
) {
    if table.is_empty() {
        return;
    }
    index
        .tables
        .insert(TableId::of(table), FirstBytes::new(keys.clone()));
    let pairs: Vec<(u32, u16)> = keys
        .enumerate()
        .map(|(at, key)| {
            let word = key.split(' ').next().unwrap_or(key);
            let next = index.first_words.len() as u32;
            (*index.first_words.entry(word).or_insert(next), at as u16)
        })
        .collect();
    index
        .by_word
        .insert(TableId::of(table), FirstWords::new(pairs));
}

fn add_claim_tables(index: &mut Index, t: &'static ClaimTables) {
    for words in [
        t.stop_capitals,
        t.not_names,
        t.particles,
        t.agent_markers,
        t.entrust_verbs,
        t.entrust_markers,
        t.org_prepositions,
        t.possessives,
        t.determiners,
        t.noun_articles,
        t.title_cues,
        t.title_nouns,
        t.copulas,
        t.passive_auxiliaries,
        t.relatives,
        t.place_prepositions,
        t.genitives,
        t.conjunctions,
        t.age_leads,
        t.age_units,
        t.age_adjectives,
    ] {
        add_words(index, words);
    }
    for pairs in [
        t.role_participles,
        t.role_lead_ins,
        t.role_verbs,
        t.role_nouns,
        t.positions,
        t.work_nouns,
        t.date_participles,
        t.date_verbs,
    ] {
        add_pairs(index, pairs);
    }
}

/// The index of `table` when it is one of the language tables (else the caller scans it).
pub(crate) fn first_bytes<T>(table: &'static [T]) -> Option<&'static FirstBytes> {
    if table.is_empty() {
        return None;
    }
    INDEX.tables.get(&TableId::of(table))
}

/// The id of `word` when it is the first word (up to a space) of an entry of some indexed
/// table, in any language: a word without one starts no entry of any indexed table.
pub(crate) fn word_id(word: &str) -> Option<u32> {
    INDEX.first_words.get(word).copied()
}

/// The first-word index of `table` when it is one of the language tables.
pub(crate) fn first_words<T>(table: &'static [T]) -> Option<&'static FirstWords> {
    if table.is_empty() {
        return None;
    }
    INDEX.by_word.get(&TableId::of(table))
}

/// Whether `word` is an entry of `list`, visiting only the entries with its first byte.
pub(crate) fn contains(list: &'static [&'static str], word: &str) -> bool {
    let Some(&first) = word.as_bytes().first() else {
        return list.contains(&word);
    };
    match first_bytes(list) {
        Some(index) => index.starting_with(first).any(|at| list[at] == word),
        None => list.contains(&word),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_keep_table_order_and_skip_empty_entries() {
        let index = FirstBytes::new(["de", "", "van", "der", "él", "d'"].into_iter());
        assert_eq!(index.starting_with(b'd').collect::<Vec<_>>(), [0, 3, 5]);
        assert_eq!(index.starting_with(b'v').collect::<Vec<_>>(), [2]);
        assert_eq!(
            index.starting_with("é".as_bytes()[0]).collect::<Vec<_>>(),
            [4]
        );
        assert_eq!(index.starting_with(b'x').count(), 0);
    }

    #[test]
    fn first_words_list_the_entries_opening_with_a_word_in_table_order() {
        for lang in [Lang::En, Lang::Fr, Lang::De] {
            let t = &tables(lang).claims;
            for table in [t.positions, t.work_nouns, t.role_lead_ins] {
                let index = first_words(table).expect("indexed");
                for (phrase, _) in table {
                    let word = phrase.split(' ').next().unwrap_or(phrase);
                    let id = word_id(word).expect("a first word");
                    let want: Vec<usize> = (0..table.len())
                        .filter(|&k| table[k].0.split(' ').next() == Some(word))
                        .collect();
                    assert_eq!(index.opening_with(id).collect::<Vec<_>>(), want, "{word}");
                }
                // Every first word of every table, most of them opening none of this one's
                // entries: the filter must let all of this table's through and no other.
                for (&word, &id) in &INDEX.first_words {
                    let want = table
                        .iter()
                        .filter(|(p, _)| p.split(' ').next() == Some(word));
                    assert_eq!(index.opening_with(id).count(), want.count(), "{word}");
                }
            }
        }
        assert_eq!(word_id("zzz-not-a-table-word"), None);
    }

    #[test]
    fn every_claim_table_is_indexed_and_contains_agrees_with_a_scan() {
        for lang in [Lang::En, Lang::Fr, Lang::De, Lang::Es, Lang::It] {
            let t = &tables(lang).claims;
            for list in [t.not_names, t.particles, t.determiners, t.conjunctions] {
                assert!(list.is_empty() || first_bytes(list).is_some(), "{lang:?}");
                for word in list.iter().chain(&["", "zz", "ß", "l'"]) {
                    assert_eq!(contains(list, word), list.contains(word), "{word}");
                }
            }
        }
    }
}
