//! The one error type of the core. Every message names the article, the option and the limit
//! concerned; the same facts are readable one by one ([`Error::kind`], [`Error::article`],
//! [`Error::limit`]), and reach JavaScript as the thrown `Error`'s `kind`, `article` and `limit`.

use std::fmt;

use crate::setting::Setting;

/// Why a comparison could not run. Opaque on purpose (aho-corasick's `BuildError`): callers read
/// the message, or the kind, article and limit; the kinds may grow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    detail: Detail,
}

/// What kind of problem an [`Error`] is. [`ErrorKind::as_str`] is the stable snake_case name that
/// JavaScript reads as `error.kind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Fewer than two articles. Limit: 2.
    TooFewArticles,
    /// More articles than [`Options::max_articles`](crate::Options::max_articles). Limit: that
    /// maximum.
    TooManyArticles,
    /// An article's id is empty or blank (no article to name).
    EmptyId,
    /// Two articles have the same id. Article: that id.
    DuplicateId,
    /// An article's text is empty or blank. Article: its id.
    EmptyText,
    /// An article's text is over
    /// [`Options::max_article_bytes`](crate::Options::max_article_bytes). Article: its id;
    /// limit: that maximum, in bytes.
    TooLarge,
    /// An article's language code is not one of en, fr, de, es, it. Article: its id.
    BadLanguage,
    /// An article's publication date is not a real `YYYY-MM-DD` day. Article: its id.
    BadDate,
    /// An article without a language code reads as a language Parallax does not read
    /// (Portuguese, Dutch, Catalan, Romanian, another script). Article: its id. Setting its
    /// language by hand compares it anyway.
    UnsupportedLanguage,
    /// An option is out of its range, or not a number ([`Options::check`](crate::Options::check)).
    /// Limit: the range the option accepts. From JavaScript, also an unknown option name or a
    /// value of the wrong type (no limit then).
    BadOption,
    /// JavaScript only: the articles are not an array of `{ id, text, … }` objects.
    BadInput,
}

impl ErrorKind {
    /// The kind as JavaScript reads it in `error.kind`: "too_few_articles", "too_large", ….
    pub fn as_str(&self) -> &'static str {
        match self {
            ErrorKind::TooFewArticles => "too_few_articles",
            ErrorKind::TooManyArticles => "too_many_articles",
            ErrorKind::EmptyId => "empty_id",
            ErrorKind::DuplicateId => "duplicate_id",
            ErrorKind::EmptyText => "empty_text",
            ErrorKind::TooLarge => "too_large",
            ErrorKind::BadLanguage => "bad_language",
            ErrorKind::BadDate => "bad_date",
            ErrorKind::UnsupportedLanguage => "unsupported_language",
            ErrorKind::BadOption => "bad_option",
            ErrorKind::BadInput => "bad_input",
        }
    }
}

/// The limit an [`Error`] is about (which one, the [`ErrorKind`] says).
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum Limit {
    /// A number of articles (the fewest or the most) or of bytes per article.
    Number(usize),
    /// The values an option accepts, both ends included.
    Range {
        /// The smallest value accepted.
        min: f64,
        /// The largest value accepted.
        max: f64,
    },
}

/// The fewest articles a comparison needs.
const MIN_ARTICLES: usize = 2;

#[derive(Clone, Debug, PartialEq, Eq)]
enum Detail {
    TooFewArticles {
        count: usize,
    },
    TooManyArticles {
        count: usize,
        max: usize,
    },
    EmptyId {
        index: usize,
    },
    DuplicateId {
        id: String,
    },
    EmptyText {
        id: String,
    },
    TooLarge {
        id: String,
        bytes: usize,
        max: usize,
    },
    BadLanguage {
        id: String,
        given: String,
    },
    BadDate {
        id: String,
        given: String,
    },
    BadOption {
        setting: Setting,
        given: String,
    },
    UnsupportedLanguage {
        id: String,
        language: &'static str,
    },
}

