//! Stage 5, claims: sentences of one article → typed statements with values in one canonical
//! English vocabulary, each with its quote and evidence span.
//!
//! Four families, each from a few constructions per language read off the tables in `lang/`:
//! roles in a work (passive "directed by X", active "X will produce", entrusting "confié à X la
//! réalisation", lead-ins "unter der Regie von X"), positions at organisations (appositions,
//! possessives, compounds, copulas), titles of works, and amounts tied to what they measure.
//! A role is claimed only when the sentence names a work (a title or a work noun): "a consortium
//! led by X" is not a film directed by X.

mod amount;
mod date;
pub(crate) mod figure;
pub(crate) mod position;
mod role;
mod title;

use rustc_hash::FxHashSet;

use crate::chars::is_letter_or_digit;
use crate::lang::index::{first_words, word_id};
use crate::lang::tables;
use crate::mentions::name::{name_key, org_key, Name, Tok};
use crate::mentions::quantity::Unit;
use crate::mentions::Mentions;
use crate::reading::MentionKind;
use crate::report::FactKind;
use crate::types::{Lang, Span};

/// One article's statement, before grouping.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Claim {
    /// Role, position, title or amount.
    pub kind: FactKind,
    /// Who or what it is about, as written.
    pub subject: String,
    /// Key of the subject, comparable across languages.
    pub subject_key: String,
    /// What is said of the subject: its role, position, a measure, an event, …
    pub attribute: Attribute,
    /// What the attribute relates to (a work, an organisation, a year), as written.
    pub object: Option<String>,
    /// Key of the object; `None` when unknown (it may then join any object of the subject).
    pub object_key: Option<String>,
    /// The normalized value ("producer", "CEO", "4800000000 USD").
    pub value: String,
    /// The sentence quoted.
    pub sentence: Span,
    /// The words carrying the value.
    pub evidence: Span,
    /// For amounts: the number and its unit, so the judge can apply a tolerance.
    pub amount: Option<(f64, Unit)>,
    /// The language of the article: names written in two languages may differ.
    pub lang: Lang,
    /// For figures: how to compare the value and what it measures (boxed: most claims of an
    /// article are figures, but the other families' claims need none).
    pub figure: Option<Box<FigureDetail>>,
    /// For figures: the words of the clause that say what it measures, as written.
    pub context: Option<String>,
}

/// What a figure claim adds to a [`Claim`]: how to compare it, and what it measures.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct FigureDetail {
    /// The reading's kind ("count", "percent", …).
    pub kind: MentionKind,
    /// The unit (ISO 4217 code, unit id), if any: figures meet only within one kind and unit.
    pub unit: Option<String>,
    /// The number, for figures that are numbers (dates and times compare by their keys).
    pub number: Option<f64>,
    /// The step of the last digit written: "1.67 bn" is 1,670 million to the nearest ten million,
    /// so it holds for "1,672 million"; "12" is exact.
    pub precision: f64,
    /// True for a qualified value ("about", "up to") or a range: it may hold for others, so it
    /// never conflicts.
    pub loose: bool,
    /// The index of its sentence in the article.
    pub sentence: usize,
    /// True when written with digits (a number spelled out is often rephrased in translation).
    pub digits: bool,
    /// The content words of its clause, lowercase, accents folded, cut to `figure::CONTEXT_PREFIX`
    /// letters ("peopl", "injur"), sorted: what two figures must share to speak of one thing.
    pub keys: Vec<String>,
}

/// What a claim says of its subject: the attribute of the fact it joins. Its words are the
/// canonical English ones of the report ("role", "CEO", "raised", "founded").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Attribute {
    /// A person's role in a work ("director").
    Role,
    /// A person's title at an organisation, keyed by person.
    Position,
    /// Who holds a single-holder title ("CEO") at an organisation, keyed by organisation.
    Holder(&'static str),
    /// The title of a work.
    Title,
    /// What an amount measures ("raised", "revenue", "stake").
    Measure(&'static str),
    /// A person's age.
    Age,
    /// A dated event ("founded", "born", "released").
    Event(&'static str),
    /// A figure, by what the reading found it to be ("count", "percent", "date", …).
    Figure(MentionKind),
}

impl Attribute {
    /// The attribute as the report writes it.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Attribute::Role => "role",
            Attribute::Position => "position",
            Attribute::Title => "title",
            Attribute::Age => "age",
            Attribute::Holder(word) | Attribute::Measure(word) | Attribute::Event(word) => word,
            Attribute::Figure(kind) => kind.as_str(),
        }
    }
}

