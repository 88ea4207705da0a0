//! Facts, figures: the figure claims of all articles → fact drafts, one per figure that the
//! articles state, joined across articles when they speak of the same thing.
//!
//! Two figures of one kind and unit in different articles meet when
//! - their sentences stand in one aligned passage, or
//! - their contexts (the content words of their clauses) share a word.
//!
//! They join as *agreeing* when their values can both hold (to the precision written: "1.67 bn"
//! holds for "1,672 million"). They join as a *conflict* only on strong evidence: their sentences
//! are aligned, each is the one figure of its kind in its sentence that no figure of the other
//! matches, neither is qualified, and either the two articles read as translations of each
//! other (most of their sentences aligned) or the two contexts share a word. Anything else stays
//! single: a wrong conflict costs as much as a missed one.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use super::group::Draft;
use crate::claims::figure::round_step;
use crate::claims::FigureDetail;
use crate::claims::{Attribute, Claim};
use crate::mentions::date::DateValue;
use crate::passages::{Row, NEAR_IDENTICAL};
use crate::reading::MentionKind;
use crate::report::FactKind;
use crate::segment::tokens::{tokens, Norm};
use crate::types::Span;

/// Share of the shorter article's sentences two articles must align to read as translations.
const TRANSLATION_SHARE: f64 = 0.5;
/// Share of a measure within which two values hold for one another (conversions round).
const MEASURE_SHARE: f64 = 0.05;
/// A loose figure ("about 35", a range) holds for values within this share of it.
const LOOSE_SHARE: f64 = 0.25;

/// Groups the figure claims of every article (index = article position) into drafts, reading
/// which sentences the aligner put in one passage (`rows`) and how many sentences each article
/// has (`sentences`).
pub(crate) fn drafts(
    per_article: Vec<Vec<Claim>>,
    rows: &[Row],
    sentences: &[usize],
    texts: &[&str],
    ids: &[String],
) -> Vec<Draft> {
    let mut items: Vec<(usize, Claim)> = per_article
        .into_iter()
        .enumerate()
        .flat_map(|(a, claims)| claims.into_iter().map(move |c| (a, c)))
        .filter(|(_, c)| c.figure.is_some())
        .collect();
    // Every tie below falls to the order of the items: by article id, never by input order,
    // so the same articles in any order give the same facts.
    items.sort_by(|(a, c), (b, d)| {
        (&ids[*a], c.evidence.start, c.evidence.end).cmp(&(
            &ids[*b],
            d.evidence.start,
            d.evidence.end,
        ))
    });
    let meet = Meeting::new(rows);
    let translations = translation_pairs(rows, sentences);
    let links = links(&items, &meet, &translations, texts);
    let groups = join(&items, links);
    groups
        .into_iter()
        .map(|members| {
            let claims = members.into_iter().map(|i| items[i].clone()).collect();
            draft(claims)
        })
        .collect()
}

/// The figure detail of a figure claim.
fn detail(claim: &Claim) -> &FigureDetail {
    claim.figure.as_deref().expect("figure claims only")
}

/// True when the two figures can both hold: dates at different precisions when the coarser
/// holds the finer, numbers within half the step of the coarser's last digit written.
pub(crate) fn compatible(a: &Claim, b: &Claim) -> bool {
    let (x, y) = (detail(a), detail(b));
    let (Some(p), Some(q)) = (x.number, y.number) else {
        return crate::mentions::date::keys_compatible(&a.value, &b.value);
    };
    let step = x.precision.max(y.precision) / 2.0;
    let larger = p.abs().max(q.abs());
    let slack = if x.loose || y.loose {
        step.max(LOOSE_SHARE * larger)
    } else if x.kind == MentionKind::Measure {
        // Measures are rounded when converted: "80 °F" is "27 °C" in one translation, "26" in
        // another.
        step.max(MEASURE_SHARE * larger)
    } else {
        step
    };
    (p - q).abs() <= slack * (1.0 + 1e-9)
}

/// Ratios between units of one measure that translations convert ("40 miles", "64 km"): mile,
/// yard, foot, inch, pound, ounce, US gallon, acre, square mile, nautical mile, and °F to °C
/// for differences.
const UNIT_RATIOS: [f64; 11] = [
    1.609_344, 1.093_613, 3.280_84, 2.54, 2.204_623, 28.349_52, 3.785_41, 2.471_054, 2.589_988,
    1.852, 1.8,
];
/// Share of a converted value its rounding may take.
const ROUNDING: f64 = 0.02;