impl Error {
    fn new(detail: Detail) -> Error {
        Error { detail }
    }
    pub(crate) fn too_few_articles(count: usize) -> Error {
        Error::new(Detail::TooFewArticles { count })
    }
    pub(crate) fn too_many_articles(count: usize, max: usize) -> Error {
        Error::new(Detail::TooManyArticles { count, max })
    }
    pub(crate) fn empty_id(index: usize) -> Error {
        Error::new(Detail::EmptyId { index })
    }
    pub(crate) fn duplicate_id(id: &str) -> Error {
        Error::new(Detail::DuplicateId { id: id.to_string() })
    }
    pub(crate) fn empty_text(id: &str) -> Error {
        Error::new(Detail::EmptyText { id: id.to_string() })
    }
    pub(crate) fn too_large(id: &str, bytes: usize, max: usize) -> Error {
        Error::new(Detail::TooLarge {
            id: id.to_string(),
            bytes,
            max,
        })
    }
    pub(crate) fn bad_language(id: &str, given: &str) -> Error {
        Error::new(Detail::BadLanguage {
            id: id.to_string(),
            given: given.to_string(),
        })
    }
    pub(crate) fn bad_date(id: &str, given: &str) -> Error {
        Error::new(Detail::BadDate {
            id: id.to_string(),
            given: given.to_string(),
        })
    }
    /// `language` names what the text reads as: "Portuguese (pt)".
    pub(crate) fn unsupported_language(id: &str, language: &'static str) -> Error {
        Error::new(Detail::UnsupportedLanguage {
            id: id.to_string(),
            language,
        })
    }
    /// `given` is the value as the caller wrote it ("NaN", "-0.5", "1").
    pub(crate) fn bad_option(setting: Setting, given: String) -> Error {
        Error::new(Detail::BadOption { setting, given })
    }

    /// What kind of problem this is.
    pub fn kind(&self) -> ErrorKind {
        match &self.detail {
            Detail::TooFewArticles { .. } => ErrorKind::TooFewArticles,
            Detail::TooManyArticles { .. } => ErrorKind::TooManyArticles,
            Detail::EmptyId { .. } => ErrorKind::EmptyId,
            Detail::DuplicateId { .. } => ErrorKind::DuplicateId,
            Detail::EmptyText { .. } => ErrorKind::EmptyText,
            Detail::TooLarge { .. } => ErrorKind::TooLarge,
            Detail::BadLanguage { .. } => ErrorKind::BadLanguage,
            Detail::BadDate { .. } => ErrorKind::BadDate,
            Detail::BadOption { .. } => ErrorKind::BadOption,
            Detail::UnsupportedLanguage { .. } => ErrorKind::UnsupportedLanguage,
        }
    }

    /// The id of the article at fault, when one article is.
    pub fn article(&self) -> Option<&str> {
        match &self.detail {
            Detail::DuplicateId { id }
            | Detail::EmptyText { id }
            | Detail::TooLarge { id, .. }
            | Detail::BadLanguage { id, .. }
            | Detail::BadDate { id, .. }
            | Detail::UnsupportedLanguage { id, .. } => Some(id),
            Detail::TooFewArticles { .. }
            | Detail::TooManyArticles { .. }
            | Detail::EmptyId { .. }
            | Detail::BadOption { .. } => None,
        }
    }

