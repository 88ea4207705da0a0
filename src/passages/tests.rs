//! Tests of the passage aligner: unit cases and quality floors on NTREX news.

use super::features::*;
use super::*;
use crate::mentions::anchors::AnchorMention;
use crate::report::Member;
use crate::segment::tokens::tokens;
use crate::types::{Lang, Span};

/// A test article: one sentence per line, words by the tokenizer, anchors by a stand-in extractor.
struct Doc {
    id: String,
    lang: Lang,
    text: String,
    sentences: Vec<Span>,
    words: Vec<Vec<Span>>,
    anchors: Vec<Vec<AnchorMention>>,
}

impl Doc {
    fn new(id: &str, lang: Lang, lines: &[&str]) -> Doc {
        let text = lines.join("\n");
        let mut sentences = Vec::new();
        let mut at = 0;
        for line in lines {
            sentences.push(Span::new(at, at + line.len()));
            at += line.len() + 1;
        }
        let words: Vec<Vec<Span>> = sentences
            .iter()
            .map(|&s| {
                tokens(&text, s)
                    .into_iter()
                    .filter(|t| t.word)
                    .map(|t| t.span)
                    .collect()
            })
            .collect();
        let anchors = words.iter().map(|w| stand_in_anchors(&text, w)).collect();
        Doc {
            id: id.to_string(),
            lang,
            text,
            sentences,
            words,
            anchors,
        }
    }

    /// The same article with the anchors of the mention stages instead of the stand-in.
    fn with_pipeline_anchors(mut self) -> Doc {
        let (text, lang) = (&self.text, self.lang);
        self.anchors = self
            .sentences
            .iter()
            .map(|&s| crate::mentions::anchors::of_sentence(text, s, lang, None))
            .collect();
        self
    }

    /// The same article without word spans (a segmenter that gave none).
    fn input(&self) -> AlignInput<'_> {
        AlignInput {
            id: &self.id,
            text: &self.text,
            lang: self.lang,
            sentences: &self.sentences,
            words: self.words.iter().map(Vec::as_slice).collect(),
            anchors: &self.anchors,
        }
    }
}

/// TEST ONLY: numbers (keyed by their digits, as "1,250" and "1.250" are one number), and
/// capitalised words not at the sentence start, lowercased.
fn stand_in_anchors(text: &str, words: &[Span]) -> Vec<AnchorMention> {
    words
        .iter()
        .enumerate()
        .filter(|&(n, w)| {
            let word = w.of(text);
            word.bytes().any(|b| b.is_ascii_digit())
                || (n > 0 && word.chars().next().is_some_and(char::is_uppercase))
        })
        .map(|(_, &span)| {
            let word = span.of(text);
            let digits: String = word.chars().filter(char::is_ascii_digit).collect();
            AnchorMention {
                span,
                key: if digits.is_empty() {
                    word.to_lowercase()
                } else {
                    digits
                },
            }
        })
        .collect()
}

fn run(docs: &[&Doc]) -> Vec<Passage> {
    let inputs: Vec<AlignInput<'_>> = docs.iter().map(|d| d.input()).collect();
    passages(&inputs)
}

/// Each passage as a sorted list of (article id, sentence text).
fn rows(docs: &[&Doc], passages: &[Passage]) -> Vec<Vec<(String, String)>> {
    let text = |id: &str| &docs.iter().find(|d| d.id == id).unwrap().text;
    passages
        .iter()
        .map(|p| {
            let mut row: Vec<(String, String)> = p
                .members
                .iter()
                .map(|m| {
                    (
                        m.article.clone(),
                        text(&m.article)[m.start..m.end].to_string(),
                    )
                })
                .collect();
            row.sort();
            row
        })
        .collect()
}

/// The sentence index of each member, as (article id, index).
fn indices(docs: &[&Doc], p: &Passage) -> Vec<(String, usize)> {
    p.members
        .iter()
        .map(|m| {
            let doc = docs.iter().find(|d| d.id == m.article).unwrap();
            let k = doc
                .sentences
                .iter()
                .position(|s| s.start == m.start)
                .unwrap();
            (m.article.clone(), k)
        })
        .collect()
}

