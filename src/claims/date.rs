//! Dates tied to events: "Acme was founded in 1998", "Acme, fondée en 1998", "die 1998 gegründete
//! Acme", "Jane Doe died in 2011", "le film sortira en 2017", "kommt 2017 in die Kinos".
//!
//! A cue (participle or intransitive verb) needs a date right after it or, as in German verb-final
//! order, right before it, with no punctuation between. The subject comes from the grammar of the
//! cue's clause only (relative clause, passive auxiliary, apposition, object of an active verb,
//! subject of an intransitive verb); when none applies there is no claim: a wrong subject would
//! make wrong conflicts. Releases and premieres are about the work the sentence names.

use super::{Attribute, Claim, Parsed, Work};
use crate::lang::ClaimTables;
use crate::mentions::date::DateMention;
use crate::mentions::name::{name_key, org_key, Name};
use crate::mentions::quantity::Unit;
use crate::report::FactKind;
use crate::types::Span;

/// Most tokens between a cue and a date after it ("founded by Jane Doe in 1998").
const DATE_AFTER_REACH: usize = 6;
/// Most tokens between a date and the cue after it ("wurde 1998 von Acme übernommen").
const DATE_BEFORE_REACH: usize = 4;
/// Most words before a date that opens a sentence ("In 1998,", "Im Jahr 1998,").
const OPENING_REACH: usize = 2;
/// Most tokens between an auxiliary or a relative pronoun and the cue of its clause.
const CLAUSE_REACH: usize = 8;

/// Events whose subject is a work: they are claimed only when the sentence names one.
const WORK_EVENTS: &[&str] = &["released", "premiered"];
/// Events whose subject is an organisation, keyed without legal-form suffixes.
const ORG_EVENTS: &[&str] = &["founded", "acquired"];

