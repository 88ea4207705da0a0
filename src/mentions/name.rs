//! Names (people, organisations, works) as capitalised runs of the segmenter's tokens.
//!
//! Names are found by shape (capitalised words, inner particles, hyphens) and trimmed by
//! per-language lists of capitalised words that start no name.

use std::cell::OnceCell;
use std::sync::LazyLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::chars::is_letter_or_digit;
use crate::lang::index::contains;
use crate::lang::{tables, ClaimTables};
pub(crate) use crate::segment::tokens::Tok;
use crate::types::{Lang, Span};

/// A name found in a sentence: a run of tokens `first..end`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Name {
    /// Index of its first token.
    pub first: usize,
    /// One past its last token.
    pub end: usize,
    /// Its bytes in the original text.
    pub span: Span,
}

/// Finds capitalised runs that can be names: "Jane Doe", "Banco de España", "Jean-Luc".
pub(crate) fn names(
    text: &str,
    toks: &[Tok],
    tables: &ClaimTables,
    alone: &WordsAlone<'_>,
) -> Vec<Name> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !starts_name(text, toks, i, tables) {
            i += 1;
            continue;
        }
        let mut end = i + 1;
        // The genitive ending of the name's last word: the loop ends having tested it.
        let ending = loop {
            // "Präsident Trumps Wahlkampfteam": the noun a genitive owns is no part of its name.
            let ending = genitive_ending(text, &toks[end - 1], tables, alone);
            if ending.is_some() {
                break ending;
            }
            if end < toks.len() && is_name_word(text, &toks[end], tables) {
                end += 1;
            } else if let Some(next) = after_particles(text, toks, end, tables) {
                end = next + 1;
            } else {
                break None;
            }
        };
        // "die 35-jährige Mutter Anna Berg": the noun after an article and an adjective heads
        // the phrase and the name follows it. Only before two more words: "den 20-jährigen
        // Tom Berg" is a name of two words, and "der 48-jährige Berg" may be one.
        let first = if end >= i + 3 && is_attributed_noun(text, toks, i, tables) {
            i + 1
        } else {
            i
        };
        let noun = end == first + 1 && is_common_noun(text, toks, first, tables, alone);
        if first < end && !noun {
            // The key of "Trumps" is that of "Trump", the name the article writes elsewhere.
            let last = &toks[end - 1];
            out.push(Name {
                first,
                end,
                span: Span::new(toks[first].span.start, last.span.end - ending.unwrap_or(0)),
            });
        }
        i = end;
    }
    out
}

/// In a language that capitalises every noun, one capitalised word right after an article
/// ("einem Zusammenstoß", "der Polizei") is a common noun, not a name. Acronyms stay names.
///
/// So is one capitalised word after a name in the genitive ("Trumps Wahlkampfteam"), unless that
/// genitive is itself a noun after an article: "des Bezirks Lee" names the district.
fn is_common_noun(
    text: &str,
    toks: &[Tok],
    i: usize,
    tables: &ClaimTables,
    alone: &WordsAlone<'_>,
) -> bool {
    let word = toks[i].span.of(text);
    let after_article = |at: usize| toks[at].word && contains(tables.noun_articles, &toks[at].norm);
    word.chars().any(char::is_lowercase)
        && i > 0
        && (after_article(i - 1)
            || (genitive_ending(text, &toks[i - 1], tables, alone).is_some()
                && !(i > 1 && after_article(i - 2))))
}

/// The byte length of the genitive ending of `tok` when it is a name in the genitive: "Trumps"
/// in "Präsident Trumps Wahlkampfteam". The article must write the name without the ending
/// elsewhere ("Trump"), which keeps first names ending in -s whole ("Hans Müller": no "Han").
fn genitive_ending(
    text: &str,
    tok: &Tok,
    tables: &ClaimTables,
    alone: &WordsAlone<'_>,
) -> Option<usize> {
    if !tok.word {
        return None;
    }
    let word = tok.span.of(text);
    tables.genitive_endings.iter().find_map(|ending| {
        let base = word.strip_suffix(ending)?;
        // Acronyms ("USAs") and two-letter bases ("Las Vegas" with "La") are left alone.
        let named = base.chars().nth(2).is_some()
            && base.chars().skip(1).any(char::is_lowercase)
            && alone.contains(base);
        named.then_some(ending.len())
    })
}

/// The words an article writes standing alone: its maximal runs of letters and digits, listed
/// at the first genitive candidate of the article (most articles have none). Searching the
/// whole article for each name in -s cost more than reading the article.
pub(crate) struct WordsAlone<'t> {
    text: &'t str,
    runs: OnceCell<FxHashSet<&'t str>>,
}

