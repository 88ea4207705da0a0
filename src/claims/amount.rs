//! Amounts tied to what they measure and to their subject: "Acme raised $2bn in 2014".
//!
//! The subject is the grammatical subject of the clause holding the amount: the name just before
//! the verb or noun that cues the measure ("Acme has raised", "Acme, the group, is worth", "Acme,
//! qui pèse"), or the owner of a measure noun ("Acme's revenue", "le chiffre d'affaires d'Acme").
//! When the grammar gives no name ("the company raised", "la firme de X a levé", "le groupe qui
//! pèse") there is no claim: the nearest name is often someone else, and a wrong subject makes
//! wrong conflicts.

use super::{Attribute, Claim, Parsed};
use crate::chars::is_letter;
use crate::lang::{tables, ClaimTables, NumberTables};
use crate::mentions::name::{is_country, name_key, Name};
use crate::mentions::quantity::{Quantity, Unit};
use crate::report::FactKind;
use crate::types::{Lang, Span};

/// Most words between the subject and the cue (or amount): auxiliaries and adverbs ("has
/// already", "hat 2014", "a récemment").
const SUBJECT_REACH: usize = 3;
/// Measures a bare count can carry ("has risen by 100,000 people"); the others are money.
const COUNT_MEASURES: &[&str] = &["growth"];
/// Longest apposition skipped between a subject and its verb ("Acme, the Chinese group, raised").
const APPOSITION_REACH: usize = 25;