fn lines(text: &str) -> Vec<&str> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn interner_numbers_keys_densely_in_order_of_first_sight() {
    let mut interner = Interner::default();
    interner.reserve(2);
    let keys = [
        "w:en:the", "k:2014", "w:en:the", "c:légi", "u:東京", "k:2014",
    ];
    let ids: Vec<u32> = keys.iter().map(|k| interner.id(k)).collect();
    assert_eq!(ids, [0, 1, 0, 2, 3, 1]);
    assert_eq!(interner.len(), 4);
    assert_eq!(interner.kinds, b"wkcu");
    // Many keys: the table grows past its reservation and every key keeps its id.
    let many: Vec<String> = (0..500).map(|n| format!("w:fr:{n}")).collect();
    let first: Vec<u32> = many.iter().map(|k| interner.id(k)).collect();
    let again: Vec<u32> = many.iter().map(|k| interner.id(k)).collect();
    assert_eq!(first, again);
    assert_eq!(first, (4..504).collect::<Vec<u32>>());
    for (id, key) in ["w:en:the", "k:2014", "c:légi", "u:東京"]
        .iter()
        .enumerate()
    {
        assert_eq!(key_at(&interner.keys, &interner.ends, id as u32), *key);
    }
}

#[test]
fn function_words_match_ignoring_ascii_case_only() {
    let words = FunctionWords::of(&["The", "über", "à", "dell'"]);
    let mut buffer = String::new();
    for (word, expected) in [
        ("the", true),
        ("THE", true),
        ("über", true),
        ("Über", false), // eq_ignore_ascii_case leaves Ü as it is, and so does the set
        ("À", false),
        ("à", true),
        ("DELL'", true),
        ("then", false),
        ("東京", false),
    ] {
        let lower = word.to_lowercase();
        assert_eq!(
            words.contains(word, &lower, &mut buffer),
            expected,
            "{word}"
        );
    }
}

#[test]
fn translated_sentences_align_across_languages() {
    let en = Doc::new(
        "en",
        Lang::En,
        &lines(
            "
        Acme Corp was founded by Jane Doe in 2014.
        The weather was cold and grey that morning.
        Its revenue reached 4.8 billion dollars last year, up 36%.
        Jane Doe left Acme Corp to join Zeta Labs in Zürich.",
        ),
    );
    let fr = Doc::new(
        "fr",
        Lang::Fr,
        &lines(
            "
        Acme Corp a été fondée par Jane Doe en 2014.
        Son chiffre d’affaires a atteint 4,8 milliards de dollars l’an dernier, en hausse de 36 %.
        Il faisait froid et gris ce matin-là.
        Jane Doe a quitté Acme Corp pour rejoindre Zeta Labs à Zürich.",
        ),
    );
    let docs = [&en, &fr];
    let found = run(&docs);
    let got: Vec<Vec<(String, usize)>> = found.iter().map(|p| indices(&docs, p)).collect();
    let pair = |e: usize, f: usize| vec![("en".to_string(), e), ("fr".to_string(), f)];
    // The weather sentences share nothing language-neutral: no link by position alone.
    assert_eq!(got, [pair(0, 0), pair(2, 1), pair(3, 3)]);
    assert!(found.iter().all(|p| !p.moved));
    assert!(
        found.iter().all(|p| p.diffs.is_empty()),
        "different languages: no word diff"
    );
}

#[test]
fn unrelated_sentences_do_not_align() {
    let a = Doc::new(
        "a",
        Lang::En,
        &lines(
            "
        The council approved the new budget on Monday.
        Heavy rain flooded several streets downtown.
        Local schools will reopen next week.",
        ),
    );
    let b = Doc::new(
        "b",
        Lang::De,
        &lines(
            "
        Die Mannschaft gewann das Spiel deutlich.
        Viele Fans feierten bis spät in die Nacht.
        Der Trainer lobte seine Spieler.",
        ),
    );
    let c = Doc::new(
        "c",
        Lang::En,
        &lines(
            "
        A rare bird was spotted in the national park.
        Scientists hope to study its migration.",
        ),
    );
    assert_eq!(run(&[&a, &b, &c]), []);
}

