//! Positions of people at organisations: "X, CEO of Y", "Y's CEO X", "le PDG de Y, X",
//! "son directeur exécutif X", "Y-Chef X", "X est PDG de Y".

use super::{Attribute, Claim, Parsed, SINGLE_HOLDER};
use crate::lang::ClaimTables;
use crate::mentions::name::{is_country, org_key, Name};
use crate::report::FactKind;
use crate::types::{Lang, Span};

/// Position pairs one person often holds at once ("chairman and CEO"): never a conflict.
const COMPATIBLE_POSITIONS: &[(&str, &str)] = &[
    ("CEO", "president"),
    ("CEO", "managing director"),
    ("CEO", "chair"),
    ("chair", "president"),
];
/// Positions that stand for any other: a founder may be anything now; "head" is any top title.
const GENERIC_POSITIONS: &[&str] = &["head", "founder"];

/// True when one person may hold both titles: equal, generic, or often held together.
pub(crate) fn positions_compatible(p: &str, q: &str) -> bool {
    p == q
        || GENERIC_POSITIONS.contains(&p)
        || GENERIC_POSITIONS.contains(&q)
        || COMPATIBLE_POSITIONS
            .iter()
            .any(|&(x, y)| (x, y) == (p, q) || (y, x) == (p, q))
}

