//! Tables for language `en`.

use super::*;

pub(crate) static TABLES: Tables = Tables {
    segment: SEGMENT,
    numbers: NUMBERS,
    claims: CLAIMS,
};

// ---------------------------------------------------------------- segment (sentence splitting)

const SEGMENT: SegmentTables = SegmentTables {
    abbreviations: &[
        "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "St.", "Jr.", "Sr.", "Rev.", "Gen.", "Gov.", "Sen.",
        "Rep.", "Col.", "Capt.", "Det.", "Supt.", "Insp.", "Adm.", "Cmdr.", "Lt.", "Sgt.", "Inc.",
        "Corp.", "Ltd.", "Co.", "Bros.", "vs.", "etc.", "e.g.", "i.e.", "approx.", "U.S.", "U.K.",
        "U.N.", "E.U.", "No.", "Nos.", "Vol.", "Jan.", "Feb.", "Mar.", "Apr.", "Aug.", "Sept.",
        "Sep.", "Oct.", "Nov.", "Dec.", "Mt.", "Ave.", "Blvd.", "Fig.", "p.m.", "a.m.",
    ],
    ordinal_cues: &[],
    ordinal_nouns: &[],
    elisions: &[],
    clitics: &["'s", "’s", "'S", "’S"],
    boilerplate_lines: &[
        "menu",
        "main menu",
        "navigation",
        "home",
        "search",
        "close",
        "skip to content",
        "skip to main content",
        "share",
        "share this",
        "share this story",
        "share this article",
        "share on facebook",
        "share on twitter",
        "tweet",
        "email",
        "print",
        "comments",
        "comment",
        "leave a comment",
        "leave a reply",
        "post a comment",
        "advertisement",
        "sponsored",
        "related",
        "related articles",
        "related stories",
        "read more",
        "more stories",
        "you may also like",
        "recommended",
        "subscribe",
        "sign in",
        "log in",
        "sign up",
        "newsletter",
        "back to top",
        "tags",
        "topics",
        "cancel reply",
    ],
    boilerplate_prefixes: &[
        "skip to ",
        "image credit",
        "image:",
        "image via",
        "photo:",
        "photo credit",
        "photo by ",
        "picture:",
        "credit:",
        "source:",
        "copyright",
        "all rights reserved",
        "this site uses akismet",
        "your email address will not be published",
        "learn how your comment",
        "latest posts by",
        "read more:",
        "read also",
        "see also:",
        "related:",
        "follow us",
        "sign up for",
        "subscribe to",
        "click here",
        "share this",
    ],
    bylines: &["By"],
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

const CLAIMS: ClaimTables = ClaimTables { roles: &[] };
