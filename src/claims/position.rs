//! Positions of people at organisations: "X, CEO of Y", "Y's CEO X", "le PDG de Y, X",
//! "son directeur exécutif X", "Y-Chef X", "X est PDG de Y".

use super::{Claim, Parsed, SINGLE_HOLDER};
use crate::lang::ClaimTables;
use crate::mentions::name::{org_key, Name};
use crate::report::FactKind;
use crate::types::Span;

/// A position title found at a token: its end token, canonical title, and the organisation
/// written into it ("Acme-Chef"), with the token after that organisation.
type TitleAt = (usize, &'static str, Option<(Span, usize)>);

/// Prepositions naming a source ("according to"): a name after one is who reports, not who holds
/// the title after the comma. Looked up at one token per apposition only.
const SOURCES: &[&str] = &["selon", "laut", "según", "secondo"];

/// Indefinite articles: "X, a spokesman" describes X.
const INDEFINITES: &[&str] = &["a", "an", "un", "une", "una", "uno", "ein", "eine", "einer"];

/// Generic titles ("head", "chief") say nothing without an explicit organisation.
const NEEDS_ORG: &[&str] = &["head"];

impl Parsed<'_> {
    pub(super) fn positions(&self, t: &ClaimTables) -> Vec<Claim> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            let Some((end, title, compound_org)) = self.position_at(i, t) else {
                i += 1;
                continue;
            };
            let org = compound_org
                .or_else(|| self.org_after(end, t))
                .or_else(|| self.org_before(i, t));
            let holder = self.holder(i, end, org.map(|o| o.1), t);
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
            let k = if self.is_punct(k, ",") { k + 1 } else { k };
            self.name_starting(k)
        };
        if let Some(name) = after(end).filter(|_| !self.word_at(end, t.org_prepositions)) {
            return Some(name);
        }
        if let Some(name) = after_org.and_then(|k| {
            self.name_starting(k)
                .or_else(|| self.is_punct(k, ",").then(|| after(k)).flatten())
        }) {
            return Some(name);
        }
        let mut j = i;
        while j > 0 && self.word_at(j - 1, t.determiners) {
            j -= 1;
        }
        let prev = j.checked_sub(1)?;
        if self.is_punct(prev, ",") {
            // "In New York, the president said": a place phrase before a comma, not an apposition.
            // "Selon Reuters, le président a dit": a source, unless the title describes it
            // ("según Ana Ruiz, una portavoz").
            let described = self.word_at_any(j, INDEFINITES);
            return self.name_ending(prev).filter(|n| {
                n.first == 0
                    || !(self.word_at(n.first - 1, t.place_prepositions)
                        || (self.word_at_any(n.first - 1, SOURCES) && !described))
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
        title: &str,
        org: Option<Span>,
        at: Span,
    ) -> Vec<Claim> {
        let evidence = Span::new(at.start.min(holder.span.start), at.end.max(holder.span.end));
        let object = org.map(|o| (self.words(o), org_key(&self.words(o))));
        let mut out = vec![self.claim(
            FactKind::Position,
            holder.span,
            "position",
            object,
            title.to_string(),
            evidence,
        )];
        if let (Some(org), true) = (org, SINGLE_HOLDER.contains(&title)) {
            out.push(self.claim(
                FactKind::Position,
                org,
                title,
                None,
                self.words(holder.span),
                evidence,
            ));
        }
        out
    }
}
