//! Roles of people in works: director, producer, screenwriter, lead actor, …

use super::{Attribute, Claim, Parsed, Work};
use crate::lang::ClaimTables;
use crate::mentions::name::{name_key, Name};
use crate::report::FactKind;

/// How many tokens may separate a participle from its agent marker ("mené de main de maître par").
const PARTICIPLE_REACH: usize = 6;
/// How many lowercase words may describe the agent before the name ("par l'influent cinéaste X").
const DESCRIPTOR_REACH: usize = 6;
/// Longest apposition skipped between a subject and its verb ("X, the director behind …, will").
const APPOSITION_REACH: usize = 25;

impl Parsed<'_> {
    /// `title` is the first title claim of this sentence, if any.
    pub(super) fn roles(
        &self,
        t: &ClaimTables,
        main: Option<&Work>,
        title: Option<&Claim>,
    ) -> Vec<Claim> {
        let Some(work) = self.work_of_sentence(t, main, title) else {
            return Vec::new();
        };
        let mut found: Vec<(&Name, &'static str, usize, usize)> = Vec::new();
        for i in 0..self.toks.len() {
            if self.word_at(i, t.agent_markers) {
                let roles = self.participles_before(i, t);
                let Some(first) = roles.last().map(|r| r.1) else {
                    continue;
                };
                if self.work_named_before(first).is_some() {
                    // "House of Cards, produced by X": a role in that other work, not this one.
                    continue;
                }
                if let Some(person) = self.agent_after(i + 1, t) {
                    for person in self.with_coordinated_after(person, t) {
                        for &(role, at) in &roles {
                            found.push((person, role, at, i + 1));
                        }
                    }
                }
            } else if let Some((end, role)) = self.phrase_at(i, t.role_lead_ins) {
                if let Some(person) = self.agent_after(end, t) {
                    for person in self.with_coordinated_after(person, t) {
                        found.push((person, role, i, end));
                    }
                }
            } else if let Some((end, role)) = self.phrase_at(i, t.role_verbs) {
                let passive =
                    (end..(end + 3).min(self.toks.len())).any(|j| self.word_at(j, t.agent_markers));
                if let Some(person) = self.subject_before(i).filter(|_| !passive) {
                    for person in self.with_coordinated_before(person, t) {
                        found.push((person, role, i, end));
                    }
                } else if let Some((person, role, end)) = self.split_role(i, t) {
                    found.push((person, role, i, end));
                }
            } else if self.word_at(i, t.entrust_verbs) {
                found.extend(self.entrusted(i, t));
            } else if let Some((person, role, end)) = self.split_role(i, t) {
                found.push((person, role, i, end));
            }
        }
        found
            .into_iter()
            .map(|(person, role, a, b)| {
                let evidence = self.tok_span(a.min(person.first), b.max(person.end));
                self.claim(
                    FactKind::Role,
                    person.span,
                    Attribute::Role,
                    work.clone(),
                    role.to_string(),
                    evidence,
                )
            })
            .collect()
    }

    /// The work a sentence speaks of: a title in it, else the article's one work when the sentence
    /// has a work noun. `None` outer: no work at all, so no role claims.
    fn work_of_sentence(
        &self,
        t: &ClaimTables,
        main: Option<&Work>,
        title: Option<&Claim>,
    ) -> Option<Option<(String, String)>> {
        if let Some(title) = title {
            return Some(Some((title.value.clone(), name_key(&title.value))));
        }
        let has_work_noun = (0..self.toks.len()).any(|i| self.phrase_at(i, t.work_nouns).is_some());
        has_work_noun.then(|| main.map(|w| (w.title.clone(), w.key.clone())))
    }

    /// A name standing right before a participle, maybe across a comma: the work it qualifies.
    fn work_named_before(&self, participle: usize) -> Option<&Name> {
        let end = if participle > 0 && self.is_punct(participle - 1, ",") {
            participle - 1
        } else {
            participle
        };
        self.name_ending(end)
    }

    /// Role participles just before the agent marker at `marker`: "written and directed by".
    fn participles_before(&self, marker: usize, t: &ClaimTables) -> Vec<(&'static str, usize)> {
        let mut roles = Vec::new();
        for j in (marker.saturating_sub(PARTICIPLE_REACH)..marker).rev() {
            if !self.toks[j].word || self.name_starting(j).is_some() {
                break;
            }
            if let Some((end, role)) = self.phrase_at(j, t.role_participles) {
                if end <= marker {
                    roles.push((role, j));
                }
            }
        }
        roles
    }

    /// The person named after token `i`, past a short descriptor ("l'influent cinéaste de Hong
    /// Kong, X": the place is a modifier, the name after the comma is the person).
    fn agent_after(&self, i: usize, t: &ClaimTables) -> Option<&Name> {
        let mut j = i;
        while j < self.toks.len() && j < i + DESCRIPTOR_REACH {
            if let Some(name) = self.name_starting(j) {
                let described = j > i;
                let after_preposition = j > 0 && self.word_at(j - 1, t.org_prepositions);
                let apposed = self
                    .is_punct(name.end, ",")
                    .then(|| self.name_starting(name.end + 1))
                    .flatten();
                return match (described && after_preposition, apposed) {
                    (true, Some(person)) => Some(person),
                    _ => Some(name),
                };
            }
            if !self.toks[j].word || self.toks[j].capitalised(self.text) {
                return None;
            }
            j += 1;
        }
        None
    }

    /// `first` and the names coordinated after it: "by A and B", "par A, B et C".
    fn with_coordinated_after<'n>(&'n self, first: &'n Name, t: &ClaimTables) -> Vec<&'n Name> {
        let mut out = vec![first];
        let mut last = first;
        while let Some(next) = self.coordinated_at(last.end, t) {
            out.push(next);
            last = next;
        }
        out
    }

    /// A name right after a conjunction or a list comma at `i` (a comma only when a conjunction
    /// closes the list later: "A, B and C", not "A, the director").
    fn coordinated_at(&self, i: usize, t: &ClaimTables) -> Option<&Name> {
        let next = self.name_starting(i + 1)?;
        if self.word_at(i, t.conjunctions) {
            return Some(next);
        }
        let closes = self.word_at(next.end, t.conjunctions)
            || (self.is_punct(next.end, ",") && self.coordinated_at(next.end, t).is_some());
        (self.is_punct(i, ",") && closes).then_some(next)
    }

    /// `last` and the names coordinated before it: "A and B will produce".
    fn with_coordinated_before<'n>(&'n self, last: &'n Name, t: &ClaimTables) -> Vec<&'n Name> {
        let mut out = vec![last];
        let mut first = last;
        while first.first > 0 {
            let at = first.first - 1;
            let joined = self.word_at(at, t.conjunctions) || self.is_punct(at, ",");
            let Some(prev) = self.name_ending(at).filter(|_| joined) else {
                break;
            };
            if self.is_punct(at, ",") && out.len() == 1 {
                break; // "A, B will produce": B is an apposition of A, or A a topic.
            }
            out.insert(0, prev);
            first = prev;
        }
        out
    }

    /// The name ending just before token `i`, or before an apposition "X, …, will produce".
    fn subject_before(&self, i: usize) -> Option<&Name> {
        if let Some(name) = self.name_ending(i) {
            return Some(name);
        }
        if !self.is_punct(i.checked_sub(1)?, ",") {
            return None;
        }
        let open = (i.saturating_sub(APPOSITION_REACH)..i - 1)
            .rev()
            .find(|&j| self.is_punct(j, ",;:("))?;
        self.is_punct(open, ",")
            .then(|| self.name_ending(open))
            .flatten()
    }

    /// German verb-second order: "führt X Regie", "Regie führte X", "den Film produziert X".
    /// Returns the person, the role and the token after the construction.
    fn split_role(&self, i: usize, t: &ClaimTables) -> Option<(&Name, &'static str, usize)> {
        t.split_role_verbs.iter().find_map(|&(verb, noun, role)| {
            if noun.is_empty() {
                // Inverted only: something other than a name stands before the verb.
                let end = self.match_words(i, verb)?;
                let prefield = i > 0 && self.name_ending(i).is_none();
                let person = self.name_starting(end).filter(|_| prefield)?;
                return Some((person, role, person.end));
            }
            if let Some(end) = self.match_words(i, verb) {
                let person = self.name_starting(end)?;
                let after = self.match_words(person.end, noun)?;
                return Some((person, role, after));
            }
            let verb_at = self.match_words(i, noun)?;
            let end = self.match_words(verb_at, verb)?;
            let person = self.name_starting(end)?;
            Some((person, role, person.end))
        })
    }

    /// "a confié à X l'écriture et la direction d'un film": the person, then the role nouns.
    fn entrusted(&self, verb: usize, t: &ClaimTables) -> Vec<(&Name, &'static str, usize, usize)> {
        let to = (verb + 1..(verb + 3).min(self.toks.len()))
            .find(|&j| self.word_at(j, t.entrust_markers));
        let Some(person) = to.and_then(|j| self.name_starting(j + 1)) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for j in person.end..(person.end + 8).min(self.toks.len()) {
            if let Some((end, role)) = self.phrase_at(j, t.role_nouns) {
                out.push((person, role, verb, end));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use crate::claims::extract;
    use crate::mentions::Mentions;
    use crate::report::FactKind;
    use crate::types::{Lang, Span};

    /// Role claims of a one-sentence article as "person | work | role" lines.
    fn roles_of(lang: Lang, text: &str) -> Vec<String> {
        let mentions = [Mentions::of(text, Span::new(0, text.len()), lang, None)];
        extract(text, &mentions, lang)
            .iter()
            .filter(|c| c.kind == FactKind::Role)
            .map(|c| {
                let work = c.object.as_deref().unwrap_or("-");
                format!("{} | {} | {}", c.subject, work, c.value)
            })
            .collect()
    }

    #[test]
    fn roles() {
        use Lang::{De, En, Es, Fr, It};
        let cases: &[(Lang, &str, &[&str])] = &[
            // Coordination: every name of the list takes the role.
            (
                En,
                "The film “Salt” is directed by Ana Ruiz and Tom Berg.",
                &["Ana Ruiz | Salt | director", "Tom Berg | Salt | director"],
            ),
            (
                En,
                "The film “Salt” is produced by Ana Ruiz, Tom Berg and Li Wei.",
                &[
                    "Ana Ruiz | Salt | producer",
                    "Tom Berg | Salt | producer",
                    "Li Wei | Salt | producer",
                ],
            ),
            (
                En,
                "Ana Ruiz and Tom Berg will produce the film “Salt”.",
                &["Ana Ruiz | Salt | producer", "Tom Berg | Salt | producer"],
            ),
            (
                Fr,
                "Le film « Onde » est réalisé par Léa Roux et Paul Martin.",
                &[
                    "Léa Roux | Onde | director",
                    "Paul Martin | Onde | director",
                ],
            ),
            (
                De,
                "Der Film „Nordlicht“ wird von Jonas Weber und Eva Brandt produziert.",
                &[
                    "Jonas Weber | Nordlicht | producer",
                    "Eva Brandt | Nordlicht | producer",
                ],
            ),
            (
                De,
                "Der Film „Nordlicht“ entsteht unter der Regie von Jonas Weber und Eva Brandt.",
                &[
                    "Jonas Weber | Nordlicht | director",
                    "Eva Brandt | Nordlicht | director",
                ],
            ),
            // German verb-second order.
            (
                De,
                "Bei dem Film „Nordlicht“ führt Jonas Weber Regie.",
                &["Jonas Weber | Nordlicht | director"],
            ),
            (
                De,
                "Regie führte Eva Brandt, der Film heißt „Nordlicht“.",
                &["Eva Brandt | Nordlicht | director"],
            ),
            (
                De,
                "Eva Brandt führte Regie bei dem Film „Nordlicht“.",
                &["Eva Brandt | Nordlicht | director"],
            ),
            (
                De,
                "Den Film „Nordlicht“ produziert Eva Brandt.",
                &["Eva Brandt | Nordlicht | producer"],
            ),
            (
                De,
                "Im Film „Nordlicht“ spielt Jonas Weber die Hauptrolle.",
                &["Jonas Weber | Nordlicht | lead actor"],
            ),
            // The lead actor named between "with" and "in the lead role".
            (
                De,
                "Der Film „Nordlicht“ mit Jonas Weber und Eva Brandt in den Hauptrollen läuft.",
                &[
                    "Jonas Weber | Nordlicht | lead actor",
                    "Eva Brandt | Nordlicht | lead actor",
                ],
            ),
            (
                De,
                "Der Film „Nordlicht“ mit Jonas Weber in der Hauptrolle läuft.",
                &["Jonas Weber | Nordlicht | lead actor"],
            ),
            (
                Fr,
                "Le film « Onde », avec Léa Roux dans le rôle principal, sort.",
                &["Léa Roux | Onde | lead actor"],
            ),
            (
                Fr,
                "Léa Roux sera la vedette du film « Onde ».",
                &["Léa Roux | Onde | lead actor"],
            ),
            (
                Es,
                "La película «Raíces», con Iker Zubiri como protagonista, se estrena.",
                &["Iker Zubiri | Raíces | lead actor"],
            ),
            (
                It,
                "Il film «Radici», con Chiara Russo nel ruolo principale, esce.",
                &["Chiara Russo | Radici | lead actor"],
            ),
            (
                It,
                "Il film «Radici» con Chiara Russo come protagonista esce.",
                &["Chiara Russo | Radici | lead actor"],
            ),
            // Not coordination: an apposition, or a name after the list.
            (
                En,
                "The film “Salt” is directed by Ana Ruiz, the Lisbon-born artist.",
                &["Ana Ruiz | Salt | director"],
            ),
            (
                En,
                "The film “Salt” is directed by Ana Ruiz and produced by Tom Berg.",
                &["Ana Ruiz | Salt | director", "Tom Berg | Salt | producer"],
            ),
        ];
        for (lang, text, want) in cases {
            assert_eq!(roles_of(*lang, text), *want, "{lang:?}: {text}");
        }
    }
}
