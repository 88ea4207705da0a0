//! Tables for language `en`.

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
        "the", "a", "an", "in", "on", "at", "for", "from", "with", "after", "before", "as", "but",
        "and", "or", "if", "when", "while", "this", "that", "these", "those", "its", "his", "her",
        "their", "our", "my", "we", "they", "he", "she", "it", "i", "you", "there", "here", "what",
        "which", "who", "why", "how", "just", "like", "over", "between", "according", "though",
        "although", "since", "until", "during", "last", "next", "other", "some", "many", "most",
        "more", "all", "both", "each", "every", "no", "not", "so", "yet", "also", "still", "now",
        "then", "today", "yesterday", "meanwhile", "however", "unfortunately", "doing", "watching",
        "between", "by", "to", "of", "former", "chinese", "american", "british", "french", "german",
    ],
    not_names: &[
        "ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "president", "director", "producer",
        "mr", "mrs", "ms", "dr", "prof", "sir", "film", "movie", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
        "june", "july", "august", "september", "october", "november", "december",
    ],
    particles: &["de", "da", "di", "del", "van", "von", "der", "den", "du", "la", "le", "bin", "al", "of"],
    role_participles: &[
        ("directed", "director"), ("co-directed", "director"), ("produced", "producer"),
        ("co-produced", "producer"), ("executive-produced", "producer"), ("written", "screenwriter"),
        ("co-written", "screenwriter"), ("scripted", "screenwriter"), ("penned", "screenwriter"),
        ("led", "director"), ("helmed", "director"), ("starring", "lead actor"), ("shot", "cinematographer"),
        ("edited", "editor"), ("composed", "composer"), ("scored", "composer"), ("narrated", "narrator"),
        ("adapted", "screenwriter"),
    ],
    agent_markers: &["by"],
    role_lead_ins: &[("starring", "lead actor"), ("directed by", "director"), ("produced by", "producer")],
    role_verbs: &[
        ("will direct", "director"), ("is to direct", "director"), ("will produce", "producer"),
        ("is to produce", "producer"), ("will write", "screenwriter"), ("will star in", "lead actor"),
        ("will take a leading role in", "lead actor"), ("will take the lead role in", "lead actor"),
        ("will star", "lead actor"), ("directs", "director"), ("produces", "producer"),
        ("is directing", "director"), ("is producing", "producer"), ("will helm", "director"),
        ("is set to direct", "director"), ("is set to produce", "producer"), ("stars in", "lead actor"),
    ],
    entrust_verbs: &[],
    role_nouns: &[],
    positions: &[
        ("chief executive officer", "CEO"), ("chief executive", "CEO"), ("ceo", "CEO"),
        ("chief financial officer", "CFO"), ("cfo", "CFO"), ("chief operating officer", "COO"),
        ("coo", "COO"), ("chief technology officer", "CTO"), ("cto", "CTO"),
        ("executive director", "executive director"), ("managing director", "managing director"),
        ("chairman", "chair"), ("chairwoman", "chair"), ("chairperson", "chair"), ("chair", "chair"),
        ("president", "president"), ("vice president", "vice president"),
        ("co-founder", "founder"), ("cofounder", "founder"), ("founder", "founder"),
        ("head", "head"), ("chief", "head"), ("boss", "head"), ("leader", "head"),
        ("spokesman", "spokesperson"), ("spokeswoman", "spokesperson"), ("spokesperson", "spokesperson"),
    ],
    org_prepositions: &["of", "at"],
    possessives: &["its", "their"],
    determiners: &["the", "a", "an", "its", "their", "his", "her", "this", "that", "new", "acclaimed", "former"],
    work_nouns: &[
        ("film", "film"), ("movie", "film"), ("picture", "film"), ("feature", "film"),
        ("documentary", "film"), ("comedy", "film"), ("drama", "film"), ("thriller", "film"),
        ("series", "series"), ("show", "series"), ("project", "project"), ("production", "project"),
        ("book", "book"), ("novel", "book"), ("album", "album"), ("play", "play"),
    ],
    title_cues: &["called", "named", "titled", "entitled", "dubbed"],
    title_nouns: &["title", "name"],
    copulas: &["is", "was", "will be", "would be"],
    conjunctions: &["and"],
};