#[cfg(test)]
impl Attribute {
    /// The attribute a claim of `kind` writes as `word` (tests build claims from words).
    pub(crate) fn of(kind: FactKind, word: &'static str) -> Attribute {
        match (kind, word) {
            (_, "role") => Attribute::Role,
            (_, "position") => Attribute::Position,
            (_, "title") => Attribute::Title,
            (_, "age") => Attribute::Age,
            (FactKind::Position, _) => Attribute::Holder(word),
            (FactKind::Amount, _) => Attribute::Measure(word),
            _ => Attribute::Event(word),
        }
    }
}

/// Ordered by the report's word, so facts sort as their attributes read.
impl Ord for Attribute {
    fn cmp(&self, other: &Attribute) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl PartialOrd for Attribute {
    fn partial_cmp(&self, other: &Attribute) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl std::fmt::Display for Attribute {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Position titles a single person holds at one organisation at a time.
pub(crate) const SINGLE_HOLDER: &[&str] = &["CEO", "chair", "CFO", "COO", "CTO"];

/// Extracts the claims of one article.
///
/// `mentions` are those of each sentence, in order (stage 4 ran once for claims and anchors).
pub(crate) fn extract(text: &str, mentions: &[Mentions], lang: Lang) -> Vec<Claim> {
    let t = &tables(lang).claims;
    let parsed: Vec<Parsed> = mentions
        .iter()
        .map(|m| Parsed::new(text, m, lang))
        .collect();
    let titles: Vec<Vec<Claim>> = parsed.iter().map(|p| p.titles(t)).collect();
    let mut claims: Vec<Claim> = titles.iter().flatten().cloned().collect();
    let main_work = main_work(&claims);
    let name_words = long_name_words(&parsed);
    for (p, titles) in parsed.iter().zip(&titles) {
        claims.extend(p.roles(t, main_work.as_ref(), titles.first()));
        claims.extend(p.positions(t));
        claims.extend(p.amounts(lang, &name_words));
        claims.extend(p.dates(t, main_work.as_ref(), titles.first(), &name_words));
    }
    dedup(claims)
}

/// A sentence as tokens and names.
struct Parsed<'a> {
    text: &'a str,
    span: Span,
    toks: &'a [Tok],
    names: &'a [Name],
    mentions: &'a Mentions<'a>,
    lang: Lang,
    /// For each token, the id of its word when it opens an entry of some indexed table: table
    /// look-ups run at every token, most tokens open none, and one hash look-up per token rules
    /// them all out and finds, for the others, the entries they open by binary search.
    word_ids: Vec<Option<u32>>,
}

/// The work an article is about: its one title, when it names exactly one.
#[derive(Clone)]
struct Work {
    title: String,
    key: String,
}

fn main_work(claims: &[Claim]) -> Option<Work> {
    let mut titles = claims.iter().filter(|c| c.kind == FactKind::Title);
    let first = titles.next()?;
    let key = name_key(&first.value);
    titles.all(|c| name_key(&c.value) == key).then(|| Work {
        title: first.value.clone(),
        key,
    })
}

/// The words of every name of two words or more in the article, lowercase and sorted: a one-word
/// name among them is a person's first or last name, not a capitalised noun.
fn long_name_words<'a>(parsed: &[Parsed<'a>]) -> Vec<&'a str> {
    let mut words: Vec<&'a str> = parsed
        .iter()
        .flat_map(|p| {
            p.names
                .iter()
                .filter(|n| n.end - n.first > 1)
                .flat_map(|n| p.toks[n.first..n.end].iter().map(|t| t.norm.as_str()))
        })
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// Drops repeated claims (same statement from the same sentence), keeping the first.
fn dedup(mut claims: Vec<Claim>) -> Vec<Claim> {
    let mut seen = FxHashSet::default();
    let fresh: Vec<bool> = claims
        .iter()
        .map(|c| {
            seen.insert((
                c.kind,
                c.subject_key.as_str(),
                c.attribute,
                c.object_key.as_deref(),
                c.value.as_str(),
                c.sentence,
            ))
        })
        .collect();
    let mut fresh = fresh.into_iter();
    claims.retain(|_| fresh.next() == Some(true));
    claims
}