impl Parsed<'_> {
    /// Dated events of this sentence, and ages of people (a time fact too). `main` and `title`
    /// give the work (as for roles).
    pub(super) fn dates(
        &self,
        t: &ClaimTables,
        main: Option<&Work>,
        title: Option<&Claim>,
        name_words: &[&str],
    ) -> Vec<Claim> {
        let mut out = self.ages(t, name_words);
        if self.mentions.dates.is_empty() {
            return out;
        }
        let mut i = 0;
        while i < self.toks.len() {
            let cue = match self.phrase_at(i, t.date_participles) {
                Some((end, event)) => Some((end, event, true)),
                None => self
                    .phrase_at(i, t.date_verbs)
                    .map(|(end, event)| (end, event, false)),
            };
            let Some((end, event, participle)) = cue else {
                i += 1;
                continue;
            };
            out.extend(self.date_claim(i, end, event, participle, t, main, title));
            i = end;
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn date_claim(
        &self,
        cue: usize,
        end: usize,
        event: &'static str,
        participle: bool,
        t: &ClaimTables,
        main: Option<&Work>,
        title: Option<&Claim>,
    ) -> Option<Claim> {
        let date = self.event_date(cue, end, t)?;
        let (subject, key) = if WORK_EVENTS.contains(&event) {
            let work = self.released_work(cue, t, main, title)?;
            (work.title.clone(), work.key.clone())
        } else {
            let name = self.event_subject(cue, end, participle, t)?;
            if name.span.overlaps(date.span) {
                return None;
            }
            let words = self.words(name.span);
            let key = if ORG_EVENTS.contains(&event) {
                org_key(&words)
            } else {
                name_key(&words)
            };
            (words, key)
        };
        let cue_span = self.tok_span(cue, end);
        let evidence = Span::new(
            cue_span.start.min(date.span.start),
            cue_span.end.max(date.span.end),
        );
        let mut claim = self.claim(
            FactKind::Date,
            cue_span,
            Attribute::Event(event),
            None,
            date.value.key(),
            evidence,
        );
        (claim.subject, claim.subject_key) = (subject, key);
        Some(claim)
    }

    /// The work a release or premiere is about: the title named in the sentence, or the article's
    /// one work when the sentence opens with it as subject ("The film will be released", "Le film
    /// sortira", "Der Film kommt"). "Her previous film, released in 2012" is another work.
    fn released_work(
        &self,
        cue: usize,
        t: &ClaimTables,
        main: Option<&Work>,
        title: Option<&Claim>,
    ) -> Option<Work> {
        if let Some(title) = title {
            return Some(Work {
                title: title.value.clone(),
                key: name_key(&title.value),
            });
        }
        let opens_with_work = self.word_at(0, t.determiners)
            && !self.word_at(0, t.possessives)
            && self
                .phrase_at(1, t.work_nouns)
                .is_some_and(|(end, _)| end <= cue && self.no_other_name(end, cue, t));
        opens_with_work.then(|| main.cloned()).flatten()
    }

    /// The date of the cue at `cue..end`: the first one after it, else the last one before it,
    /// within reach and with no punctuation between (punctuation inside a date is part of it).
    fn event_date(&self, cue: usize, end: usize, t: &ClaimTables) -> Option<&DateMention> {
        let dates = &self.mentions.dates;
        let after = dates.iter().find(|d| {
            let (first, _) = self.date_toks(d);
            first >= end && first - end <= DATE_AFTER_REACH && self.unbroken(end, first)
        });
        after
            .or_else(|| {
                dates.iter().rev().find(|d| {
                    let (_, last) = self.date_toks(d);
                    last <= cue && cue - last <= DATE_BEFORE_REACH && self.unbroken(last, cue)
                })
            })
            .or_else(|| self.opening_date(cue, t))
    }

    /// "In 1998, Jane Doe founded Acme", "En 2014, Norda a été rachetée par Acme": the one date
    /// of a sentence, a year or a month opening it before a comma, dates the event whose clause
    /// follows the comma at once: only its subject's name and passive auxiliaries may stand
    /// between the comma and the cue, so "In 2014, Acme said it had bought Norda" dates nothing.
    /// A day is left out: an opening day is as often the day of a report as of the event.
    fn opening_date(&self, cue: usize, t: &ClaimTables) -> Option<&DateMention> {
        let [date] = self.mentions.dates.as_slice() else {
            return None;
        };
        let (first, comma) = self.date_toks(date);
        let opens = first <= OPENING_REACH && (0..first).all(|j| self.toks[j].word);
        if !opens || date.value.key().len() > "yyyy-mm".len() || !self.is_punct(comma, ",") {
            return None;
        }
        let mut j = comma + 1;
        while j < cue {
            j = match self.name_starting(j) {
                Some(name) => name.end,
                None => self.longest_at(j, t.passive_auxiliaries)?,
            };
        }
        (j == cue).then_some(date)
    }

    /// The tokens `first..end` a date covers.
    fn date_toks(&self, d: &DateMention) -> (usize, usize) {
        let first = self
            .toks
            .iter()
            .position(|t| t.span.start >= d.span.start)
            .unwrap_or(self.toks.len());
        let end = self
            .toks
            .iter()
            .rposition(|t| t.span.end <= d.span.end)
            .map_or(first, |e| e + 1);
        (first, end.max(first))
    }

    /// True when tokens `a..b` are all words or lie inside a date or an amount ("for $2bn").
    fn unbroken(&self, a: usize, b: usize) -> bool {
        (a..b).all(|j| {
            let span = self.toks[j].span;
            self.toks[j].word
                || self.in_date(j)
                || self
                    .mentions
                    .quantities
                    .iter()
                    .any(|q| q.span.contains(span))
        })
    }

    fn in_date(&self, j: usize) -> bool {
        let span = self.toks[j].span;
        self.mentions.dates.iter().any(|d| d.span.contains(span))
    }

    /// The name the event at `cue..end` is about, from the grammar of its clause.
    fn event_subject(
        &self,
        cue: usize,
        end: usize,
        participle: bool,
        t: &ClaimTables,
    ) -> Option<&Name> {
        // The object comes first: in "Jane Doe, who founded Acme in 1998" Acme was founded.
        self.name_after_cue(cue, end, participle)
            .or_else(|| self.relative_subject(cue, end, t))
            .or_else(|| self.passive_subject(cue, t))
            .or_else(|| self.apposed_subject(cue, participle, t))
            .or_else(|| (!participle).then(|| self.subject_name(cue, t)).flatten())
    }

    /// A name ending at `end`, unless it is a genitive complement ("the son of Jane Doe").
    fn subject_name(&self, end: usize, t: &ClaimTables) -> Option<&Name> {
        self.name_ending(end)
            .filter(|n| n.first == 0 || !self.word_at(n.first - 1, t.genitives))
    }

    /// True when the words `a..b` hold no name, except agents ("von Acme", "by Acme"), places
    /// ("in Köln", "à Lyon") and dates.
    fn no_other_name(&self, a: usize, b: usize, t: &ClaimTables) -> bool {
        (a..b).all(|j| {
            self.name_starting(j).is_none()
                || self.in_date(j)
                || (j > 0
                    && (self.word_at(j - 1, t.agent_markers)
                        || self.word_at(j - 1, t.place_prepositions)))
        })
    }

    /// "Acme, which was founded in", "Acme, qui a été rachetée", "Acme, die 1998 gegründet wurde".
    fn relative_subject(&self, cue: usize, end: usize, t: &ClaimTables) -> Option<&Name> {
        let r = (cue.saturating_sub(CLAUSE_REACH)..cue)
            .rev()
            .find(|&r| self.word_at(r, t.relatives))?;
        if r == 0 || !self.is_punct(r - 1, ",") || !self.unbroken(r + 1, cue) {
            return None;
        }
        if !self.no_other_name(r + 1, cue, t) {
            return None;
        }
        // German "die" is also an article: a relative clause then ends with its verb at the cue.
        let also_article = t.determiners.contains(&self.toks[r].norm.as_str());
        let clause_ends = end == self.toks.len()
            || self.is_punct(end, ",.;:")
            || self.word_at(end, t.passive_auxiliaries);
        if also_article && !clause_ends {
            return None;
        }
        self.subject_name(r - 1, t)
    }

    /// "Acme was founded", "Acme a été rachetée", "Acme wurde 1998 von X übernommen", "2014 wurde
    /// Acme übernommen" (inverted).
    fn passive_subject(&self, cue: usize, t: &ClaimTables) -> Option<&Name> {
        let (aux, aux_end) = (cue.saturating_sub(CLAUSE_REACH)..cue)
            .rev()
            .find_map(|k| {
                t.passive_auxiliaries
                    .iter()
                    .find_map(|a| self.match_words(k, a))
                    .filter(|&e| e <= cue)
                    .map(|e| (k, e))
            })?;
        if !self.unbroken(aux_end, cue) {
            return None;
        }
        if let Some(name) = self.subject_name(aux, t) {
            return self.no_other_name(aux_end, cue, t).then_some(name);
        }
        let inverted = self.name_starting(aux_end).filter(|n| n.end <= cue)?;
        self.no_other_name(inverted.end, cue, t).then_some(inverted)
    }

    /// "Acme, founded in 1998": a participle right after a comma qualifies the name before it.
    fn apposed_subject(&self, cue: usize, participle: bool, t: &ClaimTables) -> Option<&Name> {
        let comma = cue.checked_sub(1)?;
        (participle && self.is_punct(comma, ",")).then(|| self.subject_name(comma, t))?
    }

    /// "Jane Doe founded Acme in 1998", "die 1998 gegründete Acme": the name right after a
    /// participle. After an intransitive verb only in inverted order ("1945 starb Hans Geiger").
    fn name_after_cue(&self, cue: usize, end: usize, participle: bool) -> Option<&Name> {
        let inverted = cue > 0 && self.in_date(cue - 1);
        (participle || inverted)
            .then(|| self.name_starting(end))
            .flatten()
            .filter(|n| !(n.first..n.end).any(|j| self.in_date(j)))
    }
}

/// Most words of an apposed noun phrase before its age ("un jugador de baloncesto de 20 años").
const APPOSITION_REACH: usize = 6;

/// Ages people may have: a number outside is a count, a year or a score.
const AGES: std::ops::RangeInclusive<u32> = 1..=119;

impl Parsed<'_> {
    /// "Jane Doe, 45, said", "Léa Roux, 45 ans,", "Léa Roux, âgée de 45 ans,", "Jane Doe (45)",
    /// "the 45-year-old Jane Doe", "der 45-jährige Jonas Weber", "Jonas Weber, ein 45-jähriger
    /// Mechaniker": the person's age. `name_words` are the words of the article's names of two
    /// words or more (lowercase, sorted).
    fn ages(&self, t: &ClaimTables, name_words: &[&str]) -> Vec<Claim> {
        let mut out = Vec::new();
        for name in self.names {
            let age = self
                .age_after(name, t)
                .or_else(|| self.age_in_apposition(name, t));
            if let Some((age, first, end)) = age {
                if self.is_person(name, name_words) {
                    out.push(self.age_claim(name, age, first, end));
                }
            }
        }
        for (i, tok) in self.toks.iter().enumerate() {
            let Some((number, suffix)) = tok.norm.split_once('-') else {
                continue;
            };
            if !t.age_adjectives.contains(&suffix) {
                continue;
            }
            let Some(age) = parse_age(number) else {
                continue;
            };
            let person = self
                .name_starting(i + 1)
                .filter(|n| self.is_person(n, name_words))
                .or_else(|| self.name_after_noun(i + 1))
                .or_else(|| self.apposed_person(i, t));
            if let Some(name) = person {
                out.push(self.age_claim(name, age, i, i + 1));
            }
        }
        out
    }

    /// A one-word "name" is a person only when it is part of a longer name in the article: "der
    /// 48-jährige Berg" after "Tom Berg", but not "ein 32-jähriger Mann" or "The Scot, 42" (German
    /// nouns and English demonyms are capitalised).
    fn is_person(&self, name: &Name, name_words: &[&str]) -> bool {
        name.end - name.first > 1
            || name_words
                .binary_search(&self.toks[name.first].norm.as_str())
                .is_ok()
    }

    /// "die 35-jährige Mutter Anna Berg": the name after the capitalised noun at `noun`.
    fn name_after_noun(&self, noun: usize) -> Option<&Name> {
        let tok = self.toks.get(noun)?;
        (tok.capitalised(self.text) && self.name_starting(noun).is_none())
            .then(|| self.name_starting(noun + 1))?
    }

    /// "Jonas Weber, ein 45-jähriger Mechaniker", "Jane Doe, a 45-year-old Californian": the
    /// name before the comma that opens the apposition holding the age adjective at `i`.
    fn apposed_person(&self, i: usize, t: &ClaimTables) -> Option<&Name> {
        let article = i.checked_sub(1)?;
        let comma = article.checked_sub(1)?;
        (self.word_at(article, t.determiners) && self.is_punct(comma, ","))
            .then(|| self.name_ending(comma))?
    }

    /// "Risa Lind, una madre de 35 años", "Ugo Neri, uno studente di 19 anni": the age closing a
    /// noun phrase apposed to the name, with its unit ("años", "anni", "ans").
    fn age_in_apposition(&self, name: &Name, t: &ClaimTables) -> Option<(u32, usize, usize)> {
        if !self.is_punct(name.end, ",") || !self.word_at(name.end + 1, t.determiners) {
            return None;
        }
        let start = name.end + 2;
        for k in start..(start + APPOSITION_REACH).min(self.toks.len()) {
            if !self.toks[k].word {
                return None;
            }
            let Some(number) =
                (0..t.age_leads.len()).find_map(|l| self.match_words(k, t.age_leads[l]))
            else {
                continue;
            };
            let Some(age) = self.toks.get(number).and_then(|n| parse_age(&n.norm)) else {
                continue;
            };
            if let Some(end) = self.longest_at(number + 1, t.age_units) {
                return Some((age, number, end));
            }
        }
        None
    }

    /// The age apposed after a name: ", 45," / ", 45 ans," / ", âgé de 45 ans," / " (45)".
    fn age_after(&self, name: &Name, t: &ClaimTables) -> Option<(u32, usize, usize)> {
        let open = name.end;
        let close_marks = if self.is_punct(open, "(") {
            ")"
        } else if self.is_punct(open, ",") {
            ",)"
        } else {
            return None;
        };
        let mut j = open + 1;
        j = (0..t.age_leads.len())
            .find_map(|k| self.match_words(j, t.age_leads[k]))
            .unwrap_or(j);
        let age = parse_age(&self.toks.get(j)?.norm)?;
        let number = j;
        j += 1;
        // "years old" and "años de edad" are several words: step over the whole phrase.
        if let Some(end) = self.longest_at(j, t.age_units) {
            j = end;
        }
        // "45,000" is one number written with a comma, not an age and a closing comma.
        let spaced = self
            .toks
            .get(j + 1)
            .map_or(true, |next| next.span.start > self.toks[j].span.end);
        (self.is_punct(j, close_marks) && spaced).then_some((age, number, j))
    }

    fn age_claim(&self, person: &Name, age: u32, first: usize, end: usize) -> Claim {
        let mut claim = self.claim(
            FactKind::Amount,
            person.span,
            Attribute::Age,
            None,
            age.to_string(),
            self.tok_span(first, end),
        );
        claim.amount = Some((f64::from(age), Unit::Count));
        claim
    }
}

