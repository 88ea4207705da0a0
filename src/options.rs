//! Limits and tolerances of a comparison. No globals: every stage reads them from here.

/// How a comparison runs. Start from [`Options::default`] and adjust with the setters.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    pub(crate) max_articles: usize,
    pub(crate) max_article_bytes: usize,
    pub(crate) amount_tolerance: f64,
    pub(crate) copy_threshold: f64,
}

/// At most this many articles: the N-way passage table grows with N², and 100 articles is far
/// beyond what anyone reads side by side.
pub const MAX_ARTICLES: usize = 100;
/// At most this many bytes per article: 2 MB is a long report; larger inputs are nearly always a
/// pasted file that is not an article.
pub const MAX_ARTICLE_BYTES: usize = 2_000_000;

impl Default for Options {
    fn default() -> Options {
        Options {
            max_articles: MAX_ARTICLES,
            max_article_bytes: MAX_ARTICLE_BYTES,
            // Rounding ("about $4.8bn" vs "4,83 milliards") stays within 5%.
            amount_tolerance: 0.05,
            // Two articles whose sentences are this similar are the same copy (wire copy).
            copy_threshold: 0.8,
        }
    }
}

impl Options {
    /// Sets the largest number of articles accepted.
    pub fn max_articles(&mut self, max: usize) -> &mut Options {
        self.max_articles = max;
        self
    }

    /// Sets the largest article accepted, in bytes of UTF-8.
    pub fn max_article_bytes(&mut self, max: usize) -> &mut Options {
        self.max_article_bytes = max;
        self
    }

    /// Sets the relative difference under which two amounts agree (0.05 = 5%).
    pub fn amount_tolerance(&mut self, tolerance: f64) -> &mut Options {
        self.amount_tolerance = tolerance;
        self
    }

    /// Sets the similarity (0..1) above which two articles are flagged as near-copies.
    pub fn copy_threshold(&mut self, threshold: f64) -> &mut Options {
        self.copy_threshold = threshold;
        self
    }
}