#[test]
fn three_articles_about_one_number_make_one_row() {
    let en = Doc::new(
        "en",
        Lang::En,
        &["The mayor said 1,250 homes were damaged."],
    );
    let de = Doc::new(
        "de",
        Lang::De,
        &["Laut dem Bürgermeister wurden 1.250 Häuser beschädigt."],
    );
    let es = Doc::new(
        "es",
        Lang::Es,
        &["El alcalde dijo que 1250 viviendas resultaron dañadas."],
    );
    let docs = [&en, &de, &es];
    let found = run(&docs);
    assert_eq!(found.len(), 1);
    let ids: Vec<&str> = found[0]
        .members
        .iter()
        .map(|m| m.article.as_str())
        .collect();
    assert_eq!(ids, ["en", "de", "es"], "members in input order");
    let number: Vec<bool> = found[0]
        .anchors
        .iter()
        .filter(|a| a.key == "1250")
        .map(|a| a.shared)
        .collect();
    assert_eq!(number, [true, true, true]);
}

#[test]
fn reordered_article_yields_moved_rows() {
    let first = [
        "Officials in Lyon confirmed 12 cases on Friday.",
        "The outbreak began at a school near Villeurbanne.",
        "Doctor Amélie Roux said 3 patients were in hospital.",
        "Prefect Marc Olivier ordered masks in 40 schools.",
        "Tests will continue until 15 October, Roux added.",
    ];
    let a = Doc::new("a", Lang::En, &first);
    let reordered = [first[0], first[3], first[1], first[2], first[4]];
    let b = Doc::new("b", Lang::En, &reordered);
    let docs = [&a, &b];
    let found = run(&docs);
    assert_eq!(found.len(), 5, "every sentence has its copy");
    let moved: Vec<Vec<(String, usize)>> = found
        .iter()
        .filter(|p| p.moved)
        .map(|p| indices(&docs, p))
        .collect();
    assert_eq!(moved, [vec![("a".to_string(), 3), ("b".to_string(), 1)]]);
    // Rows come in the reading order of the first article.
    let order: Vec<usize> = found.iter().map(|p| indices(&docs, p)[0].1).collect();
    assert_eq!(order, [0, 1, 2, 3, 4]);
}

#[test]
fn input_order_does_not_change_the_rows() {
    let docs_of = |doc: &(String, Vec<Vec<&'static str>>)| {
        let langs = [Lang::En, Lang::De, Lang::Fr, Lang::Es];
        let ids = ["en", "de", "fr", "es"];
        (0..4)
            .map(|k| Doc::new(ids[k], langs[k], &doc.1[k]))
            .collect::<Vec<Doc>>()
    };
    for doc in ntrex_documents().iter().take(6) {
        let docs = docs_of(doc);
        let forward: Vec<&Doc> = docs.iter().collect();
        let backward: Vec<&Doc> = docs.iter().rev().collect();
        let shuffled: Vec<&Doc> = [2, 0, 3, 1].iter().map(|&k| &docs[k]).collect();
        let mut expected = rows(&forward, &run(&forward));
        expected.sort();
        for order in [&backward, &shuffled] {
            let mut got = rows(order, &run(order));
            got.sort();
            assert_eq!(got, expected, "document {}", doc.0);
        }
        assert_eq!(run(&forward), run(&forward), "deterministic");
    }
}

