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
    space_groups: false,
    decimal_comma: true,
    scales: &[
        ("mila", 1e3),
        ("milione", 1e6),
        ("milioni", 1e6),
        ("miliardo", 1e9),
        ("miliardi", 1e9),
        ("mln", 1e6),
        ("mld", 1e9),
        ("mrd", 1e9),
    ],
    currencies: &[
        ("dollari statunitensi", "USD"),
        ("dollari di Hong Kong", "HKD"),
        ("dollari", "USD"),
        ("dollaro", "USD"),
        ("euro", "EUR"),
        ("sterline", "GBP"),
        ("yuan", "CNY"),
        ("yen", "JPY"),
    ],
    joiners: &["di", "d'"],
    percent: &["per cento", "percento"],
    number_words: &[],
    time_words: &["ore"],
    ordinal_suffixes: &["º"],
    months: &[
        ("gennaio", 1),
        ("febbraio", 2),
        ("marzo", 3),
        ("aprile", 4),
        ("maggio", 5),
        ("giugno", 6),
        ("luglio", 7),
        ("agosto", 8),
        ("settembre", 9),
        ("ottobre", 10),
        ("novembre", 11),
        ("dicembre", 12),
    ],
    month_abbreviations: &[],
    numeric_day_first: true,
    relative: &[
        ("l'altro ieri", Relative::Days(-2)),
        ("ieri", Relative::Days(-1)),
        ("oggi", Relative::Days(0)),
        ("domani", Relative::Days(1)),
        ("l'anno scorso", Relative::Years(-1)),
        ("quest'anno", Relative::Years(0)),
        ("l'anno prossimo", Relative::Years(1)),
        ("il mese scorso", Relative::Months(-1)),
    ],
    case_sensitive: &[],
    measures: &[],
};

// ---------------------------------------------------------------- claims (roles, positions)

// No claim lexicon yet: names, numbers and dates only.
const CLAIMS: ClaimTables = NO_CLAIMS;
