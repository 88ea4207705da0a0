//! Limits and tolerances of a comparison. No globals: every stage reads them from here.
//!
//! The setters take any value; [`Options::check`] (run first by [`compare`](crate::compare))
//! refuses those the comparison cannot use, naming the option and its range:
//!
//! | option | accepts | default |
//! | --- | --- | --- |
//! | `max_articles` | whole numbers from 2 to [`MAX_ARTICLES`] | [`MAX_ARTICLES`] |
//! | `max_article_bytes` | whole numbers from 1 to [`MAX_ARTICLE_BYTES`] | [`MAX_ARTICLE_BYTES`] |
//! | `amount_tolerance` | numbers from 0 to 1 | 0.05 |
//! | `copy_threshold` | numbers from 0 to 1 | 0.8 |
//!
//! Why these ranges: a limit under 2 articles or 1 byte refuses every comparison, and one above
//! the constants would undo what they guard (see each). A tolerance is a share of the larger
//! amount: NaN or a negative one made every two amounts conflict, identical ones included, and
//! above 1 any two amounts of one sign would agree. The copy threshold is a share of sentences
//! (NaN would silently turn near-copy detection off).

use crate::error::Error;
use crate::setting::Setting;
pub use crate::setting::{MAX_ARTICLES, MAX_ARTICLE_BYTES};

/// How a comparison runs. Start from [`Options::default`] and adjust with the setters.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    pub(crate) max_articles: usize,
    pub(crate) max_article_bytes: usize,
    pub(crate) amount_tolerance: f64,
    pub(crate) copy_threshold: f64,
}

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
    /// Sets the largest number of articles accepted: 2 to [`MAX_ARTICLES`].
    pub fn max_articles(&mut self, max: usize) -> &mut Options {
        self.max_articles = max;
        self
    }

    /// Sets the largest article accepted, in bytes of UTF-8: 1 to [`MAX_ARTICLE_BYTES`].
    pub fn max_article_bytes(&mut self, max: usize) -> &mut Options {
        self.max_article_bytes = max;
        self
    }

    /// Sets the relative difference under which two amounts agree: 0 to 1 (0.05 = 5%).
    pub fn amount_tolerance(&mut self, tolerance: f64) -> &mut Options {
        self.amount_tolerance = tolerance;
        self
    }

    /// Sets the similarity, 0 to 1, from which two articles are flagged as near-copies.
    pub fn copy_threshold(&mut self, threshold: f64) -> &mut Options {
        self.copy_threshold = threshold;
        self
    }

    /// Refuses a value out of its option's range (NaN and infinities included), naming the
    /// option, the value and the range; the error's kind is
    /// [`ErrorKind::BadOption`](crate::ErrorKind::BadOption). [`compare`](crate::compare) calls
    /// it first.
    pub fn check(&self) -> Result<(), Error> {
        check(
            Setting::MaxArticles,
            self.max_articles as f64,
            self.max_articles,
        )?;
        check(
            Setting::MaxArticleBytes,
            self.max_article_bytes as f64,
            self.max_article_bytes,
        )?;
        check(
            Setting::AmountTolerance,
            self.amount_tolerance,
            self.amount_tolerance,
        )?;
        check(
            Setting::CopyThreshold,
            self.copy_threshold,
            self.copy_threshold,
        )
    }
}

