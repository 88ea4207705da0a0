//! The shared vocabulary of every stage: byte spans, languages, input articles.

use serde::{Deserialize, Serialize};

/// A half-open byte range into an article's *original* text.
///
/// `Span` exists because `Range<usize>` is not `Copy`; every stage passes spans by value and no
/// stage rewrites them (the tantivy rule: offsets point into the source, always).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies inside `self`.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text this span covers.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }
}

/// A language the engine knows.
///
/// English, French, German, Spanish and Italian each have their tables (`lang/<code>.rs`); text
/// in any other language is `Und` and yields language-neutral evidence only (numbers, dates,
/// names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Lang {
    /// English.
    En,
    /// French.
    Fr,
    /// German.
    De,
    /// Spanish.
    Es,
    /// Italian.
    It,
    /// Not identified, or a language without tables.
    #[serde(rename = "und")]
    Und,
}

impl Lang {
    /// Every language, in a fixed order.
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Fr, Lang::De, Lang::Es, Lang::It, Lang::Und];

    /// The ISO 639-1 code ("und" when unknown).
    pub const fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Es => "es",
            Lang::It => "it",
            Lang::Und => "und",
        }
    }

    /// Parses an ISO 639-1 or 639-3 code or an English name, case-insensitively ("fr", "fra", "French").
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let primary = code.split(['-', '_']).next().unwrap_or("");
        Some(match primary {
            "en" | "eng" | "english" => Lang::En,
            "fr" | "fra" | "fre" | "french" => Lang::Fr,
            "de" | "deu" | "ger" | "german" => Lang::De,
            "es" | "spa" | "spanish" => Lang::Es,
            "it" | "ita" | "italian" => Lang::It,
            "und" => Lang::Und,
            _ => return None,
        })
    }
}

/// One article as the user gives it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Unique, non-empty id (the CLI uses the file name without extension).
    pub id: String,
    /// The article text exactly as written; every offset in the report points into it.
    pub text: String,
    /// Optional title; when absent the first non-boilerplate line stands in.
    #[serde(default)]
    pub title: Option<String>,
    /// Optional language override (ISO code); when absent the language is detected.
    #[serde(default)]
    pub language: Option<String>,
    /// Optional publication date (`YYYY-MM-DD`), the anchor for "yesterday" or "last year".
    #[serde(default)]
    pub published: Option<String>,
}

impl Article {
    /// An article with just an id and a text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Article {
        Article {
            id: id.into(),
            text: text.into(),
            ..Article::default()
        }
    }
}