fn parse_age(word: &str) -> Option<u32> {
    let age: u32 = word
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| word.parse().ok())??;
    AGES.contains(&age).then_some(age)
}

#[cfg(test)]
mod tests {
    use crate::claims::extract;
    use crate::mentions::date::DateValue;
    use crate::mentions::Mentions;
    use crate::report::FactKind;
    use crate::types::{Lang, Span};

    /// Date claims of a one-sentence article as "subject | event | date" lines.
    fn dates_of(lang: Lang, text: &str, published: &str) -> Vec<String> {
        let sentence = Span::new(0, text.len());
        let anchor = DateValue::parse_iso(published);
        let mentions = [Mentions::of(text, sentence, lang, anchor)];
        extract(text, &mentions, lang)
            .iter()
            .filter(|c| c.kind == FactKind::Date)
            .map(|c| {
                assert!(text.is_char_boundary(c.evidence.start));
                assert!(text.is_char_boundary(c.evidence.end));
                format!("{} | {} | {}", c.subject, c.attribute, c.value)
            })
            .collect()
    }

    /// Age claims of a one-sentence article as "person | age" lines.
    fn ages_of(lang: Lang, text: &str) -> Vec<String> {
        let mentions = [Mentions::of(text, Span::new(0, text.len()), lang, None)];
        extract(text, &mentions, lang)
            .iter()
            .filter(|c| c.attribute == super::Attribute::Age)
            .map(|c| format!("{} | {}", c.subject, c.value))
            .collect()
    }