/// Refuses `value` when it is out of the range of `setting`; `given` is the value as the caller
/// wrote it (exact for a count).
fn check(setting: Setting, value: f64, given: impl ToString) -> Result<(), Error> {
    let (min, max) = setting.range();
    // Written so that NaN, which compares false with everything, is refused.
    if value >= min && value <= max {
        Ok(())
    } else {
        Err(Error::bad_option(setting, given.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn the_defaults_pass() {
        assert_eq!(Options::default().check(), Ok(()));
    }

    type Ratio = fn(&mut Options, f64) -> &mut Options;
    type Count = fn(&mut Options, usize) -> &mut Options;

    fn assert_refused(options: &Options, needle: &str) {
        let error = options.check().expect_err(needle);
        assert_eq!(error.kind(), ErrorKind::BadOption, "{error}");
        let message = error.to_string();
        assert!(
            message.starts_with(&format!("option {needle}")),
            "{message}"
        );
        assert!(
            error.limit().is_some() && error.article().is_none(),
            "{message}"
        );
    }

    #[test]
    fn values_out_of_range_are_refused_with_the_option_and_its_range() {
        let tolerance: Ratio = Options::amount_tolerance;
        let threshold: Ratio = Options::copy_threshold;
        let ratios = [
            (tolerance, f64::NAN, "amount_tolerance = NaN"),
            (tolerance, -0.01, "amount_tolerance = -0.01"),
            (tolerance, 1.5, "amount_tolerance = 1.5"),
            (tolerance, f64::INFINITY, "amount_tolerance = inf"),
            (threshold, f64::NAN, "copy_threshold = NaN"),
            (threshold, -1.0, "copy_threshold = -1"),
            (threshold, 1.01, "copy_threshold = 1.01"),
            (threshold, f64::NEG_INFINITY, "copy_threshold = -inf"),
        ];
        for (set, value, needle) in ratios {
            assert_refused(set(&mut Options::default(), value), needle);
        }
        let articles: Count = Options::max_articles;
        let bytes: Count = Options::max_article_bytes;
        let counts = [
            (articles, 0, "max_articles = 0"),
            (articles, 1, "max_articles = 1"),
            (articles, 101, "max_articles = 101"),
            (bytes, 0, "max_article_bytes = 0"),
            (bytes, 2_000_001, "max_article_bytes = 2000001"),
        ];
        for (set, value, needle) in counts {
            assert_refused(set(&mut Options::default(), value), needle);
        }
        let huge = usize::MAX.to_string();
        assert_refused(
            articles(&mut Options::default(), usize::MAX),
            &format!("max_articles = {huge}"),
        );
        // The first option out of range is named, whichever setter came last.
        let mut both = Options::default();
        both.copy_threshold(f64::NAN).amount_tolerance(-1.0);
        assert_refused(&both, "amount_tolerance = -1");
    }

    /// The defect this check fixes: with a NaN or negative tolerance, the same amount stated by
    /// two articles came out as a conflict. `compare` now refuses the options instead.
    #[test]
    fn compare_refuses_a_tolerance_that_makes_identical_amounts_conflict() {
        // Today's code gave "a says 2000000000 USD; b says 2000000000 USD" as a conflict here.
        let articles = [
            crate::Article::new(
                "a",
                "The film is directed by Jane Doe. Acme Corp raised $2 billion in 2014.",
            ),
            crate::Article::new(
                "b",
                "Le film est réalisé par Jane Doe. Acme Corp a levé 2 milliards de dollars en 2014.",
            ),
        ];
        for tolerance in [f64::NAN, -0.05] {
            let mut options = Options::default();
            options.amount_tolerance(tolerance);
            let error = crate::compare(&articles, &options).expect_err("refused");
            assert_eq!(error.kind(), ErrorKind::BadOption, "{error}");
            assert!(error.to_string().contains("amount_tolerance"), "{error}");
        }
        let report = crate::compare(&articles, &Options::default()).expect("compares");
        let amount = report
            .facts
            .iter()
            .find(|f| f.kind == crate::FactKind::Amount);
        assert_eq!(amount.map(|f| f.verdict), Some(crate::Verdict::Agree));
    }

    #[test]
    fn the_ends_of_each_range_are_accepted() {
        let mut options = Options::default();
        options
            .max_articles(2)
            .max_article_bytes(1)
            .amount_tolerance(0.0)
            .copy_threshold(0.0);
        assert_eq!(options.check(), Ok(()));
        options
            .max_articles(MAX_ARTICLES)
            .max_article_bytes(MAX_ARTICLE_BYTES)
            .amount_tolerance(1.0)
            .copy_threshold(1.0);
        assert_eq!(options.check(), Ok(()));
    }
}
