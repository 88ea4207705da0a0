//! Tables for language `it`.

use super::*;

pub(crate) static TABLES: Tables = Tables {
    segment: SEGMENT,
    numbers: NUMBERS,
    claims: CLAIMS,
};

// ---------------------------------------------------------------- segment (sentence splitting)

const SEGMENT: SegmentTables = SegmentTables {
    abbreviations: &[
        "Sig.", "Sigg.", "Sig.ra", "Dott.", "Dr.", "Prof.", "Ing.", "Avv.", "On.", "ecc.", "etc.",
        "p. es.", "pag.", "n.", "No.", "S.p.A.", "gen.", "febbr.", "apr.", "ago.", "sett.", "ott.",
        "nov.", "dic.",
    ],
    ordinal_cues: &[],
    ordinal_nouns: &[],
    elisions: &[
        "l", "d", "un", "dell", "all", "dall", "nell", "sull", "coll", "quell", "bell", "sant",
        "c", "s", "m", "t", "v", "n",
    ],
    clitics: &[],
    boilerplate_lines: &[
        "menu",
        "home",
        "cerca",
        "chiudi",
        "vai al contenuto",
        "condividi",
        "commenti",
        "lascia un commento",
        "pubblicità",
        "articoli correlati",
        "leggi anche",
        "leggi di più",
        "iscriviti",
        "accedi",
        "stampa",
    ],
    boilerplate_prefixes: &[
        "vai al contenuto",
        "foto:",
        "foto :",
        "immagine:",
        "fonte:",
        "tutti i diritti riservati",
        "questo sito usa akismet",
        "il tuo indirizzo email non sarà pubblicato",
        "leggi anche",
        "seguici",
    ],
    bylines: &["Di"],
};

// ---------------------------------------------------------------- numbers, dates, measures

const NUMBERS: NumberTables = NumberTables {
    decimal_comma: false,
    scales: &[],
    currencies: &[],
    percent: &[],
    number_words: &[],
    months: &[],
    relative: &[],
    measures: &[],
};

// ---------------------------------------------------------------- claims (roles, positions)

// No claim lexicon yet: names, numbers and dates only.
const CLAIMS: ClaimTables = NO_CLAIMS;
