//! Recall scan over all 123 NTREX-128 documents: the translations of one article state the same
//! facts, so every fact should come out `agree` with a claim from each language. Prints the
//! agree / single / conflict counts for en+de+fr and en+es+it and, with `NTREX_LIST=1`, every
//! single fact and every agreeing fact missing a language, with value, quote and article.
//!
//! `cargo test --release --test corpus_recall -- --ignored --nocapture`
//! (corpus folder as in `corpus_all.rs`: `NTREX_DIR` or `../shared/corpus/ntrex128`).
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use parallax::{compare, Article, Options, Verdict};

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

/// (document id, one text per language of `FILES`), in corpus order.
fn documents(dir: &Path) -> Vec<(String, Vec<String>)> {
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
        .map(|(id, per_lang)| (id, per_lang.iter().map(|ls| ls.join("\n")).collect()))
        .collect()
}

#[test]
#[ignore = "needs the shared NTREX corpus; prints the recall figures"]
fn recall_over_all_documents() {
    let Some(dir) = corpus_dir() else {
        panic!("corpus not found: set NTREX_DIR");
    };
    let docs = documents(&dir);
    let list = std::env::var("NTREX_LIST").is_ok();
    for group in [["en", "de", "fr"], ["en", "es", "it"]] {
        let (mut agree, mut single, mut conflict, mut partial) = (0, 0, 0, 0);
        for (id, texts) in &docs {
            let articles: Vec<Article> = group
                .iter()
                .map(|l| {
                    let i = FILES.iter().position(|(c, _)| c == l).expect("language");
                    Article::new(format!("{id}.{l}"), texts[i].clone())
                })
                .collect();
            let report = compare(&articles, &Options::default()).expect("compares");
            for f in &report.facts {
                let missing = f.verdict == Verdict::Agree && f.claims.len() < group.len();
                match f.verdict {
                    Verdict::Agree => agree += 1,
                    Verdict::Single => single += 1,
                    Verdict::Conflict => conflict += 1,
                }
                partial += usize::from(missing);
                if list && (f.verdict != Verdict::Agree || missing) {
                    let tag = if missing { "PARTIAL" } else { "SINGLE" };
                    println!(
                        "{tag} {:?} {:?} {} / {} / {:?}",
                        f.verdict, f.kind, f.subject, f.attribute, f.object
                    );
                    for c in &f.claims {
                        println!("    [{}] {:?}: {}", c.article, c.value, c.quote.trim());
                    }
                }
            }
        }
        println!(
            "{}: {agree} agree ({partial} missing a language), {single} single, {conflict} conflict",
            group.join("+")
        );
    }
}
