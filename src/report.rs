//! Report contract v1: the only type that leaves the core (CLI JSON, wasm, web component).
//!
//! Field names follow the contract in the README. Fields may be added; none renamed or dropped
//! without bumping [`REPORT_VERSION`]. Offsets are UTF-8 bytes here; [`Report::into_utf16`]
//! converts every one of them, once, for JavaScript.

use std::collections::HashMap;

use serde::Serialize;

use crate::types::{Lang, Span};

/// The contract version written in every report.
pub const REPORT_VERSION: u32 = 1;

/// What a comparison found.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    /// Always [`REPORT_VERSION`].
    pub version: u32,
    /// One entry per input article, in input order.
    pub articles: Vec<ArticleView>,
    /// Facts, conflicts first, then agreements, then single-source facts.
    pub facts: Vec<Fact>,
    /// Sentences of different articles that say the same thing, in reading order of the first article.
    pub passages: Vec<Passage>,
    /// Pairs of articles that are near-copies of each other (wire copy).
    pub copies: Vec<CopyPair>,
}

/// An article as the engine read it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ArticleView {
    /// The id given.
    pub id: String,
    /// The title given, or the first content line.
    pub title: String,
    /// Detected (or given) language.
    pub language: Lang,
    /// Publication date used to resolve relative dates (`YYYY-MM-DD`), if any.
    pub published: Option<String>,
    /// Site furniture that yields no facts (navigation, share prompts, credits, link lists).
    pub boilerplate: Vec<Span>,
    /// Sentences of the content, in order.
    pub sentences: Vec<Span>,
}

/// What kind of statement a fact is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum FactKind {
    /// A person's role in a work or project (director, producer, …).
    Role,
    /// A person's position at an organisation (CEO, executive director, …).
    Position,
    /// An amount tied to what it measures (raised, worth, revenue, …).
    Amount,
    /// A date tied to an event (founded, released, …).
    Date,
    /// The title of a work.
    Title,
    /// A figure stated anywhere (a count, percentage, measure, sum, date or year), grouped with
    /// the same figure in other articles by what it measures or by aligned sentences.
    Figure,
}

impl FactKind {
    /// The kind as the report contract spells it ("role", "amount", …): its serde name.
    pub fn as_str(&self) -> &'static str {
        match self {
            FactKind::Role => "role",
            FactKind::Position => "position",
            FactKind::Amount => "amount",
            FactKind::Date => "date",
            FactKind::Title => "title",
            FactKind::Figure => "figure",
        }
    }
}

/// How the articles that state a fact relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Two or more articles state values that disagree.
    Conflict,
    /// Two or more independent articles state compatible values.
    Agree,
    /// Only one article (or only copies of one) states it.
    Single,
}

impl Verdict {
    /// The verdict as the report contract spells it ("conflict", "agree", "single"): its serde name.
    pub fn as_str(&self) -> &'static str {
        match self {
            Verdict::Conflict => "conflict",
            Verdict::Agree => "agree",
            Verdict::Single => "single",
        }
    }
}

/// A statement grouped across articles, with its verdict.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fact {
    /// Stable id within the report ("f1", "f2", …).
    pub id: String,
    /// What kind of statement this is.
    pub kind: FactKind,
    /// Who or what the fact is about (a person, organisation or work), as first written.
    pub subject: String,
    /// The attribute in canonical English ("role", "CEO", "raised", …).
    pub attribute: String,
    /// What the attribute relates the subject to (the work, the organisation), if any.
    pub object: Option<String>,
    /// Agree, conflict or single.
    pub verdict: Verdict,
    /// Why the verdict, in plain words (names the differing values for a conflict).
    pub reason: String,
    /// Every article's statement of it.
    pub claims: Vec<ClaimView>,
}

/// One article's statement of a fact.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ClaimView {
    /// Id of the article.
    pub article: String,
    /// The normalized value ("producer", "CEO", "4800000000 USD", "2014", "Jane Doe").
    pub value: String,
    /// The sentence as written.
    pub quote: String,
    /// Start of the quote.
    pub start: usize,
    /// End of the quote.
    pub end: usize,
    /// The words inside the quote that carry the value.
    pub evidence: Span,
    /// For figures: the words of the clause that say what it measures, as written.
    pub context: Option<String>,
}

/// Sentences of several articles that say the same thing (a row of a collation table).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Passage {
    /// One sentence per article, at most; two or more members.
    pub members: Vec<Member>,
    /// True when the members stand in a different order relative to the other passages.
    pub moved: bool,
    /// Names, numbers and dates inside the members, each marked shared or not.
    pub anchors: Vec<Anchor>,
    /// Word-level differences between members written in the same language: each member against
    /// the first member of its language (linear in members, not quadratic).
    pub diffs: Vec<WordDiff>,
}

/// One article's sentence in a passage.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Member {
    /// Id of the article.
    pub article: String,
    /// Start of the sentence.
    pub start: usize,
    /// End of the sentence.
    pub end: usize,
}

/// A name, number or date in a passage member.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Anchor {
    /// Id of the article.
    pub article: String,
    /// Start of the anchor.
    pub start: usize,
    /// End of the anchor.
    pub end: usize,
    /// Its language-neutral key ("2014", "4800000000 USD", "jane doe").
    pub key: String,
    /// True when another member of the passage has the same key.
    pub shared: bool,
}

/// The word diff from one member to another of the same language.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WordDiff {
    /// The article read as the old text.
    pub from: String,
    /// The article read as the new text.
    pub to: String,
    /// Equal, deleted (in `from`) and inserted (in `to`) runs, in order.
    pub ops: Vec<DiffOp>,
}