#[test]
fn anchors_are_marked_shared_and_same_language_members_are_diffed() {
    let a = Doc::new(
        "a",
        Lang::Fr,
        &["Le « Café Zoé » a ouvert en 2019 à Genève, dit Émile."],
    );
    let b = Doc::new(
        "b",
        Lang::Fr,
        &["Le « Café Zoé » a ouvert en 2018 à Genève, dit Émile."],
    );
    let c = Doc::new("c", Lang::En, &["The Café Zoé opened in Genève in 2019."]);
    let docs = [&a, &b, &c];
    let found = run(&docs);
    assert_eq!(found.len(), 1);
    let p = &found[0];
    let text = |id: &str| &docs.iter().find(|d| d.id == id).unwrap().text;
    let anchor = |article: &str, key: &str| {
        p.anchors
            .iter()
            .find(|x| x.article == article && x.key == key)
            .unwrap()
    };
    assert!(anchor("a", "2019").shared && anchor("c", "2019").shared);
    assert!(!anchor("b", "2018").shared);
    assert!(anchor("b", "zoé").shared && anchor("c", "genève").shared);
    for x in &p.anchors {
        let t = text(&x.article);
        assert!(t.is_char_boundary(x.start) && t.is_char_boundary(x.end));
        let word = t[x.start..x.end].to_lowercase();
        assert!(word == x.key || word.contains(|c: char| c.is_ascii_digit()));
    }
    assert_eq!(p.diffs.len(), 1, "only a and b share a language");
    let d = &p.diffs[0];
    assert_eq!((d.from.as_str(), d.to.as_str()), ("a", "b"));
    let changed: Vec<&str> = d
        .ops
        .iter()
        .filter(|op| op.op != crate::report::DiffTag::Equal)
        .map(|op| &text(&op.article)[op.start..op.end])
        .collect();
    assert_eq!(changed, ["2019", "2018"]);
}

#[test]
fn copies_are_same_language_near_identical_articles() {
    let base = [
        "Police arrested two men in Oslo on Sunday evening.",
        "The suspects, aged 24 and 31, were carrying stolen paintings.",
        "A museum spokesperson thanked the public for its help.",
        "The investigation is continuing, police said.",
    ];
    let edited = [
        "Police arrested two men in Oslo on Sunday night.",
        "The suspects, aged 24 and 31, were carrying stolen paintings.",
        "A museum spokesperson thanked the public for its help.",
        "Further arrests are possible, a prosecutor said.",
    ];
    let other = [
        "Heavy snow closed the airport in Bergen for hours.",
        "Flights resumed in the afternoon.",
    ];
    let translated = [
        "La police a arrêté deux hommes à Oslo dimanche soir.",
        "Les suspects, âgés de 24 et 31 ans, transportaient des tableaux volés.",
        "Un porte-parole du musée a remercié le public pour son aide.",
        "L’enquête se poursuit, a indiqué la police.",
    ];
    let docs = [
        Doc::new("a", Lang::En, &base),
        Doc::new("b", Lang::En, &edited),
        Doc::new("c", Lang::En, &other),
        Doc::new("d", Lang::Fr, &translated),
        Doc::new("e", Lang::En, &base),
    ];
    let inputs: Vec<AlignInput<'_>> = docs.iter().map(Doc::input).collect();
    let got: Vec<(String, String, f64)> = copies(&inputs, 0.7)
        .into_iter()
        .map(|c| {
            let [x, y] = c.articles;
            (
                inputs[x].id.to_string(),
                inputs[y].id.to_string(),
                c.similarity,
            )
        })
        .collect();
    let pair = |x: &str, y: &str, s: f64| (x.to_string(), y.to_string(), s);
    // "Sunday evening" → "Sunday night" still shares 8 of 9 words (Dice 0.889).
    assert_eq!(
        got,
        [
            pair("a", "b", 0.75),
            pair("a", "e", 1.0),
            pair("b", "e", 0.75)
        ]
    );
    assert_eq!(
        copies(&inputs, 0.8).len(),
        1,
        "only the identical pair at 0.8"
    );
}

