//! Properties of `compare` over generated input: any Unicode text, and "newsy" text built from a
//! small word list (names, role phrases in en/fr/de, amounts with currencies, years, dates) so that
//! the extraction paths run, not just the noise paths.
//!
//! - every span of the report is in bounds, ordered and on char boundaries of its article;
//! - the same input gives the same report;
//! - reordering the articles changes no fact's verdict;
//! - an article compared with itself yields no conflict;
//! - errors only for an empty or blank text, naming the article.
//!
//! Cases are few so the file runs in seconds in a debug build; raise them locally with
//! `PROPTEST_CASES=1000 cargo test --test properties`.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use parallax::{compare, Article, FactKind, Options, Report, Verdict};
use proptest::prelude::*;

/// Cases per property (debug build; the whole file stays well under 20 s).
const CASES: u32 = 64;

/// Awkward pieces of text: emoji (with ZWJ and flags), CJK, combining marks, RTL scripts and
/// marks, case mappings that change byte length, ligatures, quotes, spaces of all kinds, newlines.
const AWKWARD: &[&str] = &[
    "😀",
    "👩‍👩‍👧",
    "🇫🇷",
    "中文新闻报道。",
    "東京で会議。",
    "e\u{301}",
    "\u{308}",
    "שלום עולם.",
    "مرحبا بالعالم",
    "\u{200F}",
    "\u{200B}",
    "\u{FEFF}",
    "\u{A0}",
    "\u{2009}",
    "İstanbul",
    "ß",
    "ﬁnance",
    "Σ",
    "«\u{A0}citation\u{A0}»",
    "„Zitat“",
    "’",
    "…",
    "...",
    "Dr.",
    "U.S.",
    "$4.8bn",
    "4,8 Mrd. €",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    " ",
    ". ",
    "? ",
];

/// Invented people, works and organisations (no story names from the demo).
const NAMES: &[&str] = &[
    "Jane Doe",
    "Marc Dupont",
    "Anna Schmidt",
    "Li Wei",
    "José Álvarez",
    "Zoë Ōtani",
    "Hans van der Berg",
    "Doe",
    "Dupont",
];
const WORKS: &[&str] = &[
    "the film Blue Horizon",
    "le film « Horizon bleu »",
    "der Film „Blaue Stunde“",
    "the series Northern Lights",
    "Acme Corp",
    "Globex SA",
    "Initech GmbH",
];
const ROLES: &[&str] = &[
    "directed by",
    "produced by",
    "written by",
    "will produce",
    "is the CEO of",
    "chief executive of",
    "réalisé par",
    "produit par",
    "directeur général de",
    "est le PDG de",
    "unter der Regie von",
    "produziert von",
    "Vorstandschef von",
    "ist Geschäftsführer von",
];
const AMOUNTS: &[&str] = &[
    "raised $2 billion",
    "raised $2.1bn",
    "worth €300 million",
    "a levé 2 milliards de dollars",
    "vaut 4,8 milliards d’euros",
    "sammelte 2,5 Mrd. Euro ein",
    "Umsatz von 120 Millionen Dollar",
    "revenue of £40m",
    "15 %",
    "three million",
];
const WHEN: &[&str] = &[
    "in 2014",
    "en 2019",
    "im Jahr 2020",
    "on March 3, 2019",
    "le 3 mars 2019",
    "am 3. März 2019",
    "last year",
    "l'an dernier",
    "gestern",
    "founded in 1999",
];

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = &'static str> {
    prop::sample::select(list)
}

/// Any text: random chars (control and unassigned ones included), awkward pieces, ASCII words.
fn unicode_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::collection::vec(any::<char>(), 0..8).prop_map(String::from_iter),
        pick(AWKWARD).prop_map(str::to_string),
        "[A-Za-z]{1,8}",
        "[0-9]{1,6}",
    ];
    prop::collection::vec(piece, 0..24).prop_map(|pieces| pieces.concat())
}

/// One newsy sentence: a name, a role or position, a work or organisation, maybe an amount and
/// a date, in one of a few orders.
fn newsy_sentence() -> impl Strategy<Value = String> {
    (
        pick(NAMES),
        pick(ROLES),
        pick(WORKS),
        prop::option::of(pick(AMOUNTS)),
        prop::option::of(pick(WHEN)),
        0..3u8,
    )
        .prop_map(|(name, role, work, amount, when, order)| {
            let tail = [amount, when].into_iter().flatten().collect::<Vec<_>>();
            let tail = if tail.is_empty() {
                String::new()
            } else {
                format!(", {}", tail.join(", "))
            };
            match order {
                0 => format!("{work} is {role} {name}{tail}."),
                1 => format!("{name} {role} {work}{tail}."),
                _ => format!("{work}{tail}, {role} {name}."),
            }
        })
}

/// A newsy article: a few sentences, sometimes on separate lines, sometimes with noise.
fn newsy_text() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        4 => newsy_sentence(),
        1 => pick(AWKWARD).prop_map(str::to_string),
    ];
    (prop::collection::vec((part, any::<bool>()), 1..8)).prop_map(|parts| {
        let mut text = String::new();
        for (part, newline) in parts {
            text.push_str(&part);
            text.push(if newline { '\n' } else { ' ' });
        }
        text
    })
}

