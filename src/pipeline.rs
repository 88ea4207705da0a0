//! `compare()`: input checks, then one line per stage.

use crate::claims::{self, Claim};
use crate::clean::{self, Cleaned};
use crate::error::Error;
use crate::facts;
use crate::language::{self, Detected};
use crate::mentions::anchors::{self, AnchorMention};
use crate::mentions::date::DateValue;
use crate::mentions::Mentions;
use crate::options::Options;
use crate::par::{self, Threads};
use crate::passages::{self, AlignInput, Copy};
use crate::reading::{self, ArticleReading, Reading, READING_VERSION};
use crate::report::CopyPair;
use crate::report::{ArticleView, Report, REPORT_VERSION};
use crate::segment::{self, Sentence};
use crate::types::{Article, Lang, Span};

/// Compares the articles and reports facts, verdicts, passages and copies.
///
/// Fails, naming the article and the limit, on fewer than two articles, more than
/// [`Options::max_articles`], an empty id or text, a duplicate id, a text over
/// [`Options::max_article_bytes`], an unknown language code or a malformed publication date.
pub fn compare(articles: &[Article], options: &Options) -> Result<Report, Error> {
    let threads = Threads::for_text(articles.iter().map(|a| a.text.len()).sum());
    compare_on(articles, options, threads)
}

fn compare_on(articles: &[Article], options: &Options, threads: Threads) -> Result<Report, Error> {
    validate(articles, options)?;
    let read: Vec<ReadArticle> = par::map(articles, threads, read_article)
        .into_iter()
        .collect::<Result<_, _>>()?;
    let inputs: Vec<AlignInput> = read
        .iter()
        .zip(articles)
        .map(|(r, a)| r.align_input(a))
        .collect();
    let aligned = passages::align(&inputs, options.copy_threshold, threads);
    let (passages, copies) = (aligned.passages, aligned.copies);
    let views = read.iter().zip(articles).map(|(r, a)| r.view(a)).collect();
    let cluster = copy_clusters(articles.len(), &copies);
    let sentences: Vec<usize> = read.iter().map(|r| r.sentences.len()).collect();
    let (claims, figures): (Vec<_>, Vec<_>) =
        read.into_iter().map(|r| (r.claims, r.figures)).unzip();
    let figures = facts::Figures {
        claims: figures,
        rows: &aligned.rows,
        sentences: &sentences,
    };
    let facts = facts::facts(
        claims,
        figures,
        articles,
        &cluster,
        options.amount_tolerance,
    );
    Ok(Report {
        version: REPORT_VERSION,
        articles: views,
        facts,
        passages,
        copies: copies.iter().map(|c| copy_pair(articles, c)).collect(),
    })
}

/// What the per-article stages (clean, language, segment, claims) know of one article.
pub(crate) struct ReadArticle {
    pub cleaned: Cleaned,
    pub lang: Lang,
    pub sentences: Vec<Sentence>,
    pub sentence_spans: Vec<Span>,
    /// The spans of each sentence's word tokens: what alignment and diffs compare.
    pub words: Vec<Vec<Span>>,
    pub claims: Vec<Claim>,
    /// Every figure, date and year not claimed by the other families.
    pub figures: Vec<Claim>,
    pub anchors: Vec<Vec<AnchorMention>>,
}

/// Reads what `read` and `compare` share of one article: boilerplate, language and sentences.
/// Fails when, without a language code, its text reads as a language the engine does not read.
fn segmented(article: &Article) -> Result<(Cleaned, Lang, Vec<Sentence>), Error> {
    let text = &article.text;
    let cleaned = clean::clean(text);
    let lang = match article.language.as_deref().and_then(Lang::from_code) {
        Some(lang) => lang,
        None => match language::detect(text, &cleaned) {
            Detected::Read(lang) => lang,
            Detected::Other(other) => {
                return Err(Error::unsupported_language(&article.id, other.name()))
            }
        },
    };
    let sentences = segment::segment(text, &cleaned, lang);
    Ok((cleaned, lang, sentences))
}

/// Reads one article up to its claims and anchors.
fn read_article(article: &Article) -> Result<ReadArticle, Error> {
    let text = &article.text;
    let (cleaned, lang, sentences) = segmented(article)?;
    let published = article.published.as_deref().and_then(DateValue::parse_iso);
    let mentions = Mentions::of_article(text, &sentences, lang, published);
    let claims = claims::extract(text, &mentions, lang);
    let figures = claims::figure::figures(text, &mentions, lang, published);
    let anchors = mentions
        .iter()
        .map(|m| anchors::of_mentions(text, m))
        .collect();
    let sentence_spans = sentences.iter().map(|s| s.span).collect();
    let words = sentences.iter().map(|s| s.word_spans().collect()).collect();
    Ok(ReadArticle {
        cleaned,
        lang,
        sentences,
        sentence_spans,
        words,
        claims,
        figures,
        anchors,
    })
}

impl ReadArticle {
    fn align_input<'a>(&'a self, article: &'a Article) -> AlignInput<'a> {
        AlignInput {
            id: &article.id,
            text: &article.text,
            lang: self.lang,
            sentences: &self.sentence_spans,
            words: self.words.iter().map(Vec::as_slice).collect(),
            anchors: &self.anchors,
        }
    }