/// 50 articles of 60 sentences (English and German NTREX lines, each article starting 7 lines
/// after the one two before it): rows stay well formed at that size, and two articles that
/// share 53 identical sentences have each of them in one row. (Speed is `cargo bench`'s.)
#[test]
fn many_long_articles_align_their_shared_sentences() {
    let docs = ntrex_documents();
    let (en, de): (Vec<&str>, Vec<&str>) = docs
        .iter()
        .flat_map(|d| d.1[0].iter().zip(&d.1[1]))
        .map(|(e, g)| (*e, *g))
        .unzip();
    let articles: Vec<Doc> = (0..50)
        .map(|k| {
            let (lang, pool) = if k % 2 == 0 {
                (Lang::En, &en)
            } else {
                (Lang::De, &de)
            };
            let start = (k / 2) * 7;
            let lines: Vec<&str> = (start..start + 60).map(|i| pool[i % pool.len()]).collect();
            Doc::new(&format!("a{k:02}"), lang, &lines)
        })
        .collect();
    let refs: Vec<&Doc> = articles.iter().collect();
    let found = run(&refs);
    let mut placed = std::collections::HashSet::new();
    for p in &found {
        assert!(p.members.len() >= 2, "a row of one sentence");
        let mut ids: Vec<&str> = p.members.iter().map(|m| m.article.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), p.members.len(), "an article twice in one row");
        for m in &p.members {
            assert!(
                placed.insert((m.article.clone(), m.start)),
                "a sentence in two rows"
            );
        }
    }
    // a00 holds English lines 0..60 and a02 lines 7..67: 53 sentences of each are the same.
    let text = |id: &str, m: &Member| {
        let doc = articles.iter().find(|d| d.id == id).expect("article");
        doc.text[m.start..m.end].to_string()
    };
    let same_in_one_row = found
        .iter()
        .filter(|p| {
            let of = |id: &str| p.members.iter().find(|m| m.article == id);
            matches!((of("a00"), of("a02")), (Some(x), Some(y)) if text("a00", x) == text("a02", y))
        })
        .count();
    assert!(
        same_in_one_row == 53,
        "{same_in_one_row} of 53 shared sentences in one row"
    );
}

// -----------------------------------------------------------------------------------------
// Quality on NTREX (line i of every file is the same sentence; see testdata/README.md).

const NTREX_DOCS: &str = include_str!("testdata/ntrex_docs.tsv");
const NTREX_EN: &str = include_str!("testdata/ntrex_en.txt");
const NTREX_DE: &str = include_str!("testdata/ntrex_de.txt");
const NTREX_FR: &str = include_str!("testdata/ntrex_fr.txt");
const NTREX_ES: &str = include_str!("testdata/ntrex_es.txt");

/// The NTREX excerpt as documents: for each, its lines in each language.
fn ntrex_documents() -> Vec<(String, Vec<Vec<&'static str>>)> {
    let files: Vec<Vec<&str>> = [NTREX_EN, NTREX_DE, NTREX_FR, NTREX_ES]
        .iter()
        .map(|f| f.lines().collect())
        .collect();
    let mut docs: Vec<(String, Vec<Vec<&str>>)> = Vec::new();
    for (k, doc) in NTREX_DOCS.lines().enumerate() {
        if docs.last().is_none_or(|d| d.0 != doc) {
            docs.push((doc.to_string(), vec![Vec::new(); files.len()]));
        }
        let lines = &mut docs.last_mut().unwrap().1;
        for (lang, file) in files.iter().enumerate() {
            lines[lang].push(file[k]);
        }
    }
    docs
}

/// Link counts for the English–`other` pairs of all documents.
#[derive(Default, Debug)]
struct Score {
    produced: usize,
    correct: usize,
    lines: usize,
}

impl Score {
    fn precision(&self) -> f64 {
        self.correct as f64 / self.produced.max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.correct as f64 / self.lines.max(1) as f64
    }
}

/// Aligns en/de/fr of each document three-way and scores en–de and en–fr links.
fn ntrex_scores(tuning: &Tuning) -> (Score, Score) {
    ntrex_scores_with(tuning, |doc| doc)
}

