//! Titles of works: "the film is called X", "un film baptisé « X »", "Le titre du film est X",
//! "der Film „X“".

use super::{Attribute, Claim, Parsed};
use crate::lang::ClaimTables;
use crate::mentions::name::name_key;
use crate::report::FactKind;
use crate::types::Span;

/// How far (in tokens) a work noun may stand before the cue that introduces its title.
const WORK_NOUN_REACH: usize = 6;

impl Parsed<'_> {
    pub(super) fn titles(&self, t: &ClaimTables) -> Vec<Claim> {
        let mut out = Vec::new();
        for i in 0..self.toks.len() {
            let found = if self.word_at(i, t.title_cues) {
                self.work_noun_before(i, t)
                    .and_then(|w| Some((w, self.title_after(i + 1)?)))
            } else if self.word_at(i, t.title_nouns) {
                self.title_by_copula(i, t)
            } else if let Some((end, work)) = self.phrase_at(i, t.work_nouns) {
                self.quoted_at(end).map(|title| (work, title))
            } else {
                None
            };
            if let Some((work, title)) = found {
                let value = self.words(title);
                if !value.is_empty() && name_key(&value).len() > 1 {
                    out.push(self.claim(
                        FactKind::Title,
                        Span::new(title.start, title.start),
                        Attribute::Title,
                        None,
                        value,
                        title,
                    ));
                    let last = out.last_mut().expect("just pushed");
                    (last.subject, last.subject_key) = (work.to_string(), work.to_string());
                }
            }
        }
        out
    }

    fn work_noun_before(&self, i: usize, t: &ClaimTables) -> Option<&'static str> {
        (i.saturating_sub(WORK_NOUN_REACH)..i)
            .rev()
            .find_map(|j| self.phrase_at(j, t.work_nouns).map(|(_, w)| w))
    }

    /// "Le titre du (prochain) film est X" / "The title of the film is X".
    fn title_by_copula(&self, i: usize, t: &ClaimTables) -> Option<(&'static str, Span)> {
        let work =
            (i + 1..(i + 5).min(self.toks.len())).find_map(|j| self.phrase_at(j, t.work_nouns))?;
        let copula = (work.0..(work.0 + 3).min(self.toks.len()))
            .find_map(|j| t.copulas.iter().find_map(|c| self.match_words(j, c)))?;
        Some((work.1, self.title_after(copula)?))
    }

    /// A quoted title or a capitalised run right at token `i`.
    fn title_after(&self, i: usize) -> Option<Span> {
        self.quoted_at(i)
            .or_else(|| self.name_starting(i).map(|n| n.span))
    }

    /// The text between an opening quote at `i` and its closing quote.
    fn quoted_at(&self, i: usize) -> Option<Span> {
        const OPEN: &str = "«“„\"‘‹'";
        const CLOSE: &str = "»”“\"’›'";
        if !self.is_punct(i, OPEN) {
            return None;
        }
        let close = (i + 1..self.toks.len())
            .take(12)
            .find(|&j| self.is_punct(j, CLOSE))?;
        (close > i + 1).then(|| self.tok_span(i + 1, close))
    }
}