/// True when two numbers read without a unit may be one measure in two units: one is the other
/// converted by the ratio of two units, then rounded ("200 miles" may be "320 km" or "300 km",
/// "550 pounds" "250 kg"), or they are one temperature in °F and °C. Such a pair never
/// conflicts: until units are read, a conversion is likelier than a changed number.
fn units_apart(a: &Claim, b: &Claim) -> bool {
    let (Some(p), Some(q)) = (detail(a).number, detail(b).number) else {
        return false;
    };
    let (p, q) = (p.abs(), q.abs());
    let converted = |from: f64, to: f64| {
        UNIT_RATIOS.iter().any(|r| {
            let exact = from * r;
            (to - exact).abs() <= (round_step(to) / 2.0).max(0.5).max(ROUNDING * to)
        })
    };
    let temperature = |c: f64, f: f64| (c * 1.8 + 32.0 - f).abs() <= 2.0;
    converted(p, q) || converted(q, p) || temperature(p, q) || temperature(q, p)
}

/// True when two figures of one class that cannot both hold are worth a conflict: the same
/// kind, neither qualified, and no likelier reading of the difference than a changed number —
/// a scale word missed ("six autres millions": 6 and 6,000,000), one measure in two units
/// ("200 miles", "300 km") or one day apart in one language (a time zone, a dateline).
fn may_contradict(f: &Claim, g: &Claim) -> bool {
    let (x, y) = (detail(f), detail(g));
    // An age meets a number read alone ("a man, 32,") to agree, but "21 ans" and "Platz
    // sieben" are two figures: a conflict needs one kind.
    if x.kind != y.kind || x.unit != y.unit || x.loose || y.loose {
        return false;
    }
    if f.lang == g.lang && f.context.is_none() {
        return false;
    }
    if let (Some(p), Some(q)) = (x.number, y.number) {
        let ratio = p.abs().max(q.abs()) / p.abs().min(q.abs()).max(f64::MIN_POSITIVE);
        // A scale word or a zero missed, or a metric prefix ("1,98 m", "198 cm").
        let scale_missed = [1e1, 1e2, 1e3, 1e6, 1e9]
            .iter()
            .any(|s| (ratio / s - 1.0).abs() < 1e-6);
        // A number spelled out is often rephrased in translation ("Platz sieben", "21 ans").
        let spelled = f.lang != g.lang && x.kind == MentionKind::Number && !(x.digits && y.digits);
        // Numbers read alone and degrees of no named scale may be one measure in two units.
        let no_unit =
            (x.unit.is_none() && x.kind == MentionKind::Number) || x.unit.as_deref() == Some("°");
        return !(scale_missed || spelled || (no_unit && units_apart(f, g)));
    }
    f.lang != g.lang || !one_day_apart(&f.value, &g.value)
}

/// True when two date keys ("YYYY-MM-DD") name consecutive days.
fn one_day_apart(a: &str, b: &str) -> bool {
    let (Some(x), Some(y)) = (DateValue::parse_iso(a), DateValue::parse_iso(b)) else {
        return false;
    };
    x.add_days(1) == Some(y) || y.add_days(1) == Some(x)
}

/// True when a figure of a third article, aligned with both, may be the measure both converted
/// ("80 °F" rounded to "27" in one translation and "26" in another).
fn converted_by_a_third(items: &[(usize, Claim)], i: usize, j: usize, meet: &Meeting) -> bool {
    let ((a, f), (b, g)) = (&items[i], &items[j]);
    let (x, y) = (detail(f), detail(g));
    x.kind == MentionKind::Number
        && items.iter().any(|(c, h)| {
            c != a
                && c != b
                && class(h) == class(f)
                && meet.aligned((*c, detail(h).sentence), (*a, x.sentence))
                && meet.aligned((*c, detail(h).sentence), (*b, y.sentence))
                && units_apart(h, f)
                && units_apart(h, g)
        })
}

/// True when two sentences of one language share most of their words (the aligner's
/// [`NEAR_IDENTICAL`] Dice, over the one tokenizer's words without the figures): one is the
/// other edited (a wire copy with a number changed). Articles of one language written apart
/// align sentences that say related things in other words; their figures may differ without
/// contradicting.
fn same_sentence(text_a: &str, a: Span, text_b: &str, b: Span) -> bool {
    let words = |text: &str, sentence: Span| -> Vec<Norm> {
        let mut w: Vec<Norm> = tokens(text, sentence)
            .into_iter()
            .filter(|t| {
                t.word
                    && !t
                        .norm
                        .chars()
                        .all(|c| c.is_ascii_digit() || ".,'".contains(c))
            })
            .map(|t| t.norm)
            .collect();
        w.sort_unstable();
        w.dedup();
        w
    };
    let (x, y) = (words(text_a, a), words(text_b, b));
    let common = x.iter().filter(|w| y.binary_search(w).is_ok()).count();
    2.0 * common as f64 >= NEAR_IDENTICAL * (x.len() + y.len()) as f64
}

