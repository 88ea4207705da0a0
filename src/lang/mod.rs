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

/// Tables of the `claims` stage. Phrases are lowercase words separated by single spaces and
/// matched token by token (elisions are written with `'`: "l'", "d'").
pub(crate) struct ClaimTables {
    /// Capitalised words that start no name at the start of a sentence ("the", "le", "der").
    pub stop_capitals: &'static [&'static str],
    /// Capitalised words that are never part of a name, anywhere ("ceo", "film", "chef").
    pub not_names: &'static [&'static str],
    /// Lowercase particles inside names ("de", "von", "van").
    pub particles: &'static [&'static str],
    /// Passive participles of roles in a work, before an agent marker: ("directed", "director").
    pub role_participles: &'static [(&'static str, &'static str)],
    /// Words introducing the agent of a passive: "by", "par", "von".
    pub agent_markers: &'static [&'static str],
    /// Phrases followed directly by the person: ("unter der regie von", "director").
    pub role_lead_ins: &'static [(&'static str, &'static str)],
    /// Active verb forms of roles, after the person: ("will produce", "producer").
    pub role_verbs: &'static [(&'static str, &'static str)],
    /// Verbs that hand a role to the person named after them: "confié à X la réalisation".
    pub entrust_verbs: &'static [&'static str],
    /// Nouns naming a role, read after an entrust verb: ("réalisation", "director").
    pub role_nouns: &'static [(&'static str, &'static str)],
    /// Position titles at organisations: ("chief executive", "CEO"), ("pdg", "CEO").
    pub positions: &'static [(&'static str, &'static str)],
    /// Prepositions between a position and its organisation: "of", "d'", "von".
    pub org_prepositions: &'static [&'static str],
    /// Possessive determiners that point back to an organisation: "its", "son", "seine".
    pub possessives: &'static [&'static str],
    /// Articles and demonstratives that may stand before a title or a work noun.
    pub determiners: &'static [&'static str],
    /// Nouns for works: ("movie", "film"), ("long-métrage", "film").
    pub work_nouns: &'static [(&'static str, &'static str)],
    /// Words introducing a work's title: "called", "baptisé", "namens".
    pub title_cues: &'static [&'static str],
    /// "title" nouns for "the title of the film is X".
    pub title_nouns: &'static [&'static str],
    /// Copulas: "is", "est", "ist", "lautet".
    pub copulas: &'static [&'static str],
    /// Coordinating "and".
    pub conjunctions: &'static [&'static str],
}

/// Claim tables of a language without a lexicon: names only, no claims.
pub(crate) const NO_CLAIMS: ClaimTables = ClaimTables {
    stop_capitals: &[],
    not_names: &[],
    particles: &[],
    role_participles: &[],
    agent_markers: &[],
    role_lead_ins: &[],
    role_verbs: &[],
    entrust_verbs: &[],
    role_nouns: &[],
    positions: &[],
    org_prepositions: &[],
    possessives: &[],
    determiners: &[],
    work_nouns: &[],
    title_cues: &[],
    title_nouns: &[],
    copulas: &[],
    conjunctions: &[],
};

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
    claims: NO_CLAIMS,
};