impl<'a> Parsed<'a> {
    fn new(text: &'a str, mentions: &'a Mentions<'a>, lang: Lang) -> Parsed<'a> {
        Parsed {
            text,
            span: mentions.span,
            toks: &mentions.toks,
            names: &mentions.names,
            mentions,
            lang,
            word_ids: mentions
                .toks
                .iter()
                .map(|t| word_id(&t.norm).filter(|_| t.word))
                .collect(),
        }
    }

    fn words(&self, span: Span) -> String {
        span.of(self.text)
            .trim_matches(|c: char| !is_letter_or_digit(c))
            .to_string()
    }

    fn tok_span(&self, first: usize, end: usize) -> Span {
        Span::new(self.toks[first].span.start, self.toks[end - 1].span.end)
    }

    // The three table look-ups below run at every token with several tables, and most tokens
    // open no entry: each is inlined down to that test, the search itself is not.

    /// The longest table phrase starting at token `i`: (end token, value).
    #[inline]
    fn phrase_at<V: Copy>(
        &self,
        i: usize,
        table: &'static [(&'static str, V)],
    ) -> Option<(usize, V)> {
        let id = self.opening_word(i, table)?;
        self.longest_phrase(i, id, table)
    }

    fn longest_phrase<V: Copy>(
        &self,
        i: usize,
        id: u32,
        table: &'static [(&'static str, V)],
    ) -> Option<(usize, V)> {
        let matching = |(phrase, v): &(&str, V)| self.match_words(i, phrase).map(|end| (end, *v));
        match first_words(table) {
            Some(index) => index
                .opening_with(id)
                .filter_map(|at| matching(&table[at]))
                .max_by_key(|(end, _)| *end),
            None => table
                .iter()
                .filter_map(matching)
                .max_by_key(|(end, _)| *end),
        }
    }

    /// The end token of the longest phrase of `list` starting at token `i`.
    #[inline]
    fn longest_at(&self, i: usize, list: &'static [&'static str]) -> Option<usize> {
        let id = self.opening_word(i, list)?;
        self.longest_entry(i, id, list)
    }

    fn longest_entry(&self, i: usize, id: u32, list: &'static [&'static str]) -> Option<usize> {
        match first_words(list) {
            Some(index) => index
                .opening_with(id)
                .filter_map(|at| self.match_words(i, list[at]))
                .max(),
            None => list.iter().filter_map(|w| self.match_words(i, w)).max(),
        }
    }

    #[inline]
    fn word_at(&self, i: usize, list: &'static [&'static str]) -> bool {
        self.opening_word(i, list)
            .is_some_and(|id| self.longest_entry(i, id, list).is_some())
    }

    /// The id of the word at token `i` when an entry of `table` may start there: it is a word,
    /// and one that opens an entry of the language tables (every table passed here is one of
    /// them, or empty).
    fn opening_word<T>(&self, i: usize, table: &'static [T]) -> Option<u32> {
        debug_assert!(table.is_empty() || first_words(table).is_some());
        *self.word_ids.get(i)?
    }

    /// The end token when the words of `phrase` (separated by single spaces) are the word
    /// tokens from `i` on. Called for every table entry at every token, so it compares in
    /// place: a word token's norm never holds a space, so "norm, then a space or the end" is
    /// exactly "the next word of the phrase".
    fn match_words(&self, i: usize, phrase: &str) -> Option<usize> {
        let mut j = i;
        let mut rest = phrase;
        loop {
            let tok = self.toks.get(j).filter(|t| t.word)?;
            // Most entries differ at the first byte: reject them before comparing whole words.
            if rest.as_bytes().first() != tok.norm.as_bytes().first() {
                return None;
            }
            let after = rest.strip_prefix(tok.norm.as_str())?;
            j += 1;
            if after.is_empty() {
                return Some(j);
            }
            rest = after.strip_prefix(' ')?;
        }
    }

    fn name_starting(&self, i: usize) -> Option<&Name> {
        self.names.iter().find(|n| n.first == i)
    }

    fn name_ending(&self, end: usize) -> Option<&Name> {
        self.names.iter().find(|n| n.end == end)
    }

    fn is_punct(&self, i: usize, marks: &str) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| !t.word && marks.contains(t.norm.as_str()))
    }

    fn claim(
        &self,
        kind: FactKind,
        subject: Span,
        attribute: Attribute,
        object: Option<(String, String)>,
        value: String,
        evidence: Span,
    ) -> Claim {
        let subject_text = self.words(subject);
        let subject_key = if matches!(attribute, Attribute::Holder(_)) {
            org_key(&subject_text)
        } else {
            name_key(&subject_text)
        };
        let (object, object_key) = match object {
            Some((o, k)) => (Some(o), Some(k)),
            None => (None, None),
        };
        Claim {
            kind,
            subject: subject_text,
            subject_key,
            attribute,
            object,
            object_key,
            value,
            sentence: self.span,
            evidence,
            amount: None,
            lang: self.lang,
            figure: None,
            context: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Claims of a one-sentence article as `kind subject | attribute | object | value` lines.
    fn claims_of(lang: Lang, text: &str) -> Vec<String> {
        let mentions = [Mentions::of(text, Span::new(0, text.len()), lang, None)];
        extract(text, &mentions, lang)
            .iter()
            .map(|c| {
                let object = c.object.as_deref().unwrap_or("-");
                format!(
                    "{:?} {} | {} | {} | {}",
                    c.kind, c.subject, c.attribute, object, c.value
                )
            })
            .collect()
    }

    macro_rules! t {
        ($name:ident, $lang:expr, $text:expr, [$($want:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                let want: Vec<String> = vec![$($want.to_string()),*];
                assert_eq!(claims_of($lang, $text), want, "in {:?}", $text);
            }
        };
    }

    // Roles: passive, active across an apposition, entrusting, lead-ins, coordination.
    t!(
        role_passive_en,
        Lang::En,
        "The film is called Red Harbour and will be directed by Maria Lopez.",
        [
            "Title film | title | - | Red Harbour",
            "Role Maria Lopez | role | Red Harbour | director",
        ]
    );
    t!(
        role_written_and_directed_en,
        Lang::En,
        "Its first movie, titled Blue Hour, is written and directed by Sam Okafor.",
        [
            "Title film | title | - | Blue Hour",
            "Role Sam Okafor | role | Blue Hour | director",
            "Role Sam Okafor | role | Blue Hour | screenwriter",
        ]
    );
    t!(
        role_active_past_apposition_en,
        Lang::En,
        "Ana Ruiz, the veteran director behind two hits, will produce the film “Salt”.",
        [
            "Title film | title | - | Salt",
            "Role Ana Ruiz | role | Salt | producer",
        ]
    );
    t!(
        role_passive_descriptor_fr,
        Lang::Fr,
        "Le film « Le Passeur » sera réalisé par le cinéaste de Lyon, Paul Martin.",
        [
            "Title film | title | - | Le Passeur",
            "Role Paul Martin | role | Le Passeur | director",
        ]
    );
    t!(
        role_entrusted_fr,
        Lang::Fr,
        "Le studio a confié à Léa Roux l’écriture et la réalisation d’un film baptisé Onde.",
        [
            "Title film | title | - | Onde",
            "Role Léa Roux | role | Onde | screenwriter",
            "Role Léa Roux | role | Onde | director",
        ]
    );
    t!(
        role_lead_in_de,
        Lang::De,
        "Der Film „Nordlicht“ entsteht unter der Regie von Jonas Weber.",
        [
            "Title film | title | - | Nordlicht",
            "Role Jonas Weber | role | Nordlicht | director",
        ]
    );
    t!(
        role_needs_a_work,
        Lang::En,
        "A consortium led by Kim Park bought the port.",
        []
    );
    t!(
        role_of_another_named_work,
        Lang::Fr,
        "L'acteur de Grand Hôtel, produit par Studio Nord, a gagné.",
        []
    );

    // Ages with a unit of several words.
    t!(
        age_years_old_en,
        Lang::En,
        "Jane Doe, 45 years old, said the talks had failed.",
        ["Amount Jane Doe | age | - | 45",]
    );
    t!(
        age_anos_de_edad_es,
        Lang::Es,
        "Ana Ruiz, de 30 años de edad, dijo que las negociaciones habían fracasado.",
        ["Amount Ana Ruiz | age | - | 30",]
    );

    // A place phrase before a comma is not an apposition naming the holder.
    t!(
        position_not_a_place_en,
        Lang::En,
        "In New York, the president said the talks had failed.",
        []
    );
    t!(
        position_not_a_place_es,
        Lang::Es,
        "En Nueva York, el presidente dijo que las negociaciones habían fracasado.",
        []
    );
    // A name after "according to" and a comma is the source, not the holder, unless an
    // indefinite title describes it.
    t!(
        position_source_is_no_holder_fr,
        Lang::Fr,
        "Selon Norda Presse, le président a démissionné.",
        []
    );
    t!(
        position_source_is_no_holder_de,
        Lang::De,
        "Laut Norda Presse, der Präsident sei zurückgetreten.",
        []
    );
    t!(
        position_source_described_es,
        Lang::Es,
        "Ocurrió el lunes, según Ana Ruiz, una portavoz de Norda.",
        ["Position Ana Ruiz | position | Norda | spokesperson",]
    );
    t!(
        position_apposition_still_read_es,
        Lang::Es,
        "Ana Ruiz, presidenta de Norda, dijo que las negociaciones habían fracasado.",
        ["Position Ana Ruiz | position | Norda | president",]
    );

    // Positions: apposition, possessive, compound, copula, two titles in one phrase.
    t!(
        position_apposition_en,
        Lang::En,
        "Jane Doe, CEO of Acme Pictures, said the deal was done.",
        [
            "Position Jane Doe | position | Acme Pictures | CEO",
            "Position Acme Pictures | CEO | - | Jane Doe",
        ]
    );
    t!(
        position_possessive_en,
        Lang::En,
        "Acme's chief executive John Smith resigned.",
        [
            "Position John Smith | position | Acme | CEO",
            "Position Acme | CEO | - | John Smith",
        ]
    );
    t!(position_two_titles_fr, Lang::Fr, "Le PDG de Norda Group et son directeur exécutif Marc Petit ont déclaré que tout allait bien.", [
        "Position Marc Petit | position | Norda Group | executive director",
    ]);
    t!(
        position_apposition_fr,
        Lang::Fr,
        "Marc Petit, le directeur de Norda, a annoncé un film.",
        ["Position Marc Petit | position | Norda | head",]
    );
    t!(
        position_compound_de,
        Lang::De,
        "Das sagte Norda-Chef Karl Braun am Montag.",
        ["Position Karl Braun | position | Norda | head",]
    );
    t!(
        position_copula_de,
        Lang::De,
        "Karl Braun ist Vorstandschef von Norda.",
        [
            "Position Karl Braun | position | Norda | CEO",
            "Position Norda | CEO | - | Karl Braun",
        ]
    );
    // A name elsewhere in the sentence is not the organisation: a place, a nationality or a
    // sentence-opening word would split one person's position into facts that never meet.
    t!(
        position_without_organisation_de,
        Lang::De,
        "Warum hat Präsident Tomas Berg so viel aufgegeben?",
        ["Position Tomas Berg | position | - | president",]
    );
    t!(
        position_without_organisation_en,
        Lang::En,
        "Lena Holt is Norway’s best sprinter and chairman Ivar Dahl called it a great choice.",
        ["Position Ivar Dahl | position | - | chair",]
    );
    t!(
        position_without_organisation_fr,
        Lang::Fr,
        "« Tout va bien », explique Léa Roux, porte-parole de la Croix-Rouge hongroise.",
        ["Position Léa Roux | position | Croix-Rouge | spokesperson",]
    );
    t!(
        position_without_organisation_it,
        Lang::It,
        "Giù le mani dal Ticino, dice il presidente Marco Neri.",
        ["Position Marco Neri | position | - | president",]
    );
    // A nationality adjective or "elect" between a Romance title and its holder.
    t!(
        position_demonym_after_title_fr,
        Lang::Fr,
        "Le président mexicain élu Tomás Ríos a promis la paix.",
        ["Position Tomás Ríos | position | - | president",]
    );
    t!(
        position_demonym_after_title_it,
        Lang::It,
        "Un incontro con il presidente russo Ivan Petrov è previsto.",
        ["Position Ivan Petrov | position | - | president",]
    );
    // A verb is no adjective: the name after it is an object.
    t!(
        position_verb_after_title_fr,
        Lang::Fr,
        "Le président remercie Tomás Ríos.",
        []
    );
    // German weak declension ("dem Präsidenten", "den Vorsitzenden").
    t!(
        position_weak_declension_de,
        Lang::De,
        "Ein Treffen mit dem russischen Präsidenten Iwan Petrow fand statt.",
        ["Position Iwan Petrow | position | - | president",]
    );
    t!(
        position_apposition_declined_de,
        Lang::De,
        "Das erlaubt Lena Roth, der Vorsitzenden, zu entscheiden.",
        ["Position Lena Roth | position | - | chair",]
    );
    // A genitive after a German title is a country, not the holder.
    t!(
        position_genitive_country_de,
        Lang::De,
        "Er traf den Präsidenten Perus Juan Ortega im Juni.",
        []
    );
    t!(
        position_genitive_region_de,
        Lang::De,
        "Ríos – einer der beliebtesten Präsidenten Südamerikas – sprach.",
        []
    );
    // An apposition closed by a comma mid-clause, even after a place preposition.
    t!(
        position_closed_apposition_after_a_fr,
        Lang::Fr,
        "Cela permettrait à Marc Roux, le vice-président, de trancher.",
        ["Position Marc Roux | position | - | vice president",]
    );
    // "X, Y's president" is an apposition; the owner names the organisation, not a place after.
    t!(
        position_owner_apposition_en,
        Lang::En,
        "It was too much for Ivan Petrov, Norda's president.",
        ["Position Ivan Petrov | position | Norda | president",]
    );
    t!(
        position_owner_before_place_en,
        Lang::En,
        "“We will stop,” said Sam Okafor, Norda’s managing director at Leeds.",
        ["Position Sam Okafor | position | Norda | managing director",]
    );
    // Lowercase modifiers between the article and the title of an apposition.
    t!(
        position_modified_apposition_en,
        Lang::En,
        "Mr. Okafor, the national transport agency spokesman, said it was over.",
        ["Position Okafor | position | - | spokesperson",]
    );
    // A title with an unnamed complement, then the holder after a comma.
    t!(
        position_after_complement_fr,
        Lang::Fr,
        "Le porte-parole de l’agence nationale des routes, M. Okafor, a parlé.",
        ["Position Okafor | position | - | spokesperson",]
    );
    // "Norda boss X": an English name before a generic title is its organisation, unless it
    // is a nationality.
    t!(
        position_adjunct_org_en,
        Lang::En,
        "Norda boss Ivan Petrov says his ambition is big 🎯.",
        ["Position Ivan Petrov | position | Norda | head",]
    );
    t!(
        position_adjunct_nationality_en,
        Lang::En,
        "Talks with South Korean leader Min Ho-seok went well.",
        []
    );
    t!(
        generic_head_needs_an_organisation,
        Lang::En,
        "Jane Doe, head of research, spoke.",
        []
    );
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn on_char_boundaries(text: &str, span: Span) -> bool {
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        /// Any text, in any language's tables, gives claims whose spans lie inside the sentence on
        /// char boundaries; nothing panics.
        #[test]
        fn claims_spans_stay_inside_the_sentence(
            text in "(\\PC|[’'«»„“”,.\\- ]|Jane Doe|CEO of|réalisé par|directed by|l’|'s|Acme-Chef){0,40}",
            lang in prop::sample::select(vec![Lang::En, Lang::Fr, Lang::De, Lang::Es, Lang::It]),
        ) {
            let sentence = Span::new(0, text.len());
            for claim in extract(&text, &[Mentions::of(&text, sentence, lang, None)], lang) {
                prop_assert!(on_char_boundaries(&text, claim.evidence));
                prop_assert!(sentence.contains(claim.evidence));
            }
            for tok in crate::segment::tokens::tokens(&text, sentence) {
                prop_assert!(on_char_boundaries(&text, tok.span) && !tok.span.is_empty());
            }
        }
    }
}
