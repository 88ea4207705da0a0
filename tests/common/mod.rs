//! Helpers shared by the integration tests and the bench: the NTREX-128 fixtures, byte offsets to
//! line numbers, and every span of a report with what it is.
//!
//! Used as `mod common;` from tests/*.rs and `#[path = "../tests/common/mod.rs"] mod common;`
//! from benches/compare.rs.
#![allow(dead_code)] // Each test crate uses a different part of this module.

use std::fs;
use std::path::{Path, PathBuf};

use parallax::{Article, Fact, Report, Span};

/// The fixture folder (see its README.md).
pub fn fixture_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ntrex128")
}

/// One row of `DOCUMENTS.tsv`: a news document and the languages written for it.
#[derive(Clone, Debug)]
pub struct Document {
    /// Corpus document id, e.g. "bbc.381790".
    pub id: String,
    /// Number of lines (the same in every language).
    pub lines: usize,
    /// Words of the English source (whitespace-separated).
    pub english_words: usize,
    /// Language codes with a fixture file ("en", "de", …).
    pub languages: Vec<String>,
}

impl Document {
    /// True when the fixture exists in every one of `langs`.
    pub fn has_all(&self, langs: &[&str]) -> bool {
        langs.iter().all(|l| self.languages.iter().any(|m| m == l))
    }
}

/// The fixture documents in corpus order.
pub fn documents() -> Vec<Document> {
    let path = fixture_dir().join("DOCUMENTS.tsv");
    let table = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(parse_document_row)
        .collect()
}

/// The first `n` fixture documents translated into every one of `langs`; panics when the
/// fixtures hold fewer.
pub fn documents_in(langs: &[&str], n: usize) -> Vec<Document> {
    let docs: Vec<Document> = documents()
        .into_iter()
        .filter(|d| d.has_all(langs))
        .take(n)
        .collect();
    assert_eq!(
        docs.len(),
        n,
        "fixtures hold too few documents in {langs:?}"
    );
    docs
}

/// The demo set (www/demo: 000 fr, 001 fr, 002 de, 003 en, 004 en) as (id, text), in page order.
pub const DEMO: [(&str, &str); 5] = [
    (
        "000",
        include_str!("../../www/demo/000_c0ddcebfb0d342a2.txt"),
    ),
    (
        "001",
        include_str!("../../www/demo/001_1c8bcfeb080f928f.txt"),
    ),
    (
        "002",
        include_str!("../../www/demo/002_4e2ff99566001c97.txt"),
    ),
    (
        "003",
        include_str!("../../www/demo/003_0f41107755d267d7.txt"),
    ),
    (
        "004",
        include_str!("../../www/demo/004_95e9c8df36c59bc8.txt"),
    ),
];

fn parse_document_row(row: &str) -> Document {
    let cols: Vec<&str> = row.split('\t').collect();
    let [id, lines, words, langs] = cols[..] else {
        panic!("DOCUMENTS.tsv: bad row {row:?}")
    };
    Document {
        id: id.to_string(),
        lines: lines.parse().expect("lines column"),
        english_words: words.parse().expect("english_words column"),
        languages: langs.split(',').map(str::to_string).collect(),
    }
}

