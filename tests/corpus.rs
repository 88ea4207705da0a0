//! Corpus check on real news: the first 30 NTREX-128 documents in English, German and French.
//! The three texts of a document are translations of one article, line by line, so they must
//! produce no conflict, their facts should agree, and line i of each should land in one passage.
//!
//! `cargo test --test corpus -- --nocapture` prints the per-document table and every conflict
//! with both quotes.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{documents_in, fixture_article, LineIndex};
use parallax::{compare, Article, Options, Report, Verdict};

/// Documents checked, in corpus order.
const DOCS: usize = 30;
/// Languages compared; the first is the one whose lines are counted for alignment.
const LANGS: [&str; 3] = ["en", "de", "fr"];
/// Translations of one article never conflict: every conflict here is a false one.
const MAX_CONFLICTS: usize = 0;
/// Least English content lines sharing a passage with the same line of the German, then the
/// French, translation. Measured: 358 and 396 of 447 content lines (80.1 % and 88.6 %).
const MIN_ALIGNED: [usize; 2] = [358, 396];
/// Least share of passage links (a passage holding an English and a German, or French, sentence)
/// that join the same line. Measured: en-de 358 of 362 (0.9890), en-fr 396 of 397 (0.9975).
const MIN_LINK_PRECISION: [f64; 2] = [0.9889, 0.9974];
/// Least facts that agree over the 30 documents (every fact of a translation should). Measured: 22.
const MIN_AGREE: usize = 22;
/// Most facts only one article states: a reading that worked in one language only. Measured: 1.
const MAX_SINGLE: usize = 1;

/// What one document's comparison measured.
#[derive(Default)]
struct Measure {
    conflicts: usize,
    agree: usize,
    single: usize,
    /// English content lines (lines touched by a sentence of the English article).
    lines: usize,
    /// Of those, lines in a passage with the same line of the German, then French, article.
    aligned: [usize; 2],
    /// Passages holding an English and a German (then French) sentence.
    links: [usize; 2],
    /// Of those, passages where the two share a line.
    right_links: [usize; 2],
}

#[test]
#[allow(clippy::absurd_extreme_comparisons)] // MAX_CONFLICTS is a threshold the lead may tune.
fn translations_do_not_conflict_and_align_line_by_line() {
    let docs = documents_in(&LANGS, DOCS);

    println!(
        "{:<24} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}",
        "document", "confl", "agree", "singl", "lines", "al.de", "al.fr"
    );
    let mut total = Measure::default();
    for doc in &docs {
        let articles: Vec<Article> = LANGS.iter().map(|l| fixture_article(&doc.id, l)).collect();
        let report =
            compare(&articles, &Options::default()).unwrap_or_else(|e| panic!("{}: {e}", doc.id));
        common::check_spans(&report, &articles).unwrap_or_else(|e| panic!("{}: {e}", doc.id));
        let m = measure(&report, &articles);
        print_conflicts(&report);
        println!(
            "{:<24} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}",
            doc.id, m.conflicts, m.agree, m.single, m.lines, m.aligned[0], m.aligned[1]
        );
        total.add(&m);
    }
    let share = |n: usize, of: usize| n as f64 / of.max(1) as f64;
    let aligned = total.aligned.map(|n| share(n, total.lines));
    let precision = [0, 1].map(|i| share(total.right_links[i], total.links[i]));
    println!(
        "{:<24} {:>5} {:>5} {:>5} {:>6} {:>6} {:>6}",
        "TOTAL",
        total.conflicts,
        total.agree,
        total.single,
        total.lines,
        total.aligned[0],
        total.aligned[1]
    );
    println!(
        "aligned share: en-de {:.3}, en-fr {:.3}; link precision: en-de {:.4} ({}/{}), en-fr {:.4} ({}/{})",
        aligned[0],
        aligned[1],
        precision[0],
        total.right_links[0],
        total.links[0],
        precision[1],
        total.right_links[1],
        total.links[1]
    );

    assert!(
        total.conflicts <= MAX_CONFLICTS,
        "{} false conflicts between translations (run with --nocapture for the quotes)",
        total.conflicts
    );
    assert!(
        total.agree >= MIN_AGREE,
        "{} agreeing facts < {MIN_AGREE}",
        total.agree
    );
    assert!(
        total.single <= MAX_SINGLE,
        "{} single facts > {MAX_SINGLE}",
        total.single
    );
    for (i, pair) in ["en-de", "en-fr"].iter().enumerate() {
        assert!(
            total.aligned[i] >= MIN_ALIGNED[i],
            "{pair}: {} of {} lines aligned < {}",
            total.aligned[i],
            total.lines,
            MIN_ALIGNED[i]
        );
        assert!(
            precision[i] >= MIN_LINK_PRECISION[i],
            "{pair}: link precision {:.4} < {}",
            precision[i],
            MIN_LINK_PRECISION[i]
        );
    }
}