    #[test]
    fn ages() {
        use Lang::{De, En, Es, Fr, It};
        let cases: &[(Lang, &str, &[&str])] = &[
            (
                En,
                "Jane Doe, 45, joined as chair in March.",
                &["Jane Doe | 45"],
            ),
            (
                En,
                "The 52-year-old Tom Berg (53) spoke.",
                &["Tom Berg | 53", "Tom Berg | 52"],
            ),
            (Fr, "Léa Roux, 45 ans, a rejoint Norda.", &["Léa Roux | 45"]),
            (
                Fr,
                "Léa Roux, âgée de 45 ans, a rejoint Norda.",
                &["Léa Roux | 45"],
            ),
            (
                De,
                "Der 45-jährige Jonas Weber kam hinzu.",
                &["Jonas Weber | 45"],
            ),
            (De, "Jonas Weber, 45, kam hinzu.", &["Jonas Weber | 45"]),
            // A capitalised noun is no person; the name before the apposition is.
            (De, "Ein 32-jähriger Mann wurde festgenommen.", &[]),
            (De, "Der 42-jährige Schotte genießt es.", &[]),
            (
                De,
                "Das sagt die 35-jährige Mutter Anna Berg.",
                &["Anna Berg | 35"],
            ),
            (En, "The Scot, 42, is relishing it.", &[]),
            (
                De,
                "Jonas Weber, ein 42-jähriger Mechaniker, filmte alles.",
                &["Jonas Weber | 42"],
            ),
            (
                En,
                "Jane Doe, a 19-year-old Californian, helped.",
                &["Jane Doe | 19"],
            ),
            (
                De,
                "Als Jonas Weber ankam, sagte der 45-jährige Weber nichts.",
                &["Weber | 45"],
            ),
            (
                Es,
                "Ana Ruiz, una madre de 35 años, dijo que sí.",
                &["Ana Ruiz | 35"],
            ),
            (
                Es,
                "Lloran a Pablo Gil, un jugador de baloncesto de 20 años de Lleida.",
                &["Pablo Gil | 20"],
            ),
            (
                It,
                "Ugo Neri, uno studente milanese di 19 anni, ha aiutato.",
                &["Ugo Neri | 19"],
            ),
            (
                Fr,
                "Léa Roux, une mère de 35 ans, a témoigné.",
                &["Léa Roux | 35"],
            ),
            // Not ages: a team, a share, a count of things.
            (Es, "Ana Ruiz, una empresa de 35 empleados, creció.", &[]),
            (Fr, "Léa Roux, une équipe de 35 personnes, a gagné.", &[]),
            // Not ages: a year, a count in a list, a number going on.
            (En, "Norda, 2014, was a good year.", &[]),
            (En, "Jane Doe, 45 people and Tom Berg came.", &[]),
            (En, "In Lyon, 45,000 people marched.", &[]),
        ];
        for (lang, text, want) in cases {
            assert_eq!(ages_of(*lang, text), *want, "{lang:?}: {text}");
        }
    }

