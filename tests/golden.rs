//! Outputs unchanged: the full report JSON of the demo set, of the 50-article bench set and of
//! every NTREX-128 document (en+de+fr, then en+es+it, as the corpus tests compare them) is hashed
//! and checked against `tests/golden/reports.tsv`, so a refactor that changes any span, value or
//! verdict fails here.
//!
//! A change that is meant (a defect fix, a better reading) updates the file in its own commit
//! saying why: `GOLDEN_UPDATE=1 cargo test --release --test golden`. `GOLDEN_DUMP=DIR` also
//! writes each report as `DIR/NAME.json`, to diff two runs. The NTREX rows need the shared
//! corpus (`NTREX_DIR` or `../shared/corpus/ntrex128`); without it they are skipped and said so.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use std::collections::BTreeMap;
use std::path::PathBuf;

use parallax::{compare, Article, Options};

use common::{shared_corpus_dir, shared_documents, DEMO, SHARED_FILES as FILES};

fn golden_path() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden/reports.tsv")
}

/// FNV-1a, 64 bits: stable across Rust versions and platforms (std's hasher is not promised to be).
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// (name, articles) of every compared set; NTREX rows only when the corpus is there.
fn sets() -> (Vec<(String, Vec<Article>)>, bool) {
    let mut sets = vec![
        (
            "demo".to_string(),
            DEMO.iter().map(|(id, t)| Article::new(*id, *t)).collect(),
        ),
        ("bench50".to_string(), common::bench_articles(50)),
    ];
    let Some(dir) = shared_corpus_dir() else {
        return (sets, false);
    };
    for (id, texts) in shared_documents(&dir) {
        for group in [["en", "de", "fr"], ["en", "es", "it"]] {
            let articles = group
                .iter()
                .map(|l| {
                    let i = FILES.iter().position(|(c, _)| c == l).expect("language");
                    Article::new(format!("{id}.{l}"), texts[i].clone())
                })
                .collect();
            sets.push((format!("ntrex.{id}.{}", group.join("+")), articles));
        }
    }
    (sets, true)
}

fn read_golden() -> BTreeMap<String, String> {
    std::fs::read_to_string(golden_path())
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[test]
fn reports_match_the_golden_hashes() {
    let (sets, with_corpus) = sets();
    let dump = std::env::var_os("GOLDEN_DUMP").map(PathBuf::from);
    let mut now = BTreeMap::new();
    for (name, articles) in &sets {
        let report =
            compare(articles, &Options::default()).unwrap_or_else(|e| panic!("{name}: {e}"));
        let json = serde_json::to_string_pretty(&report).expect("serializes");
        if let Some(dir) = &dump {
            std::fs::create_dir_all(dir).expect("dump folder");
            std::fs::write(dir.join(format!("{name}.json")), &json).expect("dump");
        }
        now.insert(name.clone(), format!("{:016x}", fnv1a(json.as_bytes())));
    }
    if std::env::var_os("GOLDEN_UPDATE").is_some() {
        assert!(
            with_corpus,
            "GOLDEN_UPDATE needs the NTREX corpus, or its rows would be lost"
        );
        let mut out = String::from("# name\tFNV-1a of the pretty report JSON (tests/golden.rs)\n");
        for (k, v) in &now {
            out.push_str(&format!("{k}\t{v}\n"));
        }
        std::fs::write(golden_path(), out).expect("writes the golden file");
        return;
    }
    let golden = read_golden();
    if !with_corpus {
        eprintln!("golden: NTREX corpus not found, its rows are skipped");
    }
    let expected: Vec<&String> = golden
        .keys()
        .filter(|k| with_corpus || !k.starts_with("ntrex."))
        .collect();
    assert!(expected.len() >= 2, "golden file has too few rows");
    let changed: Vec<String> = expected
        .iter()
        .filter(|k| now.get(**k) != golden.get(**k))
        .map(|k| k.to_string())
        .collect();
    assert!(
        changed.is_empty(),
        "{} of {} reports changed (GOLDEN_DUMP=DIR to look): {:?}",
        changed.len(),
        expected.len(),
        &changed[..changed.len().min(20)]
    );
    assert_eq!(
        now.len(),
        expected.len(),
        "sets and golden rows differ in number"
    );
}