impl<'t> WordsAlone<'t> {
    pub(crate) fn of(text: &'t str) -> WordsAlone<'t> {
        WordsAlone {
            text,
            runs: OnceCell::new(),
        }
    }

    /// Whether `word` stands in the article as a whole word of its own: for a word of letters
    /// and digits, exactly whether it is one of the runs.
    fn contains(&self, word: &str) -> bool {
        if !word.chars().all(is_letter_or_digit) {
            return written_alone(self.text, word);
        }
        let runs = self.runs.get_or_init(|| {
            let runs = self.text.split(|c: char| !is_letter_or_digit(c));
            runs.filter(|w| !w.is_empty()).collect()
        });
        runs.contains(word)
    }
}

/// True when `word` stands in `text` as a whole word of its own (hyphens and apostrophes end it).
fn written_alone(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(is_letter_or_digit) && !after.is_some_and(is_letter_or_digit)
    })
}

/// In a language that capitalises every noun, the capitalised word after an article and an
/// inflected adjective ("die 35-jährige Mutter", "des indonesischen Verbands") is a common noun.
fn is_attributed_noun(text: &str, toks: &[Tok], i: usize, tables: &ClaimTables) -> bool {
    let word = toks[i].span.of(text);
    i > 1
        && word.chars().any(char::is_lowercase)
        && toks[i - 1].word
        && !toks[i - 1].capitalised(text)
        && tables
            .adjective_endings
            .iter()
            .any(|e| toks[i - 1].norm.ends_with(e))
        && toks[i - 2].word
        && contains(tables.noun_articles, &toks[i - 2].norm)
}

/// "van der Berg": the index of the name word after one or more particles at `i`.
fn after_particles(text: &str, toks: &[Tok], i: usize, tables: &ClaimTables) -> Option<usize> {
    let is_particle = |t: &Tok| contains(tables.particles, &t.norm) || t.norm == "&";
    let n = toks[i..].iter().take_while(|t| is_particle(t)).count();
    (n > 0
        && toks
            .get(i + n)
            .is_some_and(|t| is_name_word(text, t, tables)))
    .then_some(i + n)
}

fn is_name_word(text: &str, tok: &Tok, tables: &ClaimTables) -> bool {
    // "Acme-Chef" is a title compound, not part of the name that follows it.
    if !tok.capitalised(text) || contains(tables.not_names, &tok.norm) {
        return false;
    }
    // Without a hyphen the tail is the word itself, already looked up (the table is scanned).
    match tok.norm.rsplit_once('-') {
        Some((_, tail)) => !contains(tables.not_names, tail),
        None => true,
    }
}

fn starts_name(text: &str, toks: &[Tok], i: usize, tables: &ClaimTables) -> bool {
    if !is_name_word(text, &toks[i], tables) {
        return false;
    }
    // Sentence-initial capitals are names only when the word is not a common sentence opener.
    let initial = toks[..i].iter().all(|t| !t.word);
    !(initial && contains(tables.stop_capitals, &toks[i].norm))
}

/// The language-neutral key of a name: lowercase, hyphens as spaces, possessive dropped.
///
/// Keys are made for every name of every sentence, so the words are copied straight into one
/// string (both apostrophes separate words, so the possessive is stripped before splitting).
pub(crate) fn name_key(name: &str) -> String {
    let lower = if name.is_ascii() {
        name.to_ascii_lowercase()
    } else {
        name.to_lowercase()
    };
    let lower = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(&lower);
    let mut key = String::with_capacity(lower.len());
    for word in lower
        .split(|c: char| !is_letter_or_digit(c) && c != '&')
        .filter(|w| !w.is_empty())
    {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(word);
    }
    key
}

/// Legal-form and group words dropped from organisation keys: "Acme Group" = "Acme".
const ORG_SUFFIXES: &[&str] = &[
    "group",
    "groupe",
    "gruppe",
    "inc",
    "corp",
    "corporation",
    "ltd",
    "limited",
    "co",
    "company",
    "holding",
    "holdings",
    "sa",
    "ag",
    "gmbh",
    "plc",
    "llc",
    "se",
    "nv",
    "bv",
    "spa",
    "sas",
];

/// The key of an organisation name: its name key without legal-form suffixes.
pub(crate) fn org_key(name: &str) -> String {
    let mut key = name_key(name);
    while let Some(space) = key.rfind(' ') {
        if !ORG_SUFFIXES.contains(&&key[space + 1..]) {
            break;
        }
        key.truncate(space);
    }
    key
}

/// The country names of every language's tables, by name key, with their articles: a name
/// is keyed across languages whatever the language of the article that wrote it.
struct Countries {
    english: FxHashMap<&'static str, &'static str>,
    /// The English keys themselves ("china"), which an article may precede ("the china").
    english_keys: FxHashSet<&'static str>,
    articles: FxHashSet<&'static str>,
}

