//! Timing of `compare` (cargo bench):
//!
//! - `demo`: the five demo articles (www/demo: 000 fr, 001 fr, 002 de, 003 en, 004 en);
//! - `ntrex/articles/N`: N articles of about 1,000 words each from the NTREX-128 fixtures, story k
//!   in en, de, fr, es, it, then story k + 1 (see `common::bench_articles`). N = 50 is the full
//!   set; 10 and 25 are its prefixes, and the reported throughput (bytes/s) shows whether time
//!   grows linearly with the text: equal throughput at all three sizes means linear.
//!
//! Few samples and short measurement keep the whole run to about a minute.

#[path = "../tests/common/mod.rs"]
mod common;

use std::hint::black_box;
use std::time::Duration;

use common::DEMO;
use criterion::{
    criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput,
};
use parallax::{compare, Article, Options};

/// The CLI's allocator (src/main.rs), so the figures are those of the shipped binary.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Article counts of the scaling series; the last is the full bench set.
const SIZES: [usize; 3] = [10, 25, 50];

fn bytes(articles: &[Article]) -> u64 {
    articles.iter().map(|a| a.text.len() as u64).sum()
}

fn words(articles: &[Article]) -> usize {
    articles
        .iter()
        .map(|a| a.text.split_whitespace().count())
        .sum()
}

fn demo(c: &mut Criterion) {
    let articles: Vec<Article> = DEMO.iter().map(|(id, t)| Article::new(*id, *t)).collect();
    let options = Options::default();
    let mut group = c.benchmark_group("demo");
    group.throughput(Throughput::Bytes(bytes(&articles)));
    group.bench_function("5_articles", |b| {
        b.iter(|| compare(black_box(&articles), &options).expect("demo compares"))
    });
    group.finish();
}

fn ntrex(c: &mut Criterion) {
    let options = Options::default();
    let mut group = c.benchmark_group("ntrex");
    group.sampling_mode(SamplingMode::Flat);
    for n in SIZES {
        let articles = common::bench_articles(n);
        println!(
            "ntrex/articles/{n}: {} words, {} bytes",
            words(&articles),
            bytes(&articles)
        );
        group.throughput(Throughput::Bytes(bytes(&articles)));
        group.bench_with_input(BenchmarkId::new("articles", n), &articles, |b, articles| {
            b.iter(|| compare(black_box(articles), &options).expect("ntrex compares"))
        });
    }
    group.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(4))
}

criterion_group! {
    name = benches;
    config = config();
    targets = demo, ntrex
}
criterion_main!(benches);