/// Which aligned row each (article, sentence) stands in.
struct Meeting(FxHashMap<(usize, usize), usize>);

impl Meeting {
    fn new(rows: &[Row]) -> Meeting {
        let mut of = FxHashMap::default();
        for (r, row) in rows.iter().enumerate() {
            for &member in row {
                of.insert(member, r);
            }
        }
        Meeting(of)
    }

    fn row(&self, article: usize, sentence: usize) -> Option<usize> {
        self.0.get(&(article, sentence)).copied()
    }

    /// True when the two sentences stand in one row.
    fn aligned(&self, a: (usize, usize), b: (usize, usize)) -> bool {
        self.row(a.0, a.1)
            .is_some_and(|r| self.row(b.0, b.1) == Some(r))
    }
}

/// Pairs of articles (smaller index first) that align most of the shorter one's sentences.
fn translation_pairs(rows: &[Row], sentences: &[usize]) -> Vec<(usize, usize)> {
    let mut shared: BTreeMap<(usize, usize), usize> = BTreeMap::new();
    for row in rows {
        for (i, &(a, _)) in row.iter().enumerate() {
            for &(b, _) in &row[i + 1..] {
                *shared.entry((a.min(b), a.max(b))).or_default() += 1;
            }
        }
    }
    shared
        .into_iter()
        .filter(|&((a, b), n)| {
            let shorter = sentences[a].min(sentences[b]);
            n >= 2 && n as f64 >= TRANSLATION_SHARE * shorter as f64
        })
        .map(|(pair, _)| pair)
        .collect()
}

/// Why two figures join.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
struct Link {
    /// Agreement links are taken first, the strongest first.
    conflict: bool,
    score: f32,
    a: usize,
    b: usize,
}

/// The class two figures must share to meet: their kind and unit. Counts, ages and numbers
/// read alone are one class: "a man, 32," is the "32-year-old" of another article.
fn class(claim: &Claim) -> (MentionKind, Option<&str>) {
    let d = detail(claim);
    let kind = match d.kind {
        MentionKind::Count | MentionKind::Age => MentionKind::Number,
        kind => kind,
    };
    (kind, d.unit.as_deref())
}

fn shared_keys(a: &FigureDetail, b: &FigureDetail) -> usize {
    a.keys
        .iter()
        .filter(|k| b.keys.binary_search(k).is_ok())
        .count()
}

/// Every agreement and conflict link between figures of different articles.
fn links(
    items: &[(usize, Claim)],
    meet: &Meeting,
    translations: &[(usize, usize)],
    texts: &[&str],
) -> Vec<Link> {
    // Candidates: figures of one class in one row, or sharing a context word.
    let mut by_key: FxHashMap<(_, &str), Vec<usize>> = FxHashMap::default();
    let mut by_row: FxHashMap<(_, usize), Vec<usize>> = FxHashMap::default();
    for (i, (a, c)) in items.iter().enumerate() {
        let d = detail(c);
        for k in &d.keys {
            by_key.entry((class(c), k.as_str())).or_default().push(i);
        }
        if let Some(r) = meet.row(*a, d.sentence) {
            by_row.entry((class(c), r)).or_default().push(i);
        }
    }
    let mut pairs: Vec<(usize, usize)> = by_key
        .values()
        .chain(by_row.values())
        .flat_map(|list| {
            list.iter().enumerate().flat_map(move |(n, &i)| {
                list[n + 1..]
                    .iter()
                    .filter(move |&&j| items[i].0 != items[j].0)
                    .map(move |&j| (i.min(j), i.max(j)))
            })
        })
        .collect();
    pairs.sort_unstable();
    pairs.dedup();
    let mut out = Vec::new();
    for (i, j) in pairs {
        let ((a, f), (b, g)) = (&items[i], &items[j]);
        let (x, y) = (detail(f), detail(g));
        let aligned = meet.aligned((*a, x.sentence), (*b, y.sentence));
        let context = shared_keys(x, y);
        let score = f32::from(u8::from(aligned)) * 2.0 + context as f32;
        if compatible(f, g) {
            out.push(Link {
                conflict: false,
                score,
                a: i,
                b: j,
            });
        } else if aligned
            && (if f.lang == g.lang {
                same_sentence(texts[*a], f.sentence, texts[*b], g.sentence)
            } else {
                translations.contains(&(*a.min(b), *a.max(b)))
            })
            && may_contradict(f, g)
            && sole_unmatched(items, i, j)
            && !converted_by_a_third(items, i, j, meet)
        {
            out.push(Link {
                conflict: true,
                score,
                a: i,
                b: j,
            });
        }
    }
    out.sort_by(|p, q| {
        (p.conflict, -p.score, p.a, p.b)
            .partial_cmp(&(q.conflict, -q.score, q.a, q.b))
            .expect("finite scores")
    });
    out
}

