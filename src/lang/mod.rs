//! Per-language tables: language, never a story. One file per language; adding a language means
//! writing one more file like `en.rs` and listing it in [`tables`].
//!
//! Each file holds one `TABLES` value made of blocks, one per pipeline stage that reads it, so a
//! stage's words sit together and the stage stays language-free.

use crate::types::Lang;

pub(crate) mod cldr;
mod de;
mod en;
mod es;
mod fr;
pub(crate) mod index;
mod it;
mod schema;

pub(crate) use schema::*;

/// The weekday names of a language (from CLDR), lowercase, Monday = 0.
pub(crate) fn weekdays(lang: Lang) -> &'static [(&'static str, u8)] {
    match lang {
        Lang::En => cldr::WEEKDAYS_EN,
        Lang::Fr => cldr::WEEKDAYS_FR,
        Lang::De => cldr::WEEKDAYS_DE,
        Lang::Es => cldr::WEEKDAYS_ES,
        Lang::It => cldr::WEEKDAYS_IT,
        _ => &[],
    }
}

/// The unit names of a language (from CLDR), lowercase, with their unit id ("km", "°C").
pub(crate) fn units(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => cldr::UNITS_EN,
        Lang::Fr => cldr::UNITS_FR,
        Lang::De => cldr::UNITS_DE,
        Lang::Es => cldr::UNITS_ES,
        Lang::It => cldr::UNITS_IT,
        _ => &[],
    }
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
        boilerplate_lines: &[],
        boilerplate_prefixes: &[],
        bylines: &[],
    },
    numbers: NumberTables {
        decimal_comma: false,
        space_groups: false,
        scales: &[],
        currencies: &[],
        joiners: &[],
        percent: &[],
        cardinals: &[],
        lone_words: &[],
        weekday_before: &[],
        weekday_after: &[],
        day_parts: &[],
        number_connectors: &[],
        number_words: &[],
        time_words: &[],
        ordinal_suffixes: &[],
        months: &[],
        month_abbreviations: &[],
        numeric_day_first: false,
        relative: &[],
        case_sensitive: &[],
        measures: &[],
        level_prepositions: &[],
        units: &[],
        qualifiers: &[],
        ranges: &[],
    },
    claims: NO_CLAIMS,
};