/// A position title found at a token: its end token, canonical title, and the organisation
/// written into it ("Acme-Chef"), with the token after that organisation.
type TitleAt = (usize, &'static str, Option<(Span, usize)>);

/// Generic titles ("head", "chief") say nothing without an explicit organisation.
const NEEDS_ORG: &[&str] = &["head"];

/// Most adjectives between a title and its holder ("le président mexicain élu X").
const ADJECTIVE_REACH: usize = 2;
/// Most lowercase words before a title, after its article ("the national disaster agency
/// spokesman").
const MODIFIER_REACH: usize = 3;
/// Most words of an unnamed complement before the comma and the holder ("le porte-parole de
/// l'agence nationale de gestion des catastrophes, M. X").
const COMPLEMENT_REACH: usize = 8;

impl Parsed<'_> {
    pub(super) fn positions(&self, t: &ClaimTables) -> Vec<Claim> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            let Some((end, title, compound_org)) = self.position_at(i, t) else {
                i += 1;
                continue;
            };
            // "X, Acme's director at Lyon": the owner names the organisation, not the place.
            let owner = self.owner_start(i) < i;
            let org = compound_org
                .or_else(|| owner.then(|| self.org_before(i, t)).flatten())
                .or_else(|| self.org_after(end, t))
                .or_else(|| self.org_before(i, t))
                .or_else(|| self.adjunct_org(i, title, t));
            let holder = self.holder(self.owner_start(i), end, org.map(|o| o.1), t);
            if let Some(holder) = holder {
                let org = org.map(|o| o.0);
                if org.is_some() || !NEEDS_ORG.contains(&title) {
                    out.extend(self.position_claims(
                        holder,
                        title,
                        org,
                        Span::new(self.toks[i].span.start, self.toks[end - 1].span.end),
                    ));
                }
            }
            i = end;
        }
        out
    }

    /// A position title at `i`: its end, canonical title and, for compounds like "Acme-Chef",
    /// the organisation written in front.
    fn position_at(&self, i: usize, t: &ClaimTables) -> Option<TitleAt> {
        if let Some((end, title)) = self.phrase_at(i, t.positions) {
            return Some((end, title, None));
        }
        let tok = &self.toks[i];
        let (head, tail) = tok.norm.rsplit_once('-')?;
        let title = t
            .positions
            .iter()
            .find(|(p, _)| *p == tail && !p.contains(' '))?
            .1;
        let org = Span::new(tok.span.start, tok.span.start + head.len());
        tok.capitalised(self.text)
            .then_some((i + 1, title, Some((org, i + 1))))
    }

    /// True when the word at `i` is one of `words` (a short list outside the indexed tables).
    fn word_at_any(&self, i: usize, words: &[&str]) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.word && words.contains(&t.norm.as_str()))
    }

    /// "CEO of (the) Y" → Y, and the token after it.
    fn org_after(&self, end: usize, t: &ClaimTables) -> Option<(Span, usize)> {
        if !self.word_at(end, t.org_prepositions) {
            return None;
        }
        let mut j = end + 1;
        if self.word_at(j, t.determiners) && self.name_starting(j).is_none() {
            j += 1;
        }
        self.name_starting(j).map(|n| (n.span, n.end))
    }

    /// "Y's CEO", "Y CEO", "son PDG" (Y = the last name before).
    fn org_before(&self, i: usize, t: &ClaimTables) -> Option<(Span, usize)> {
        let prev = i.checked_sub(1)?;
        if self.toks[prev].norm == "'s" {
            return self.name_ending(prev).map(|n| (n.span, i));
        }
        if self.word_at(prev, t.possessives) {
            return self
                .names
                .iter()
                .rev()
                .find(|n| n.end <= prev)
                .map(|n| (n.span, i));
        }
        None
    }

    /// "Sunderland boss X": in English a name right before a generic title is its organisation
    /// (a specific title there is usually a nationality: "Russian President X").
    fn adjunct_org(&self, i: usize, title: &str, t: &ClaimTables) -> Option<(Span, usize)> {
        if self.lang != Lang::En || !NEEDS_ORG.contains(&title) {
            return None;
        }
        let org = self.name_ending(i)?;
        let last = self.toks[org.end - 1].norm.as_str();
        // "South Korean leader X": a nationality, not an organisation.
        let demonym = t.demonym_endings.iter().any(|e| last.ends_with(e));
        (!demonym).then_some((org.span, i))
    }

    /// "dem Präsidenten Panamas X", "einer der Präsidenten Lateinamerikas": in German a name
    /// in the genitive right after a title is its country, not its holder. A one-word name in
    /// -s there is taken for a genitive (a person is named in full after a title).
    fn is_genitive_after_title(&self, name: &Name) -> bool {
        let first = self.toks[name.first].norm.as_str();
        let Some(base) = first.strip_suffix('s').filter(|b| b.len() > 1) else {
            return false;
        };
        self.lang == Lang::De && (name.end - name.first == 1 || is_country(base))
    }

    /// Where the title phrase at `i` starts: at its owner in "China's president", else at `i`,
    /// so "X, China's president" is an apposition like "X, the president".
    fn owner_start(&self, i: usize) -> usize {
        let owner = i
            .checked_sub(1)
            .filter(|&p| self.toks[p].norm == "'s")
            .and_then(|p| self.name_ending(p));
        owner.map_or(i, |n| n.first)
    }

    /// Token `k` past the nationality adjectives ("mexicain", "élu") a title carries before its
    /// holder in the languages whose tables list them.
    fn past_adjectives(&self, k: usize, t: &ClaimTables) -> usize {
        let mut j = k;
        while j < k + ADJECTIVE_REACH && self.is_title_adjective(j, t) {
            j += 1;
        }
        j
    }

    fn is_title_adjective(&self, k: usize, t: &ClaimTables) -> bool {
        self.toks.get(k).is_some_and(|tok| {
            let word = tok.norm.as_str();
            tok.word
                && !tok.capitalised(self.text)
                && (t.title_adjectives.contains(&word)
                    || (word.chars().count() > 4
                        && t.title_adjective_endings.iter().any(|e| word.ends_with(e))))
        })
    }

    /// "le porte-parole de l'agence nationale, M. X": the holder after a comma that closes an
    /// unnamed complement of the title ending at `end`.
    fn name_after_complement(&self, end: usize, t: &ClaimTables) -> Option<&Name> {
        if !self.word_at(end, t.org_prepositions) {
            return None;
        }
        let last = (end + 1 + COMPLEMENT_REACH).min(self.toks.len());
        let stop =
            (end + 1..last).find(|&k| !self.toks[k].word || self.name_starting(k).is_some())?;
        if !self.is_punct(stop, ",") {
            return None;
        }
        // "M. X", "Dr X": an honorific before the name.
        let mut k = stop + 1;
        if self
            .toks
            .get(k)
            .is_some_and(|tok| tok.word && t.not_names.contains(&tok.norm.as_str()))
        {
            k += 1 + usize::from(self.is_punct(k + 1, "."));
        }
        self.name_starting(k)
    }

    /// Where an apposed title phrase starting at `i` opens: before the lowercase words between
    /// its article and the title ("the national disaster agency spokesman"), else `i`.
    fn modifiers_start(&self, i: usize, t: &ClaimTables) -> usize {
        let plain = |k: usize| {
            let tok = &self.toks[k];
            tok.word && !tok.capitalised(self.text) && !self.word_at(k, t.determiners)
        };
        let mut k = i;
        while k > 0 && i - k < MODIFIER_REACH && plain(k - 1) {
            k -= 1;
        }
        if k < i && k > 0 && self.word_at(k - 1, t.determiners) {
            k
        } else {
            i
        }
    }

    /// The person holding the title at `i..end`: after it (or after its organisation), before it
    /// across a comma, or as the subject of a copula.
    fn holder(
        &self,
        i: usize,
        end: usize,
        after_org: Option<usize>,
        t: &ClaimTables,
    ) -> Option<&Name> {
        let after = |k: usize| {
            let k = if self.is_punct(k, ",") {
                k + 1
            } else {
                self.past_adjectives(k, t)
            };
            self.name_starting(k)
        };
        if let Some(name) = after(end)
            .filter(|n| !self.word_at(end, t.org_prepositions) && !self.is_genitive_after_title(n))
        {
            return Some(name);
        }
        if let Some(name) = after_org.and_then(|k| {
            self.name_starting(k)
                .or_else(|| self.is_punct(k, ",").then(|| after(k)).flatten())
        }) {
            return Some(name);
        }
        if let Some(name) = self.name_after_complement(end, t) {
            return Some(name);
        }
        let mut j = self.modifiers_start(i, t);
        while j > 0 && self.word_at(j - 1, t.determiners) {
            j -= 1;
        }
        let prev = j.checked_sub(1)?;
        if self.is_punct(prev, ",") {
            // "In New York, the president said": a place phrase before a comma, not an apposition.
            // "Selon Reuters, le président a dit": a source, unless the title describes it
            // ("según Ana Ruiz, una portavoz").
            // "permettrait à X, le vice-président, de": a comma closing the title mid-clause
            // makes an apposition even after a place preposition.
            let described = self.word_at_any(j, t.indefinites);
            let closed = self.is_punct(after_org.unwrap_or(end), ",");
            return self.name_ending(prev).filter(|n| {
                let mid_clause = n.first >= 2 && self.toks[n.first - 2].word;
                n.first == 0
                    || !((self.word_at(n.first - 1, t.place_prepositions)
                        && !(closed && mid_clause))
                        || (self.word_at_any(n.first - 1, t.sources) && !described))
            });
        }
        let copula_start = (prev.saturating_sub(2)..=prev)
            .find(|&k| t.copulas.iter().any(|c| self.match_words(k, c) == Some(j)))?;
        self.name_ending(copula_start)
    }

    /// The person-keyed claim ("X holds CEO at Y") and, for single-holder titles with a known
    /// organisation, the organisation-keyed one ("Y's CEO is X").
    fn position_claims(
        &self,
        holder: &Name,
        title: &'static str,
        org: Option<Span>,
        at: Span,
    ) -> Vec<Claim> {
        let evidence = Span::new(at.start.min(holder.span.start), at.end.max(holder.span.end));
        let object = org.map(|o| (self.words(o), org_key(&self.words(o))));
        let mut out = vec![self.claim(
            FactKind::Position,
            holder.span,
            Attribute::Position,
            object,
            title.to_string(),
            evidence,
        )];
        if let (Some(org), true) = (org, SINGLE_HOLDER.contains(&title)) {
            out.push(self.claim(
                FactKind::Position,
                org,
                Attribute::Holder(title),
                None,
                self.words(holder.span),
                evidence,
            ));
        }
        out
    }
}