/// True when figures `i` and `j` are each the one figure of their class in their sentence that
/// no figure of the other's sentence can match: a translation that changed one number of three
/// still matches the other two, and the changed one is the only one left on each side.
fn sole_unmatched(items: &[(usize, Claim)], i: usize, j: usize) -> bool {
    let in_sentence = |k: usize| -> Vec<&Claim> {
        let (a, c) = &items[k];
        let s = detail(c).sentence;
        let mut found: Vec<&Claim> = items
            .iter()
            .filter(|(b, d)| b == a && detail(d).sentence == s && class(d) == class(c))
            .map(|(_, d)| d)
            .collect();
        found.sort_by_key(|d| d.evidence.start);
        found
    };
    let (mine, theirs) = (in_sentence(i), in_sentence(j));
    let unmatched = |side: &[&Claim], other: &[&Claim]| -> usize {
        side.iter()
            .filter(|c| !other.iter().any(|d| compatible(c, d)))
            .count()
    };
    // And it stands where the other stands among the figures of its class: translations keep
    // the order of figures, and "two 18-year-olds" is not where "four young men" is.
    let rank =
        |list: &[&Claim], k: usize| list.iter().position(|c| c.evidence == items[k].1.evidence);
    unmatched(&mine, &theirs) == 1
        && unmatched(&theirs, &mine) == 1
        && rank(&mine, i) == rank(&theirs, j)
}

/// Joins linked figures into groups with at most one figure per article; agreement links join
/// only groups whose figures all hold together. Repeats of a joined figure in its own article
/// (same value, same kind) then join its group; other repeats form one group per value.
fn join(items: &[(usize, Claim)], links: Vec<Link>) -> Vec<Vec<usize>> {
    let mut group: Vec<usize> = (0..items.len()).collect();
    let mut members: Vec<Vec<usize>> = (0..items.len()).map(|i| vec![i]).collect();
    for link in links {
        let (g, h) = (group[link.a], group[link.b]);
        if g == h {
            continue;
        }
        let disjoint = members[g]
            .iter()
            .all(|&i| members[h].iter().all(|&j| items[i].0 != items[j].0));
        let holds = link.conflict
            || members[g].iter().all(|&i| {
                members[h]
                    .iter()
                    .all(|&j| compatible(&items[i].1, &items[j].1))
            });
        if !(disjoint && holds) {
            continue;
        }
        let moved = std::mem::take(&mut members[h]);
        for &i in &moved {
            group[i] = g;
        }
        members[g].extend(moved);
    }
    // Repeats: a figure left alone joins the group holding the same value of its article.
    let mut home: FxHashMap<(usize, _, &str), usize> = FxHashMap::default();
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| (std::cmp::Reverse(members[group[i]].len()), i));
    for i in order {
        let (a, c) = &items[i];
        let key = (*a, class(c), c.value.as_str());
        let g = group[i];
        match home.get(&key) {
            Some(&h) if h != g && members[g].len() == 1 => {
                members[g].clear();
                group[i] = h;
                members[h].push(i);
            }
            Some(_) => {}
            None => {
                home.insert(key, g);
            }
        }
    }
    members.retain(|m| !m.is_empty());
    members
}

fn draft(mut claims: Vec<(usize, Claim)>) -> Draft {
    claims.sort_by_key(|(a, c)| (*a, c.sentence.start, c.evidence.start));
    let first = &claims[0].1;
    let attribute = first.attribute;
    let subject = claims
        .iter()
        .map(|(_, c)| c.subject.as_str())
        // The longest, then the first in order: never the input order.
        .max_by_key(|s| (s.chars().count(), std::cmp::Reverse(*s)))
        .unwrap_or_default()
        .to_string();
    // A figure with no content word around it is named by its smallest value (not the first
    // article's: input order must not show).
    let subject = if subject.is_empty() {
        claims
            .iter()
            .map(|(_, c)| &c.value)
            .min()
            .cloned()
            .unwrap_or_default()
    } else {
        subject
    };
    debug_assert!(matches!(attribute, Attribute::Figure(_)));
    Draft {
        kind: FactKind::Figure,
        subject,
        attribute,
        object: None,
        claims,
    }
}