/// The text of one document in one language, exactly as in the fixture file.
pub fn load(doc: &str, lang: &str) -> String {
    let path = fixture_dir().join(format!("{doc}.{lang}.txt"));
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The article "<doc>.<lang>" (e.g. "bbc.381790.en"); the language is left to detection.
pub fn fixture_article(doc: &str, lang: &str) -> Article {
    Article::new(format!("{doc}.{lang}"), load(doc, lang))
}

/// Words per bench article: several documents of one language are joined to reach it.
pub const BENCH_WORDS: usize = 1000;
/// Languages of the bench set, in the order articles are interleaved.
pub const BENCH_LANGS: [&str; 5] = ["en", "de", "fr", "es", "it"];

/// Consecutive documents grouped so that each group has at least [`BENCH_WORDS`] English words
/// (the same rule as scripts/make-ntrex-fixtures.py, which wrote enough documents for them).
pub fn bench_groups() -> Vec<Vec<Document>> {
    let mut groups = Vec::new();
    let mut group = Vec::new();
    let mut words = 0;
    for doc in documents().into_iter().filter(|d| d.has_all(&BENCH_LANGS)) {
        words += doc.english_words;
        group.push(doc);
        if words >= BENCH_WORDS {
            groups.push(std::mem::take(&mut group));
            words = 0;
        }
    }
    groups
}

/// The first `n` articles of the bench set: story k in en, de, fr, es, it, then story k + 1, …
/// Each article is one group of documents in one language, joined by a blank line, so every
/// article of a set has its translations in the set (10 articles = 2 stories × 5 languages).
pub fn bench_articles(n: usize) -> Vec<Article> {
    let groups = bench_groups();
    let all = groups.iter().enumerate().flat_map(|(k, group)| {
        BENCH_LANGS.iter().map(move |lang| {
            let texts: Vec<String> = group.iter().map(|d| load(&d.id, lang)).collect();
            Article::new(format!("story{k}.{lang}"), texts.join("\n\n"))
        })
    });
    let articles: Vec<Article> = all.take(n).collect();
    assert_eq!(articles.len(), n, "fixtures hold too few bench articles");
    articles
}

/// Byte offset → 0-based line number of one text.
pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text` (lines end at '\n').
    pub fn new(text: &str) -> LineIndex {
        let after_newlines = text.match_indices('\n').map(|(i, _)| i + 1);
        LineIndex {
            starts: std::iter::once(0).chain(after_newlines).collect(),
        }
    }

    /// The line holding byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset) - 1
    }

    /// The lines a non-empty span touches, first to last.
    pub fn lines_of(&self, start: usize, end: usize) -> std::ops::RangeInclusive<usize> {
        self.line_of(start)..=self.line_of(end.saturating_sub(1).max(start))
    }

    /// Number of lines.
    pub fn len(&self) -> usize {
        self.starts.len()
    }
}

/// One byte range of a report, with the article it points into and what it is.
#[derive(Clone, Debug)]
pub struct SpanAt {
    /// Id of the article the offsets point into.
    pub article: String,
    /// What it is, for messages ("fact f3 claim evidence", "passage 2 anchor", …).
    pub what: String,
    /// The bytes.
    pub span: Span,
}

/// Every span of a report: boilerplate and sentences, claim quotes and evidence, passage
/// members, anchors and diff ops.
pub fn report_spans(report: &Report) -> Vec<SpanAt> {
    let mut out = Vec::new();
    let mut push = |article: &str, what: String, start: usize, end: usize| {
        out.push(SpanAt {
            article: article.to_string(),
            what,
            span: Span { start, end },
        })
    };
    for a in &report.articles {
        for s in &a.boilerplate {
            push(&a.id, "boilerplate".into(), s.start, s.end);
        }
        for s in &a.sentences {
            push(&a.id, "sentence".into(), s.start, s.end);
        }
    }
    for f in &report.facts {
        for c in &f.claims {
            push(&c.article, format!("fact {} claim", f.id), c.start, c.end);
            let e = c.evidence;
            push(
                &c.article,
                format!("fact {} evidence", f.id),
                e.start,
                e.end,
            );
        }
    }
    for (n, p) in report.passages.iter().enumerate() {
        for m in &p.members {
            push(&m.article, format!("passage {n} member"), m.start, m.end);
        }
        for a in &p.anchors {
            push(&a.article, format!("passage {n} anchor"), a.start, a.end);
        }
        for op in p.diffs.iter().flat_map(|d| &d.ops) {
            push(
                &op.article,
                format!("passage {n} diff op"),
                op.start,
                op.end,
            );
        }
    }
    out
}

/// Checks that every span of `report` points into its article's text: known article, start <=
/// end <= length, both on char boundaries; that each quote is the text at its offsets and each
/// evidence lies inside its quote. The first problem found, described.
pub fn check_spans(report: &Report, articles: &[Article]) -> Result<(), String> {
    for s in report_spans(report) {
        let text = &articles
            .iter()
            .find(|a| a.id == s.article)
            .ok_or_else(|| format!("{}: unknown article {:?}", s.what, s.article))?
            .text;
        let Span { start, end } = s.span;
        if start > end || end > text.len() {
            return Err(format!(
                "{} {}..{} out of bounds of {:?} ({} bytes)",
                s.what,
                start,
                end,
                s.article,
                text.len()
            ));
        }
        if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
            return Err(format!(
                "{} {start}..{end} not on char boundaries of {:?}",
                s.what, s.article
            ));
        }
    }
    check_quotes(report, articles)
}

fn check_quotes(report: &Report, articles: &[Article]) -> Result<(), String> {
    for f in &report.facts {
        for c in &f.claims {
            let text = &articles.iter().find(|a| a.id == c.article).unwrap().text;
            if text[c.start..c.end] != c.quote {
                return Err(format!(
                    "fact {}: quote is not the text at its offsets",
                    f.id
                ));
            }
            if c.evidence.start < c.start || c.evidence.end > c.end {
                return Err(format!("fact {}: evidence outside its quote", f.id));
            }
        }
    }
    Ok(())
}

/// Prints a fact and each article's quote, to debug a verdict:
/// `  LABEL Kind subject / attribute / object: reason`, then one line per claim.
pub fn print_fact(label: &str, f: &Fact) {
    println!(
        "  {label} {:?} {} / {} / {}: {}",
        f.kind,
        f.subject,
        f.attribute,
        f.object.as_deref().unwrap_or("-"),
        f.reason
    );
    for c in &f.claims {
        println!("    [{}] {:?}: {}", c.article, c.value, c.quote.trim());
    }
}

/// The shared corpus's files, one per language, line-aligned.
pub const SHARED_FILES: [(&str, &str); 5] = [
    ("en", "newstest2019-src.eng.txt"),
    ("de", "newstest2019-ref.deu.txt"),
    ("fr", "newstest2019-ref.fra.txt"),
    ("es", "newstest2019-ref.spa.txt"),
    ("it", "newstest2019-ref.ita.txt"),
];

/// The whole NTREX-128 corpus outside the repository: `NTREX_DIR`, else
/// `shared/corpus/ntrex128` next to the repository or above it.
pub fn shared_corpus_dir() -> Option<PathBuf> {
    if let Ok(dir) = std::env::var("NTREX_DIR") {
        return Some(PathBuf::from(dir));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    root.ancestors()
        .map(|a| a.join("shared/corpus/ntrex128"))
        .find(|d| d.join("DOCUMENT_IDS.tsv").exists())
}

/// (document id, one text per language of [`SHARED_FILES`]), in corpus order.
pub fn shared_documents(dir: &Path) -> Vec<(String, Vec<String>)> {
    let read = |name: &str| fs::read_to_string(dir.join(name)).expect("corpus file");
    let ids = read("DOCUMENT_IDS.tsv");
    let texts: Vec<String> = SHARED_FILES.iter().map(|(_, f)| read(f)).collect();
    let lines: Vec<Vec<&str>> = texts.iter().map(|t| t.lines().collect()).collect();
    let mut docs: Vec<(String, Vec<Vec<&str>>)> = Vec::new();
    for (i, id) in ids.lines().enumerate() {
        if docs.last().map_or(true, |d| d.0 != id) {
            docs.push((id.to_string(), vec![Vec::new(); SHARED_FILES.len()]));
        }
        let doc = docs.last_mut().expect("pushed");
        for (l, file) in lines.iter().enumerate() {
            doc.1[l].push(file[i]);
        }
    }
    docs.into_iter()
        .map(|(id, per_lang)| (id, per_lang.iter().map(|ls| ls.join("\n")).collect()))
        .collect()
}

/// The one number the NTREX translations themselves get wrong: the Italian translation of
/// euronews-en.153826 gives the Ryder Cup's final score as "17,5 a 10,5" where the English source
/// and the other translations say 16.5. A conflict that quotes it is right, not false.
pub fn is_known_translation_error(f: &Fact) -> bool {
    f.verdict == parallax::Verdict::Conflict
        && f.claims
            .iter()
            .any(|c| c.article.starts_with("euronews-en.153826") && c.value == "17.5")
}
