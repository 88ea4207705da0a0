//! The options' names, ranges and ceilings: what both [`Options`](crate::Options) and the
//! error that refuses a value need to know (its own module, so neither imports the other).

/// At most this many articles: the N-way passage table grows with N², and 100 articles is far
/// beyond what anyone reads side by side.
pub const MAX_ARTICLES: usize = 100;
/// At most this many bytes per article: 2 MB is a long report; larger inputs are nearly always a
/// pasted file that is not an article.
pub const MAX_ARTICLE_BYTES: usize = 2_000_000;

/// One of the options, with the values it accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Setting {
    MaxArticles,
    MaxArticleBytes,
    AmountTolerance,
    CopyThreshold,
}

impl Setting {
    /// The option's name, as its setter spells it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Setting::MaxArticles => "max_articles",
            Setting::MaxArticleBytes => "max_article_bytes",
            Setting::AmountTolerance => "amount_tolerance",
            Setting::CopyThreshold => "copy_threshold",
        }
    }

    /// The smallest and largest value accepted (both included).
    pub(crate) fn range(self) -> (f64, f64) {
        match self {
            Setting::MaxArticles => (2.0, MAX_ARTICLES as f64),
            Setting::MaxArticleBytes => (1.0, MAX_ARTICLE_BYTES as f64),
            Setting::AmountTolerance | Setting::CopyThreshold => (0.0, 1.0),
        }
    }

    /// Whether the option counts (articles, bytes) rather than measures a share.
    pub(crate) fn whole(self) -> bool {
        matches!(self, Setting::MaxArticles | Setting::MaxArticleBytes)
    }
}
