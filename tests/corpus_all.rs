//! The whole NTREX-128 corpus (123 documents) in English, German, French, Spanish and Italian, read from the shared
//! corpus folder rather than the fixtures: translations of one article must not conflict, and the
//! facts they agree on measure recall by kind.
//!
//! Ignored by default (it needs the corpus outside the repository and takes a while):
//! `NTREX_DIR=/path/to/ntrex128 cargo test --test corpus_all -- --ignored --nocapture`.
//! Without `NTREX_DIR` it looks for `../shared/corpus/ntrex128` next to the repository or above.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use parallax::{compare, Article, FactKind, Options, Verdict};

const FILES: [(&str, &str); 5] = [
    ("en", "newstest2019-src.eng.txt"),
    ("de", "newstest2019-ref.deu.txt"),
    ("fr", "newstest2019-ref.fra.txt"),
    ("es", "newstest2019-ref.spa.txt"),
    ("it", "newstest2019-ref.ita.txt"),
];

fn corpus_dir() -> Option<PathBuf> {
    if let Ok(dir) = std::env::var("NTREX_DIR") {
        return Some(PathBuf::from(dir));
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    root.ancestors()
        .map(|a| a.join("shared/corpus/ntrex128"))
        .find(|d| d.join("DOCUMENT_IDS.tsv").exists())
}

/// (document id, one article per language), in corpus order.
fn documents(dir: &Path) -> Vec<(String, Vec<Article>)> {
    let read = |name: &str| fs::read_to_string(dir.join(name)).expect("corpus file");
    let ids = read("DOCUMENT_IDS.tsv");
    let texts: Vec<String> = FILES.iter().map(|(_, f)| read(f)).collect();
    let lines: Vec<Vec<&str>> = texts.iter().map(|t| t.lines().collect()).collect();
    let mut docs: Vec<(String, Vec<Vec<&str>>)> = Vec::new();
    for (i, id) in ids.lines().enumerate() {
        if docs.last().map_or(true, |d| d.0 != id) {
            docs.push((id.to_string(), vec![Vec::new(); FILES.len()]));
        }
        let doc = docs.last_mut().expect("pushed");
        for (l, file) in lines.iter().enumerate() {
            doc.1[l].push(file[i]);
        }
    }
    docs.into_iter()
        .map(|(id, per_lang)| {
            let articles = per_lang
                .iter()
                .zip(FILES)
                .map(|(ls, (lang, _))| Article::new(format!("{id}.{lang}"), ls.join("\n")))
                .collect();
            (id, articles)
        })
        .collect()
}

#[test]
#[ignore = "needs the shared NTREX corpus; run with --ignored"]
fn all_translations_do_not_conflict() {
    let Some(dir) = corpus_dir() else {
        panic!("corpus not found: set NTREX_DIR");
    };
    let docs = documents(&dir);
    let mut by_kind: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut by_pair: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut conflicts = 0;
    for (id, articles) in &docs {
        let report = compare(articles, &Options::default()).unwrap_or_else(|e| panic!("{id}: {e}"));
        for f in &report.facts {
            let kind = format!("{:?}", f.kind);
            *by_kind
                .entry((kind.clone(), format!("{:?}", f.verdict)))
                .or_default() += 1;
            if f.verdict == Verdict::Agree {
                for pair in language_pairs(&f.claims) {
                    *by_pair.entry((pair, kind.clone())).or_default() += 1;
                }
            }
            if f.verdict == Verdict::Agree && f.kind == FactKind::Date {
                println!("  AGREE date {} / {}: {}", f.subject, f.attribute, f.reason);
            }
            // NTREX_PRINT=amount (or role, date, …) lists every fact of that kind with its quotes.
            if std::env::var("NTREX_PRINT").is_ok_and(|k| k == kind.to_lowercase()) {
                println!(
                    "  {:?} {} / {} / {:?}",
                    f.verdict, f.subject, f.attribute, f.object
                );
                for c in &f.claims {
                    println!("    [{}] {:?}: {}", c.article, c.value, c.quote.trim());
                }
            }
            if f.verdict == Verdict::Conflict {
                conflicts += 1;
                common::print_fact(&format!("CONFLICT {id}"), f);
            }
        }
    }
    println!("{} documents", docs.len());
    for ((kind, verdict), n) in &by_kind {
        println!("{kind:<10} {verdict:<9} {n:>5}");
    }
    println!("agreeing facts by language pair and kind:");
    for ((pair, kind), n) in &by_pair {
        println!("{pair:<6} {kind:<10} {n:>5}");
    }
    assert_eq!(conflicts, 0, "false conflicts between translations");
}

/// The language pairs ("en-es") of the articles holding claims of one fact.
fn language_pairs(claims: &[parallax::ClaimView]) -> Vec<String> {
    let mut langs: Vec<&str> = claims
        .iter()
        .map(|c| c.article.rsplit('.').next().unwrap_or(""))
        .collect();
    langs.sort_unstable();
    langs.dedup();
    let mut pairs = Vec::new();
    for (i, a) in langs.iter().enumerate() {
        for b in &langs[i + 1..] {
            pairs.push(format!("{a}-{b}"));
        }
    }
    pairs
}

/// Different stories in one language, 40 at a time: a conflict needs a subject shared by two
/// stories, so every one printed is worth reading (most are false: a common noun read as a name).
#[test]
#[ignore = "needs the shared NTREX corpus; prints, asserts nothing"]
fn unrelated_stories_print_their_conflicts() {
    let Some(dir) = corpus_dir() else {
        panic!("corpus not found: set NTREX_DIR");
    };
    let docs = documents(&dir);
    let mut total = 0;
    for (l, (lang, _)) in FILES.iter().enumerate() {
        for chunk in docs.chunks(40) {
            let articles: Vec<Article> = chunk.iter().map(|(_, a)| a[l].clone()).collect();
            let report = compare(&articles, &Options::default()).expect("compares");
            for f in report
                .facts
                .iter()
                .filter(|f| f.verdict == Verdict::Conflict)
            {
                total += 1;
                println!(
                    "  {lang} {:?} {} / {}: {}",
                    f.kind, f.subject, f.attribute, f.reason
                );
            }
        }
    }
    println!("{total} conflicts between unrelated stories");
}