fn ntrex_scores_with(tuning: &Tuning, adapt: impl Fn(Doc) -> Doc) -> (Score, Score) {
    let (mut de, mut fr) = (Score::default(), Score::default());
    for (_, lines) in ntrex_documents() {
        let docs = [
            adapt(Doc::new("en", Lang::En, &lines[0])),
            adapt(Doc::new("de", Lang::De, &lines[1])),
            adapt(Doc::new("fr", Lang::Fr, &lines[2])),
        ];
        let refs: Vec<&Doc> = docs.iter().collect();
        let inputs: Vec<AlignInput<'_>> = docs.iter().map(Doc::input).collect();
        let found = passages_tuned(&inputs, Words::of(&inputs), tuning, Threads::One);
        for (other, score) in [("de", &mut de), ("fr", &mut fr)] {
            score.lines += lines[0].len();
            for p in &found {
                let at = indices(&refs, p);
                let find = |id: &str| at.iter().find(|m| m.0 == id).map(|m| m.1);
                if let (Some(e), Some(o)) = (find("en"), find(other)) {
                    score.produced += 1;
                    score.correct += usize::from(e == o);
                }
            }
        }
    }
    (de, fr)
}

#[test]
fn ntrex_en_de_fr_alignment_quality() {
    let (de, fr) = ntrex_scores(&TUNING);
    eprintln!(
        "en-de: P {:.3} R {:.3} {de:?}\nen-fr: P {:.3} R {:.3} {fr:?}",
        de.precision(),
        de.recall(),
        fr.precision(),
        fr.recall()
    );
    // Measured: en-de P 0.991 R 0.779, en-fr P 0.992 R 0.875 (stand-in anchors only).
    assert!(de.precision() >= 0.98 && fr.precision() >= 0.98);
    assert!(de.recall() >= 0.76 && fr.recall() >= 0.86);
}

#[test]
fn ntrex_quality_with_pipeline_anchors() {
    let (de, fr) = ntrex_scores_with(&TUNING, Doc::with_pipeline_anchors);
    eprintln!(
        "pipeline anchors: en-de P {:.3} R {:.3}, en-fr P {:.3} R {:.3}",
        de.precision(),
        de.recall(),
        fr.precision(),
        fr.recall()
    );
    // Measured: en-de P 0.994 R 0.790, en-fr P 0.992 R 0.879 (floors leave room for changes
    // in the mention stages).
    assert!(de.precision() >= 0.97 && fr.precision() >= 0.97);
    assert!(de.recall() >= 0.75 && fr.recall() >= 0.85);
}

#[test]
fn ntrex_unrelated_and_partly_overlapping_documents() {
    // Measured: 0.000 false links per line; mixed P 0.953 R 0.775.
    let false_links = ntrex_false_links(&TUNING);
    eprintln!("false links per line: {false_links:.3}");
    assert!(false_links <= 0.01);
    let mixed = ntrex_mixed(&TUNING);
    eprintln!("mixed: P {:.3} R {:.3}", mixed.precision(), mixed.recall());
    assert!(mixed.precision() >= 0.94 && mixed.recall() >= 0.76);
}

/// Links produced between English document k and German/French document k+1 (all false),
/// per English line.
fn ntrex_false_links(tuning: &Tuning) -> f64 {
    let docs = ntrex_documents();
    let (mut links, mut lines) = (0, 0);
    for k in 0..docs.len() {
        let next = &docs[(k + 1) % docs.len()].1;
        let articles = [
            Doc::new("en", Lang::En, &docs[k].1[0]),
            Doc::new("de", Lang::De, &next[1]),
            Doc::new("fr", Lang::Fr, &next[2]),
            Doc::new("en2", Lang::En, &next[0]),
        ];
        let inputs: Vec<AlignInput<'_>> = articles.iter().map(Doc::input).collect();
        let found = passages_tuned(&inputs, Words::of(&inputs), tuning, Threads::One);
        links += found
            .iter()
            .filter(|p| p.members.iter().any(|m| m.article == "en"))
            .count();
        lines += docs[k].1[0].len();
    }
    links as f64 / lines as f64
}