fn articles(texts: &[String]) -> Vec<Article> {
    texts
        .iter()
        .enumerate()
        .map(|(i, t)| Article::new(format!("a{i}"), t.clone()))
        .collect()
}

/// Compares; an error must be the documented one (the first blank text), naming its article.
fn compare_checked(articles: &[Article]) -> Result<Option<Report>, TestCaseError> {
    let blank = articles.iter().find(|a| a.text.trim().is_empty());
    match (compare(articles, &Options::default()), blank) {
        (Ok(report), None) => Ok(Some(report)),
        (Err(e), Some(a)) => {
            let message = e.to_string();
            prop_assert!(
                message.contains(&format!("\"{}\"", a.id)),
                "error does not name {}: {message}",
                a.id
            );
            Ok(None)
        }
        (Ok(_), Some(a)) => Err(TestCaseError::fail(format!("blank {} accepted", a.id))),
        (Err(e), None) => Err(TestCaseError::fail(format!("unexpected error: {e}"))),
    }
}

type FactKey = (FactKind, String, String, Option<String>, Verdict);

/// The verdicts of a report as a sorted multiset keyed by (kind, subject, attribute, object).
fn verdicts(report: &Report) -> Vec<FactKey> {
    let mut keys: Vec<FactKey> = report
        .facts
        .iter()
        .map(|f| {
            let (s, a, o) = (f.subject.clone(), f.attribute.clone(), f.object.clone());
            (f.kind, s, a, o, f.verdict)
        })
        .collect();
    keys.sort();
    keys
}

fn conflicts(report: &Report) -> Vec<String> {
    report
        .facts
        .iter()
        .filter(|f| f.verdict == Verdict::Conflict)
        .map(|f| format!("{} {} {}: {}", f.subject, f.attribute, f.id, f.reason))
        .collect()
}

/// Spans in bounds and the same report twice, for one input.
fn check_report(articles: &[Article]) -> Result<Option<Report>, TestCaseError> {
    let Some(report) = compare_checked(articles)? else {
        return Ok(None);
    };
    let spans = common::check_spans(&report, articles);
    prop_assert!(spans.is_ok(), "{}", spans.unwrap_err());
    let again = compare(articles, &Options::default()).expect("succeeded once");
    prop_assert_eq!(&report, &again, "same input, different report");
    Ok(Some(report))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn any_unicode_gives_spans_in_bounds_and_same_report(
        texts in prop::collection::vec(unicode_text(), 2..=4)
    ) {
        check_report(&articles(&texts))?;
    }

    #[test]
    fn newsy_text_gives_spans_in_bounds_and_same_report(
        texts in prop::collection::vec(newsy_text(), 2..=4)
    ) {
        check_report(&articles(&texts))?;
    }

    #[test]
    fn reordering_articles_changes_no_verdict(
        (texts, order) in prop::collection::vec(
            prop_oneof![3 => newsy_text(), 1 => unicode_text()], 2..=4
        ).prop_flat_map(|texts| {
            let order = Just((0..texts.len()).collect::<Vec<_>>()).prop_shuffle();
            (Just(texts), order)
        })
    ) {
        let given = articles(&texts);
        let shuffled: Vec<Article> = order.iter().map(|&i| given[i].clone()).collect();
        if let (Some(a), Some(b)) = (check_report(&given)?, check_report(&shuffled)?) {
            prop_assert_eq!(verdicts(&a), verdicts(&b), "order {:?}", order);
        }
    }

    #[test]
    fn an_article_never_conflicts_with_itself(
        text in prop_oneof![3 => newsy_text(), 1 => unicode_text()]
    ) {
        let same = [Article::new("first", text.clone()), Article::new("second", text)];
        if let Some(report) = check_report(&same)? {
            let found = conflicts(&report);
            prop_assert!(found.is_empty(), "self-conflicts: {:?}", found);
        }
    }
}

/// The generators reach the extraction paths: some newsy input must yield facts once the
/// claim stages are in, so a property that passes on empty reports does not pass vacuously.
#[test]
#[ignore = "TODO(issue 3): un-ignore once segment yields words (claims need them)"]
fn newsy_text_yields_facts() {
    let texts = [
        "The film Blue Horizon is directed by Jane Doe. Acme Corp raised $2 billion in 2014.",
        "Le film « Horizon bleu » est réalisé par Jane Doe. Acme Corp a levé 2 milliards de dollars en 2014.",
    ]
    .map(str::to_string);
    let report = compare(&articles(&texts), &Options::default()).expect("compares");
    println!("{:#?}", verdicts(&report));
    assert!(!report.facts.is_empty(), "no facts from newsy text");
    assert!(conflicts(&report).is_empty(), "{:?}", conflicts(&report));
}

#[test]
fn blank_text_error_names_the_article() {
    let texts = ["Some text.".to_string(), " \n\t ".to_string()];
    let err = compare(&articles(&texts), &Options::default()).unwrap_err();
    assert!(err.to_string().contains("\"a1\""), "{err}");
}