/// A run of words of a [`WordDiff`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DiffOp {
    /// "equal", "delete" or "insert".
    pub op: DiffTag,
    /// The article whose text the span points into (`from` for equal and delete, `to` for insert).
    pub article: String,
    /// Start of the run.
    pub start: usize,
    /// End of the run.
    pub end: usize,
}

/// The kind of a [`DiffOp`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffTag {
    /// In both.
    Equal,
    /// Only in the old text.
    Delete,
    /// Only in the new text.
    Insert,
}

/// Two articles that are near-copies; their agreement is not independent.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CopyPair {
    /// The two article ids, in input order.
    pub articles: [String; 2],
    /// Share of sentences (0..1) that the two have in common.
    pub similarity: f64,
}

impl Report {
    /// Converts every offset from UTF-8 bytes to UTF-16 code units, as JavaScript's `slice` counts.
    ///
    /// `texts` are the article texts in report order. This is the one place where offsets change
    /// unit (ruff's `PositionEncoding`).
    pub fn into_utf16(mut self, texts: &[&str]) -> Report {
        let maps: Vec<Utf16Map> = texts.iter().map(|t| Utf16Map::new(t)).collect();
        for (view, map) in self.articles.iter_mut().zip(&maps) {
            for span in view.boilerplate.iter_mut().chain(view.sentences.iter_mut()) {
                *span = map.span(*span);
            }
        }
        let by_id: HashMap<&str, &Utf16Map> = self
            .articles
            .iter()
            .map(|a| a.id.as_str())
            .zip(&maps)
            .collect();
        let map_of = |id: &str| by_id[id];
        for claim in self.facts.iter_mut().flat_map(|f| f.claims.iter_mut()) {
            let map = map_of(&claim.article);
            (claim.start, claim.end) = (map.at(claim.start), map.at(claim.end));
            claim.evidence = map.span(claim.evidence);
        }
        for passage in &mut self.passages {
            for m in &mut passage.members {
                let map = map_of(&m.article);
                (m.start, m.end) = (map.at(m.start), map.at(m.end));
            }
            for a in &mut passage.anchors {
                let map = map_of(&a.article);
                (a.start, a.end) = (map.at(a.start), map.at(a.end));
            }
            for op in passage.diffs.iter_mut().flat_map(|d| d.ops.iter_mut()) {
                let map = map_of(&op.article);
                (op.start, op.end) = (map.at(op.start), map.at(op.end));
            }
        }
        self
    }
}

/// Byte offset → UTF-16 offset for one text, proportional in size to its non-ASCII characters.
pub(crate) struct Utf16Map {
    /// For each non-ASCII char: (byte offset just after it, bytes minus UTF-16 units so far).
    shrink: Vec<(usize, usize)>,
}

impl Utf16Map {
    pub(crate) fn new(text: &str) -> Utf16Map {
        let mut shrink = Vec::new();
        let mut total = 0;
        for (i, c) in text.char_indices().filter(|(_, c)| !c.is_ascii()) {
            total += c.len_utf8() - c.len_utf16();
            shrink.push((i + c.len_utf8(), total));
        }
        Utf16Map { shrink }
    }

    pub(crate) fn at(&self, byte: usize) -> usize {
        let seen = self.shrink.partition_point(|&(end, _)| end <= byte);
        byte - if seen == 0 {
            0
        } else {
            self.shrink[seen - 1].1
        }
    }

    fn span(&self, span: Span) -> Span {
        Span::new(self.at(span.start), self.at(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every variant in turn: each one must name its successor, so a new variant does not
    /// compile here until it joins the chain (and has its `as_str` checked against serde).
    fn every<T: Copy>(next: fn(Option<T>) -> Option<T>) -> Vec<T> {
        std::iter::successors(next(None), |&v| next(Some(v))).collect()
    }

    fn next_kind(kind: Option<FactKind>) -> Option<FactKind> {
        match kind {
            None => Some(FactKind::Role),
            Some(FactKind::Role) => Some(FactKind::Position),
            Some(FactKind::Position) => Some(FactKind::Amount),
            Some(FactKind::Amount) => Some(FactKind::Date),
            Some(FactKind::Date) => Some(FactKind::Title),
            Some(FactKind::Title) => Some(FactKind::Figure),
            Some(FactKind::Figure) => None,
        }
    }

    fn next_verdict(verdict: Option<Verdict>) -> Option<Verdict> {
        match verdict {
            None => Some(Verdict::Conflict),
            Some(Verdict::Conflict) => Some(Verdict::Agree),
            Some(Verdict::Agree) => Some(Verdict::Single),
            Some(Verdict::Single) => None,
        }
    }

    #[test]
    fn as_str_is_the_serde_spelling() {
        assert_eq!(every(next_kind).len(), 6);
        for kind in every(next_kind) {
            assert_eq!(serde_json::json!(kind), kind.as_str(), "{kind:?}");
        }
        assert_eq!(every(next_verdict).len(), 3);
        for verdict in every(next_verdict) {
            assert_eq!(serde_json::json!(verdict), verdict.as_str(), "{verdict:?}");
        }
    }

    #[test]
    fn utf16_offsets_count_code_units() {
        let text = "a😀é中b";
        let map = Utf16Map::new(text);
        let b = text.find('b').unwrap();
        assert_eq!(map.at(0), 0);
        assert_eq!(map.at(1), 1); // before the emoji
        assert_eq!(map.at(5), 3); // emoji = 4 bytes, 2 units
        assert_eq!(map.at(b), "a😀é中".encode_utf16().count());
        assert_eq!(map.at(text.len()), text.encode_utf16().count());
    }
}