/// English document k against a German (and French) version whose odd lines are replaced by
/// lines of document k+1: precision of the links produced into it and recall of the kept
/// even lines (what gap filling risks when articles only partly overlap).
fn ntrex_mixed(tuning: &Tuning) -> Score {
    let docs = ntrex_documents();
    let mut score = Score::default();
    for k in 0..docs.len() {
        let (own, next) = (&docs[k].1, &docs[(k + 1) % docs.len()].1);
        let mixed = |lang: usize| -> Vec<&str> {
            (0..own[0].len())
                .map(|i| {
                    if i % 2 == 0 {
                        own[lang][i]
                    } else {
                        next[lang].get(i).copied().unwrap_or(next[lang][0])
                    }
                })
                .collect()
        };
        let articles = [
            Doc::new("en", Lang::En, &own[0]),
            Doc::new("de", Lang::De, &mixed(1)),
            Doc::new("fr", Lang::Fr, &mixed(2)),
        ];
        let refs: Vec<&Doc> = articles.iter().collect();
        let inputs: Vec<AlignInput<'_>> = articles.iter().map(Doc::input).collect();
        for p in passages_tuned(&inputs, Words::of(&inputs), tuning, Threads::One) {
            let at = indices(&refs, &p);
            let find = |id: &str| at.iter().find(|m| m.0 == id).map(|m| m.1);
            for other in ["de", "fr"] {
                if let (Some(e), Some(o)) = (find("en"), find(other)) {
                    score.produced += 1;
                    score.correct += usize::from(e == o && e % 2 == 0);
                }
            }
        }
        score.lines += 2 * own[0].len().div_ceil(2);
    }
    score
}

/// The knobs as chosen beat each variation of them on documents that partly overlap (F1 of the
/// links), and keep translation links precise; `--nocapture` prints the whole sweep.
/// Measured: default mixed F1 0.851 (P 0.943 R 0.775); the nearest, looser gaps, 0.848.
#[test]
fn default_tuning_beats_each_variation_on_mixed_documents() {
    let variants = [
        ("default", TUNING),
        (
            "no cognates",
            Tuning {
                cognate: 0.0,
                ..TUNING
            },
        ),
        (
            "no gap filling",
            Tuning {
                gap: TUNING.link,
                ..TUNING
            },
        ),
        (
            "narrow gaps",
            Tuning {
                gap_width: 3,
                ..TUNING
            },
        ),
        (
            "looser gaps",
            Tuning {
                gap: 0.02,
                ..TUNING
            },
        ),
        (
            "stricter links",
            Tuning {
                link: 0.3,
                ..TUNING
            },
        ),
    ];
    let f1 = |s: &Score| 2.0 * s.precision() * s.recall() / (s.precision() + s.recall());
    let mut best_other = ("", 0.0);
    let mut default = 0.0;
    for (name, t) in variants {
        let (de, fr) = ntrex_scores(&t);
        let mixed = ntrex_mixed(&t);
        if name == "default" {
            default = f1(&mixed);
            assert!(de.precision() >= 0.98 && fr.precision() >= 0.98);
        } else if f1(&mixed) > best_other.1 {
            best_other = (name, f1(&mixed));
        }
        eprintln!(
            "{name:>15}: en-de P {:.3} R {:.3} | en-fr P {:.3} R {:.3} | unrelated {:.3} | \
             mixed P {:.3} R {:.3}",
            de.precision(),
            de.recall(),
            fr.precision(),
            fr.recall(),
            ntrex_false_links(&t),
            mixed.precision(),
            mixed.recall()
        );
    }
    assert!(
        default >= best_other.1,
        "mixed F1: default {default:.3} < {} {:.3}",
        best_other.0,
        best_other.1
    );
}