    /// The limit that was not met, when one applies: the fewest or most articles, the most bytes
    /// per article, or the range of an option.
    pub fn limit(&self) -> Option<Limit> {
        match &self.detail {
            Detail::TooFewArticles { .. } => Some(Limit::Number(MIN_ARTICLES)),
            Detail::TooManyArticles { max, .. } | Detail::TooLarge { max, .. } => {
                Some(Limit::Number(*max))
            }
            Detail::BadOption { setting, .. } => {
                let (min, max) = setting.range();
                Some(Limit::Range { min, max })
            }
            Detail::EmptyId { .. }
            | Detail::DuplicateId { .. }
            | Detail::EmptyText { .. }
            | Detail::BadLanguage { .. }
            | Detail::BadDate { .. }
            | Detail::UnsupportedLanguage { .. } => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.detail {
            Detail::TooFewArticles { count } => {
                write!(
                    f,
                    "{count} article(s) given: a comparison needs at least {MIN_ARTICLES}"
                )
            }
            Detail::TooManyArticles { count, max } => {
                write!(f, "{count} articles given: the limit is {max}")
            }
            Detail::EmptyId { index } => write!(f, "article #{} has an empty id", index + 1),
            Detail::DuplicateId { id } => {
                write!(
                    f,
                    "article \"{id}\": the id is used twice; ids must be unique"
                )
            }
            Detail::EmptyText { id } => write!(f, "article \"{id}\": the text is empty"),
            Detail::TooLarge { id, bytes, max } => write!(
                f,
                "article \"{id}\": {bytes} bytes of text exceeds the limit of {max} bytes"
            ),
            Detail::BadLanguage { id, given } => write!(
                f,
                "article \"{id}\": unknown language \"{given}\" (use en, fr, de, es or it)"
            ),
            Detail::BadDate { id, given } => write!(
                f,
                "article \"{id}\": publication date \"{given}\" is not YYYY-MM-DD"
            ),
            Detail::UnsupportedLanguage { id, language } => write!(
                f,
                "article \"{id}\": its text reads as {language}, which Parallax does not read; \
                 set its language (en, fr, de, es or it) to compare it anyway"
            ),
            Detail::BadOption { setting, given } => {
                let (min, max) = setting.range();
                let what = if setting.whole() {
                    "a whole number"
                } else {
                    "a number"
                };
                write!(
                    f,
                    "option {} = {given}: it must be {what} from {min} to {max}",
                    setting.name()
                )
            }
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_articles_and_limits_follow_the_detail() {
        let option = Error::bad_option(Setting::AmountTolerance, "NaN".into());
        let cases = [
            (
                Error::too_few_articles(1),
                "too_few_articles",
                None,
                Some(Limit::Number(2)),
            ),
            (
                Error::too_many_articles(3, 2),
                "too_many_articles",
                None,
                Some(Limit::Number(2)),
            ),
            (Error::empty_id(0), "empty_id", None, None),
            (Error::duplicate_id("a"), "duplicate_id", Some("a"), None),
            (Error::empty_text("b"), "empty_text", Some("b"), None),
            (
                Error::too_large("c", 9, 3),
                "too_large",
                Some("c"),
                Some(Limit::Number(3)),
            ),
            (
                Error::bad_language("d", "xx"),
                "bad_language",
                Some("d"),
                None,
            ),
            (Error::bad_date("e", "2015"), "bad_date", Some("e"), None),
            (
                option,
                "bad_option",
                None,
                Some(Limit::Range { min: 0.0, max: 1.0 }),
            ),
        ];
        for (error, kind, article, limit) in cases {
            assert_eq!(error.kind().as_str(), kind, "{error}");
            assert_eq!(error.article(), article, "{error}");
            assert_eq!(error.limit(), limit, "{error}");
            if let Some(id) = article {
                assert!(error
                    .to_string()
                    .starts_with(&format!("article \"{id}\": ")));
            }
        }
    }

    #[test]
    fn an_option_error_names_the_option_the_value_and_the_range() {
        let cases = [
            (
                Error::bad_option(Setting::AmountTolerance, "NaN".into()),
                "option amount_tolerance = NaN: it must be a number from 0 to 1",
            ),
            (
                Error::bad_option(Setting::MaxArticles, "1".into()),
                "option max_articles = 1: it must be a whole number from 2 to 100",
            ),
            (
                Error::bad_option(Setting::MaxArticleBytes, "0".into()),
                "option max_article_bytes = 0: it must be a whole number from 1 to 2000000",
            ),
        ];
        for (error, message) in cases {
            assert_eq!(error.to_string(), message);
        }
    }
}
