//! # Parallax
//!
//! Compares news articles about one story, across English, French, German, Spanish and Italian,
//! and reports where
//! they **agree**, where they **conflict** and what only one of them says, with the quote behind
//! every verdict and the passages that say the same thing side by side.
//!
//! ```
//! use parallax::{compare, Article, Options, Verdict};
//!
//! let articles = [
//!     Article::new("a", "The film is directed by Jane Doe. Acme Corp raised $2 billion in 2014."),
//!     Article::new("b", "Le film est réalisé par Jane Doe. Acme Corp a levé 2 milliards de dollars en 2014."),
//! ];
//! let report = compare(&articles, &Options::default()).unwrap();
//! assert!(report.facts.iter().all(|f| f.verdict != Verdict::Conflict));
//! assert!(report.facts.iter().any(|f| f.verdict == Verdict::Agree));
//! ```
//!
//! ## Pipeline
//! One module per stage, each a pure function from a named type to the next, in the order
//! `pipeline::compare` runs them:
//!
//! 1. per article: [`Article`] → `clean` (`Cleaned`: boilerplate marked) → `language` (`Lang`)
//!    → `segment` (`Sentence`s with their tokens, from the one tokenizer `segment::tokens`) →
//!    `mentions` (`Mentions`: names, quantities, dates per sentence; `mentions::scan` is the
//!    matcher kit of quantities and dates) → `claims` (`Claim`s, typed statements) and
//!    `mentions::anchors` (`AnchorMention`s for alignment);
//! 2. all articles: `passages` (`features` → `pairs` → `rows`, which call `diff` for the word
//!    changes of each row; `copies` finds near-copies as index pairs) → `Passage`s and `Copy`s;
//! 3. all articles: `facts` (`group`: claims → drafts; `judge`: verdicts, near-copies counted
//!    once) → [`Fact`]s, conflicts first → [`Report`].
//!
//! [`read`] runs the per-article stages up to `mentions` and returns a [`Reading`]: every figure
//! and date of each article, without comparing.
//!
//! Each stage imports only earlier ones (`tests/layout.rs` checks there is no cycle). Offsets are
//! byte [`Span`]s into the original text throughout; [`Report::into_utf16`] converts them once for
//! JavaScript.
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]

mod chars;
mod claims;
mod clean;
mod diff;
mod error;
mod facts;
mod lang;
mod language;
mod mentions;
mod options;
mod par;
mod passages;
mod pipeline;
mod reading;
mod report;
mod segment;
mod setting;
mod types;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::{Error, ErrorKind, Limit};
pub use options::{Options, MAX_ARTICLES, MAX_ARTICLE_BYTES};
pub use pipeline::{compare, read};
pub use reading::{ArticleReading, Mention, MentionKind, MentionValue, Reading, READING_VERSION};
pub use report::{
    Anchor, ArticleView, ClaimView, CopyPair, DiffOp, DiffTag, Fact, FactKind, Member, Passage,
    Report, Verdict, WordDiff, REPORT_VERSION,
};
pub use types::{Article, Lang, Span};
#[cfg(target_arch = "wasm32")]
pub use wasm::{compare_js, read_js, report_version};
