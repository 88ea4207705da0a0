//! The one error type of the core. Every message names the article and the limit concerned.

use std::fmt;

/// Why a comparison could not run. Opaque on purpose (aho-corasick's `BuildError`): callers read
/// the message; the kinds may grow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum ErrorKind {
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
}

impl Error {
    pub(crate) fn too_few_articles(count: usize) -> Error {
        Error {
            kind: ErrorKind::TooFewArticles { count },
        }
    }
    pub(crate) fn too_many_articles(count: usize, max: usize) -> Error {
        Error {
            kind: ErrorKind::TooManyArticles { count, max },
        }
    }
    pub(crate) fn empty_id(index: usize) -> Error {
        Error {
            kind: ErrorKind::EmptyId { index },
        }
    }
    pub(crate) fn duplicate_id(id: &str) -> Error {
        Error {
            kind: ErrorKind::DuplicateId { id: id.to_string() },
        }
    }
    pub(crate) fn empty_text(id: &str) -> Error {
        Error {
            kind: ErrorKind::EmptyText { id: id.to_string() },
        }
    }
    pub(crate) fn too_large(id: &str, bytes: usize, max: usize) -> Error {
        Error {
            kind: ErrorKind::TooLarge {
                id: id.to_string(),
                bytes,
                max,
            },
        }
    }
    pub(crate) fn bad_language(id: &str, given: &str) -> Error {
        Error {
            kind: ErrorKind::BadLanguage {
                id: id.to_string(),
                given: given.to_string(),
            },
        }
    }
    pub(crate) fn bad_date(id: &str, given: &str) -> Error {
        Error {
            kind: ErrorKind::BadDate {
                id: id.to_string(),
                given: given.to_string(),
            },
        }
    }

    /// The id of the article the error is about, when there is one.
    pub fn article(&self) -> Option<&str> {
        match &self.kind {
            ErrorKind::DuplicateId { id }
            | ErrorKind::EmptyText { id }
            | ErrorKind::TooLarge { id, .. }
            | ErrorKind::BadLanguage { id, .. }
            | ErrorKind::BadDate { id, .. } => Some(id),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::TooFewArticles { count } => {
                write!(f, "{count} article(s) given: a comparison needs at least 2")
            }
            ErrorKind::TooManyArticles { count, max } => {
                write!(f, "{count} articles given: the limit is {max}")
            }
            ErrorKind::EmptyId { index } => write!(f, "article #{} has an empty id", index + 1),
            ErrorKind::DuplicateId { id } => {
                write!(
                    f,
                    "article \"{id}\": the id is used twice; ids must be unique"
                )
            }
            ErrorKind::EmptyText { id } => write!(f, "article \"{id}\": the text is empty"),
            ErrorKind::TooLarge { id, bytes, max } => write!(
                f,
                "article \"{id}\": {bytes} bytes of text exceeds the limit of {max} bytes"
            ),
            ErrorKind::BadLanguage { id, given } => write!(
                f,
                "article \"{id}\": unknown language \"{given}\" (use en, fr, de, es or it)"
            ),
            ErrorKind::BadDate { id, given } => write!(
                f,
                "article \"{id}\": publication date \"{given}\" is not YYYY-MM-DD"
            ),
        }
    }
}

impl std::error::Error for Error {}