static COUNTRIES: LazyLock<Countries> = LazyLock::new(|| {
    let claims = || Lang::ALL.iter().map(|&l| &tables(l).claims);
    let pairs = || claims().flat_map(|t| t.countries.iter().copied());
    Countries {
        english: pairs().collect(),
        english_keys: pairs().map(|(_, en)| en).collect(),
        articles: claims()
            .flat_map(|t| t.country_articles.iter().copied())
            .collect(),
    }
});

/// Whether `key` (a name key without an article) names a country in some language's tables or
/// is the English key of one ("chine", "china").
pub(crate) fn is_country(key: &str) -> bool {
    let countries = &*COUNTRIES;
    countries.english.contains_key(key) || countries.english_keys.contains(key)
}

/// The key of a name across languages: a country name (with or without its article) becomes its
/// English key; any other key is returned as it is.
pub(crate) fn cross_language_key(key: &str) -> String {
    let countries = &*COUNTRIES;
    let bare = key
        .split_once(' ')
        .filter(|(first, _)| countries.articles.contains(first))
        .map_or(key, |(_, rest)| rest);
    match countries.english.get(bare) {
        Some(english) => english.to_string(),
        None if bare != key && countries.english_keys.contains(bare) => bare.to_string(),
        None => key.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::tables;
    use crate::segment::tokens::*;
    use crate::types::Lang;

    #[test]
    fn country_keys_are_name_keys_and_agree_across_languages() {
        let mut english_of: FxHashMap<&str, &str> = FxHashMap::default();
        for lang in Lang::ALL {
            for &(key, english) in tables(lang).claims.countries {
                assert_eq!(name_key(key), key, "{lang:?}");
                assert_eq!(name_key(english), english, "{lang:?}");
                // A name written alike in two languages names one country.
                let first = *english_of.entry(key).or_insert(english);
                assert_eq!(first, english, "{lang:?} {key}");
            }
        }
    }

    #[test]
    fn country_names_key_alike_across_languages() {
        let cases = [
            ("China", "china"),
            ("Chine", "china"),
            ("La Chine", "china"),
            ("Cina", "china"),
            ("États-Unis", "united states"),
            ("gli Stati Uniti", "united states"),
            ("U.S.", "united states"),
            ("the United States", "united states"),
            ("Großbritannien", "united kingdom"),
            ("die Schweiz", "switzerland"),
            ("España", "spain"),
            // Not countries: unchanged, articles kept.
            ("La Paz", "la paz"),
            ("Le Monde", "le monde"),
            ("Jane Doe", "jane doe"),
            ("東京", "東京"),
            ("", ""),
        ];
        for (name, want) in cases {
            assert_eq!(cross_language_key(&name_key(name)), want, "{name}");
        }
    }

    #[test]
    fn names_are_capitalised_runs_with_particles() {
        let t = &tables(Lang::En).claims;
        let text = "The film by Jane van der Berg and Acme & Sons opened.";
        let toks = tokens(text, Span::new(0, text.len()));
        let found: Vec<&str> = names(text, &toks, t, &WordsAlone::of(text))
            .iter()
            .map(|n| n.span.of(text))
            .collect();
        assert_eq!(found, ["Jane van der Berg", "Acme & Sons"]);
    }

    #[test]
    fn german_nouns_after_an_article_are_not_names() {
        let cases = [
            (
                Lang::De,
                "Bei einem Zusammenstoß mit einem Auto ist in Köln ein Radfahrer gestorben.",
                vec!["Köln"],
            ),
            (
                Lang::De,
                "Die EU und die Norda Bank prüfen den Vertrag mit Anna Weber.",
                vec!["EU", "Norda Bank", "Anna Weber"],
            ),
            // The noun heading "article + adjective + noun + name" is no part of the name; a
            // two-word name after the adjective is kept whole.
            (
                Lang::De,
                "Das sagt die 35-jährige Mutter Anna Weber über den 20-jährigen Tom Berg.",
                vec!["Anna Weber", "Tom Berg"],
            ),
            (
                Lang::De,
                "Der Weg des 29-jährigen Angeklagten Jonas Müller führte nach Köln.",
                vec!["Jonas Müller", "Köln"],
            ),
            (
                Lang::De,
                "Die Deutsche Norda Bank zahlt.",
                vec!["Deutsche Norda Bank"],
            ),
            // One noun after a demonstrative or possessive.
            (
                Lang::De,
                "Zölle trafen Norda diesen Monat und seine Kunden.",
                vec!["Zölle", "Norda"],
            ),
            (
                Lang::De,
                "Der 48-jährige Berg lobte dessen Arbeitslosenrate.",
                vec!["Berg"],
            ),
            // Only German capitalises nouns: an English name after "the" stays a name.
            (Lang::En, "The board met the Pope.", vec!["Pope"]),
        ];
        for (lang, text, want) in cases {
            let toks = tokens(text, Span::new(0, text.len()));
            let found: Vec<&str> = names(text, &toks, &tables(lang).claims, &WordsAlone::of(text))
                .iter()
                .map(|n| n.span.of(text))
                .collect();
            assert_eq!(found, want, "{text}");
        }
    }

    fn names_of(lang: Lang, text: &str) -> Vec<&str> {
        let toks = tokens(text, Span::new(0, text.len()));
        let found = names(text, &toks, &tables(lang).claims, &WordsAlone::of(text));
        for name in &found {
            assert!(text.is_char_boundary(name.span.start), "{text}");
            assert!(text.is_char_boundary(name.span.end), "{text}");
        }
        found.iter().map(|n| n.span.of(text)).collect()
    }

    #[test]
    fn german_genitive_names_own_the_noun_after_them() {
        let cases = [
            // The article writes the name without the genitive -s: the noun after it is owned.
            (
                "Präsident Trumps Wahlkampfteam lobte Trump.",
                vec!["Trump", "Trump"],
            ),
            (
                "Der Präsident ging auf Fords Aussage nicht ein, sagte Ford.",
                vec!["Ford", "Ford"],
            ),
            (
                "Merkel sprach. Merkels Regierung und Frau Okafors Büro schwiegen, auch Okafor.",
                vec!["Merkel", "Merkel", "Okafor", "Okafor"],
            ),
            (
                "Anna Bergs Firma „Nordlicht“ wächst, sagt Anna Berg.",
                vec!["Anna Berg", "Nordlicht", "Anna Berg"],
            ),
            // A noun in the genitive after an article, then a name: the name stays.
            ("Der Sitz des Bezirks Lee liegt im Bezirk.", vec!["Lee"]),
            (
                "Die Mutter des Opfers Jessica Brandt sprach mit dem Opfer.",
                vec!["Jessica Brandt"],
            ),
            // First names ending in -s stay whole: the article never writes "Han" or "Thoma".
            (
                "Hans Müller, Thomas Berg, Klaus Weber und Jens Spahn kamen.",
                vec!["Hans Müller", "Thomas Berg", "Klaus Weber", "Jens Spahn"],
            ),
            (
                "Laut Niklas Groß ist Hans ein Name.",
                vec!["Niklas Groß", "Hans"],
            ),
            // Two letters are no evidence: "Las Vegas" stays whole beside "La Paz".
            (
                "Las Vegas liegt fern von La Paz.",
                vec!["Las Vegas", "La Paz"],
            ),
            ("USAs Plan und USA.", vec!["USAs Plan", "USA"]),
            // A span of time is no name (the lone noun after it still reads as one).
            (
                "Es drohen bis zu einem Jahr Gefängnisstrafe.",
                vec!["Gefängnisstrafe"],
            ),
            // Non-ASCII names and the genitive.
            (
                "Ødegårds Tor 🎉 freute Ødegård.",
                vec!["Ødegård", "Ødegård"],
            ),
            // English writes its genitive with an apostrophe: "Jens Tor" is a name there.
            ("Jens Tor met Jen.", vec!["Jens Tor", "Jen"]),
        ];
        for (text, want) in cases {
            let lang = if text.starts_with("Jens Tor") {
                Lang::En
            } else {
                Lang::De
            };
            assert_eq!(names_of(lang, text), want, "{text}");
        }
    }

    #[test]
    fn keys_normalise_case_hyphens_possessives_and_legal_forms() {
        assert_eq!(name_key("Jean-Luc"), "jean luc");
        assert_eq!(name_key("Doe’s"), "doe");
        assert_eq!(org_key("Acme Pictures Group"), "acme pictures");
        assert_eq!(org_key("Group"), "group");
        assert_eq!(org_key("Acme Holding AG"), "acme");
        assert_eq!(org_key("  "), "");
    }

    #[test]
    fn name_key_matches_its_plain_definition() {
        let plain = |name: &str| {
            let lower = name.to_lowercase().replace('’', "'");
            let lower = lower.strip_suffix("'s").unwrap_or(&lower).to_string();
            lower
                .split(|c: char| !is_letter_or_digit(c) && c != '&')
                .filter(|w| !w.is_empty())
                .collect::<Vec<_>>()
                .join(" ")
        };
        for name in [
            "Jean-Luc Godard",
            "Doe’s",
            "O'Neil's",
            "’s",
            "Banco de España",
            "ÉTÉ « Nord »",
            "ΟΔΟΣ",
            "AT&T",
            "東京 🎬 Studio",
            "",
            "  --  ",
        ] {
            assert_eq!(name_key(name), plain(name), "{name:?}");
        }
    }
}
