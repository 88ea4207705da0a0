//! Tables for language `es`.

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

// No claim lexicon yet: names, numbers and dates only.
const CLAIMS: ClaimTables = NO_CLAIMS;