    #[test]
    fn a_release_is_of_the_article_s_work_only_when_it_is_the_subject() {
        let cases: &[(Lang, &str, &[&str])] = &[
            (
                Lang::En,
                "The film is called Red Harbour. The film will be released in 2017.",
                &["Red Harbour | released | 2017"],
            ),
            (
                Lang::De,
                "Der Film heißt „Nordlicht“. Der Film kommt im Mai 2017 in die Kinos.",
                &["Nordlicht | released | 2017-05"],
            ),
            (
                Lang::En,
                "The film is called Red Harbour. Her last film, released in 2012, won.",
                &[],
            ),
        ];
        for (lang, text, want) in cases {
            let cut = text.find(". ").unwrap() + 2;
            let mentions: Vec<Mentions> = [Span::new(0, cut), Span::new(cut, text.len())]
                .iter()
                .map(|s| Mentions::of(text, *s, *lang, None))
                .collect();
            let got: Vec<String> = extract(text, &mentions, *lang)
                .iter()
                .filter(|c| c.kind == FactKind::Date)
                .map(|c| format!("{} | {} | {}", c.subject, c.attribute, c.value))
                .collect();
            assert_eq!(got, *want, "{text}");
        }
    }

    #[test]
    fn dated_events() {
        use Lang::{De, En, Fr};
        let cases: &[(Lang, &str, &str, &[&str])] = &[
            // Passive, apposition, relative clause, active object.
            (
                En,
                "Acme Corp was founded in 1998 by two engineers.",
                "",
                &["Acme Corp | founded | 1998"],
            ),
            (
                En,
                "Norda, founded in 1998, makes boats.",
                "",
                &["Norda | founded | 1998"],
            ),
            (
                En,
                "They met at Norda Labs, which was acquired by Acme in March 2014.",
                "",
                &["Norda Labs | acquired | 2014-03"],
            ),
            (
                En,
                "Jane Doe founded Norda Labs in 2001.",
                "",
                &["Norda Labs | founded | 2001"],
            ),
            (
                En,
                "Hans Weber died in 1945, days before his birthday.",
                "",
                &["Hans Weber | died | 1945"],
            ),
            (
                En,
                "Jane Roe was born on June 3, 1960 in Lyon.",
                "",
                &["Jane Roe | born | 1960-06-03"],
            ),
            (
                En,
                "Acme was bought last year.",
                "2016-05-02",
                &["Acme | acquired | 2015"],
            ),
            (
                En,
                "The film, titled Red Harbour, will be released in 2017.",
                "",
                &["Red Harbour | released | 2017"],
            ),
            // A year or month opening the sentence dates the clause right after its comma.
            (
                En,
                "In 1998, Jane Doe founded Norda Labs.",
                "",
                &["Norda Labs | founded | 1998"],
            ),
            (
                En,
                "In March 2014, Norda Labs was acquired by Acme.",
                "",
                &["Norda Labs | acquired | 2014-03"],
            ),
            (
                En,
                "Last year, Norda Labs was acquired by Acme.",
                "2016-05-02",
                &["Norda Labs | acquired | 2015"],
            ),
            (
                En,
                "In 1998, Jane Doe founded Norda Labs, which Acme acquired.",
                "",
                &["Norda Labs | founded | 1998"],
            ),
            (
                En,
                "In 2014, Acme said it had acquired Norda Labs.",
                "",
                &[],
            ),
            (En, "On 3 March 2014, Jane Doe founded Norda Labs.", "", &[]),
            (
                En,
                "In 1998 and 2001, Jane Doe founded Norda Labs.",
                "",
                &[],
            ),
            // No subject the grammar vouches for: no claim.
            (En, "Jane Doe founded the company in 1998.", "", &[]),
            (En, "The son of Jane Doe died in 2011.", "", &[]),
            (En, "The report was released in 2017.", "", &[]),
            (En, "Her previous film, released in 2012, won.", "", &[]),
            (En, "Acme bought a stake in 2014.", "", &[]),
            (
                Fr,
                "Norda, fondée en 1998, fabrique des bateaux.",
                "",
                &["Norda | founded | 1998"],
            ),
            (
                Fr,
                "La société Norda a été rachetée en 2014 par Acme.",
                "",
                &["Norda | acquired | 2014"],
            ),
            (
                Fr,
                "Acme a racheté Norda en 2014.",
                "",
                &["Norda | acquired | 2014"],
            ),
            (
                Fr,
                "Léa Roux est née le 3 juin 1960 à Lyon.",
                "",
                &["Léa Roux | born | 1960-06-03"],
            ),
            (
                Fr,
                "Le film « Onde » sortira en 2017.",
                "",
                &["Onde | released | 2017"],
            ),
            (
                Fr,
                "Acme, qui a été fondée en 1998, emploie 300 personnes.",
                "",
                &["Acme | founded | 1998"],
            ),
            (
                Fr,
                "En 2014, Norda a été rachetée par Acme.",
                "",
                &["Norda | acquired | 2014"],
            ),
            (
                De,
                "Norda wurde 1998 gegründet.",
                "",
                &["Norda | founded | 1998"],
            ),
            (
                De,
                "Die 1998 gegründete Norda AG baut Boote.",
                "",
                &["Norda AG | founded | 1998"],
            ),
            (
                De,
                "Norda, die 1998 gegründet wurde, baut Boote.",
                "",
                &["Norda | founded | 1998"],
            ),
            (
                De,
                "Norda wurde 2014 von Acme übernommen.",
                "",
                &["Norda | acquired | 2014"],
            ),
            (
                De,
                "Jonas Weber wurde am 3. Juni 1960 in Köln geboren.",
                "",
                &["Jonas Weber | born | 1960-06-03"],
            ),
            (
                De,
                "Jonas Weber starb 1945.",
                "",
                &["Jonas Weber | died | 1945"],
            ),
            (
                De,
                "Der Film „Nordlicht“ kommt 2017 in die Kinos.",
                "",
                &["Nordlicht | released | 2017"],
            ),
        ];
        for (lang, text, published, want) in cases {
            assert_eq!(dates_of(*lang, text, published), *want, "{lang:?}: {text}");
        }
    }
}
