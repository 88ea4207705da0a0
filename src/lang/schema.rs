//! The shape of a language's tables: one block per pipeline stage that reads it. Each
//! `lang/<code>.rs` fills one [`Tables`]; [`tables`](super::tables) picks it.

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
    /// "l’écriture" is two tokens, "l’" and "écriture", in every language (see `segment::tokens`).
    pub elisions: &'static [&'static str],
    /// Whole lines that are page furniture, lowercase ("menu", "leave a comment", "partager").
    pub boilerplate_lines: &'static [&'static str],
    /// Lowercase starts of furniture lines ("image credit", "photo :", "letzte artikel von").
    pub boilerplate_prefixes: &'static [&'static str],
    /// Words that open a byline before the author's name ("By", "Par", "Von").
    pub bylines: &'static [&'static str],
}

/// Tables of the `mentions::quantity` and `mentions::date` stages.
///
/// Matching is case-insensitive and treats any run of spaces (including no-break spaces) as one
/// space and `'` like `’`, unless a field says otherwise. Currency symbols and ISO codes ("$",
/// "US$", "€", "EUR") are language-neutral and live in `mentions::quantity`, not here.
pub(crate) struct NumberTables {
    /// Decimal separator of the language is ',' (French, German, Spanish, Italian); the other of
    /// ',' and '.' then groups thousands when exactly three digits follow.
    pub decimal_comma: bool,
    /// A plain space groups thousands too ("3 000 employés"); no-break and thin spaces always do.
    pub space_groups: bool,
    /// Scale words and their factor: ("milliard", 1e9), ("Mrd.", 1e9), ("billion", 1e9). Scales
    /// of at most two letters ("m", "bn", "Md") count only before or after a currency.
    pub scales: &'static [(&'static str, f64)],
    /// Currency words written after the amount, to ISO 4217 code: ("dollars", "USD").
    pub currencies: &'static [(&'static str, &'static str)],
    /// Little words between a scale and a currency or a day and a month: "de", "d'", "of".
    pub joiners: &'static [&'static str],
    /// Words for percent written after the number ("per cent", "Prozent"); "%" is neutral.
    pub percent: &'static [&'static str],
    /// Every word of a cardinal number written out, with its value: units, teens, tens, hundreds
    /// and scales ("twenty", "cent", "zweihundert" is read as "zwei" + "hundert"), lowercase.
    /// Written for the number reader of `mentions::words`; Italian and German compounds are
    /// split into them, so elided stems ("vent" of "ventotto") are listed too.
    pub cardinals: &'static [(&'static str, f64)],
    /// Cardinal words that, alone, are nearly always another word: "sei" (you are), "neuf" (new).
    /// "One", "un" and "ein" are never read alone in any language.
    pub lone_words: &'static [&'static str],
    /// Words before a weekday that make it the next (1) or the last (-1) such day: ("next", 1).
    pub weekday_before: &'static [(&'static str, i8)],
    /// Words after a weekday that do the same: ("prochain", 1), ("dernier", -1).
    pub weekday_after: &'static [(&'static str, i8)],
    /// Parts of the day a weekday is written with in one word ("abend" of "Dienstagabend").
    pub day_parts: &'static [&'static str],
    /// Words joining the parts of one number ("and" in "one hundred and six", "y", "et", "und").
    pub number_connectors: &'static [&'static str],
    /// Number words for small counts: ("two", 2.0), ("zwei", 2.0). Matched in lower case only.
    pub number_words: &'static [(&'static str, f64)],
    /// Words after a number that make it a clock time, not a count ("p.m.", "Uhr").
    pub time_words: &'static [&'static str],
    /// Suffixes written right after a day number ("st", "er", "." in German).
    pub ordinal_suffixes: &'static [&'static str],
    /// Full month names to month number. A name written with a capital must be capitalised in
    /// the text too (so English "may" and "march" are not months).
    pub months: &'static [(&'static str, u8)],
    /// Month abbreviations, written without their optional final period ("Jan", "janv", "Febr");
    /// they count only next to a day or a year.
    pub month_abbreviations: &'static [(&'static str, u8)],
    /// Numeric dates with both parts at most 12 read day first ("03/06/2014" = 3 June).
    /// When false such ambiguous dates are skipped.
    pub numeric_day_first: bool,
    /// Relative dates and their offset: ("last year", Relative::Years(-1)).
    pub relative: &'static [(&'static str, Relative)],
    /// Entries of `relative` matched with exact case only (German "morgen", not "Morgen").
    pub case_sensitive: &'static [&'static str],
    /// Cue words before or after an amount naming what it measures: ("raised", "raised"). An
    /// entry ending in `*` is a stem matching any word it begins ("invest*"); others must end
    /// at a word boundary. Values come from `mentions::quantity::MEASURES`.
    pub measures: &'static [(&'static str, &'static str)],
    /// Prepositions of the level a change reaches ("to" in "revenue rose to $3bn", "auf", "à",
    /// "hasta"): an amount right after one is a level, so the change verb before it is not its
    /// measure and a noun cue further back ("revenue") is.
    pub level_prepositions: &'static [&'static str],
    /// Unit names the CLDR's tables (`lang::cldr`) lack, lowercase, with the unit id they stand
    /// for: ("tons", "t"), ("lbs", "lb").
    pub units: &'static [(&'static str, &'static str)],
    /// Words before a figure that qualify its value, lowercase, token by token ("up to", "jusqu'
    /// à"), with the qualifier: approx, at_most, at_least, more_than or less_than.
    pub qualifiers: &'static [(&'static str, &'static str)],
    /// Words that make two figures one range or change, lowercase: (before the first, between the
    /// two), as ("between", "and"), ("von", "auf"); an empty first word needs none ("35 bis 70").
    pub ranges: &'static [(&'static str, &'static str)],
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
    /// The preposition before the person entrusted ("confié à X", "affidato a X").
    pub entrust_markers: &'static [&'static str],
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
    /// In a language that capitalises common nouns (German), the articles after which one
    /// capitalised word is a noun, not a name ("einem Zusammenstoß"); empty elsewhere.
    pub noun_articles: &'static [&'static str],
    /// Nouns for works: ("movie", "film"), ("long-métrage", "film").
    pub work_nouns: &'static [(&'static str, &'static str)],
    /// Words introducing a work's title: "called", "baptisé", "namens".
    pub title_cues: &'static [&'static str],
    /// "title" nouns for "the title of the film is X".
    pub title_nouns: &'static [&'static str],
    /// Copulas: "is", "est", "ist", "lautet".
    pub copulas: &'static [&'static str],
    /// Participles of dated events, read in passive, apposition or attributive use, or before the
    /// object of an active verb: ("founded", "founded"), ("rachetée", "acquired"), ("geboren", "born").
    /// Canonical events: founded, acquired, released, premiered, born, died.
    pub date_participles: &'static [(&'static str, &'static str)],
    /// Finite intransitive verbs of dated events, after their subject: ("died", "died"),
    /// ("sortira", "released"), ("in die kinos", "released").
    pub date_verbs: &'static [(&'static str, &'static str)],
    /// Auxiliaries of the passive and of intransitive perfects, before a participle: "was",
    /// "a été", "wurde" (never the "has" of an active perfect).
    pub passive_auxiliaries: &'static [&'static str],
    /// Relative pronouns opening a clause about the name before the comma: "which", "qui", "die".
    /// Those that are also articles (German "die") count only in a clause ending at the cue.
    pub relatives: &'static [&'static str],
    /// Prepositions of place: a name after one ("in Köln") is no rival subject of a dated event.
    pub place_prepositions: &'static [&'static str],
    /// Words making the name after them a genitive complement ("the son of X"), never a subject.
    pub genitives: &'static [&'static str],
    /// Conjunctions joining names that share a role: "and", "et", "und".
    pub conjunctions: &'static [&'static str],
    /// Verbs whose role noun stands apart from them in verb-second order, with that noun and the
    /// role: ("führt", "regie", "director") reads "führt X Regie" and "Regie führt X"; an empty
    /// noun reads only the inverted "den Film produziert X".
    pub split_role_verbs: &'static [(&'static str, &'static str, &'static str)],
    /// Words before an apposed age: "âgé de" in "X, âgé de 45 ans,".
    pub age_leads: &'static [&'static str],
    /// Words after an apposed age: "ans" in "X, 45 ans,", "years old".
    pub age_units: &'static [&'static str],
    /// Endings of "45-year-old", "45-jährige": the number before the hyphen is the age of the
    /// person named next.
    pub age_adjectives: &'static [&'static str],
    /// Prepositions naming a source ("selon", "laut"): a name after one, then a comma, reports
    /// rather than holds the title that follows.
    pub sources: &'static [&'static str],
    /// Indefinite articles: "X, a spokesman" describes X.
    pub indefinites: &'static [&'static str],
    /// Nationality adjectives and "elect" a title may carry between itself and its holder ("le
    /// président russe élu X"): whole words, then endings of demonyms (for words over four
    /// letters).
    pub title_adjectives: &'static [&'static str],
    /// See `title_adjectives`.
    pub title_adjective_endings: &'static [&'static str],
    /// Endings of nationality adjectives that may stand before a title ("Korean", "British"):
    /// such a word is no organisation in "South Korean leader X".
    pub demonym_endings: &'static [&'static str],
    /// Endings of inflected adjectives between an article and a capitalised noun ("die neue
    /// Chefin"), in a language that capitalises nouns.
    pub adjective_endings: &'static [&'static str],
    /// Articles a country name may carry ("la Chine", "die Schweiz"), dropped before the country
    /// look-up only.
    pub country_articles: &'static [&'static str],
    /// Endings a name takes in the genitive without an apostrophe ("s": "Merkels Regierung"), in
    /// a language where the owned noun follows it capitalised: the word after such a genitive is
    /// no part of the name. Empty where the genitive keeps an apostrophe or comes after ("de X").
    pub genitive_endings: &'static [&'static str],
    /// Country names of the language as name keys, with the English key each stands for: the
    /// same country must key alike across translations ("chine" → "china").
    pub countries: &'static [(&'static str, &'static str)],
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
    entrust_markers: &[],
    role_nouns: &[],
    positions: &[],
    org_prepositions: &[],
    possessives: &[],
    determiners: &[],
    noun_articles: &[],
    work_nouns: &[],
    title_cues: &[],
    title_nouns: &[],
    copulas: &[],
    date_participles: &[],
    date_verbs: &[],
    passive_auxiliaries: &[],
    relatives: &[],
    place_prepositions: &[],
    genitives: &[],
    conjunctions: &[],
    split_role_verbs: &[],
    age_leads: &[],
    age_units: &[],
    age_adjectives: &[],
    sources: &[],
    indefinites: &[],
    title_adjectives: &[],
    title_adjective_endings: &[],
    demonym_endings: &[],
    adjective_endings: &[],
    country_articles: &[],
    genitive_endings: &[],
    countries: &[],
};