impl Parsed<'_> {
    /// Only amounts with a measure cue become claims: a bare "153 billion" says nothing that can
    /// be compared. `name_words` are the words of the article's names of two words or more.
    pub(super) fn amounts(&self, lang: Lang, name_words: &[&str]) -> Vec<Claim> {
        let (t, numbers) = (&tables(lang).claims, &tables(lang).numbers);
        let year = self.mentions.dates.first().map(|d| d.value.key());
        self.mentions
            .quantities
            .iter()
            .filter_map(|q| {
                let measure = q.measure?;
                if q.unit == Unit::Count && !COUNT_MEASURES.contains(&measure) {
                    // "lost four of five matches", "a partner of 15 years": money words on counts.
                    return None;
                }
                let subject = self.amount_subject(q, t, numbers)?;
                if subject.span.overlaps(q.span) || !self.can_own_amounts(subject, name_words) {
                    return None;
                }
                let object = year.clone().map(|y| (y.clone(), y));
                let mut claim = self.claim(
                    FactKind::Amount,
                    subject.span,
                    Attribute::Measure(measure),
                    object,
                    q.key(),
                    q.span,
                );
                claim.amount = Some((q.value, q.unit));
                Some(claim)
            })
            .collect()
    }

    /// The subject of the clause of `q`, read back from its cue when the cue comes first
    /// ("Acme raised $2bn"), else from the amount ("Acme hat 2 Mrd. Euro eingenommen").
    fn amount_subject(&self, q: &Quantity, t: &ClaimTables, n: &NumberTables) -> Option<&Name> {
        let amount = self.first_tok_at(q.span.start)?;
        let cue = q
            .cue
            .filter(|c| c.end <= q.span.start)
            .and_then(|c| Some((self.first_tok_at(c.start)?, self.first_tok_at(c.end))));
        let Some((cue_first, cue_end)) = cue else {
            return self.subject_before_tok(amount, t, n);
        };
        let cue_end = cue_end.unwrap_or(amount);
        // "le chiffre d'affaires d'Acme a atteint": the owner named after the measure noun.
        if self.word_at(cue_end, t.genitives) {
            if let Some(owner) = self.name_starting(cue_end + 1).filter(|o| o.end <= amount) {
                return Some(owner);
            }
        }
        self.subject_before_tok(cue_first, t, n)
    }

    /// German capitalises every noun, so a one-word "name" is a subject only when it is an
    /// acronym, a country, or a word of a longer name in the article ("Acme" after "Acme AG"):
    /// "Güter im Wert von 60 Milliarden Dollar" is not about someone called Güter.
    fn can_own_amounts(&self, subject: &Name, name_words: &[&str]) -> bool {
        if self.lang != Lang::De || subject.end - subject.first > 1 {
            return true;
        }
        let word = subject.span.of(self.text);
        let acronym = word.chars().filter(|&c| is_letter(c)).count() >= 2
            && word
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-');
        acronym
            || is_country(&name_key(word))
            || name_words
                .binary_search(&self.toks[subject.first].norm.as_str())
                .is_ok()
    }

    /// The first token starting at or after byte `at`.
    fn first_tok_at(&self, at: usize) -> Option<usize> {
        self.toks.iter().position(|t| t.span.start >= at)
    }

    /// The name standing as subject before token `i`, past a few words, an apposition, or a
    /// relative pronoun.
    fn subject_before_tok(&self, i: usize, t: &ClaimTables, n: &NumberTables) -> Option<&Name> {
        let mut words = 0;
        let mut object_article = false;
        let mut j = i;
        while j > 0 {
            if let Some(name) = self.name_ending(j) {
                return self.as_subject(name, t, n);
            }
            j -= 1;
            let tok = &self.toks[j];
            if self.inside_date_or_amount(tok.span) {
                continue;
            }
            if self.is_punct(j, ")") {
                // "Die National Science Foundation (NSF) investiert": skip the parenthesis.
                j = (j.saturating_sub(5)..j)
                    .rev()
                    .find(|&k| self.is_punct(k, "("))?;
                continue;
            }
            if !tok.word {
                // An apposition closes right before the verb ("Acme, the group, is worth"); a
                // comma further back ends another clause ("…, ainsi qu'une participation de").
                let next_to_verb = words + usize::from(object_article) <= 1;
                return (self.is_punct(j, ",") && next_to_verb)
                    .then(|| self.apposed(j, t, n))
                    .flatten();
            }
            if tok.norm == "'s" {
                // "Acme's revenue": the owner of a measure noun only, not "Acme's founder".
                let owned = self.is_measure_word(j + 1, n);
                return self.name_ending(j).filter(|_| owned);
            }
            if self.word_at(j, t.relatives) {
                let end = if j > 0 && self.is_punct(j - 1, ",") {
                    j - 1
                } else {
                    j
                };
                return self.name_ending(end).and_then(|s| self.as_subject(s, t, n));
            }
            if self.word_at(j, t.determiners) {
                // "announced a $2 billion investment": an article right before the amount or cue
                // opens the object; any other one opens a subject that is not a name.
                if j + 1 == i {
                    object_article = true;
                    continue;
                }
                return None;
            }
            words += 1;
            if words > SUBJECT_REACH {
                return None;
            }
        }
        None
    }

    /// The name before the opening comma of the apposition closed at the comma `close`.
    fn apposed(&self, close: usize, t: &ClaimTables, n: &NumberTables) -> Option<&Name> {
        let open = (close.saturating_sub(APPOSITION_REACH)..close)
            .rev()
            .find(|&j| self.is_punct(j, ",;:()"))?;
        self.is_punct(open, ",")
            .then(|| self.name_ending(open))
            .flatten()
            .and_then(|s| self.as_subject(s, t, n))
    }

    /// A name is a subject unless it complements a noun: "the firm of X" is not X, though "the
    /// revenue of X" is X's.
    fn as_subject<'n>(
        &self,
        name: &'n Name,
        t: &ClaimTables,
        n: &NumberTables,
    ) -> Option<&'n Name> {
        let first = name.first;
        // "die Zahl der Opfer in Indonesien ist gestiegen": a place is not the subject.
        if first > 0 && self.word_at(first - 1, t.place_prepositions) {
            return None;
        }
        if first > 0 && self.word_at(first - 1, t.genitives) {
            return (first > 1 && self.is_measure_word(first - 2, n)).then_some(name);
        }
        Some(name)
    }

    fn inside_date_or_amount(&self, span: Span) -> bool {
        self.mentions.dates.iter().any(|d| d.span.contains(span))
            || self
                .mentions
                .quantities
                .iter()
                .any(|q| q.span.contains(span))
    }

    /// True when token `i` is a word of a measure cue ("revenue", "box", "affaires", "Umsatz").
    fn is_measure_word(&self, i: usize, n: &NumberTables) -> bool {
        let Some(tok) = self.toks.get(i).filter(|t| t.word) else {
            return false;
        };
        let norm = tok.norm.rsplit('\'').next().unwrap_or(&tok.norm);
        n.measures.iter().any(|(cue, _)| {
            let cue = cue.to_lowercase();
            cue.split([' ', '\'', '’'])
                .any(|word| match word.strip_suffix('*') {
                    Some(stem) => !stem.is_empty() && norm.starts_with(stem),
                    None => word.len() > 2 && norm == word,
                })
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::extract;
    use crate::mentions::Mentions;
    use crate::report::FactKind;
    use crate::types::{Lang, Span};

    /// Amount claims of a one-sentence article as "subject | measure | value" lines.
    fn amounts_of(lang: Lang, text: &str) -> Vec<String> {
        let mentions = [Mentions::of(text, Span::new(0, text.len()), lang, None)];
        extract(text, &mentions, lang)
            .iter()
            .filter(|c| c.kind == FactKind::Amount)
            .map(|c| format!("{} | {} | {}", c.subject, c.attribute, c.value))
            .collect()
    }

    #[test]
    fn amount_subjects() {
        use Lang::{De, En, Fr};
        let cases: &[(Lang, &str, &[&str])] = &[
            (
                En,
                "Acme Corp raised $2 billion in 2014.",
                &["Acme Corp | raised | 2000000000 USD"],
            ),
            (
                En,
                "In 2014, Acme has already raised $2 billion.",
                &["Acme | raised | 2000000000 USD"],
            ),
            (
                En,
                "Acme, the Lisbon group run by Ana Ruiz, is worth $5 billion.",
                &["Acme | worth | 5000000000 USD"],
            ),
            (
                En,
                "Acme’s revenue reached $3 billion.",
                &["Acme | revenue | 3000000000 USD"],
            ),
            (
                En,
                "Acme's founder Ana Ruiz raised $3 billion.",
                &["Ana Ruiz | raised | 3000000000 USD"],
            ),
            (
                En,
                "After meeting Ana Ruiz, the company raised $2 billion.",
                &[],
            ),
            (
                En,
                "In Norda, box office grew 30% to 4.8 billion yuan.",
                &[],
            ),
            (
                En,
                "Norda's box office grew 30% to 4.8 billion yuan.",
                &[
                    "Norda | growth | 30%",
                    "Norda | box office | 4800000000 CNY",
                ],
            ),
            (
                Fr,
                "La firme de Jean Roux a levé 25 milliards de dollars.",
                &[],
            ),
            (
                Fr,
                "Le groupe qui pèse 153 milliards de dollars a signé.",
                &[],
            ),
            (
                Fr,
                "Le groupe Norda, qui pèse 153 milliards de dollars, a signé.",
                &["Norda | worth | 153000000000 USD"],
            ),
            (
                Fr,
                "Le chiffre d'affaires d'Acme a atteint 3 milliards d'euros.",
                &["Acme | revenue | 3000000000 EUR"],
            ),
            (
                Fr,
                "Acme a levé 25 milliards de dollars.",
                &["Acme | raised | 25000000000 USD"],
            ),
            (
                De,
                "Acme AG hat 2014 zwei Milliarden Euro eingesammelt.",
                &["Acme AG | raised | 2000000000 EUR"],
            ),
            (
                De,
                "Norda, die 153 Milliarden Dollar wert ist, wächst.",
                &[],
            ),
            (
                De,
                "Norda, die 153 Milliarden Dollar wert ist, wächst wie die Norda AG.",
                &["Norda | worth | 153000000000 USD"],
            ),
            // German nouns are capitalised: a one-word subject must be an acronym, a country
            // or a word of a longer name.
            (
                De,
                "Peking erhob Zölle auf Güter im Wert von 60 Milliarden Dollar.",
                &[],
            ),
            (
                De,
                "Die NSF investiert jährlich mehr als 100 Millionen Dollar in die Forschung.",
                &["NSF | investment | 100000000 USD"],
            ),
            (
                De,
                "Österreich investiert jährlich 100 Millionen Euro in die Forschung.",
                &["Österreich | investment | 100000000 EUR"],
            ),
            // A place is not the subject.
            (De, "Die Zahl der Opfer in Peru ist um 832 gestiegen.", &[]),
        ];
        for (lang, text, want) in cases {
            assert_eq!(amounts_of(*lang, text), *want, "{lang:?}: {text}");
        }
    }
}
