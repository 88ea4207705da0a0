//! # Parallax
//!
//! Compares news articles about one story, across English, French and German, and reports where
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
//! One module per stage, each a pure function from a named type to the next:
//! [`Article`] → `clean` (boilerplate marked) → `language` → `segment` (sentences, words) →
//! `mentions` (names, quantities, dates) → `claims` (typed statements) → `align` (facts, passages,
//! copies) → `judge` (verdicts) → `diff` → [`Report`]. Offsets are byte [`Span`]s into the
//! original text throughout; [`Report::into_utf16`] converts them once for JavaScript.
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
mod report;
mod segment;
mod setting;
mod types;

#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::{Error, ErrorKind, Limit};
pub use options::{Options, MAX_ARTICLES, MAX_ARTICLE_BYTES};
pub use pipeline::compare;
pub use report::{
    Anchor, ArticleView, ClaimView, CopyPair, DiffOp, DiffTag, Fact, FactKind, Member, Passage,
    Report, Verdict, WordDiff, REPORT_VERSION,
};
pub use types::{Article, Lang, Span};
#[cfg(target_arch = "wasm32")]
pub use wasm::{compare_js, report_version};
