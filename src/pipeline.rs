//! `compare()`: input checks, then one line per stage.

use crate::clean::{self, Cleaned};
use crate::error::Error;
use crate::language;
use crate::options::Options;
use crate::report::{ArticleView, Report, REPORT_VERSION};
use crate::segment::{self, Sentence};
use crate::types::{Article, Lang};

/// Compares the articles and reports facts, verdicts, passages and copies.
///
/// Fails, naming the article and the limit, on fewer than two articles, more than
/// [`Options::max_articles`], an empty id or text, a duplicate id, a text over
/// [`Options::max_article_bytes`], an unknown language code or a malformed publication date.
pub fn compare(articles: &[Article], options: &Options) -> Result<Report, Error> {
    validate(articles, options)?;
    let read: Vec<ReadArticle> = articles.iter().map(read_article).collect();
    let views = read.iter().zip(articles).map(|(r, a)| r.view(a)).collect();
    Ok(Report {
        version: REPORT_VERSION,
        articles: views,
        facts: vec![],
        passages: vec![],
        copies: vec![],
    })
}

/// What the per-article stages (clean, language, segment) know of one article.
pub(crate) struct ReadArticle {
    pub cleaned: Cleaned,
    pub lang: Lang,
    pub sentences: Vec<Sentence>,
}

fn read_article(article: &Article) -> ReadArticle {
    let text = &article.text;
    let cleaned = clean::clean(text);
    let lang = article
        .language
        .as_deref()
        .and_then(Lang::from_code)
        .unwrap_or_else(|| language::detect(text, &cleaned));
    let sentences = segment::segment(text, &cleaned, lang);
    ReadArticle {
        cleaned,
        lang,
        sentences,
    }
}

impl ReadArticle {
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

fn validate(articles: &[Article], options: &Options) -> Result<(), Error> {
    if articles.len() < 2 {
        return Err(Error::too_few_articles(articles.len()));
    }
    if articles.len() > options.max_articles {
        return Err(Error::too_many_articles(
            articles.len(),
            options.max_articles,
        ));
    }
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
            if !is_iso_date(date.trim()) {
                return Err(Error::bad_date(&a.id, date));
            }
        }
    }
    Ok(())
}

/// `YYYY-MM-DD` with a plausible month and day.
pub(crate) fn is_iso_date(s: &str) -> bool {
    let parts: Vec<&str> = s.split('-').collect();
    let [y, m, d] = parts[..] else { return false };
    let num = |p: &str, len: usize| {
        (p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u32>().ok())
            .flatten()
    };
    matches!(
        (num(y, 4), num(m, 2), num(d, 2)),
        (Some(_), Some(1..=12), Some(1..=31))
    )
}