impl Measure {
    fn add(&mut self, m: &Measure) {
        self.conflicts += m.conflicts;
        self.agree += m.agree;
        self.single += m.single;
        self.lines += m.lines;
        for i in 0..2 {
            self.aligned[i] += m.aligned[i];
            self.links[i] += m.links[i];
            self.right_links[i] += m.right_links[i];
        }
    }
}

fn measure(report: &Report, articles: &[Article]) -> Measure {
    // Conflicts of every kind; agreements and single facts of the constructions (figures stated
    // once are many by design: tests/corpus_figures.rs measures figures).
    let count = |v: Verdict| {
        report
            .facts
            .iter()
            .filter(|f| f.verdict == v)
            .filter(|f| v == Verdict::Conflict || f.kind != parallax::FactKind::Figure)
            .filter(|f| !common::is_known_translation_error(f))
            .count()
    };
    let content = content_lines(report, &articles[0]);
    let aligned = |other: &Article| {
        let pairs = same_line_pairs(report, &articles[0], other);
        content.iter().filter(|l| pairs.contains(l)).count()
    };
    let links = [1, 2].map(|i| links(report, &articles[0], &articles[i]));
    Measure {
        conflicts: count(Verdict::Conflict),
        agree: count(Verdict::Agree),
        single: count(Verdict::Single),
        lines: content.len(),
        aligned: [aligned(&articles[1]), aligned(&articles[2])],
        links: links.map(|l| l.0),
        right_links: links.map(|l| l.1),
    }
}

/// (passages holding a sentence of `a` and one of `b`, those of them where the two share a line).
/// The line numbers are the translations' own, so a link between different lines is wrong.
fn links(report: &Report, a: &Article, b: &Article) -> (usize, usize) {
    let (index_a, index_b) = (LineIndex::new(&a.text), LineIndex::new(&b.text));
    let (mut links, mut right) = (0, 0);
    for p in &report.passages {
        let (in_a, in_b) = (member_lines(p, a, &index_a), member_lines(p, b, &index_b));
        if in_a.is_empty() || in_b.is_empty() {
            continue;
        }
        links += 1;
        right += usize::from(in_a.iter().any(|l| in_b.contains(l)));
    }
    (links, right)
}

/// The lines of `article` that a passage's members touch.
fn member_lines(passage: &parallax::Passage, article: &Article, index: &LineIndex) -> Vec<usize> {
    passage
        .members
        .iter()
        .filter(|m| m.article == article.id && m.start < m.end)
        .flat_map(|m| index.lines_of(m.start, m.end))
        .collect()
}

/// Lines of `article` touched by one of its sentences (boilerplate and blank lines are not content).
fn content_lines(report: &Report, article: &Article) -> Vec<usize> {
    let index = LineIndex::new(&article.text);
    let view = report.articles.iter().find(|a| a.id == article.id).unwrap();
    let mut lines: Vec<usize> = view
        .sentences
        .iter()
        .filter(|s| !s.is_empty())
        .flat_map(|s| index.lines_of(s.start, s.end))
        .collect();
    lines.sort_unstable();
    lines.dedup();
    lines
}

/// Lines i such that some passage holds a sentence of `a` on line i and one of `b` on line i.
fn same_line_pairs(report: &Report, a: &Article, b: &Article) -> Vec<usize> {
    let (index_a, index_b) = (LineIndex::new(&a.text), LineIndex::new(&b.text));
    let lines_in = member_lines;
    let mut lines: Vec<usize> = report
        .passages
        .iter()
        .flat_map(|p| {
            let in_b = lines_in(p, b, &index_b);
            lines_in(p, a, &index_a)
                .into_iter()
                .filter(move |l| in_b.contains(l))
        })
        .collect();
    lines.sort_unstable();
    lines.dedup();
    lines
}

/// Every conflict with its reason and each article's quote, to debug false conflicts.
fn print_conflicts(report: &Report) {
    for f in report
        .facts
        .iter()
        .filter(|f| f.verdict == Verdict::Conflict)
    {
        common::print_fact("CONFLICT", f);
    }
}

#[test]
fn line_index_maps_offsets_to_lines() {
    let text = "first\nsécond\n\nlast";
    let index = LineIndex::new(text);
    let at = |s: &str| text.find(s).unwrap();
    let cases = [
        (0, 0),
        (at("first") + 5, 0),
        (at("sécond"), 1),
        (at("last"), 3),
    ];
    for (offset, line) in cases {
        assert_eq!(index.line_of(offset), line, "offset {offset}");
    }
    assert_eq!(index.lines_of(at("first"), at("sécond") + 3), 0..=1);
    assert_eq!(index.lines_of(at("last"), text.len()), 3..=3);
    assert_eq!(index.len(), 4);
}
