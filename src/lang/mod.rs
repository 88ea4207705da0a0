//! Per-language tables: language, never a story. One file per language; adding a language means
//! writing one more file like `en.rs` and listing it in [`tables`].
//!
//! Each file holds one `TABLES` value made of blocks, one per pipeline stage that reads it, so a
//! stage's words sit together and the stage stays language-free.

use crate::types::Lang;

mod de;
mod en;
mod es;
mod fr;
mod it;

/// Everything the pipeline knows about one language.
pub(crate) struct Tables {
    /// Words that end no sentence though they end in a period (abbreviations, titles).
    pub segment: SegmentTables,
    /// Numbers, scales, currencies, months, relative dates, measures.
    pub numbers: NumberTables,
    /// Roles in works, positions at organisations, name particles, cue words.
    pub claims: ClaimTables,
}

/// Tables of the `clean` and `segment` stages: how the language writes sentences, words and the
/// furniture of a news page.
pub(crate) struct SegmentTables {
    /// Abbreviations exactly as written, with their periods and inner spaces ("Dr.", "z. B.",
    /// "z.B.", "J.-C."): a period inside or at the end of one ends no sentence.
    pub abbreviations: &'static [&'static str],
    /// Words before "N." that make the number an ordinal ("am 3. Juni", "im 19. Jahrhundert").
    pub ordinal_cues: &'static [&'static str],
    /// Words after "N." that make the number an ordinal (months, "Jahrhundert", "Mal").
    pub ordinal_nouns: &'static [&'static str],
    /// Elided words, lowercase and without their apostrophe ("l" for "l’", "qu" for "qu’"):
    /// "l’écriture" is two words, "l’" and "écriture".
    pub elisions: &'static [&'static str],
    /// Clitics split off the end of a word, with their apostrophe ("’s": "Anna’s" → "Anna", "’s").
    pub clitics: &'static [&'static str],
    /// Whole lines that are page furniture, lowercase ("menu", "leave a comment", "partager").
    pub boilerplate_lines: &'static [&'static str],
    /// Lowercase starts of furniture lines ("image credit", "photo :", "letzte artikel von").
    pub boilerplate_prefixes: &'static [&'static str],
    /// Words that open a byline before the author's name ("By", "Par", "Von").
    pub bylines: &'static [&'static str],
}

/// Tables of the `mentions::quantity` and `mentions::date` stages.
pub(crate) struct NumberTables {
    /// Decimal separator of the language (',' in French and German).
    pub decimal_comma: bool,
    /// Scale words and their factor: ("milliard", 1e9), ("Mrd.", 1e9), ("billion", 1e9).
    pub scales: &'static [(&'static str, f64)],
    /// Currency words and symbols to ISO 4217 code: ("dollars", "USD"), ("€", "EUR").
    pub currencies: &'static [(&'static str, &'static str)],
    /// Words for percent.
    pub percent: &'static [&'static str],
    /// Number words: ("two", 2.0), ("zwei", 2.0).
    pub number_words: &'static [(&'static str, f64)],
    /// Month names and abbreviations to month number.
    pub months: &'static [(&'static str, u8)],
    /// Relative dates and their offset: ("last year", Relative::Years(-1)).
    pub relative: &'static [(&'static str, Relative)],
    /// Cue words before or after an amount naming what it measures: ("raised", "raised").
    pub measures: &'static [(&'static str, &'static str)],
}

/// A date relative to the publication date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Relative {
    /// Days from the publication date (yesterday = -1).
    Days(i32),
    /// Years from the publication year (last year = -1).
    Years(i32),
    /// Months from the publication month.
    Months(i32),
}

/// Tables of the `claims` stage.
pub(crate) struct ClaimTables {
    /// Placeholder until the claims stage lands.
    pub roles: &'static [(&'static str, &'static str)],
}

/// The tables of a language; languages without full tables fall back to neutral English-free
/// empty ones so that only language-neutral facts (numbers, dates, names) come out.
pub(crate) fn tables(lang: Lang) -> &'static Tables {
    match lang {
        Lang::En => &en::TABLES,
        Lang::Fr => &fr::TABLES,
        Lang::De => &de::TABLES,
        Lang::Es => &es::TABLES,
        Lang::It => &it::TABLES,
        _ => &EMPTY,
    }
}

static EMPTY: Tables = Tables {
    segment: SegmentTables {
        abbreviations: &[],
        ordinal_cues: &[],
        ordinal_nouns: &[],
        elisions: &[],
        clitics: &[],
        boilerplate_lines: &[],
        boilerplate_prefixes: &[],
        bylines: &[],
    },
    numbers: NumberTables {
        decimal_comma: false,
        scales: &[],
        currencies: &[],
        percent: &[],
        number_words: &[],
        months: &[],
        relative: &[],
        measures: &[],
    },
    claims: ClaimTables { roles: &[] },
};
