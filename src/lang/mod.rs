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

/// Tables of the `segment` stage.
pub(crate) struct SegmentTables {
    /// Abbreviations written with their final period, e.g. "Dr.", "z. B." is written "z.B." here.
    pub abbreviations: &'static [&'static str],
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
    segment: SegmentTables { abbreviations: &[] },
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
