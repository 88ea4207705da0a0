//! Tables for language `de`.

use super::*;

pub(crate) static TABLES: Tables = Tables {
    segment: SEGMENT,
    numbers: NUMBERS,
    claims: CLAIMS,
};

// ---------------------------------------------------------------- segment (sentence splitting)

const SEGMENT: SegmentTables = SegmentTables { abbreviations: &[] };

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

const CLAIMS: ClaimTables = ClaimTables {
    stop_capitals: &[
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
        "in", "im", "am", "an", "auf", "aus", "bei", "mit", "nach", "von", "vom", "vor", "zu", "zum",
        "zur", "für", "über", "unter", "um", "und", "oder", "aber", "doch", "wenn", "als", "wie",
        "so", "es", "er", "sie", "wir", "ich", "ihr", "sein", "seine", "dieser", "diese", "dieses",
        "jetzt", "heute", "gestern", "allerdings", "genauso", "dabei", "nach", "laut", "außerdem",
        "beinahe", "welches", "welche", "welcher", "letzte", "letzten", "alle", "auch", "nur",
        "mehrere", "viele", "seit", "während", "trotz", "bis", "damit", "daher", "denn",
    ],
    not_names: &[
        "regie", "leitung", "hauptrolle", "drehbuch", "chef", "chefin", "ceo", "vorstandschef", "vorstandschefin", "regisseur", "regisseurin",
        "produzent", "produzentin", "firma", "konzern", "unternehmen", "film", "filme", "herr", "frau",
        "dr", "prof", "präsident", "präsidentin", "gründer", "gründerin", "sprecher", "sprecherin",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
        "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "dezember", "prozent", "millionen", "milliarden", "euro", "dollar",
    ],
    particles: &["von", "van", "der", "den", "de", "zu", "vom"],
    role_participles: &[
        ("inszeniert", "director"), ("gedreht", "director"), ("produziert", "producer"),
        ("koproduziert", "producer"), ("geschrieben", "screenwriter"), ("verfasst", "screenwriter"),
        ("geleitet", "director"), ("gespielt", "lead actor"), ("komponiert", "composer"),
    ],
    agent_markers: &["von"],
    role_lead_ins: &[("unter der regie von", "director"), ("in der regie von", "director")],
    role_verbs: &[
        ("führt regie", "director"), ("wird regie führen", "director"), ("produziert", "producer"),
        ("wird produzieren", "producer"), ("inszeniert", "director"), ("wird inszenieren", "director"),
        ("spielt die hauptrolle", "lead actor"), ("übernimmt die hauptrolle", "lead actor"),
        ("schreibt das drehbuch", "screenwriter"),
    ],
    entrust_verbs: &[],
    role_nouns: &[],
    positions: &[
        ("vorstandsvorsitzender", "CEO"), ("vorstandsvorsitzende", "CEO"), ("vorstandschef", "CEO"),
        ("vorstandschefin", "CEO"), ("konzernchef", "CEO"), ("konzernchefin", "CEO"), ("ceo", "CEO"),
        ("geschäftsführer", "managing director"), ("geschäftsführerin", "managing director"),
        ("aufsichtsratsvorsitzender", "chair"), ("aufsichtsratschef", "chair"),
        ("verwaltungsratspräsident", "chair"), ("finanzchef", "CFO"), ("finanzvorstand", "CFO"),
        ("präsident", "president"), ("präsidentin", "president"), ("mitgründer", "founder"),
        ("mitbegründer", "founder"), ("gründer", "founder"), ("gründerin", "founder"),
        ("chef", "head"), ("chefin", "head"), ("leiter", "head"), ("leiterin", "head"),
        ("sprecher", "spokesperson"), ("sprecherin", "spokesperson"),
    ],
    org_prepositions: &["von", "vom", "bei", "der", "des"],
    possessives: &["sein", "seine", "seinem", "seinen", "ihr", "ihre"],
    determiners: &["der", "die", "das", "den", "dem", "des", "ein", "eine", "neue", "neuer", "frühere", "ehemalige"],
    work_nouns: &[
        ("film", "film"), ("spielfilm", "film"), ("kinofilm", "film"), ("dokumentarfilm", "film"),
        ("komödie", "film"), ("serie", "series"), ("projekt", "project"), ("buch", "book"),
        ("roman", "book"), ("album", "album"), ("theaterstück", "play"),
    ],
    title_cues: &["namens", "titel", "heißt", "genannt"],
    title_nouns: &["titel", "name"],
    copulas: &["ist", "lautet", "wird"],
    conjunctions: &["und"],
};