    fn view(&self, article: &Article) -> ArticleView {
        let first_line = self
            .cleaned
            .content
            .first()
            .map(|s| s.of(&article.text).to_string());
        ArticleView {
            id: article.id.clone(),
            title: article
                .title
                .clone()
                .filter(|t| !t.trim().is_empty())
                .or(first_line)
                .unwrap_or_default(),
            language: self.lang,
            published: article.published.clone().filter(|d| !d.trim().is_empty()),
            boilerplate: self.cleaned.boilerplate.clone(),
            sentences: self.sentences.iter().map(|s| s.span).collect(),
        }
    }
}

/// For each article, the smallest index of the near-copy cluster it belongs to.
fn copy_clusters(count: usize, copies: &[Copy]) -> Vec<usize> {
    let mut cluster: Vec<usize> = (0..count).collect();
    for copy in copies {
        let [a, b] = copy.articles;
        let (keep, drop) = (cluster[a].min(cluster[b]), cluster[a].max(cluster[b]));
        cluster
            .iter_mut()
            .filter(|c| **c == drop)
            .for_each(|c| *c = keep);
    }
    cluster
}

fn copy_pair(articles: &[Article], copy: &Copy) -> CopyPair {
    let [a, b] = copy.articles;
    CopyPair {
        articles: [articles[a].id.clone(), articles[b].id.clone()],
        similarity: copy.similarity,
    }
}

/// Reads the figures and dates of every article, without comparing: one article is enough, and
/// there is no upper limit on how many (each is read alone).
///
/// Fails, naming the article and the limit, on an empty id or text, a duplicate id, a text over
/// [`Options::max_article_bytes`], an unknown language code, a malformed publication date, or a
/// text in a language the engine does not read (when no language is given).
pub fn read(articles: &[Article], options: &Options) -> Result<Reading, Error> {
    options.check()?;
    validate_each(articles, options)?;
    let threads = Threads::for_text(articles.iter().map(|a| a.text.len()).sum());
    let read = par::map(articles, threads, |article| {
        let (_, lang, sentences) = segmented(article)?;
        let published = article.published.as_deref().and_then(DateValue::parse_iso);
        let mentions = Mentions::of_article(&article.text, &sentences, lang, published);
        Ok(ArticleReading {
            id: article.id.clone(),
            language: lang,
            mentions: reading::mentions_of(&article.text, &mentions, lang, published),
        })
    });
    Ok(Reading {
        version: READING_VERSION,
        articles: read.into_iter().collect::<Result<_, Error>>()?,
    })
}

fn validate(articles: &[Article], options: &Options) -> Result<(), Error> {
    options.check()?;
    if articles.len() < 2 {
        return Err(Error::too_few_articles(articles.len()));
    }
    if articles.len() > options.max_articles {
        return Err(Error::too_many_articles(
            articles.len(),
            options.max_articles,
        ));
    }
    validate_each(articles, options)
}

/// The checks of each article, alone and against the ids before it.
fn validate_each(articles: &[Article], options: &Options) -> Result<(), Error> {
    for (i, a) in articles.iter().enumerate() {
        if a.id.trim().is_empty() {
            return Err(Error::empty_id(i));
        }
        if articles[..i].iter().any(|b| b.id == a.id) {
            return Err(Error::duplicate_id(&a.id));
        }
        if a.text.len() > options.max_article_bytes {
            return Err(Error::too_large(
                &a.id,
                a.text.len(),
                options.max_article_bytes,
            ));
        }
        if a.text.trim().is_empty() {
            return Err(Error::empty_text(&a.id));
        }
        if let Some(code) = a.language.as_deref().filter(|c| !c.trim().is_empty()) {
            Lang::from_code(code).ok_or_else(|| Error::bad_language(&a.id, code))?;
        }
        if let Some(date) = a.published.as_deref().filter(|d| !d.trim().is_empty()) {
            // The same parser that reads the date later, so a date accepted here is never dropped.
            if DateValue::parse_iso(date).is_none() {
                return Err(Error::bad_date(&a.id, date));
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The demo texts (from the repository's www/demo) eight times over, each copy with its own
    /// id and closing line: 118 kB, above the size from which `compare` uses all threads.
    fn large_set() -> Vec<Article> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www/demo");
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .expect("www/demo")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        let texts: Vec<String> = files
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("demo text"))
            .collect();
        (0..8)
            .flat_map(|copy| {
                texts.iter().enumerate().map(move |(k, text)| {
                    Article::new(format!("a{k}c{copy}"), format!("{text}\n\nCopy {copy}."))
                })
            })
            .collect()
    }

    #[test]
    fn one_thread_and_all_threads_give_the_same_report() {
        let articles = large_set();
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        let all = if par::AVAILABLE {
            Threads::All
        } else {
            Threads::One
        };
        assert_eq!(Threads::for_text(bytes), all, "{bytes} bytes");
        let options = Options::default();
        let one = compare_on(&articles, &options, Threads::One).expect("compares");
        let many = compare_on(&articles, &options, Threads::All).expect("compares");
        assert!(!one.passages.is_empty() && !one.facts.is_empty());
        assert_eq!(one, many);
    }
}
