//! Recall scan over all 123 NTREX-128 documents: the translations of one article state the same
//! facts, so every fact should come out `agree` with a claim from each language. Prints the
//! agree / single / conflict counts for en+de+fr and en+es+it and, with `NTREX_LIST=1`, every
//! single fact and every agreeing fact missing a language, with value, quote and article.
//!
//! `cargo test --release --test corpus_recall -- --ignored --nocapture`
//! (corpus folder as in `corpus_all.rs`: `NTREX_DIR` or `../shared/corpus/ntrex128`).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{shared_corpus_dir, shared_documents, SHARED_FILES as FILES};
use parallax::{compare, Article, Options, Verdict};

#[test]
#[ignore = "needs the shared NTREX corpus; prints the recall figures"]
fn recall_over_all_documents() {
    let Some(dir) = shared_corpus_dir() else {
        panic!("corpus not found: set NTREX_DIR");
    };
    let docs = shared_documents(&dir);
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
